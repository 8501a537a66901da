/// Finds the attribution frames of a sentence.
///
/// For each cue the parser looks at what stands on its left (a subject, a comma, a channel, a
/// conjunction, a pointer back like "E' quanto") and on its right (a complementizer, a quote,
/// a source after the verb, an object, the end of the sentence), and from the pair decides
/// where the source and the content are:
///
/// | left      | right        | example                                               |
/// |-----------|--------------|-------------------------------------------------------|
/// | subject   | content      | Il Cremlino ha riferito di un colloquio…              |
/// | subject   | end          | …, sources said.                                      |
/// | comma     | source       | …, riferisce la rete americana                        |
/// | comma     | source, more | Trump, ha detto la portavoce, "ha lavorato…"          |
/// | comma     | comma        | E, ha aggiunto, "farà…"  (source carried over)        |
/// | channel   | content      | Alla Cnn hanno spiegato che…  (unnamed source)        |
/// | pointer   | source       | E' quanto ha detto alla Cnn un funzionario…           |
/// | —         | —            | secondo X / according to X: the rest is the content   |
struct FrameParser {
  let grammar: Grammar
  let times: TimeParser

  private let tokens: [Token]
  /// The language's tables, read through the grammar: a copy would retain every table.
  private var lexicon: Lexicon { grammar.lexicon }

  init(grammar: Grammar) {
    self.grammar = grammar
    tokens = grammar.tokens
    times = TimeParser(grammar: grammar)
  }

  /// The frames of the sentence `sentence`, left to right.
  ///
  /// - Parameter insideQuotation: Whether a quotation is open where the sentence starts.
  func frames(in sentence: Range<Int>, insideQuotation: Bool = false) -> [Frame] {
    var frames: [Frame] = []
    var regionStart = sentence.lowerBound
    var index = sentence.lowerBound
    // Cues inside quotation marks are the quoted speaker's words ("I think…", "you know"),
    // attributed by the frame of the quotation itself.
    // By position in the sentence; found once a cue is, as most sentences have none.
    var quotedPositions: [Bool]?
    func isQuoted(_ index: Int) -> Bool {
      if let quotedPositions { return quotedPositions[index - sentence.lowerBound] }
      var quoted = [Bool](repeating: false, count: sentence.count)
      var depth = insideQuotation ? 1 : 0
      for position in sentence {
        if tokens[position].kind == .closeQuote { depth = max(0, depth - 1) }
        if depth > 0 { quoted[position - sentence.lowerBound] = true }
        if tokens[position].kind == .openQuote { depth += 1 }
      }
      quotedPositions = quoted
      return quoted[index - sentence.lowerBound]
    }
    if let frame = labelFrame(in: sentence) ?? bylineFrame(in: sentence) {
      return [frame]
    }
    while index < sentence.upperBound {
      if let (length, _) = lexicon.notCues.match(tokens, at: index, limit: sentence.upperBound) {
        index += length
        continue
      }
      guard let (length, cue) = lexicon.cues.match(tokens, at: index, limit: sentence.upperBound),
        !isQuoted(index)
      else {
        index += 1
        continue
      }
      let cueRange = index..<(index + length)
      if frames.contains(where: { frame in frame.frameTokens.contains { $0.contains(index) } }) {
        index += length
        continue
      }
      var host: Int?
      var start = regionStart
      for (position, frame) in frames.enumerated() where !frame.isNested {
        if let part = frame.content.first(where: { $0.contains(index) }) {
          host = position
          start = part.lowerBound
        }
      }
      var frame: Frame?
      switch cue.kind {
      case .accordingTo:
        frame = accordingTo(cueRange, cue, sentence: sentence, regionStart: start)
      case .verb, .participle:
        frame = verb(cueRange, cue, sentence: sentence, regionStart: start)
      case .gerund:
        frame = gerund(cueRange, cue, sentence: sentence, regionStart: start)
      }
      guard var found = frame else {
        index += length
        continue
      }
      if let host {
        // "…, and human rights groups warned that…": a clause of its own after a comma and a
        // conjunction is a sibling frame, not part of what the first source said.
        var sibling = false
        if case .phrase(let subject) = found.subject, subject.lowerBound - 2 >= start,
          grammar.roles(subject.lowerBound - 1).contains(.conjunction),
          grammar.isComma(subject.lowerBound - 2)
        {
          sibling = true
          cut(&frames[host], at: subject.lowerBound - 2)
        }
        if case .phrase = found.subject, !found.isBackward, !found.isPostposed, !sibling {
          found.isNested = true
        } else if !sibling {
          cut(&frames[host], at: found.lowerBound)
        }
      }
      frames.append(found)
      if !found.isNested { regionStart = max(regionStart, found.upperBound) }
      index = max(cueRange.upperBound, index + 1)
    }
    guard !frames.isEmpty else { return frames }
    frames = enclosingLast(frames, in: sentence)
    var subject: Range<Int>??
    for index in frames.indices {
      guard case .carried = frames[index].subject else { continue }
      if subject == nil { subject = clauseSubject(of: sentence) }
      frames[index].clauseSubject = subject ?? nil
    }
    return frames
  }

  /// The noun phrase that opens the sentence and is followed by a verb, when it can be a source.
  private func clauseSubject(of sentence: Range<Int>) -> Range<Int>? {
    var start = sentence.lowerBound
    while start < sentence.upperBound && !tokens[start].isWordLike { start += 1 }
    guard let phrase = grammar.nounPhrase(from: start, limit: sentence.upperBound),
      grammar.isSourceLike(phrase), phrase.upperBound < sentence.upperBound
    else { return nil }
    var verb = phrase.upperBound
    // "Donald Trump, her Republican opponent, bemoaned…": past an apposition.
    if let apposition = appositionEnd(after: verb, limit: sentence.upperBound),
      apposition < sentence.upperBound, grammar.isComma(apposition)
    {
      verb = apposition + 1
    }
    while verb < sentence.upperBound && grammar.isAdverb(verb) { verb += 1 }
    guard verb < sentence.upperBound, grammar.isFiniteAfterSubject(verb) || grammar.isVerbLike(verb)
    else { return nil }
    return phrase
  }

  /// "Secret Service protocol called for…, sources said.": a frame at the end of the sentence
  /// with everything before it as content attributes the whole sentence; earlier frames in
  /// it are nested in its content.
  private func enclosingLast(_ frames: [Frame], in sentence: Range<Int>) -> [Frame] {
    guard let last = frames.lastIndex(where: { !$0.isNested }), frames[last].isPostposed,
      let content = frames[last].content.first, content.lowerBound > sentence.lowerBound,
      frames[..<last].contains(where: { !$0.isNested && !$0.isBackward && !$0.isForward }),
      !frames[..<last].contains(where: { !$0.isNested && $0.isPostposed }),
      frames[..<last].allSatisfy({ $0.upperBound <= content.upperBound })
    else { return frames }
    var result = frames
    for index in result.indices where index < last {
      if !result[index].isBackward && !result[index].isForward { result[index].isNested = true }
    }
    let start =
      result[..<last].filter { $0.isBackward || $0.isForward }.map(\.upperBound).max()
      ?? sentence.lowerBound
    result[last].content[0] = start..<content.upperBound
    return result
  }

  /// "PENCE: Well, look…", "Poll: Wealthy voters abandon…": a short source and a colon open
  /// the sentence, and what follows is theirs (the next sentence, where sentences end at a
  /// colon).
  private func labelFrame(in sentence: Range<Int>) -> Frame? {
    var first = sentence.lowerBound
    if first < sentence.upperBound && tokens[first].kind == .openQuote { first += 1 }
    guard let colon = sentence.prefix(10).first(where: { grammar.isColon($0) }),
      colon > first, grammar.nounPhrase(from: first, limit: colon) == first..<colon,
      tokens[first].isCapitalized, namesSource(first..<colon)
    else { return nil }
    let label = first..<colon
    var frame = Frame(
      cue: colon..<(colon + 1), info: Cue(.verb), subject: .phrase(label), channel: nil,
      content: [], frameTokens: [first..<(colon + 1)])
    frame.isLabel = true
    let rest = (colon + 1)..<sentence.upperBound
    if rest.isEmpty {
      frame.isForward = true
      return frame
    }
    guard isContent(rest) else { return nil }
    frame.content = [rest]
    return frame
  }

