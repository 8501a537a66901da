/// One pass of the extractor over a document, sentence by sentence, in reading order.
///
/// A class: its methods pass the run's state around by reference, never copying the document,
/// the grammar and the lexicon tables the run holds.
final class ExtractionRun {
  /// A frame with its source resolved.
  private struct Resolved {
    var frame: Frame
    var source: Source
    var channel: Channel?
    var statedOn: Day?
    var sourceRange: Range<Int>?
  }

  /// A claim before ordinals are known.
  private struct Draft {
    var claim: Claim
    var firstToken: Int
    var frame: Int?
  }

  let document: Document
  let grammar: Grammar
  let parser: FrameParser
  let splitter: ClaimSplitter
  let resolver: SourceResolver
  let times: TimeParser
  let modality: ModalityDetector
  let quantities: QuantityParser
  let events: EventDetector
  let reference: Day?
  private var discourse = Discourse()
  private var drafts: [Draft] = []
  private var frames: [Resolved] = []
  /// A frame ending with a colon, waiting for the sentences that are its content.
  private var forward: Int?
  /// The paragraph a pending forward frame's content is in, once it has started.
  private var forwardParagraph: Int?
  /// Whether the pending forward frame's colon ended its paragraph.
  private var forwardWholeParagraph = false
  /// The 1-based sentences that have a frame of their own.
  private var framed: Set<Int> = []
  /// Whether a quotation is open at the start and end of each sentence.
  private var quotes: [(start: Bool, end: Bool, opens: Bool)] = []

  init(document: Document, registry: SourceRegistry, reference: Day?) {
    self.document = document
    grammar = Grammar(document: document, registry: registry)
    parser = FrameParser(grammar: grammar)
    times = TimeParser(grammar: grammar)
    splitter = ClaimSplitter(grammar: grammar, times: times)
    resolver = SourceResolver(document: document, grammar: grammar)
    modality = ModalityDetector(grammar: grammar)
    quantities = QuantityParser(grammar: grammar)
    events = EventDetector(grammar: grammar, resolver: resolver)
    self.reference = reference
  }

  func run() -> Extraction {
    quotes = quoteStates()
    for (number, sentence) in document.sentences.enumerated() {
      read(sentence.tokens, number: number + 1)
    }
    extendQuotations()
    drafts.sort { ($0.claim.sentence, $0.firstToken) < ($1.claim.sentence, $1.firstToken) }
    var claims: [Claim] = []
    claims.reserveCapacity(drafts.count)
    var covered: [Int: [Int]] = [:]
    // Each claim is moved out of its draft, not copied: the drafts are done with.
    var pending = drafts
    drafts = []
    pending.reverse()
    while var draft = pending.popLast() {
      let ordinal = claims.count + 1
      draft.claim.ordinal = ordinal
      draft.claim.id = "c\(ordinal)"
      if let frame = draft.frame { covered[frame, default: []].append(ordinal) }
      claims.append(draft.claim)
    }
    var attributions: [Attribution] = []
    // Each record is a frame with the claims it attributes. A frame nested in another's content
    // ("Trump said Putin told him…") attributes no claim of its own, so it has no record.
    for (index, resolved) in frames.enumerated() where !resolved.frame.isNested {
      let ordinals = covered[index] ?? []
      let content = ordinals.flatMap { claims[$0 - 1].parts }
      guard !content.isEmpty else { continue }
      attributions.append(
        Attribution(
          source: resolved.sourceRange.map { document.scalarRange(tokens: $0) },
          cue: document.scalarRange(tokens: resolved.frame.cue), content: content,
          claims: ordinals))
    }
    return Extraction(
      language: document.pack.code, header: document.header, normalized: document.normalized,
      sentences: document.sentences.map { document.scalarRange(bytes: $0.bytes) }, claims: claims,
      attributions: attributions, events: discourse.events.map(\.reference))
  }

