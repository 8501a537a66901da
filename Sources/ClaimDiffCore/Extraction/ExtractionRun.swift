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

  /// Where a claim before ordinals are known starts, and the frame it belongs to.
  ///
  /// Kept beside the claims, not with them, so that the claims move into the extraction as
  /// they are, without a copy.
  private struct Draft {
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
  private let discourse = Discourse()
  /// The claims found so far, and beside each where it starts and its frame.
  private var claims: [Claim] = []
  private var drafts: [Draft] = []
  private var frames: [Resolved] = []
  /// A frame ending with a colon, waiting for the sentences that are its content.
  private var forward: Int?
  /// The paragraph a pending forward frame's content is in, once it has started.
  private var forwardParagraph: Int?
  /// Whether the pending forward frame's colon ended its paragraph.
  private var forwardWholeParagraph = false
  /// Whether each sentence, by its 0-based position, has a frame of its own.
  private var framed: [Bool] = []
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

  /// Reads the document; `complete` as in ``Extractor/extract(_:published:complete:)``.
  func run(complete: Bool = true) -> Extraction {
    quotes = quoteStates()
    framed = [Bool](repeating: false, count: document.sentences.count)
    for (number, sentence) in document.sentences.enumerated() {
      read(sentence.tokens, number: number + 1)
    }
    extendQuotations()
    // Claims are found in reading order but for those of a frame that comes after them in
    // its sentence: the claims are reordered only when they are out of order, and otherwise
    // move into the extraction without a copy.
    var claims = self.claims
    self.claims = []
    let inOrder = zip(claims.indices.dropFirst(), claims.indices).allSatisfy { later, earlier in
      (claims[earlier].sentence, drafts[earlier].firstToken)
        <= (claims[later].sentence, drafts[later].firstToken)
    }
    if !inOrder {
      let order = claims.indices.sorted {
        (claims[$0].sentence, drafts[$0].firstToken) < (claims[$1].sentence, drafts[$1].firstToken)
      }
      // Moved into place cycle by cycle, by swaps: a claim is never copied.
      var placed = [Bool](repeating: false, count: order.count)
      for start in order.indices where !placed[start] {
        var position = start
        while order[position] != start {
          claims.swapAt(position, order[position])
          drafts.swapAt(position, order[position])
          placed[position] = true
          position = order[position]
        }
        placed[position] = true
      }
    }
    var covered = [[Int]](repeating: [], count: complete ? frames.count : 0)
    for index in claims.indices {
      let ordinal = index + 1
      claims[index].ordinal = ordinal
      claims[index].id = "c\(ordinal)"
      if complete, let frame = drafts[index].frame { covered[frame].append(ordinal) }
    }
    var attributions: [Attribution] = []
    // Each record is a frame with the claims it attributes. A frame nested in another's content
    // ("Trump said Putin told him…") attributes no claim of its own, so it has no record.
    // The frames are read in place: a copy would retain their arrays and their sources.
    for index in frames.indices where complete && !frames[index].frame.isNested {
      let ordinals = covered[index]
      let content = ordinals.flatMap { claims[$0 - 1].parts }
      guard !content.isEmpty else { continue }
      attributions.append(
        Attribution(
          source: frames[index].sourceRange.map { document.scalarRange(tokens: $0) },
          cue: document.scalarRange(tokens: frames[index].frame.cue), content: content,
          claims: ordinals))
    }
    return Extraction(
      language: document.pack.code, header: document.header, normalized: document.normalized,
      sentences: complete ? document.sentences.map { document.scalarRange(bytes: $0.bytes) } : [],
      claims: claims,
      attributions: attributions, events: discourse.events.map(\.reference))
  }

  private func read(_ sentence: Range<Int>, number: Int) {
    // The frames found move into their resolutions, last first off the reversed list: a loop
    // over the list would copy each one, retaining its arrays.
    var found = parser.frames(in: sentence, insideQuotation: quotes[number - 1].start)
    found.reverse()
    let first = frames.count
    while let frame = found.popLast() {
      frames.append(resolve(frame, previous: frames.count > first ? frames.count - 1 : nil))
    }
    let resolvedIndices = first..<frames.count
    if resolvedIndices.contains(where: { !frames[$0].frame.isNested }) {
      framed[number - 1] = true
    }
    for index in resolvedIndices where !frames[index].frame.isNested {
      guard !frames[index].frame.isBackward else {
        reattributePrevious(sentence: number - 1, to: index)
        continue
      }
      addClaims(splitter.split(frames[index].frame.content), sentence: number, frame: index)
    }
    // The tokens no frame of the sentence covers, with its words, content or circumstances.
    // What the frames cover is gathered once, not asked of the frames for every token: most
    // sentences have no frame, and the run's frames are read through the run.
    var covered: [Range<Int>] = []
    for index in resolvedIndices where !frames[index].frame.isNested {
      covered += frames[index].frame.frameTokens
      covered += frames[index].frame.content
      if let circumstances = frames[index].frame.circumstances { covered.append(circumstances) }
    }
    let leftover =
      covered.isEmpty
      ? ClaimSplitter.ranges(of: sentence)
      : ClaimSplitter.ranges(
        of: sentence.lazy.filter { token in !covered.contains { $0.contains(token) } })
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
    // The frames are read in place: a copy of one would retain its arrays and its source.
    for index in frames.indices {
      if frames[index].frame.isBackward,
        let position = sentenceIndex(containing: frames[index].frame.cue.lowerBound),
        position >= 2, states[position - 1].start
      {
        // "“… fearful. … our young people.” ― Krystal Correa": back to where it opened.
        var earlier = position - 2
        while earlier >= 0, attributeQuotation(sentence: earlier + 1, to: index) {
          if !states[earlier].start { break }
          earlier -= 1
        }
      }
      let quoted = frames[index].frame.content.contains { part in
        part.contains { grammar.tokens[$0].isQuote }
      }
      guard !frames[index].frame.isNested, !frames[index].frame.isBackward,
        !frames[index].frame.isForward,
        quoted || frames[index].frame.isPostposed || frames[index].frame.isLabel,
        let position = sentenceIndex(containing: frames[index].frame.cue.lowerBound)
      else { continue }
      let sentence = sentences[position]
      let startsHere = frames[index].frame.content.contains {
        $0.lowerBound <= sentence.tokens.lowerBound + 1
      }
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
          || (frames[index].frame.isLabel && sentences[later].paragraph == sentence.paragraph),
        sentences[later].paragraph == sentence.paragraph || open,
        isUnattributed(sentence: later + 1)
      {
        if states[later].opens && !states[later].start { opened = run.count }
        run.append(later)
        open = states[later].end
        later += 1
      }
      // A quotation still open where a framed sentence starts is that frame's ("“…” ― Name").
      if open, let opened, later < sentences.count, framed[later] {
        run.removeSubrange(opened...)
      }
      for position in run { _ = attributeQuotation(sentence: position + 1, to: index) }
    }
  }

  /// Gives a sentence with only unattributed claims to a frame as quoted content; false when
  /// the sentence has a frame of its own.
  private func attributeQuotation(sentence: Int, to frame: Int) -> Bool {
    guard isUnattributed(sentence: sentence) else { return false }
    for index in claims.indices where claims[index].sentence == sentence {
      claims[index].source = frames[frame].source
      claims[index].channel = frames[frame].channel
      claims[index].attribution = .direct
      claims[index].statedOn = frames[frame].statedOn
      drafts[index].frame = frame
    }
    return true
  }

  /// Whether a sentence has no frame of its own and no attributed claim ("It's all about ME."
  /// has no claim at all, and a quotation goes on through it).
  private func isUnattributed(sentence: Int) -> Bool {
    guard !framed[sentence - 1] else { return false }
    return claims.indices.allSatisfy { claims[$0].sentence != sentence || drafts[$0].frame == nil }
  }

  /// Gives the previous sentence's unattributed claims the source of a frame that points
  /// back at them ("E' quanto ha detto alla Cnn un funzionario…").
  private func reattributePrevious(sentence: Int, to frame: Int) {
    for index in claims.indices
    where claims[index].sentence == sentence && drafts[index].frame == nil {
      claims[index].source = frames[frame].source
      claims[index].channel = frames[frame].channel
      claims[index].attribution =
        isMostlyQuoted(document.sentences[sentence - 1].tokens) ? .direct : .indirect
      claims[index].statedOn = frames[frame].statedOn
      drafts[index].frame = frame
    }
  }

  /// Resolves the source and channel of `frame`, the one after the frame at `previous` in
  /// its sentence, if any.
  private func resolve(_ frame: consuming Frame, previous: Int?) -> Resolved {
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
        sourceRange = previous.flatMap { frames[$0].sourceRange }
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
        channel = Channel(
          name: frames[previous].source.name, surface: frames[previous].source.surface)
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
    func day(in range: Range<Int>) -> Day? {
      let said = times.matches(in: Array(range), reference: reference, tense: .past)
      return said.first(where: { $0.granularity == .day && $0.date != nil })?.date
    }
    if let found = frame.circumstances.flatMap(day) ?? frame.statedTimes.lazy.compactMap(day).first
    {
      statedOn = found
    }
    if !frame.isNested { discourse.lastFrame = (source, channel, statedOn) }
    return Resolved(
      frame: frame, source: source, channel: channel, statedOn: statedOn, sourceRange: sourceRange)
  }

  private func addClaims(_ pieces: [[Range<Int>]], sentence: Int, frame: Int?) {
    var antecedent: [String] = []
    var indices: [Int] = []
    for parts in pieces {
      // A fresh array for each claim: the last one is still held by the parsers' results.
      indices = []
      indices.reserveCapacity(parts.reduce(0) { $0 + $1.count })
      for part in parts { indices.append(contentsOf: part) }
      guard let first = indices.first else { continue }
      let claim = makeClaim(
        parts, indices: indices, sentence: sentence, frame: frame, antecedent: antecedent)
      let speaker = frame.flatMap { frames[$0].source.person }
      let named = resolver.mentions(in: indices, discourse: discourse, speaker: speaker)
      for person in named { discourse.mention(person: person.name, role: person.role) }
      antecedent = named.map(\.name)
      if antecedent.isEmpty, let event = claim.event { antecedent = event.participants }
      claims.append(claim)
      drafts.append(Draft(firstToken: first, frame: frame))
    }
  }

  private func makeClaim(
    _ parts: [Range<Int>], indices: [Int], sentence: Int, frame: Int?, antecedent: [String]
  ) -> Claim {
    // The frame's fields are read where they are: a copy of the frame would retain its arrays,
    // its source and its channel.
    let statedOn = frame.flatMap { frames[$0].statedOn }
    let tense = self.tense(indices)
    let future = tense == .future
    let found = times.matches(in: indices, reference: statedOn ?? reference, tense: tense)
    let timeValues = found.map { match in
      TimeExpression(
        text: document.string(tokens: match.tokens), date: match.date, end: match.end,
        granularity: match.granularity, span: document.scalarRange(tokens: match.tokens))
    }
    let figures = quantities.quantities(in: indices, excluding: found).map { figure in
      Quantity(
        text: document.string(tokens: figure.tokens), value: figure.value,
        unit: figure.unit.map { grammar.tokens[$0].key }, approximate: figure.approximate,
        span: document.scalarRange(tokens: figure.tokens))
    }
    let (modality, polarity) = modality.detect(
      indices, isReported: frame.map { frames[$0].frame.isReported } ?? false,
      isDenial: frame.map { frames[$0].frame.info.isDenial } ?? false)
    let event = events.detect(
      indices, times: timeValues, at: found, antecedent: antecedent,
      speaker: frame.flatMap { frames[$0].source.person },
      future: future && polarity == .affirmed, discourse: discourse)
    // Most claims are one part: their text needs no joining.
    let text =
      parts.count == 1
      ? document.string(tokens: parts[0])
      : parts.map { document.string(tokens: $0) }.joined(separator: " ")
    return Claim(
      id: "", sentence: sentence, ordinal: 0, text: text,
      parts: parts.map { document.scalarRange(tokens: $0) },
      source: frame.map { frames[$0].source } ?? .narrator,
      channel: frame.flatMap { frames[$0].channel },
      attribution: attribution(indices, frame: frame), modality: modality,
      polarity: polarity, times: timeValues, quantities: figures, event: event,
      statedOn: statedOn)
  }

  /// Which way the claim looks: future words or endings, else past words or a compound past
  /// ("ha detto", "has said"), else unknown.
  private func tense(_ indices: [Int]) -> TimeParser.Tense {
    var past = false
    let tokens = grammar.tokens
    for (position, index) in indices.enumerated() {
      // The token is read in place: a copy would retain its key.
      guard tokens[index].kind == .word else { continue }
      if grammar.lexicon.futureWords.contains(tokens[index]) || grammar.hasFutureEnding(index) {
        return .future
      }
      if grammar.lexicon.pastWords.contains(tokens[index]) || grammar.hasWeakFiniteEnding(index) {
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
  private func attribution(_ indices: [Int], frame: Int?) -> AttributionKind {
    guard let frame else { return .narrator }
    if frames[frame].frame.info.kind == .accordingTo { return .accordingTo }
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