  /// Whether a label names a source, not a heading: a known name, an all-capitals speaker
  /// ("PENCE"), a run of capitalized words ("Pat Caddell"), or a description ("Poll").
  private func namesSource(_ range: Range<Int>) -> Bool {
    if range.contains(where: {
      grammar.registry.match(tokens, at: $0, limit: range.upperBound) != nil
    }) {
      return true
    }
    if range.contains(where: { tokens[$0].flags.contains(.allCaps) }) { return true }
    if range.contains(where: {
      lexicon.descriptors.match(tokens, at: $0, limit: range.upperBound) != nil
    }) {
      return true
    }
    let words = range.filter { tokens[$0].isWordLike }
    return words.count >= 2 && words.allSatisfy { tokens[$0].isCapitalized }
  }

  /// "“…” ― Krystal Correa": a dash and a name after a quotation sign it; when the dash opens
  /// the sentence, what it signs came before.
  private func bylineFrame(in sentence: Range<Int>) -> Frame? {
    var end = sentence.upperBound
    while end > sentence.lowerBound && closesSentence(end - 1, end: sentence.upperBound) {
      end -= 1
    }
    guard let dash = sentence.last(where: { tokens[$0].kind == .dash && $0 < end - 1 }),
      dash == sentence.lowerBound || tokens[dash - 1].kind == .closeQuote
    else { return nil }
    let name = (dash + 1)..<end
    guard grammar.nounPhrase(from: name.lowerBound, limit: end) == name,
      tokens[name.lowerBound].isCapitalized, grammar.isSourceLike(name)
    else { return nil }
    var frame = Frame(
      cue: dash..<(dash + 1), info: Cue(.verb), subject: .phrase(name), channel: nil,
      content: [], frameTokens: [dash..<sentence.upperBound])
    if dash == sentence.lowerBound {
      frame.isBackward = true
    } else {
      frame.content = [sentence.lowerBound..<dash]
    }
    return frame
  }

  /// Ends `frame`'s content where a sibling frame starts.
  private func cut(_ frame: inout Frame, at position: Int) {
    frame.content = frame.content.compactMap { part in
      guard part.lowerBound < position else { return nil }
      return part.lowerBound..<min(part.upperBound, position)
    }
  }

  // MARK: - Cue kinds

  private func accordingTo(
    _ cue: Range<Int>, _ info: Cue, sentence: Range<Int>, regionStart: Int
  ) -> Frame? {
    // "il secondo giorno" is an ordinal, not "according to".
    if cue.lowerBound > sentence.lowerBound && grammar.isDeterminer(cue.lowerBound - 1) {
      return nil
    }
    // Whatever follows "according to" is a source: "federal statistics", "the data".
    var sourceStart = cue.upperBound
    if sourceStart < sentence.upperBound,
      lexicon.accordingToRelatives.contains(tokens[sourceStart])
    {
      // "secondo quanto riferito dal portavoce": the source follows the agent preposition,
      // after a few words of verb; "secondo quanto si apprende" names none.
      guard
        let agent = (sourceStart + 1..<min(sentence.upperBound, sourceStart + 5)).first(where: {
          grammar.preposition($0).map(lexicon.accordingToAgents.contains) ?? false
        }),
        !(sourceStart + 1..<agent).contains(where: { !tokens[$0].isWordLike })
      else { return nil }
      sourceStart = agent + 1
    }
    guard let phrase = grammar.nounPhrase(from: sourceStart, limit: sentence.upperBound),
      grammar.hasContentWord(phrase)
    else { return nil }
    var frameStart = cue.lowerBound
    var frameEnd = phrase.upperBound
    var extent: Range<Int>?
    if frameStart == regionStart {
      // "According to a complaint filed by the SEC and a suit by Vermont, the developers…":
      // the source runs to the comma that opens the content.
      if let comma = sourceEnd(after: phrase, sentence: sentence) {
        extent = phrase.lowerBound..<comma
        frameEnd = comma
      }
    } else if let apposition = appositionEnd(after: phrase.upperBound, limit: sentence.upperBound),
      apposition >= sentence.upperBound || closesSentence(apposition, end: sentence.upperBound)
    {
      // "…, according to Craig Bryan, head of the National Center…, and other scientists."
      extent = phrase.lowerBound..<apposition
      frameEnd = apposition
    } else {
      // "…, according to a poll released last week.": the rest of the sentence is the source's.
      var last = sentence.upperBound
      while last > phrase.upperBound && closesSentence(last - 1, end: sentence.upperBound) {
        last -= 1
      }
      let rest = phrase.upperBound..<last
      if rest.count <= 12,
        !rest.contains(where: { index in
          grammar.isComma(index) || grammar.isFiniteVerb(index) || tokens[index].isQuote
        })
      {
        extent = phrase.lowerBound..<last
        frameEnd = last
      }
    }
    // An apposition may run past the sentence, or the cue sit outside the region: no frame.
    guard regionStart <= frameStart, frameStart <= frameEnd, frameEnd <= sentence.upperBound
    else { return nil }
    if frameStart > regionStart && grammar.isComma(frameStart - 1) { frameStart -= 1 }
    if frameEnd < sentence.upperBound && grammar.isComma(frameEnd) { frameEnd += 1 }
    let content = keptParts([regionStart..<frameStart, frameEnd..<sentence.upperBound])
    guard content.contains(where: grammar.hasContentWord) else { return nil }
    var frame = Frame(
      cue: cue, info: info, subject: .phrase(phrase), channel: nil, content: content,
      frameTokens: [frameStart..<frameEnd])
    frame.sourceExtent = extent
    return frame
  }

  /// The comma that ends a source phrase opening the sentence, when what lies between has no
  /// verb of its own and is short.
  private func sourceEnd(after phrase: Range<Int>, sentence: Range<Int>) -> Int? {
    let limit = min(sentence.upperBound, phrase.lowerBound + 30)
    guard let comma = (phrase.upperBound..<limit).first(where: grammar.isComma),
      comma > phrase.upperBound,
      !(phrase.upperBound..<comma).contains(where: { index in
        grammar.isFiniteVerb(index) || tokens[index].isQuote
      })
    else { return nil }
    return comma
  }

  private func gerund(_ cue: Range<Int>, _ info: Cue, sentence: Range<Int>, regionStart: Int)
    -> Frame?
  {
    guard cue.lowerBound > sentence.lowerBound else { return nil }
    // ", adding that…" continues the source before; "issued a statement saying that…" takes
    // the clause's subject.
    var subject = Frame.Subject.carried
    var opening = cue.lowerBound - 1
    if !grammar.isComma(cue.lowerBound - 1) {
      guard let phrase = grammar.nounPhrase(from: regionStart, limit: cue.lowerBound),
        grammar.isSourceLike(phrase), phrase.upperBound < cue.lowerBound,
        grammar.isVerbLike(phrase.upperBound)
      else { return nil }
      subject = .phrase(phrase)
      opening = cue.lowerBound
    }
    var addressing = info
    addressing.takesAddressee =
      lexicon.cues.value(of: tokens[cue.lowerBound])?.takesAddressee ?? false
    let right = rightSide(after: cue.upperBound, addressing, sentence: sentence)
    let start: Int
    switch right.shape {
    case .content(let position): start = position
    case .object(let phrase): start = phrase.lowerBound
    default: return nil
    }
    // ", speaking to reporters in Rome": where or to whom, not what was said.
    if let base = grammar.preposition(start), !info.complementPrepositions.contains(base),
      !lexicon.contentPrepositions.contains(base)
    {
      return nil
    }
    let content = start..<quotationEnd(from: start, end: sentence.upperBound)
    guard isContent(content) else { return nil }
    return Frame(
      cue: cue, info: info, subject: subject, channel: right.channel, content: [content],
      frameTokens: [opening..<start])
  }