  private func read(_ sentence: Range<Int>, number: Int) {
    let found = parser.frames(in: sentence, insideQuotation: quotes[number - 1].start)
    var resolvedIndices: [Int] = []
    for frame in found {
      resolvedIndices.append(frames.count)
      frames.append(resolve(frame, previous: resolvedIndices.dropLast().last.map { frames[$0] }))
    }
    var covered: [Range<Int>] = []
    if resolvedIndices.contains(where: { !frames[$0].frame.isNested }) { framed.insert(number) }
    for index in resolvedIndices where !frames[index].frame.isNested {
      let frame = frames[index].frame
      covered += frame.frameTokens + frame.content
      if let circumstances = frame.circumstances { covered.append(circumstances) }
      guard !frame.isBackward else {
        reattributePrevious(sentence: number - 1, to: index)
        continue
      }
      addClaims(splitter.split(frame.content), sentence: number, frame: index)
    }
    let leftover = ClaimSplitter.ranges(
      of: sentence.filter { token in !covered.contains { $0.contains(token) } })
    let narrator = leftover.filter { grammar.hasContentWord($0) }
    // What a frame ending with a colon announced is the next sentence; when the colon ends
    // its paragraph ("The New York Times reports:"), it is the whole next paragraph, up to a
    // sentence with a frame of its own.
    let sentences = document.sentences
    let paragraph = sentences[number - 1].paragraph
    if forward != nil && forwardParagraph == nil { forwardParagraph = paragraph }
    let pending = forwardParagraph == paragraph ? forward : nil
    let hasOwnFrame = resolvedIndices.contains { !frames[$0].frame.isNested }
    if let next = resolvedIndices.last(where: { frames[$0].frame.isForward }) {
      (forward, forwardParagraph) = (next, nil)
    } else if pending == nil || hasOwnFrame || !forwardWholeParagraph {
      (forward, forwardParagraph) = (nil, nil)
    }
    if forward != nil && forwardParagraph == nil {
      forwardWholeParagraph = number < sentences.count && sentences[number].paragraph != paragraph
    }
    if !narrator.isEmpty {
      // What a frame ending with a colon announced ("ha detto:") is this sentence, unless the
      // sentence has a frame of its own.
      let owner = hasOwnFrame ? nil : pending
      addClaims(splitter.split(narrator), sentence: number, frame: owner)
    }
  }

  /// Whether a quotation is open where each sentence starts and ends, and whether the
  /// sentence opens one; quotations do not run across paragraphs unless reopened.
  private func quoteStates() -> [(start: Bool, end: Bool, opens: Bool)] {
    var states: [(start: Bool, end: Bool, opens: Bool)] = []
    var depth = 0
    var paragraph = -1
    for sentence in document.sentences {
      if sentence.paragraph != paragraph {
        depth = 0
        paragraph = sentence.paragraph
      }
      let start = depth > 0
      var first = sentence.tokens.lowerBound
      while first < sentence.tokens.upperBound && grammar.tokens[first].kind == .punctuation {
        first += 1
      }
      let opens = first < sentence.tokens.upperBound && grammar.tokens[first].kind == .openQuote
      for index in sentence.tokens {
        switch grammar.tokens[index].kind {
        case .openQuote: depth += 1
        case .closeQuote: depth = max(0, depth - 1)
        default: break
        }
      }
      states.append((start, depth > 0, opens))
    }
    return states
  }

  /// The position in the document's sentences of the one holding token `token`, found by
  /// binary search: sentences hold increasing runs of tokens.
  private func sentenceIndex(containing token: Int) -> Int? {
    let sentences = document.sentences
    var low = 0
    var high = sentences.count
    while low < high {
      let middle = (low + high) / 2
      if sentences[middle].tokens.upperBound <= token { low = middle + 1 } else { high = middle }
    }
    return low < sentences.count && sentences[low].tokens.contains(token) ? low : nil
  }

