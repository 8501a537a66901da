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

  private var tokens: [Token] { grammar.tokens }
  private var lexicon: Lexicon { grammar.lexicon }

  init(grammar: Grammar) {
    self.grammar = grammar
    times = TimeParser(grammar: grammar)
  }

  /// The frames of the sentence `sentence`, left to right.
  func frames(in sentence: Range<Int>) -> [Frame] {
    var frames: [Frame] = []
    var regionStart = sentence.lowerBound
    var index = sentence.lowerBound
    while index < sentence.upperBound {
      guard let (length, cue) = lexicon.cues.match(tokens, at: index, limit: sentence.upperBound)
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
        if case .phrase = found.subject, !found.isBackward {
          found.isNested = true
        } else {
          cut(&frames[host], at: found.lowerBound)
        }
      }
      frames.append(found)
      if !found.isNested { regionStart = max(regionStart, found.upperBound) }
      index = max(cueRange.upperBound, index + 1)
    }
    return frames
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
    guard let phrase = grammar.nounPhrase(from: cue.upperBound, limit: sentence.upperBound),
      grammar.isSourceLike(phrase)
    else { return nil }
    var frameStart = cue.lowerBound
    var frameEnd = phrase.upperBound
    if frameStart > regionStart && grammar.isComma(frameStart - 1) { frameStart -= 1 }
    if frameEnd < sentence.upperBound && grammar.isComma(frameEnd) { frameEnd += 1 }
    let content = keptParts([regionStart..<frameStart, frameEnd..<sentence.upperBound])
    guard content.contains(where: grammar.hasContentWord) else { return nil }
    return Frame(
      cue: cue, info: info, subject: .phrase(phrase), channel: nil, content: content,
      frameTokens: [frameStart..<frameEnd])
  }

  private func gerund(_ cue: Range<Int>, _ info: Cue, sentence: Range<Int>, regionStart: Int)
    -> Frame?
  {
    guard cue.lowerBound > sentence.lowerBound, grammar.isComma(cue.lowerBound - 1) else {
      return nil
    }
    let right = rightSide(after: cue.upperBound, info, sentence: sentence)
    let start: Int
    switch right.shape {
    case .content(let position): start = position
    case .object(let phrase): start = phrase.lowerBound
    default: return nil
    }
    let content = start..<sentence.upperBound
    guard grammar.hasContentWord(content) else { return nil }
    return Frame(
      cue: cue, info: info, subject: .carried, channel: right.channel, content: [content],
      frameTokens: [(cue.lowerBound - 1)..<start])
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
        if lexicon.reportedEndings.contains(where: { tokens[position].key.hasSuffix($0) }) {
          isReported = true
        }
      } else if !grammar.isAdverb(position) || grammar.tokens[position].isCapitalized {
        break
      }
      position -= 1
    }
    if info.kind == .participle {
      guard let auxiliary, lexicon.perfectAuxiliaries.contains(tokens[auxiliary].key) else {
        return nil
      }
    }
    if let auxiliary { cue = auxiliary..<cue.upperBound }
    let head = cue.upperBound - 1
    // A capitalized form inside a sentence is a name ("United States"); after a determiner
    // or "to" it is a noun or an infinitive ("the reports", "declined to say").
    if tokens[head].isCapitalized && !grammar.isSentenceStart(cue.lowerBound) { return nil }
    if auxiliary == nil && cue.lowerBound > sentence.lowerBound {
      let before = cue.lowerBound - 1
      let roles = grammar.roles(before)
      if grammar.isDeterminer(before) || roles.contains(.possessive) || tokens[before].key == "to" {
        return nil
      }
    }
    if head + 1 < sentence.upperBound && tokens[head + 1].key == "by" { return nil }

    let right = rightSide(after: cue.upperBound, info, sentence: sentence)
    let left = leftSide(before: cue.lowerBound, regionStart: regionStart, sentence: sentence)
    var frame = Frame(
      cue: cue, info: info, subject: .carried, channel: right.channel ?? left.channel,
      content: [], frameTokens: [cue] + right.frameTokens + left.frameTokens)
    frame.isReported = isReported
    frame.statedTimes = right.times
    let end = sentence.upperBound

    switch (left.shape, right.shape) {
    case (.subject(let phrase), .content(let start)):
      frame.subject = .phrase(phrase)
      frame.content = [start..<end]
      frame.frameTokens.append(phrase)
      attachCircumstances(&frame, from: regionStart, to: phrase.lowerBound)
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
      }
    case (.subject(let phrase), .comma(let comma)):
      frame.subject = .phrase(phrase)
      frame.frameTokens += [phrase, comma..<(comma + 1)]
      if let boundary = contentBoundary(before: phrase.lowerBound, regionStart: regionStart) {
        frame.content.append(regionStart..<boundary.contentEnd)
        frame.frameTokens.append(boundary.separator)
      }
      frame.content.append((comma + 1)..<end)
    case (.separator(let separator), .source(let phrase, let more, let trailing)):
      frame.subject = .phrase(phrase)
      frame.content = [regionStart..<separator.contentEnd]
      frame.frameTokens += [separator.separator, phrase, trailing]
      if let more {
        frame.frameTokens.append(more..<(more + 1))
        frame.content.append((more + 1)..<end)
      }
    case (.separator(let separator), .end):
      frame.content = [regionStart..<separator.contentEnd]
      frame.frameTokens.append(separator.separator)
    case (.separator(let separator), .comma(let comma)):
      frame.content = [regionStart..<separator.contentEnd, (comma + 1)..<end]
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
    case (.relative(let pronoun), .content(let start)):
      frame.content = [start..<end]
      frame.frameTokens.append(pronoun..<(pronoun + 1))
    case (.relative(let pronoun), .object(let object)):
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
    // "Il ministro ha detto:" closing a sentence: what was said is the next sentence.
    if let last = sentence.last, grammar.isPunctuation(last, [":"]),
      !frame.content.contains(where: grammar.hasContentWord)
    {
      frame.isBackward = false
      frame.isForward = true
      frame.content = []
      return frame
    }
    guard frame.content.contains(where: grammar.hasContentWord) || frame.isBackward else {
      return nil
    }
    return frame
  }

  /// Whether the token closes the sentence: final punctuation, or a colon that ends it.
  private func closesSentence(_ index: Int, end: Int) -> Bool {
    grammar.isFinalPunctuation(index) || (index == end - 1 && grammar.isPunctuation(index, [":"]))
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
    guard previous > regionStart else { return nil }
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
  }

  private func leftSide(before position: Int, regionStart: Int, sentence: Range<Int>) -> Left {
    var index = position - 1
    while index >= regionStart && (grammar.isAdverb(index) && !tokens[index].isCapitalized) {
      index -= 1
    }
    // An opening quote between a subject and its verb: Rubio "ha sottolineato…".
    if index >= regionStart && tokens[index].kind == .openQuote { index -= 1 }
    guard index >= regionStart else { return Left(shape: .empty) }
    if let pointer = backwardPointer(endingAt: index, sentence: sentence) {
      return Left(shape: .backward(pointer))
    }
    if grammar.isComma(index) || tokens[index].kind == .closeQuote {
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
    guard let phrase = grammar.nounPhrase(endingAt: index, limit: regionStart),
      grammar.isSourceLike(phrase)
    else { return Left(shape: .other) }
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
    } else if info.takesAddressee, index < end {
      if let (length, entry) = grammar.registry.match(tokens, at: index, limit: end),
        entry.kind == .outlet
      {
        channel = .phrase(index..<(index + length))
        frameTokens.append(index..<(index + length))
        index += length
      } else if grammar.roles(index).contains(.clitic) || grammar.isPronoun(index) {
        frameTokens.append(index..<(index + 1))
        index += 1
      } else if let addressee = grammar.nounPhrase(from: index, limit: end),
        addressee.upperBound < end,
        grammar.roles(addressee.upperBound).contains(.complementizer)
          || grammar.isPunctuation(addressee.upperBound, [":", ","])
          || tokens[addressee.upperBound].kind == .openQuote
      {
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
    if roles.contains(.complementizer) || grammar.isPunctuation(index, [":"]) {
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
      if next >= end { return result(.source(phrase, more: nil, trailing: trailing)) }
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
    var end = phrase.upperBound
    while end < limit {
      if tokens[end].kind == .openQuote {
        guard let close = (end + 1..<limit).first(where: { tokens[$0].kind == .closeQuote }) else {
          break
        }
        end = close + 1
        continue
      }
      guard grammar.preposition(end) != nil,
        let next = grammar.nounPhrase(from: end + 1, limit: limit)
      else { break }
      end = next.upperBound
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
      grammar.roles(next).contains(.complementizer) || grammar.isPunctuation(next, [":"])
        || tokens[next].kind == .openQuote
    else { return nil }
    return index..<phrase.upperBound
  }

  /// Prepositional phrases without a verb ("nello Studio Ovale", "al termine della
  /// telefonata") from `start`, up to a comma or the end.
  private func trailingAdjuncts(from start: Int, limit: Int) -> Range<Int> {
    var index = start
    while index < limit, grammar.preposition(index) != nil {
      guard let phrase = grammar.nounPhrase(from: index + 1, limit: limit) else { break }
      index = phrase.upperBound
    }
    return start..<index
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
      } else {
        break
      }
    }
    return index
  }
}