  private func verb(_ cue: Range<Int>, _ info: Cue, sentence: Range<Int>, regionStart: Int)
    -> Frame?
  {
    var cue = cue
    var info = info
    var isReported = false
    // Auxiliaries and adverbs on the left belong to the cue: "ha subito riferito".
    var position = cue.lowerBound - 1
    var auxiliary: Int?
    while position >= regionStart {
      let roles = grammar.roles(position)
      if !roles.isDisjoint(with: [.auxiliary, .modal]) && !roles.contains(.determiner) {
        auxiliary = position
        if roles.contains(.plural) { info.isPlural = true }
        if grammar.hasReportedEnding(position) {
          isReported = true
        }
      } else if !grammar.isAdverb(position) || grammar.tokens[position].isCapitalized {
        break
      }
      position -= 1
    }
    if info.kind == .participle {
      guard let auxiliary, lexicon.perfectAuxiliaries.contains(tokens[auxiliary]) else {
        return nil
      }
    }
    if let auxiliary { cue = auxiliary..<cue.upperBound }
    let head = cue.upperBound - 1
    // A capitalized form inside a sentence is a name ("United States"); after a determiner
    // or "to" it is a noun or an infinitive ("the reports", "declined to say").
    if tokens[head].isCapitalized && !grammar.isSentenceStart(cue.lowerBound)
      && !isTitleCase(sentence)
    {
      return nil
    }
    if auxiliary == nil && cue.lowerBound > sentence.lowerBound {
      let before = cue.lowerBound - 1
      let roles = grammar.roles(before)
      // "the reports", "Oz's show", "18 states", "renewed fears": a noun, not a verb.
      if grammar.isDeterminer(before) || roles.contains(.possessive)
        || lexicon.infinitiveMarkers.contains(tokens[before])
        || grammar.isPossessiveClitic(before) || tokens[before].kind == .number
        || roles.contains(.quantifier)
        || (grammar.isFiniteAfterSubject(before) && !roles.contains(.auxiliary))
      {
        return nil
      }
    }
    if head + 1 < sentence.upperBound {
      let after = head + 1
      // "said by…" is passive; "battleground states could be…": the verb comes after, so the
      // cue word is a noun.
      if lexicon.agentPrepositions.contains(tokens[after]) { return nil }
      if auxiliary == nil, !grammar.roles(after).isDisjoint(with: [.auxiliary, .modal]),
        !grammar.roles(after).contains(.complementizer)
      {
        return nil
      }
    }
    // "was formally called", "is expected": a passive is not a report by the subject.
    if let auxiliary, lexicon.passiveAuxiliaries.contains(tokens[auxiliary]),
      info.kind == .verb
    {
      return nil
    }

    let right = rightSide(after: cue.upperBound, info, sentence: sentence)
    let left = leftSide(
      before: cue.lowerBound, regionStart: regionStart, sentence: sentence, info: info)
    var frameTokens: [Range<Int>] = []
    frameTokens.reserveCapacity(3 + right.frameTokens.count + left.frameTokens.count)
    frameTokens.append(cue)
    frameTokens.append(contentsOf: right.frameTokens)
    frameTokens.append(contentsOf: left.frameTokens)
    var frame = Frame(
      cue: cue, info: info, subject: .carried, channel: right.channel ?? left.channel,
      content: [], frameTokens: frameTokens)
    frame.isReported = isReported
    frame.statedTimes = right.times
    // The extent of a source phrase on the side the source comes from.
    if case .subject = left.shape {
      frame.sourceExtent = left.sourceExtent
    } else {
      frame.sourceExtent = right.sourceExtent
    }
    let end = sentence.upperBound

    if case .subject(let phrase) = left.shape, phrase.count == 1,
      lexicon.speakerPronouns.contains(tokens[phrase.lowerBound])
    {
      return nil  // "I think", "you know": a speaker's own words, not an attribution.
    }
    if info.needsComplement && !hasComplement(left: left.shape, right: right.shape) {
      return nil
    }
    switch (left.shape, right.shape) {
    case (.subject(let phrase), .content(let start)):
      frame.subject = .phrase(phrase)
      frame.frameTokens.append(phrase)
      // "“If he thinks…,” the narrator says, “what does he think…”": a quotation on each side.
      if start > cue.upperBound, grammar.isComma(start - 1), tokens[start].kind == .openQuote,
        let boundary = contentBoundary(before: phrase.lowerBound, regionStart: regionStart)
      {
        frame.content = [regionStart..<boundary.contentEnd]
        frame.frameTokens.append(boundary.separator)
      } else {
        attachCircumstances(&frame, from: regionStart, to: phrase.lowerBound)
      }
      var contentEnd = contentEnd(from: start, end: end)
      // "After Trump said he believes…, Clinton spoke": the frame sits in a clause of time or
      // cause, and what was said ends where the main clause starts.
      let opener = phrase.lowerBound - 1
      if opener >= sentence.lowerBound, grammar.roles(opener).contains(.subordinator),
        grammar.roles(opener).isDisjoint(with: [.complementizer, .relative]),
        let comma = (start..<contentEnd).first(where: { index in
          grammar.isComma(index) && startsClause(at: index + 1, end: end)
        })
      {
        contentEnd = comma
      }
      frame.content.append(start..<contentEnd)
    case (.subject(let phrase), .object(let object)):
      frame.subject = .phrase(phrase)
      frame.content = [object]
      frame.frameTokens.append(phrase)
      attachCircumstances(&frame, from: regionStart, to: phrase.lowerBound)
    case (.subject(let phrase), .source(let object, nil, _)):
      // With a subject on the left, a noun phrase after the verb is its object.
      frame.subject = .phrase(phrase)
      frame.content = [self.object(from: object, limit: end)]
      frame.frameTokens.append(phrase)
      attachCircumstances(&frame, from: regionStart, to: phrase.lowerBound)
    case (.subject(let phrase), .end):
      frame.subject = .phrase(phrase)
      frame.frameTokens.append(phrase)
      if let boundary = contentBoundary(before: phrase.lowerBound, regionStart: regionStart) {
        frame.content = [regionStart..<boundary.contentEnd]
        frame.frameTokens.append(boundary.separator)
        frame.isPostposed = true
      } else if phrase.lowerBound == sentence.lowerBound, followsQuotation(sentence) {
        // "“How many times must we see this?” Clinton said.": the frame stands alone after
        // the quotation it attributes.
        frame.isBackward = true
      }
    case (.subject(let phrase), .comma(let comma)):
      frame.subject = .phrase(phrase)
      frame.frameTokens += [phrase, comma..<(comma + 1)]
      var before: Range<Int>?
      if let boundary = contentBoundary(before: phrase.lowerBound, regionStart: regionStart) {
        before = regionStart..<boundary.contentEnd
        frame.content.append(regionStart..<boundary.contentEnd)
        frame.frameTokens.append(boundary.separator)
      }
      if let after = continuation(after: comma, before: before, end: end) {
        frame.content.append(after)
      }
    case (.separator(let separator), .source(let phrase, let more, let trailing)):
      frame.subject = .phrase(phrase)
      let before = regionStart..<separator.contentEnd
      frame.content = [before]
      frame.frameTokens += [separator.separator, phrase, trailing]
      if let more, let after = continuation(after: more, before: before, end: end) {
        frame.frameTokens.append(more..<(more + 1))
        frame.content.append(after)
      } else {
        frame.isPostposed = true
        if let more, let adjunctEnd = gerundAdjunctEnd(after: more, end: end) {
          frame.frameTokens.append(more..<adjunctEnd)
        }
      }
    case (.separator(let separator), .end):
      frame.isPostposed = true
      frame.content = [regionStart..<separator.contentEnd]
      frame.frameTokens.append(separator.separator)
    case (.separator(let separator), .comma(let comma)):
      let before = regionStart..<separator.contentEnd
      frame.content = [before]
      if let after = continuation(after: comma, before: before, end: end) {
        frame.content.append(after)
      }
      frame.frameTokens += [separator.separator, comma..<(comma + 1)]
    case (.separator(let separator), .content(let start)):
      frame.content = [start..<end]
      frame.frameTokens.append(separator.separator)
    case (.separator(let separator), .object(let object)):
      frame.content = [object]
      frame.frameTokens.append(separator.separator)
    case (.empty, .content(let start)), (.channel, .content(let start)):
      frame.subject = info.isPlural ? .implicit(plural: true) : .carried
      frame.content = [start..<end]
    case (.empty, .object(let object)), (.channel, .object(let object)):
      frame.subject = info.isPlural ? .implicit(plural: true) : .carried
      frame.content = [object]
    case (.backward(let pointer), .source(let phrase, _, let trailing)):
      frame.subject = .phrase(phrase)
      frame.isBackward = true
      frame.frameTokens += [pointer, phrase, trailing]
    case (.backwardSubject(let pointer, let phrase), .end),
      (.backwardSubject(let pointer, let phrase), .comma):
      frame.subject = .phrase(phrase)
      frame.isBackward = true
      frame.frameTokens += [pointer, phrase]
    case (.empty, .source(let phrase, nil, let trailing)) where followsQuotation(sentence):
      // "«…». Ha detto il sindaco.": an inverted frame alone after the quotation it attributes.
      frame.subject = .phrase(phrase)
      frame.isBackward = true
      frame.frameTokens += [phrase, trailing]
    case (.relative(let pronoun), .content(let start)):
      frame.subject = antecedent(of: pronoun, regionStart: sentence.lowerBound)
      frame.content = [start..<end]
      frame.frameTokens.append(pronoun..<(pronoun + 1))
    case (.relative(let pronoun), .object(let object)):
      frame.subject = antecedent(of: pronoun, regionStart: sentence.lowerBound)
      frame.content = [object]
      frame.frameTokens.append(pronoun..<(pronoun + 1))
    case (.conjunction(let conjunction), .content(let start)):
      frame.content = [start..<end]
      frame.frameTokens.append(conjunction..<(conjunction + 1))
    case (.conjunction(let conjunction), .object(let object)):
      frame.content = [object]
      frame.frameTokens.append(conjunction..<(conjunction + 1))
    default:
      return nil
    }
    frame.content = keptParts(frame.content)
    // "…called for the nominee to be taken to a trauma center, sources said.": when the frame
    // before left nothing, a frame at the end attributes the sentence from its start.
    if frame.isPostposed && frame.content.isEmpty && regionStart > sentence.lowerBound,
      let separator = frame.frameTokens.map(\.lowerBound).min(), separator > sentence.lowerBound
    {
      frame.content = keptParts([sentence.lowerBound..<separator])
    }
    // "Il ministro ha detto:" closing a sentence: what was said is the next sentence.
    if let last = sentence.last, grammar.isColon(last),
      !frame.content.contains(where: grammar.hasContentWord)
    {
      frame.isBackward = false
      frame.isForward = true
      frame.content = []
      return frame
    }
    guard frame.content.contains(where: isContent) || frame.isBackward else {
      return nil
    }
    return frame
  }