  /// Gives a quotation that runs over several sentences to the frame that attributes it.
  ///
  /// "“It's heartbreaking,” Ryan said. “And this country…”" and "“This is a waste of time.
  /// It's destroying this committee,” he said" are each one attribution.
  private func extendQuotations() {
    let states = quotes
    let sentences = document.sentences
    for (index, resolved) in frames.enumerated() {
      let frame = resolved.frame
      if frame.isBackward,
        let position = sentenceIndex(containing: frame.cue.lowerBound),
        position >= 2, states[position - 1].start
      {
        // "“… fearful. … our young people.” ― Krystal Correa": back to where it opened.
        var earlier = position - 2
        while earlier >= 0, attributeQuotation(sentence: earlier + 1, to: index) {
          if !states[earlier].start { break }
          earlier -= 1
        }
      }
      let quoted = frame.content.contains { part in part.contains { grammar.tokens[$0].isQuote } }
      guard !frame.isNested, !frame.isBackward, !frame.isForward,
        quoted || frame.isPostposed || frame.isLabel,
        let position = sentenceIndex(containing: frame.cue.lowerBound)
      else { continue }
      let sentence = sentences[position]
      let startsHere = frame.content.contains { $0.lowerBound <= sentence.tokens.lowerBound + 1 }
      // Back to where the quotation opened.
      if states[position].start && startsHere {
        var earlier = position - 1
        while earlier >= 0, sentences[earlier].paragraph == sentence.paragraph,
          attributeQuotation(sentence: earlier + 1, to: index)
        {
          if !states[earlier].start { break }
          earlier -= 1
        }
      }
      // On while it goes on, or opens again right after the frame; a speaker's label
      // ("WALLACE:") holds to the end of the paragraph.
      var later = position + 1
      var open = states[position].end
      var run: [Int] = []
      var opened: Int?
      while later < sentences.count,
        open || states[later].opens
          || (frame.isLabel && sentences[later].paragraph == sentence.paragraph),
        sentences[later].paragraph == sentence.paragraph || open,
        isUnattributed(sentence: later + 1)
      {
        if states[later].opens && !states[later].start { opened = run.count }
        run.append(later)
        open = states[later].end
        later += 1
      }
      // A quotation still open where a framed sentence starts is that frame's ("“…” ― Name").
      if open, let opened, later < sentences.count, framed.contains(later + 1) {
        run.removeSubrange(opened...)
      }
      for position in run { _ = attributeQuotation(sentence: position + 1, to: index) }
    }
  }

  /// Gives a sentence with only unattributed claims to a frame as quoted content; false when
  /// the sentence has a frame of its own.
  private func attributeQuotation(sentence: Int, to frame: Int) -> Bool {
    guard isUnattributed(sentence: sentence) else { return false }
    let claims = drafts.indices.filter { drafts[$0].claim.sentence == sentence }
    let resolved = frames[frame]
    for index in claims {
      drafts[index].claim.source = resolved.source
      drafts[index].claim.channel = resolved.channel
      drafts[index].claim.attribution = .direct
      drafts[index].claim.statedOn = resolved.statedOn
      drafts[index].frame = frame
    }
    return true
  }

  /// Whether a sentence has no frame of its own and no attributed claim ("It's all about ME."
  /// has no claim at all, and a quotation goes on through it).
  private func isUnattributed(sentence: Int) -> Bool {
    guard !framed.contains(sentence) else { return false }
    return drafts.allSatisfy { $0.claim.sentence != sentence || $0.frame == nil }
  }

  /// Gives the previous sentence's unattributed claims the source of a frame that points
  /// back at them ("E' quanto ha detto alla Cnn un funzionario…").
  private func reattributePrevious(sentence: Int, to frame: Int) {
    let resolved = frames[frame]
    for index in drafts.indices
    where drafts[index].claim.sentence == sentence && drafts[index].frame == nil {
      drafts[index].claim.source = resolved.source
      drafts[index].claim.channel = resolved.channel
      drafts[index].claim.attribution =
        isMostlyQuoted(document.sentences[sentence - 1].tokens) ? .direct : .indirect
      drafts[index].claim.statedOn = resolved.statedOn
      drafts[index].frame = frame
    }
  }