  /// Whether a cue that needs a complement has one: a pronoun subject ("it states"), a
  /// clause opened by a complementizer, a colon or a quotation ("states that", "spoke of"),
  /// or content before it ("…,” the report states.").
  private func hasComplement(left: LeftShape, right: RightShape) -> Bool {
    if case .subject(let phrase) = left, phrase.count == 1, grammar.isPronoun(phrase.lowerBound) {
      return true
    }
    switch (left, right) {
    case (.separator, .end), (.separator, .source), (.separator, .comma):
      return true
    case (_, .content(let start)):
      return tokens[start].kind == .openQuote || grammar.isColon(start - 1)
        || !grammar.roles(start - 1).isDisjoint(with: [.complementizer, .preposition])
    default:
      return false
    }
  }

  /// Whether the sentence comes right after a closing quotation mark in the same paragraph.
  ///
  /// A full stop may stand between them: "«…». Ha detto il sindaco."
  private func followsQuotation(_ sentence: Range<Int>) -> Bool {
    let first = sentence.lowerBound
    guard first > 0, !tokens[first].flags.contains(.paragraphBefore) else { return false }
    if tokens[first - 1].kind == .closeQuote { return true }
    return first > 1 && grammar.isFinalPunctuation(first - 1)
      && tokens[first - 2].kind == .closeQuote
  }

  /// Where content that opens with a quotation mark ends: at the matching closing mark.
  private func quotationEnd(from start: Int, end: Int) -> Int {
    guard start < end, tokens[start].kind == .openQuote,
      let close = ((start + 1)..<end).first(where: { tokens[$0].kind == .closeQuote })
    else { return end }
    return close + 1
  }

  /// Where a chain of appositions after `position` ends, or `nil` when none starts there.
  ///
  /// ", House editor for the Cook Political Report", ", who served as Asia director", ", and
  /// other scientists".
  private func appositionEnd(after position: Int, limit: Int) -> Int? {
    guard position < limit, grammar.isComma(position) else { return nil }
    var index = position + 1
    var end: Int?
    while index < limit {
      if grammar.roles(index).contains(.conjunction)
        && !grammar.roles(index).contains(.subordinator)
      {
        index += 1
      }
      guard index < limit else { return end }
      if grammar.roles(index).contains(.relative) {
        var stop = index + 1
        while stop < limit && !grammar.isComma(stop) && !closesSentence(stop, end: limit)
          && tokens[stop].kind != .openQuote
        {
          stop += 1
        }
        guard stop >= limit || tokens[stop].kind != .openQuote else { return end }
        // "…, che ha spiegato che…" reports something: a frame of its own, not a description.
        let reports = (index..<stop).contains {
          lexicon.cues.match(tokens, at: $0, limit: stop) != nil
        }
        guard !reports else { return end }
        index = stop
      } else if grammar.preposition(index) != nil,
        case let adjuncts = trailingAdjuncts(from: index, limit: limit), !adjuncts.isEmpty
      {
        index = adjuncts.upperBound  // ", in a statement"
      } else if grammar.hasGerundEnding(index) {
        return end  // ", speaking of Clinton's health": what the source did, not who they are
      } else if let phrase = grammar.extendedNounPhrase(from: index, limit: limit) {
        index = phrase.upperBound
        // "a longtime adviser to the family who oversees the super PAC"
        if index < limit && grammar.roles(index).contains(.relative) {
          var stop = index + 1
          while stop < limit && !grammar.isComma(stop) && !closesSentence(stop, end: limit)
            && tokens[stop].kind != .openQuote
            && lexicon.cues.match(tokens, at: stop, limit: limit) == nil
          {
            stop += 1
          }
          guard stop >= limit || grammar.isComma(stop) || closesSentence(stop, end: limit)
          else { return end }
          index = stop
        }
      } else {
        return end
      }
      end = index
      if index >= limit || closesSentence(index, end: limit) { return end }
      guard grammar.isComma(index) else { return nil }
      index += 1
    }
    return end
  }

  /// A source and its appositions before the cue, set off by commas: "“…,” Flynn, a top Trump
  /// surrogate, said", "Mulgrew, president of the union, which represents teachers, said".
  ///
  /// The segments between commas, from the last closing quote or the region's start, must be
  /// a source followed by noun phrases or relative clauses.
  private func appositiveSubject(endingAt comma: Int, regionStart: Int) -> Left? {
    var start = regionStart
    for index in stride(from: comma - 1, through: regionStart, by: -1)
    where tokens[index].kind == .closeQuote || tokens[index].kind == .openQuote {
      start = index + 1
      break
    }
    var segments: [Range<Int>] = []
    var segmentStart = start
    for index in start..<comma where grammar.isComma(index) {
      segments.append(segmentStart..<index)
      segmentStart = index + 1
    }
    segments.append(segmentStart..<comma)
    guard segments.count >= 2, segments.allSatisfy({ !$0.isEmpty }), let first = segments.first,
      grammar.nounPhrase(from: first.lowerBound, limit: first.upperBound) == first,
      grammar.isSourceLike(first)
    else { return nil }
    var extentEnd = comma
    for segment in segments.dropFirst() {
      var head = segment.lowerBound
      if grammar.roles(head).contains(.conjunction) { head += 1 }
      guard head < segment.upperBound else { return nil }
      // ", speaking to a veterans group,": what the source was doing, not who it is.
      if grammar.hasGerundEnding(head) {
        extentEnd = min(extentEnd, segment.lowerBound - 1)
        continue
      }
      if grammar.roles(head).contains(.relative) { continue }
      // ", of Springfield", ", a historian who attended the session": a phrase, maybe with a
      // relative clause after it.
      if grammar.preposition(head) != nil { head += 1 }
      guard let phrase = grammar.extendedNounPhrase(from: head, limit: segment.upperBound),
        phrase.upperBound == segment.upperBound
          || grammar.roles(phrase.upperBound).contains(.relative)
          || isModifier(phrase.upperBound..<segment.upperBound)
      else { return nil }
    }
    // Resolve from whichever part names a person: "Il ministro, Antonio Tajani, ha detto".
    let namesPerson = { (range: Range<Int>) in
      range.contains {
        self.tokens[$0].isCapitalized && !self.grammar.roles($0).contains(.function)
      }
    }
    let phrase =
      namesPerson(first) ? first : segments.dropFirst().first(where: namesPerson) ?? first
    return Left(
      shape: .subject(phrase), frameTokens: [first.lowerBound..<(comma + 1)],
      sourceExtent: first.lowerBound..<extentEnd)
  }

  /// Whether the words after a noun phrase modify it ("one of the states suing the EPA",
  /// "a report released Monday"): a gerund or participle opens them and no finite verb
  /// follows.
  private func isModifier(_ range: Range<Int>) -> Bool {
    guard let first = range.first, tokens[first].kind == .word else { return false }
    let opens =
      grammar.hasGerundEnding(first)
      || grammar.isParticiple(first)
    return opens && !range.contains(where: grammar.isFiniteVerb)
  }

  /// The content after a frame set off by commas ("«…», she said, «…»"), if any.
  ///
  /// A quotation continues after the frame; an unquoted sentence interrupted by the frame
  /// ("The plan, he said, is dead") ends after it. But once a quotation has closed, what
  /// follows the frame is the writer's: an adjunct ("clapping", ", after he admitted…"), a
  /// relative clause, or a new clause ("but…") — unless a quotation opens again further on
  /// ("…, referring to the excuse, «you give…»").
  private func continuation(after comma: Int, before: Range<Int>?, end: Int) -> Range<Int>? {
    let start = comma + 1
    guard start < end else { return nil }
    if tokens[start].kind == .openQuote { return start..<end }
    let quoted = before.map { range in range.contains { tokens[$0].kind == .closeQuote } } ?? false
    if !quoted {
      let roles = grammar.roles(start)
      // "Many of the visitors were older, she said, and ''I had to step back…''"
      if roles.contains(.conjunction), start + 1 < end, tokens[start + 1].kind == .openQuote {
        return (start + 1)..<quotationEnd(from: start + 1, end: end)
      }
      let opensClause = !roles.isDisjoint(with: [.relative, .subordinator, .conjunction])
      // "…, ha detto Rossi, parlando ai giornalisti": what the source was doing.
      let opensAdjunct = grammar.hasGerundEnding(start)
      return opensClause || opensAdjunct ? nil : start..<contentEnd(from: start, end: end)
    }
    guard let quote = (start..<end).first(where: { tokens[$0].kind == .openQuote }),
      quote > start, grammar.isComma(quote - 1)
    else { return nil }
    return quote..<end
  }

  /// Where a gerund phrase after a frame's comma ends (", speaking to reporters in Rome").
  ///
  /// What the source was doing belongs to the frame. Nil when none opens there, or when a
  /// quotation opens inside it.
  private func gerundAdjunctEnd(after comma: Int, end: Int) -> Int? {
    let start = comma + 1
    guard start < end, tokens[start].kind == .word,
      grammar.hasGerundEnding(start)
    else { return nil }
    var index = start + 1
    while index < end && !grammar.isComma(index) && !closesSentence(index, end: end) {
      if tokens[index].isQuote { return nil }
      index += 1
    }
    return index
  }

  /// The noun phrase a relative pronoun after a comma stands for ("Trump, who says…"), as a
  /// subject; the source before when there is none.
  private func antecedent(of pronoun: Int, regionStart: Int) -> Frame.Subject {
    let end = grammar.isComma(pronoun - 1) ? pronoun - 2 : pronoun - 1
    guard end >= regionStart, let phrase = grammar.nounPhrase(endingAt: end, limit: regionStart),
      grammar.isSourceLike(phrase)
    else { return .carried }
    return .phrase(phrase)
  }

  /// Whether a clause with its own subject starts here: a subject pronoun, or a noun phrase
  /// and a finite verb.
  private func startsClause(at index: Int, end: Int) -> Bool {
    guard index < end else { return false }
    if grammar.isPronoun(index) && !grammar.roles(index).contains(.determiner) {
      return index + 1 < end && grammar.isFiniteAfterSubject(index + 1)
    }
    guard let phrase = grammar.nounPhrase(from: index, limit: end), phrase.upperBound < end else {
      return false
    }
    // A past form may have been read as a noun: "workers walked out".
    return grammar.isFiniteAfterSubject(phrase.upperBound)
      || (phrase.count >= 2 && phrase.dropFirst().contains(where: grammar.isFiniteAfterSubject))
  }

  /// Whether the sentence is a title-case headline ("Lindsey Graham Says").
  private func isTitleCase(_ sentence: Range<Int>) -> Bool {
    let words = sentence.filter { tokens[$0].kind == .word && tokens[$0].key.count > 3 }
    guard words.count >= 4 else { return false }
    return words.filter { tokens[$0].isCapitalized }.count * 5 >= words.count * 4
  }

  /// Whether the token closes the sentence: final punctuation, or a colon that ends it.
  private func closesSentence(_ index: Int, end: Int) -> Bool {
    grammar.isFinalPunctuation(index) || (index == end - 1 && grammar.isColon(index))
  }

  /// Whether a part can be what a source said: it has a word that is not a function word, or
  /// it is a quotation ("“I would,” Melanie said").
  private func isContent(_ part: Range<Int>) -> Bool {
    grammar.hasContentWord(part) || part.contains { tokens[$0].isQuote }
  }

  /// The content parts worth keeping: a lone "Ieri" stays with the claim, a lone "E" goes.
  private func keptParts(_ parts: [Range<Int>]) -> [Range<Int>] {
    parts.filter { part in
      part.contains { tokens[$0].isWordLike && !grammar.roles($0).contains(.conjunction) }
    }
  }