  private func resolve(_ frame: Frame, previous: Resolved?) -> Resolved {
    var source: Source
    var channel: Channel?
    var sourceRange: Range<Int>?
    var statedOn: Day?
    var mention: Discourse.Mention?
    switch frame.subject {
    case .phrase(let range):
      let (found, foundChannel, described) = resolver.source(range, discourse: discourse)
      if let person = found.person {
        discourse.mention(person: person, role: described.descriptor?.canonical)
      }
      source = found
      channel = foundChannel
      sourceRange = frame.sourceExtent ?? range
      mention = described
    case .carried where previous == nil && frame.clauseSubject != nil:
      // "Trump announced a plan, arguing that…": the clause's subject, not the last source.
      let range = frame.clauseSubject ?? frame.cue
      let (found, foundChannel, described) = resolver.source(range, discourse: discourse)
      if let person = found.person {
        discourse.mention(person: person, role: described.descriptor?.canonical)
      }
      source = found
      channel = foundChannel
      sourceRange = range
      mention = described
    case .carried:
      if let last = discourse.lastFrame {
        source = last.source
        channel = last.channel
        statedOn = last.statedOn
        // The words naming the source are those of the frame it continues, in this sentence.
        sourceRange = previous?.sourceRange
      } else {
        source = Source(name: "unnamed source", anonymous: true, kind: .anonymous)
      }
    case .implicit(let plural):
      mention = nil
      source = Source(
        name: plural ? "anonymous sources" : "anonymous source", anonymous: true, kind: .anonymous)
    }
    switch frame.channel {
    case .phrase(let range):
      let named = resolver.channel(range, discourse: discourse)
      channel = named
      discourse.note(
        Discourse.Mention(
          source: Source(name: named.name, kind: .outlet), channel: nil, descriptor: nil,
          isOutlet: grammar.registry.entry(named: named.name)?.kind == .outlet))
    case .relative:
      if let previous {
        channel = Channel(name: previous.source.name, surface: previous.source.surface)
      }
    case nil:
      break
    }
    if var mention {
      mention.channel = channel
      discourse.note(mention)
    }
    // When it was said: a day in the circumstances before the subject or in the adjuncts
    // after the cue ("Giovedì scorso, Trump scriveva", "said on Monday").
    let whenSaid = (frame.circumstances.map { [$0] } ?? []) + frame.statedTimes
    for range in whenSaid {
      let said = times.matches(in: Array(range), reference: reference, tense: .past)
      if let day = said.first(where: { $0.granularity == .day && $0.date != nil })?.date {
        statedOn = day
        break
      }
    }
    if !frame.isNested { discourse.lastFrame = (source, channel, statedOn) }
    return Resolved(
      frame: frame, source: source, channel: channel, statedOn: statedOn, sourceRange: sourceRange)
  }

  private func addClaims(_ pieces: [[Range<Int>]], sentence: Int, frame: Int?) {
    var antecedent: [String] = []
    for parts in pieces {
      let indices = parts.flatMap { Array($0) }
      guard let first = indices.first else { continue }
      let claim = makeClaim(
        parts, indices: indices, sentence: sentence, frame: frame, antecedent: antecedent)
      let speaker = frame.flatMap { frames[$0].source.person }
      let named = resolver.mentions(in: indices, discourse: discourse, speaker: speaker)
      for person in named { discourse.mention(person: person.name, role: person.role) }
      antecedent = named.map(\.name)
      if antecedent.isEmpty, let event = claim.event { antecedent = event.participants }
      drafts.append(Draft(claim: claim, firstToken: first, frame: frame))
    }
  }