  /// Times and adjuncts before the subject belong to the frame, unless they hold a verb of
  /// their own (then they are a clause of the narrator's).
  private func attachCircumstances(_ frame: inout Frame, from start: Int, to end: Int) {
    guard start < end else { return }
    let range = start..<end
    guard !range.contains(where: { grammar.isFiniteVerb($0) }) else { return }
    frame.circumstances = range
    frame.frameTokens.append(range)
  }

  /// Where content before a source ends: at a comma or a closing quote right before it.
  private func contentBoundary(before position: Int, regionStart: Int) -> Separator? {
    let previous = position - 1
    guard previous >= regionStart else { return nil }
    if grammar.isComma(previous) {
      return Separator(separator: previous..<position, contentEnd: previous)
    }
    if tokens[previous].kind == .closeQuote {
      return Separator(separator: position..<position, contentEnd: position)
    }
    return nil
  }

  // MARK: - Left side

  struct Separator {
    var separator: Range<Int>
    var contentEnd: Int
  }

  enum LeftShape {
    case empty
    case subject(Range<Int>)
    case separator(Separator)
    case channel
    case conjunction(Int)
    /// ", che ha spiegato…": the subject is the relative's antecedent, the source before.
    case relative(Int)
    case backward(Range<Int>)
    case backwardSubject(pointer: Range<Int>, subject: Range<Int>)
    case other
  }

  struct Left {
    var shape: LeftShape
    var channel: Frame.ChannelReference?
    var frameTokens: [Range<Int>] = []
    var sourceExtent: Range<Int>?
  }

  private func leftSide(before position: Int, regionStart: Int, sentence: Range<Int>, info: Cue)
    -> Left
  {
    var index = position - 1
    while index >= regionStart && (grammar.isAdverb(index) && !tokens[index].isCapitalized) {
      index -= 1
    }
    // "Some Democrats, however, question…": an adverb set off by commas.
    if index - 2 >= regionStart, grammar.isComma(index), grammar.isAdverb(index - 1),
      grammar.isComma(index - 2)
    {
      index -= 3
    }
    // An opening quote between a subject and its verb: Rubio "ha sottolineato…".
    if index >= regionStart && tokens[index].kind == .openQuote { index -= 1 }
    guard index >= regionStart else { return Left(shape: .empty) }
    if let pointer = backwardPointer(endingAt: index, sentence: sentence) {
      return Left(shape: .backward(pointer))
    }
    if grammar.isComma(index),
      let subject = appositiveSubject(endingAt: index, regionStart: regionStart)
    {
      return subject
    }
    // A quotation closing right before the cue separates content from the frame only when it
    // is a quotation of its own, not a phrase quoted inside the subject ("the ad “wrongfully”
    // suggests").
    let quotationCloses =
      tokens[index].kind == .closeQuote
      && {
        guard
          let open = stride(from: index - 1, through: regionStart, by: -1).first(where: {
            tokens[$0].kind == .openQuote
          })
        else { return true }
        // "Using the tax “is a misguided approach,” said Burman": a comma closing the quotation
        // hands over to the frame.
        return open == regionStart || grammar.isComma(open - 1) || grammar.isComma(index - 1)
          || grammar.isColon(open - 1) || grammar.isFinalPunctuation(open - 1)
      }()
    if grammar.isComma(index) || quotationCloses {
      let comma = grammar.isComma(index) ? index : index + 1
      let contentEnd = tokens[index].kind == .closeQuote ? index + 1 : comma
      let separator = grammar.isComma(index) ? index..<(index + 1) : (index + 1)..<(index + 1)
      if contentEnd > regionStart {
        return Left(shape: .separator(Separator(separator: separator, contentEnd: contentEnd)))
      }
      return Left(shape: .empty, frameTokens: [separator])
    }
    if grammar.roles(index).contains(.conjunction) {
      return Left(shape: .conjunction(index))
    }
    if grammar.roles(index).contains(.relative) && index - 1 >= regionStart
      && grammar.isComma(index - 1)
    {
      return Left(shape: .relative(index), frameTokens: [(index - 1)..<index])
    }
    if let channel = channelPhrase(endingAt: index, regionStart: regionStart) {
      let before = channel.lowerBound - 1
      if before < regionStart {
        return Left(
          shape: .channel, channel: .phrase((channel.lowerBound + 1)..<channel.upperBound),
          frameTokens: [channel])
      }
      return Left(shape: .other)
    }
    guard var phrase = grammar.nounPhrase(endingAt: index, limit: regionStart),
      grammar.isSourceLike(phrase) || (info.isSpeech && grammar.hasContentWord(phrase))
    else { return Left(shape: .other) }
    // A preposition before the phrase: after a noun it completes that noun ("Il consigliere per
    // la politica estera Yuri Ushakov"); opening the clause, the phrase is inside it and not a
    // subject ("In a Facebook message posted Friday, …").
    while phrase.lowerBound - 1 >= regionStart, grammar.preposition(phrase.lowerBound - 1) != nil {
      let preposition = phrase.lowerBound - 1
      if preposition - 1 >= regionStart && grammar.roles(preposition - 1).contains(.relative) {
        break  // "a cui una fonte ha evidenziato"
      }
      // "Shortly after Trump said…": the subject of a clause of time.
      if grammar.roles(preposition).contains(.subordinator) { break }
      guard preposition - 1 >= regionStart,
        let head = grammar.nounPhrase(endingAt: preposition - 1, limit: regionStart)
      else { return Left(shape: .other) }
      phrase = head.lowerBound..<phrase.upperBound
    }
    // "That's what an aide told CNN": a pointer back, then the subject.
    if phrase.lowerBound > sentence.lowerBound,
      let pointer = backwardPointer(endingAt: phrase.lowerBound - 1, sentence: sentence)
    {
      return Left(shape: .backwardSubject(pointer: pointer, subject: phrase))
    }
    // "a cui una fonte ha evidenziato": the channel is the relative's antecedent.
    let before = phrase.lowerBound - 1
    if before - 1 >= regionStart, grammar.roles(before).contains(.relative),
      let base = grammar.preposition(before - 1), lexicon.channelPrepositions.contains(base)
    {
      return Left(
        shape: .subject(phrase), channel: .relative, frameTokens: [(before - 1)..<(before + 1)])
    }
    if before >= regionStart,
      let channel = channelPhrase(endingAt: before, regionStart: regionStart),
      channel.lowerBound == regionStart
    {
      return Left(
        shape: .subject(phrase), channel: .phrase((channel.lowerBound + 1)..<channel.upperBound),
        frameTokens: [channel])
    }
    return Left(shape: .subject(phrase))
  }

  /// "E' quanto", "Lo", "This is what" right before the cue, opening the sentence.
  private func backwardPointer(endingAt index: Int, sentence: Range<Int>) -> Range<Int>? {
    var start = sentence.lowerBound
    while start < index && !tokens[start].isWordLike { start += 1 }
    guard let (length, _) = lexicon.backwardPointers.match(tokens, at: start, limit: index + 1),
      start + length == index + 1
    else { return nil }
    return start..<(index + 1)
  }

  /// A channel preposition and the outlet or platform after it, ending at `end`: "alla Cnn".
  private func channelPhrase(endingAt end: Int, regionStart: Int) -> Range<Int>? {
    var start = end
    while start > regionStart && tokens[start].isCapitalized && grammar.isNominal(start) {
      start -= 1
    }
    guard start < end || tokens[end].isCapitalized, start >= regionStart,
      let base = grammar.preposition(start), lexicon.channelPrepositions.contains(base)
    else { return nil }
    let name = (start + 1)..<(end + 1)
    guard isChannelName(name) else { return nil }
    return start..<(end + 1)
  }

  private func isChannelName(_ range: Range<Int>) -> Bool {
    guard !range.isEmpty else { return false }
    if let (length, entry) = grammar.registry.match(
      tokens, at: range.lowerBound, limit: range.upperBound),
      length == range.count
    {
      return entry.kind == .outlet || entry.kind == .platform
    }
    return false
  }

  // MARK: - Right side

  enum RightShape {
    case end
    case comma(Int)
    case content(Int)
    /// A noun phrase after the verb that is the source when nothing on the left is, with the
    /// comma that continues the content and adjuncts after it ("nello Studio Ovale").
    case source(Range<Int>, more: Int?, trailing: Range<Int>)
    case object(Range<Int>)
    case nothing
  }

  struct Right {
    var shape: RightShape
    var channel: Frame.ChannelReference?
    var frameTokens: [Range<Int>] = []
    var times: [Range<Int>] = []
    var sourceExtent: Range<Int>?
  }

  private func rightSide(after position: Int, _ info: Cue, sentence: Range<Int>) -> Right {
    let end = sentence.upperBound
    var times: [Range<Int>] = []
    var index = skipAdjuncts(from: position, limit: end, times: &times)
    var frameTokens: [Range<Int>] = [position..<index]
    var channel: Frame.ChannelReference?
    if index < end, let name = channelName(after: index, limit: end) {
      channel = .phrase(name)
      frameTokens.append(index..<name.upperBound)
      index = skipAdjuncts(from: name.upperBound, limit: end, times: &times)
      frameTokens.append(name.upperBound..<index)
    } else if index < end, let addressee = addressee(at: index, limit: end) {
      // "ha detto ai giornalisti che…": whom it was said to is part of the frame.
      frameTokens.append(addressee)
      index = skipAdjuncts(from: addressee.upperBound, limit: end, times: &times)
      frameTokens.append(addressee.upperBound..<index)
    } else if info.takesAddressee, index < end, !grammar.roles(index).contains(.complementizer) {
      if let (length, entry) = grammar.registry.match(tokens, at: index, limit: end),
        entry.kind == .outlet
      {
        channel = .phrase(index..<(index + length))
        frameTokens.append(index..<(index + length))
        index += length
        // "told Breitbart Daily host Alex Marlow": the person addressed at the outlet.
        if index < end, tokens[index].isCapitalized,
          let host = grammar.nounPhrase(from: index, limit: end)
        {
          frameTokens.append(host)
          index = host.upperBound
        }
      } else if grammar.roles(index).contains(.clitic) || grammar.isPronoun(index) {
        frameTokens.append(index..<(index + 1))
        index += 1
      } else if let addressee = grammar.nounPhrase(from: index, limit: end) {
        // "told reporters", "told the RT America audience": whom, not what.
        frameTokens.append(addressee)
        index = addressee.upperBound
      }
      index = skipAdjuncts(from: index, limit: end, times: &times)
    }
    func result(_ shape: RightShape) -> Right {
      Right(
        shape: shape, channel: channel, frameTokens: frameTokens.filter { !$0.isEmpty },
        times: times)
    }
    var rest = index
    while rest < end && (closesSentence(rest, end: end) || tokens[rest].kind == .closeQuote) {
      rest += 1
    }
    if rest >= end { return result(.end) }
    if grammar.isComma(index) {
      if index + 1 < end && tokens[index + 1].kind == .openQuote {
        frameTokens.append(index..<(index + 1))
        return result(.content(index + 1))
      }
      return result(.comma(index))
    }
    let roles = grammar.roles(index)
    if roles.contains(.complementizer) || grammar.isColon(index) {
      frameTokens.append(index..<(index + 1))
      return result(.content(index + 1))
    }
    if tokens[index].kind == .openQuote { return result(.content(index)) }
    if info.takesPreposition, let base = grammar.preposition(index),
      lexicon.contentPrepositions.contains(base)
    {
      frameTokens.append(index..<(index + 1))
      return result(.content(index + 1))
    }
    // "agreed with McLenny", "complained about his mic": what the verb is about is its content.
    if info.complementPrepositions.contains(tokens[index]), index + 1 < end {
      frameTokens.append(index..<(index + 1))
      return result(.content(index + 1))
    }
    // "said at a Washington event this month", "said on his website that…": circumstances
    // of the saying, not what was said.
    let adjuncts = trailingAdjuncts(from: index, limit: end)
    if !adjuncts.isEmpty {
      let after = adjuncts.upperBound
      if after >= end || closesSentence(after, end: end) {
        frameTokens.append(adjuncts)
        return result(.end)
      }
      if grammar.isComma(after) {
        frameTokens.append(adjuncts)
        return result(.comma(after))
      }
      if grammar.roles(after).contains(.complementizer) {
        frameTokens.append(adjuncts.lowerBound..<(after + 1))
        return result(.content(after + 1))
      }
      // "said after the convention he would not accept…": a clause after the adjunct.
      if startsClause(at: after, end: end) {
        frameTokens.append(adjuncts)
        return result(.content(after))
      }
    }
    // "said after Pagliano failed to show up": a clause of circumstance, the writer's.
    let opening = grammar.roles(index)
    if opening.contains(.subordinator)
      && opening.isDisjoint(with: [.interrogative, .complementizer])
    {
      return result(.end)
    }
    if let phrase = grammar.nounPhrase(from: index, limit: end) {
      var after = phrase.upperBound
      // "ha scritto Trump su Truth al termine della telefonata": the inverted subject may be
      // followed by a channel and adjuncts without a verb of their own.
      if let name = channelName(after: after, limit: end) {
        channel = .phrase(name)
        frameTokens.append(after..<name.upperBound)
        after = name.upperBound
      }
      var trailing = after..<after
      let adjuncts = trailingAdjuncts(from: after, limit: end)
      if adjuncts.upperBound > after
        && (adjuncts.upperBound >= end || grammar.isComma(adjuncts.upperBound)
          || grammar.isFinalPunctuation(adjuncts.upperBound))
      {
        trailing = adjuncts
        after = adjuncts.upperBound
      }
      var next = after
      while next < end && closesSentence(next, end: end) { next += 1 }
      let inverts = info.isSpeech || lexicon.invertsSubjects
      if next >= end && !inverts { return result(.object(object(from: phrase, limit: end))) }
      if next >= end { return result(.source(phrase, more: nil, trailing: trailing)) }
      // "said Victor Cha, who served as…", "said David Wasserman, House editor for…".
      if let apposition = appositionEnd(after: after, limit: end),
        apposition >= end || closesSentence(apposition, end: end)
      {
        var right = result(.source(phrase, more: nil, trailing: trailing))
        right.frameTokens.append(after..<apposition)
        right.sourceExtent = phrase.lowerBound..<apposition
        return right
      }
      if grammar.isComma(after) {
        let more = after + 1 < end && grammar.hasContentWord((after + 1)..<end) ? after : nil
        if let more, grammar.roles(more + 1).contains(.relative) {
          return result(.source(phrase, more: nil, trailing: trailing))
        }
        return result(.source(phrase, more: more, trailing: trailing))
      }
      if grammar.roles(after).contains(.relative)
        || (after + 1 < end && grammar.preposition(after) != nil
          && grammar.roles(after + 1).contains(.relative))
      {
        return result(.source(phrase, more: nil, trailing: trailing))
      }
      if grammar.roles(after).contains(.complementizer) && grammar.isSourceLike(phrase) {
        frameTokens.append(phrase)
        frameTokens.append(after..<(after + 1))
        return Right(
          shape: .content(after + 1), channel: channel,
          frameTokens: frameTokens.filter { !$0.isEmpty }, times: times)
      }
      var verb = after
      while verb < end && grammar.isAdverb(verb) { verb += 1 }
      if verb < end && grammar.isFiniteAfterSubject(verb) { return result(.content(index)) }
      return result(.object(object(from: phrase, limit: end)))
    }
    if grammar.hasContentWord(index..<end) { return result(.content(index)) }
    return result(.nothing)
  }