  private func makeClaim(
    _ parts: [Range<Int>], indices: [Int], sentence: Int, frame: Int?, antecedent: [String]
  ) -> Claim {
    let resolved = frame.map { frames[$0] }
    let tense = self.tense(indices)
    let future = tense == .future
    let day = resolved?.statedOn ?? reference
    let found = times.matches(in: indices, reference: day, tense: tense)
    let timeValues = found.map { match in
      (
        tokens: match.tokens,
        time: TimeExpression(
          text: document.string(tokens: match.tokens), date: match.date, end: match.end,
          granularity: match.granularity, span: document.scalarRange(tokens: match.tokens))
      )
    }
    let taken = Set(found.flatMap { Array($0.tokens) })
    let figures = quantities.quantities(in: indices, excluding: taken).map { figure in
      Quantity(
        text: document.string(tokens: figure.tokens), value: figure.value,
        unit: figure.unit.map { grammar.tokens[$0].key }, approximate: figure.approximate,
        span: document.scalarRange(tokens: figure.tokens))
    }
    let (modality, polarity) = modality.detect(indices, frame: resolved?.frame)
    let event = events.detect(
      indices, times: timeValues, antecedent: antecedent, speaker: resolved?.source.person,
      future: future && polarity == .affirmed, discourse: &discourse)
    return Claim(
      id: "", sentence: sentence, ordinal: 0,
      text: parts.map { document.string(tokens: $0) }.joined(separator: " "),
      parts: parts.map { document.scalarRange(tokens: $0) },
      source: resolved?.source ?? .narrator, channel: resolved?.channel,
      attribution: attribution(indices, frame: resolved?.frame), modality: modality,
      polarity: polarity, times: timeValues.map(\.time), quantities: figures, event: event,
      statedOn: resolved?.statedOn)
  }

  /// Which way the claim looks: future words or endings, else past words or a compound past
  /// ("ha detto", "has said"), else unknown.
  private func tense(_ indices: [Int]) -> TimeParser.Tense {
    var past = false
    let tokens = grammar.tokens
    for (position, index) in indices.enumerated() {
      // The token is read in place: a copy would retain its key.
      guard tokens[index].kind == .word else { continue }
      let key = tokens[index].key
      if grammar.lexicon.futureWords.contains(tokens[index])
        || (key.utf8.count > 4 && grammar.lexicon.futureEndings.matches(key))
      {
        return .future
      }
      if grammar.lexicon.pastWords.contains(tokens[index])
        || grammar.lexicon.weakFiniteEndings.matches(key)
      {
        past = true
      }
      if grammar.roles(index).contains(.auxiliary), position + 1 < indices.count,
        grammar.isParticiple(indices[position + 1])
      {
        past = true
      }
    }
    return past ? .past : .unknown
  }

  /// Direct when most of the content's words are inside quotation marks.
  private func attribution(_ indices: [Int], frame: Frame?) -> AttributionKind {
    guard let frame else { return .narrator }
    if frame.info.kind == .accordingTo { return .accordingTo }
    return isMostlyQuoted(indices) ? .direct : .indirect
  }

  /// Whether most words of `indices` are inside quotation marks, counting a quotation mark
  /// opened right before the first of them ("``We will appeal,'' the lawyer said").
  private func isMostlyQuoted(_ indices: some Collection<Int>) -> Bool {
    guard let first = indices.first else { return false }
    var depth = 0
    var before = first - 1
    while before >= 0, grammar.tokens[before].kind != .word, grammar.tokens[before].kind != .number
    {
      if grammar.tokens[before].kind == .openQuote {
        depth = 1
        break
      }
      if grammar.tokens[before].kind == .closeQuote { break }
      before -= 1
    }
    var quoted = 0
    var words = 0
    for index in indices {
      let token = grammar.tokens[index]
      switch token.kind {
      case .openQuote: depth += 1
      case .closeQuote: depth = max(0, depth - 1)
      case .word, .number:
        words += 1
        if depth > 0 { quoted += 1 }
      default: break
      }
    }
    return words > 0 && quoted * 2 >= words
  }
}