  /// The outlet or platform named after a channel preposition at `index` ("alla Cnn",
  /// "su Truth", "to CNN", "alla rete americana").
  private func channelName(after index: Int, limit: Int) -> Range<Int>? {
    guard index < limit, let base = grammar.preposition(index),
      lexicon.channelPrepositions.contains(base), index + 1 < limit
    else { return nil }
    var start = index + 1
    if grammar.isDeterminer(start) && start + 1 < limit { start += 1 }
    if let (length, entry) = grammar.registry.match(tokens, at: start, limit: limit),
      entry.kind == .outlet || entry.kind == .platform
    {
      return start..<(start + length)
    }
    // A description of an outlet: "alla rete americana", "to the network".
    guard let phrase = grammar.nounPhrase(from: index + 1, limit: limit),
      phrase.contains(where: {
        lexicon.descriptors.match(tokens, at: $0, limit: phrase.upperBound)?.value.kind == .outlet
      })
    else { return nil }
    return phrase
  }

  /// An object with its complements, up to a comma, a verb or a new clause.
  ///
  /// "nuove sanzioni contro i colossi petroliferi russi", "il colloquio "costruttivo"".
  private func object(from phrase: Range<Int>, limit: Int) -> Range<Int> {
    // "urged Republicans to join the ranks…", "accused the GOP of stoking the issue…": the
    // object runs on over its complements, to the end of its clause; it stops at adjuncts of
    // time and place ("in a ruling released Thursday", "during a campaign stop") and at an
    // absolute clause ("… passati più di tre anni").
    var end = phrase.upperBound
    var depth = 0
    var elaborating = false
    while end < limit {
      let token = tokens[end]
      if token.kind == .openQuote { depth += 1 }
      if token.kind == .closeQuote { depth = max(0, depth - 1) }
      if depth == 0 {
        if grammar.isColon(end) { elaborating = true }
        if grammar.isComma(end) && !elaborating {
          // "things such as, “We're not all…”": a quotation after the comma continues it;
          // "mentions Percy Walton, the one inmate whose sentence…": so does an apposition.
          if end + 1 < limit, tokens[end + 1].kind == .openQuote {
            end += 1
            continue
          }
          if let apposition = appositionEnd(after: end, limit: limit),
            apposition >= limit || closesSentence(apposition, end: limit)
          {
            end = apposition
            continue
          }
          break
        }
        if closesSentence(end, end: limit) { break }
        // "…'s work preserving the property but also had to…": a clause of the subject's own.
        if grammar.roles(end).contains(.conjunction), end + 1 < limit {
          var verb = end + 1
          while verb < limit && grammar.isAdverb(verb) { verb += 1 }
          if verb < limit && grammar.isFiniteVerb(verb) { break }
        }
        if end > phrase.upperBound, !elaborating, lexicon.adjunctPrepositions.contains(token),
          !isInfinitive(at: end, limit: limit)
        {
          break
        }
        if grammar.isParticiple(end) && end + 1 < limit
          && (grammar.roles(end + 1).contains(.quantifier) || tokens[end + 1].kind == .number)
        {
          break
        }
      }
      end += 1
    }
    return phrase.lowerBound..<end
  }

  /// Whom something was said to, when it is not an outlet: "ai giornalisti", "to reporters",
  /// followed by what was said.
  private func addressee(at index: Int, limit: Int) -> Range<Int>? {
    guard let base = grammar.preposition(index), lexicon.channelPrepositions.contains(base),
      let phrase = grammar.nounPhrase(from: index + 1, limit: limit), phrase.upperBound < limit
    else { return nil }
    let next = phrase.upperBound
    guard
      grammar.roles(next).contains(.complementizer) || grammar.isColon(next)
        || tokens[next].kind == .openQuote
    else { return nil }
    return index..<phrase.upperBound
  }

  /// Prepositional phrases without a verb, each an NP after a preposition ("nello Studio Ovale", "al termine della
  /// telefonata") from `start`, up to a comma or the end.
  private func trailingAdjuncts(from start: Int, limit: Int) -> Range<Int> {
    var index = start
    while index < limit {
      if grammar.preposition(index) != nil, !isInfinitive(at: index, limit: limit),
        let phrase = grammar.nounPhrase(from: index + 1, limit: limit)
      {
        index = phrase.upperBound
      } else if index > start,
        let match = times.match(at: index, limit: limit, reference: nil, tense: .past)
      {
        index = match.tokens.upperBound  // "at a campaign stop this week"
      } else {
        break
      }
    }
    return start..<index
  }

  /// "to sign up", "di votare": a preposition that marks an infinitive, not a place or time.
  private func isInfinitive(at index: Int, limit: Int) -> Bool {
    guard lexicon.infinitiveMarkers.contains(tokens[index]), index + 1 < limit else {
      return false
    }
    let next = index + 1
    return tokens[next].kind == .word && !tokens[next].isCapitalized
      && grammar.roles(next).isDisjoint(with: [.determiner, .possessive, .quantifier])
  }

  /// Where content after a cue ends: at the closing mark of a quotation it opens with, else
  /// before a comma and a clause the writer adds (", but he has also…", ", as the nominee…").
  private func contentEnd(from start: Int, end: Int) -> Int {
    guard start < end else { return max(start, end) }  // "…ha scritto che" ending the text
    if tokens[start].kind == .openQuote { return quotationEnd(from: start, end: end) }
    var depth = 0
    // Whether a token before `index` is a finite verb, kept as the scan goes rather than asked
    // of every token before each one.
    var verbBefore = false
    for index in start..<end {
      defer { verbBefore = verbBefore || grammar.isFiniteVerb(index) }
      switch tokens[index].kind {
      case .openQuote: depth += 1
      case .closeQuote: depth = max(0, depth - 1)
      case _ where !verbBefore:
        continue  // "that, if elected, he'd leave…": a clause opening the content is part of it
      default:
        // ", ma che…", ", but that…" goes on with what the source said.
        if depth == 0, grammar.isComma(index), index + 1 < end, breaksClause(index + 1),
          !(index + 2 < end && grammar.roles(index + 2).contains(.complementizer))
        {
          return index
        }
      }
    }
    return end
  }

  /// Whether the token opens a clause that is the writer's, not the source's: "but", "as",
  /// "while", "ma", "mentre".
  private func breaksClause(_ index: Int) -> Bool {
    let roles = grammar.roles(index)
    // "as well as", "così come": a list goes on, no clause starts.
    if lexicon.listContinuers.match(tokens, at: index) != nil { return false }
    return roles.contains(.subordinator) || lexicon.contrastives.contains(tokens[index])
  }

  /// Skips adverbs, time expressions ("on Monday") and medium phrases ("in a statement")
  /// after a cue, collecting the times.
  private func skipAdjuncts(from position: Int, limit: Int, times found: inout [Range<Int>]) -> Int
  {
    var index = position
    while index < limit {
      if let match = times.match(at: index, limit: limit, reference: nil, tense: .past) {
        found.append(match.tokens)
        index = match.tokens.upperBound
      } else if grammar.preposition(index) != nil, index + 1 < limit,
        let match = times.match(at: index + 1, limit: limit, reference: nil, tense: .past)
      {
        found.append(match.tokens)
        index = match.tokens.upperBound
      } else if grammar.isAdverb(index) && !tokens[index].isCapitalized {
        index += 1
      } else if let (length, _) = lexicon.mediumPhrases.match(tokens, at: index, limit: limit) {
        index += length
        // "in an interview with The Huffington Post": whom the interview was with.
        if grammar.preposition(index - 1) != nil,
          let phrase = grammar.nounPhrase(from: index, limit: limit)
        {
          index = phrase.upperBound
        }
      } else {
        break
      }
    }
    return index
  }
}
