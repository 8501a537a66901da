/// Shallow grammar over a document's tokens: word roles, verb detection, noun-phrase chunks.
///
/// Everything here is a cheap test on one token or a short scan; the frame parser and the
/// claim splitter build on it. Indices are into ``Document/tokens``.
final class Grammar {
  let tokens: [Token]
  let lexicon: Lexicon
  let registry: SourceRegistry
  // Tokens are read in place (`tokens[index].kind`), not bound to a local: a copy of a token
  // retains its key, and the grammar's tests run millions of times per megabyte of text.
  /// Each token's word classes, looked up once.
  private let classes: [WordClass]
  /// What the lexicon says of each token besides its classes, looked up once: the noun-phrase
  /// and verb tests ask it of the same tokens many times.
  private let facts: [Facts]

  /// Facts about one token from the lexicon's one-word cues, time words and verb endings, and
  /// its punctuation.
  private struct Facts: OptionSet {
    let rawValue: UInt32
    /// The token is a one-word cue.
    static let cue = Facts(rawValue: 1 << 0)
    /// The token is a one-word cue of a reporting verb.
    static let verbCue = Facts(rawValue: 1 << 1)
    /// The token names a weekday.
    static let weekday = Facts(rawValue: 1 << 2)
    /// The token is a one-word relative day ("ieri", "tomorrow").
    static let relativeDay = Facts(rawValue: 1 << 3)
    /// The token means the previous or the next one ("scorso", "next").
    static let adjacent = Facts(rawValue: 1 << 4)
    /// A time expression may start at the token (``TimeParser``).
    static let timeStart = Facts(rawValue: 1 << 5)
    /// The key has five bytes or more and a finite verb's ending.
    static let finiteEnding = Facts(rawValue: 1 << 6)
    /// The key has a finite ending that holds only right after a subject ("-ed").
    static let weakFiniteEnding = Facts(rawValue: 1 << 7)
    /// The key has five bytes or more and a weak finite ending.
    static let longWeakFiniteEnding = Facts(rawValue: 1 << 8)
    /// The key has five bytes or more and a past participle's ending.
    static let participleEnding = Facts(rawValue: 1 << 9)
    /// The key has more than four bytes and a future ending.
    static let futureEnding = Facts(rawValue: 1 << 10)
    /// The key has a gerund's ending.
    static let gerundEnding = Facts(rawValue: 1 << 11)
    /// The key has the reporting conditional's ending.
    static let reportedEnding = Facts(rawValue: 1 << 12)
    /// The key has the reporting conditional's ending after at least two more bytes.
    static let reportedForm = Facts(rawValue: 1 << 13)
    /// The token is a comma.
    static let comma = Facts(rawValue: 1 << 14)
    /// The token is a colon.
    static let colon = Facts(rawValue: 1 << 15)
    /// The token ends a clause: ".", "!", "?", "..." or ";".
    static let finalPunctuation = Facts(rawValue: 1 << 16)
    /// The word has an adverb's ending: "-mente" after three more bytes, or "-ly" after three
    /// more and no capital.
    static let adverbEnding = Facts(rawValue: 1 << 17)

    init(rawValue: UInt32) { self.rawValue = rawValue }
  }

  /// The facts of each token; the tables are taken out of the lexicon once, not per token.
  private static func facts(of tokens: [Token], classes: [WordClass], in lexicon: Lexicon)
    -> [Facts]
  {
    // Through a buffer: the loop reads each token a dozen times, and an array checks the
    // index of every read.
    tokens.withUnsafeBufferPointer { facts(of: $0, classes: classes, in: lexicon) }
  }

  private static func facts(
    of tokens: UnsafeBufferPointer<Token>, classes: [WordClass], in lexicon: Lexicon
  ) -> [Facts] {
    let cues = lexicon.cues
    let time = lexicon.time
    // A lexicon that was not indexed has its endings matched all the same, more slowly.
    let endings = lexicon.verbEndings ?? EndingIndex(lexicon.verbEndingLists)
    let (within, years) = (time.within, time.yearPrepositions)
    // The tables a time expression may start with, and those of relative periods, as one mask
    // each, when one index gave them all their bits: a token's mask then answers each group
    // with one test instead of ten, or four.
    let periodTables = [
      time.previous.maskBit, time.next.maskBit, time.current.maskBit, time.units.maskBit,
    ]
    let startTables =
      periodTables + [
        time.weekdays.maskBit, time.relativeDays.firstWordMaskBit,
        time.periods.firstWordMaskBit, time.months.maskBit, within.maskBit, years.maskBit,
      ]
    func combined(_ tables: [(index: UInt64, bit: UInt64)?]) -> (index: UInt64, bits: UInt64)? {
      guard let index = tables.first??.index else { return nil }
      var bits: UInt64 = 0
      for table in tables {
        guard let table, table.index == index else { return nil }
        bits |= table.bit
      }
      return (index, bits)
    }
    let (periodMask, startMask) = (combined(periodTables), combined(startTables))
    /// Whether the token names a relative period or its unit ("scorso", "questa", "settimana").
    func isPeriodWord(_ index: Int) -> Bool {
      if let periodMask, tokens[index].tables.index == periodMask.index {
        return tokens[index].tables.bits & periodMask.bits != 0
      }
      return time.previous.contains(tokens[index]) || time.next.contains(tokens[index])
        || time.current.contains(tokens[index]) || time.units.contains(tokens[index])
    }
    /// Whether the token is in a table a time expression may start with.
    func startsTime(_ index: Int) -> Bool {
      if let startMask, tokens[index].tables.index == startMask.index {
        return tokens[index].tables.bits & startMask.bits != 0
      }
      return time.weekdays.contains(tokens[index])
        || time.relativeDays.startsPhrase(tokens[index])
        || time.periods.startsPhrase(tokens[index]) || time.months.contains(tokens[index])
        || within.contains(tokens[index]) || years.contains(tokens[index])
        || isPeriodWord(index)
    }
    var facts = [Facts](repeating: [], count: tokens.count)
    for index in tokens.indices {
      // The token is read in place: a copy would retain its key.
      var found: Facts = []
      if let cue = cues.value(of: tokens[index]) {
        found.insert(cue.kind == .verb ? [.cue, .verbCue] : .cue)
      }
      if time.weekdays.contains(tokens[index]) { found.insert(.weekday) }
      if time.relativeDays.value(of: tokens[index]) != nil { found.insert(.relativeDay) }
      if time.previous.contains(tokens[index]) || time.next.contains(tokens[index]) {
        found.insert(.adjacent)
      }
      // Every way ``TimeParser/match(at:limit:reference:tense:)`` can find an expression.
      let determiner =
        classes[index].contains(.determiner) && !classes[index].contains(.preposition)
      if tokens[index].kind == .number
        || (tokens[index].kind == .word && tokens[index].flags.contains(.hasDigit))
        || startsTime(index) || (determiner && index + 1 < tokens.count && isPeriodWord(index + 1))
      {
        found.insert(.timeStart)
      }
      switch tokens[index].kind {
      case .word, .number:
        var key = tokens[index].key
        let length = key.utf8.count
        let match = key.withUTF8 { key in
          if tokens[index].kind == .word
            && (length > 7 && key.hasSuffix("mente")
              || length > 4 && key.hasSuffix("ly") && !tokens[index].isCapitalized)
          {
            found.insert(.adverbEnding)
          }
          return endings.lists(endingWith: key)
        }
        guard match.lists != 0 else { break }
        typealias Ending = Lexicon.VerbEnding
        if length >= 5 && match.contains(Ending.finite.rawValue) { found.insert(.finiteEnding) }
        if match.contains(Ending.weakFinite.rawValue) {
          found.insert(
            length >= 5 ? [.weakFiniteEnding, .longWeakFiniteEnding] : .weakFiniteEnding)
        }
        if length >= 5 && match.contains(Ending.participle.rawValue) {
          found.insert(.participleEnding)
        }
        if length > 4 && match.contains(Ending.future.rawValue) { found.insert(.futureEnding) }
        if match.contains(Ending.gerund.rawValue) { found.insert(.gerundEnding) }
        if let ending = match.shortest(Ending.reported.rawValue) {
          found.insert(length > ending + 1 ? [.reportedEnding, .reportedForm] : .reportedEnding)
        }
      case .punctuation:
        switch tokens[index].mark {
        case UInt8(ascii: ","): found.insert(.comma)
        case UInt8(ascii: ":"): found.insert(.colon)
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"):
          found.insert(.finalPunctuation)
        case 0 where tokens[index].key == "...": found.insert(.finalPunctuation)
        default: break
        }
      default:
        break
      }
      facts[index] = found
    }
    return facts
  }

  init(document: Document, registry: SourceRegistry) {
    tokens = document.tokens
    lexicon = document.pack.lexicon
    self.registry = registry
    // The closure takes the one table it reads: capturing the lexicon would copy all of them.
    let table = lexicon.classes
    classes = document.tokens.map { table[$0] ?? [] }
    facts = Self.facts(of: document.tokens, classes: classes, in: lexicon)
  }

  func roles(_ index: Int) -> WordClass { classes[index] }

  func isWord(_ index: Int) -> Bool { tokens[index].isWordLike }

  func isColon(_ index: Int) -> Bool { facts[index].contains(.colon) }

  func isComma(_ index: Int) -> Bool { facts[index].contains(.comma) }

  /// Whether the token ends a clause: punctuation other than a comma, or a quote.
  func isFinalPunctuation(_ index: Int) -> Bool { facts[index].contains(.finalPunctuation) }

  /// Whether a time expression may start at the token.
  func mayStartTime(_ index: Int) -> Bool { facts[index].contains(.timeStart) }

  /// Whether the word has more than four bytes and a future ending ("-rà", "-ranno").
  func hasFutureEnding(_ index: Int) -> Bool { facts[index].contains(.futureEnding) }

  /// Whether the word has a finite ending that holds right after a subject ("-ed"), whatever
  /// its length.
  func hasWeakFiniteEnding(_ index: Int) -> Bool { facts[index].contains(.weakFiniteEnding) }

  /// Whether the word has a gerund's ending ("-ing", "-ando").
  func hasGerundEnding(_ index: Int) -> Bool { facts[index].contains(.gerundEnding) }

  /// Whether the word has the reporting conditional's ending ("-rebbe").
  func hasReportedEnding(_ index: Int) -> Bool { facts[index].contains(.reportedEnding) }

  /// Whether the word is in the reporting conditional: its ending and at least two more bytes.
  func isReportedForm(_ index: Int) -> Bool { facts[index].contains(.reportedForm) }

  /// The bare preposition of a (possibly articulated) preposition: "della" → "di".
  func preposition(_ index: Int) -> String? {
    guard roles(index).contains(.preposition) else { return nil }
    let key = tokens[index].key
    return lexicon.prepositionBase[key] ?? key
  }

  /// Whether the token is a finite verb for sure: an auxiliary, a modal, a listed form, or a
  /// word with a safe finite ending.
  func isFiniteVerb(_ index: Int) -> Bool {
    guard tokens[index].kind == .word else { return false }
    let roles = classes[index]
    if roles.contains(.determiner) || roles.contains(.preposition) { return false }
    if !roles.isDisjoint(with: [.auxiliary, .modal, .finiteVerb]) { return true }
    if tokens[index].isCapitalized && index > 0 && !isSentenceStart(index) { return false }
    if facts[index].contains(.verbCue) { return !isNounAfterDeterminer(index) }
    return facts[index].contains(.finiteEnding)
  }

  /// Whether a word that is also a reporting verb is a noun because a determiner stands
  /// before it, with at most two modifiers between: "the report", "a new statement".
  func isNounAfterDeterminer(_ index: Int) -> Bool {
    guard !facts[index].contains(.longWeakFiniteEnding) else { return false }
    var previous = index - 1
    while previous >= max(0, index - 3) {
      let roles = roles(previous)
      guard tokens[previous].kind == .word else { return false }
      if roles.contains(.determiner) {
        return roles.isDisjoint(with: [.pronoun, .complementizer, .preposition])
      }
      guard roles.isEmpty, !tokens[previous].isCapitalized || previous == 0,
        !facts[previous].contains(.cue)
      else { return false }
      previous -= 1
    }
    return false
  }

  /// Whether the token is likely a finite verb right after a subject ("officials warned").
  func isFiniteAfterSubject(_ index: Int) -> Bool {
    if isFiniteVerb(index) { return true }
    guard tokens[index].kind == .word, !tokens[index].isCapitalized, roles(index).isEmpty else {
      return false
    }
    return facts[index].contains(.longWeakFiniteEnding)
  }

  /// Whether the token looks like a past participle ("avviata", "passati", "planned").
  func isParticiple(_ index: Int) -> Bool {
    guard tokens[index].kind == .word, !tokens[index].isCapitalized else { return false }
    let roles = roles(index)
    if roles.contains(.participle) { return true }
    guard roles.isEmpty else { return false }
    return facts[index].contains(.participleEnding)
  }

  /// Whether the token could be a verb of any kind (finite or participle).
  func isVerbLike(_ index: Int) -> Bool { isFiniteVerb(index) || isParticiple(index) }

  func isSentenceStart(_ index: Int) -> Bool {
    index == 0 || tokens[index].flags.contains(.lineBefore)
      || (index > 0 && isFinalPunctuation(index - 1))
      || (index > 0 && tokens[index - 1].kind == .openQuote)
  }

  /// Whether the token can be inside a noun phrase as a noun, adjective, name or number.
  func isNominal(_ index: Int) -> Bool {
    guard tokens[index].isWordLike else { return false }
    if tokens[index].flags.contains(.allCaps) { return true }  // "UN", "CNN": acronyms are names.
    if isTimeWord(index) { return false }
    let roles = roles(index)
    if tokens[index].isCapitalized && !roles.contains(.function) { return true }
    if tokens[index].isCapitalized && !isSentenceStart(index) && !roles.contains(.determiner) {
      return !roles.contains(.preposition) && !roles.contains(.conjunction)
    }
    if roles.contains(.quantifier) { return true }
    if !roles.isEmpty && !roles.isSubset(of: [.participle, .plural]) { return false }
    if facts[index].contains(.verbCue) { return isNounAfterDeterminer(index) }
    return !facts[index].contains(.finiteEnding)
  }

  /// Whether the token names or qualifies a time ("giovedì", "scorso", "ottobre", "next").
  func isTimeWord(_ index: Int) -> Bool {
    let facts = facts[index]
    if facts.contains(.weekday)
      && (tokens[index].key.utf8.count > 4 || tokens[index].isCapitalized)
    {
      return true
    }
    return !facts.isDisjoint(with: [.adjacent, .relativeDay])
  }

  /// Whether the token names a weekday or a relative day ("giovedì", "ieri").
  func isDayWord(_ index: Int) -> Bool { !facts[index].isDisjoint(with: [.weekday, .relativeDay]) }

  /// Whether the token is a determiner (and not also a preposition or a clitic-only word).
  func isDeterminer(_ index: Int) -> Bool {
    let roles = roles(index)
    return roles.contains(.determiner) && !roles.contains(.preposition)
  }

  func isPronoun(_ index: Int) -> Bool { roles(index).contains(.pronoun) }

  /// Whether the token is an adverb that may sit inside a verb group.
  func isAdverb(_ index: Int) -> Bool {
    guard tokens[index].kind == .word else { return false }
    return roles(index).contains(.adverb) || facts[index].contains(.adverbEnding)
  }

  // MARK: - Noun phrases

  /// The noun phrase that starts at `start`, if one does.
  ///
  /// Determiners, nouns, adjectives, names, and "of"-like prepositions that continue them ("la
  /// vice portavoce della Casa Bianca Anna Kelly"). It stops at punctuation, verbs, relatives
  /// and other prepositions.
  func nounPhrase(from start: Int, limit: Int) -> Range<Int>? {
    var index = start
    var sawHead = false
    var lastHead = start
    while index < limit {
      // "Brown-Forman", "Trump's", "New York Times/CBS News".
      if tokens[index].kind == .dash || isPossessiveClitic(index)
        || (tokens[index].isPunctuation("/") && !tokens[index].flags.contains(.spaceBefore))
      {
        guard sawHead, index + 1 < limit, isNominal(index + 1) else { break }
        index += 1
        continue
      }
      // A short parenthesis after a name belongs to it: "Rep. Joseph Crowley (D-N.Y.)".
      if tokens[index].isPunctuation("("), sawHead, tokens[index - 1].isCapitalized,
        let close = (index + 1..<min(limit, index + 8)).first(where: {
          tokens[$0].isPunctuation(")")
        })
      {
        lastHead = close
        index = close + 1
        continue
      }
      guard tokens[index].isWordLike else { break }
      let roles = roles(index)
      // "the only ally", "its most senior official": an adverb between determiner and noun.
      if !sawHead, index > start,
        isDeterminer(index - 1) || self.roles(index - 1).contains(.possessive),
        isAdverb(index), index + 1 < limit, isNominal(index + 1)
      {
        index += 1
        continue
      }
      if isDeterminer(index) && !roles.contains(.pronoun) {
        if sawHead && !(index > start && self.roles(index - 1).contains(.preposition)) {
          if !roles.contains(.quantifier) || isNominal(index - 1) { break }
        }
        index += 1
        continue
      }
      if roles.contains(.preposition) {
        guard sawHead, index + 1 < limit else { break }
        let allowed =
          lexicon.nounPhrasePrepositions.contains(tokens[index])
          || (lexicon.modifierPrepositions[tokens[index - 1]]?.contains(tokens[index].key) ?? false)
          || (lexicon.namePrepositions.contains(tokens[index]) && tokens[index - 1].isCapitalized
            && index + 1 < limit && tokens[index + 1].isCapitalized)
        guard allowed else { break }
        index += 1
        continue
      }
      if roles.contains(.conjunction) {
        // "Clinton and Kaine", "professor of geosciences and international affairs".
        guard sawHead, lexicon.coordinators.contains(tokens[index]),
          index + 1 < limit, isNominal(index + 1),
          tokens[index + 1].isCapitalized || isNominal(index - 1)
        else { break }
        index += 1
        continue
      }
      if sawHead && isParticiple(index) && index + 1 < limit
        && (self.roles(index + 1).contains(.quantifier) || tokens[index + 1].kind == .number)
      {
        break  // an absolute clause starts: "… passati più di tre anni"
      }
      // Before "'s" any content word is a noun: "the state's chairman".
      let possessed = index + 1 < limit && isPossessiveClitic(index + 1)
      guard isNominal(index) || (possessed && !roles.contains(.function)) else { break }
      if sawHead && isFiniteVerb(index) && !possessed { break }
      sawHead = true
      lastHead = index
      index += 1
    }
    guard sawHead else { return nil }
    return start..<(lastHead + 1)
  }

  /// The noun phrase that ends at `end` (inclusive), scanning left no further than `limit`.
  func nounPhrase(endingAt end: Int, limit: Int) -> Range<Int>? {
    guard end >= limit, end < tokens.count else { return nil }
    // "House Speaker Paul D. Ryan (R-Wis.)": a short parenthesis closing a name.
    if tokens[end].isPunctuation(")"),
      let open = stride(from: end - 1, through: max(limit, end - 8), by: -1).first(where: {
        tokens[$0].isPunctuation("(")
      }),
      open - 1 >= limit, tokens[open - 1].isCapitalized,
      let name = nounPhrase(endingAt: open - 1, limit: limit)
    {
      return name.lowerBound..<(end + 1)
    }
    if isPronoun(end) && tokens[end].isWordLike { return end..<(end + 1) }
    guard isNominal(end), !isFiniteVerb(end) || tokens[end].isCapitalized else { return nil }
    var start = end
    while start - 1 >= limit {
      let previous = start - 1
      let token = tokens[previous]
      if token.kind == .dash || isPossessiveClitic(previous) {
        guard previous - 1 >= limit else { break }
        // Before "'s" any content word is a noun: "the state's chairman".
        if isPossessiveClitic(previous) && !isNominal(previous - 1)
          && tokens[previous - 1].isWordLike
          && !roles(previous - 1).contains(.function)
        {
          start = previous - 1
          continue
        }
        guard isNominal(previous - 1) else { break }
        start = previous
        continue
      }
      guard token.isWordLike else { break }
      let roles = roles(previous)
      if isDeterminer(previous) && !roles.contains(.pronoun) {
        start = previous
        if !roles.contains(.quantifier) && previous - 1 >= limit
          && !self.roles(previous - 1).contains(.preposition)
          && !self.roles(previous - 1).contains(.quantifier)
        {
          break
        }
        continue
      }
      if roles.contains(.preposition) {
        guard previous - 1 >= limit, isNominal(previous - 1) else { break }
        let allowed =
          lexicon.nounPhrasePrepositions.contains(token)
          || (lexicon.modifierPrepositions[tokens[previous - 1]]?.contains(token.key) ?? false)
          || (lexicon.namePrepositions.contains(token) && tokens[previous - 1].isCapitalized
            && tokens[start].isCapitalized)
        guard allowed else { break }
        start = previous
        continue
      }
      if roles.contains(.conjunction) {
        // "Clinton and Kaine", "developers and supporters": names or descriptions on both
        // sides.
        // "federal and state officials": modifiers of one head.
        guard lexicon.coordinators.contains(token), previous - 1 >= limit,
          (tokens[start].isCapitalized && tokens[previous - 1].isCapitalized)
            || (isDescriptor(start) && isDescriptor(previous - 1))
            || (start < end && isNominal(previous - 1) && !isFiniteVerb(previous - 1))
            // "funzionari europei e nazionali": a lone modifier after the coordinator.
            || (start == end && !tokens[end].isCapitalized && !isDescriptor(end)
              && self.roles(end).isDisjoint(with: [.pronoun, .function])
              && isNominal(previous - 1) && !isFiniteVerb(previous - 1))
        else { break }
        start = previous
        continue
      }
      guard (isNominal(previous) && !isFiniteVerb(previous)) || isVerbAsModifier(previous)
      else { break }
      // "a Bloomberg interview Trump declared": a name after a common noun that is not a
      // title or a description starts a phrase of its own.
      if tokens[start].isCapitalized && !token.isCapitalized && roles.isEmpty
        && !isDescriptor(previous)
        && !lexicon.sourceModifiers.contains(token) && lexicon.nationalities[token] == nil
        && !lexicon.nameParticles.contains(token)
      {
        break
      }
      start = previous
    }
    while start < end && roles(start).contains(.preposition) { start += 1 }
    return start..<(end + 1)
  }

  /// Whether a reporting-verb form is a noun modifying the next word: "the state officials".
  ///
  /// Only after a determiner, or after a coordinator that follows a modifier ("federal and
  /// state officials"), and never in a past form.
  private func isVerbAsModifier(_ index: Int) -> Bool {
    guard tokens[index].kind == .word, !tokens[index].isCapitalized, index >= 1,
      index + 1 < tokens.count,
      classes[index].isDisjoint(with: [.auxiliary, .modal, .finiteVerb]),
      !facts[index].contains(.longWeakFiniteEnding), isNominal(index + 1)
    else { return false }
    if isDeterminer(index - 1) && !roles(index - 1).contains(.pronoun) { return true }
    return index >= 2 && lexicon.coordinators.contains(tokens[index - 1])
      && isNominal(index - 2) && !isFiniteAfterSubject(index - 2)
  }

  /// A noun phrase with the prepositional phrases that complete it ("an expert on trade at
  /// the Peterson Institute"), from `start`.
  func extendedNounPhrase(from start: Int, limit: Int) -> Range<Int>? {
    guard let phrase = nounPhrase(from: start, limit: limit) else { return nil }
    var end = phrase.upperBound
    // "director of the Center and a professor at the School".
    while end + 1 < limit,
      preposition(end) != nil || lexicon.coordinators.contains(tokens[end]),
      let next = nounPhrase(from: end + 1, limit: limit)
    {
      end = next.upperBound
    }
    return phrase.lowerBound..<end
  }

  /// Whether the token marks a possessor: "'s".
  func isPossessiveClitic(_ index: Int) -> Bool {
    tokens[index].kind == .word && lexicon.possessiveClitics.contains(tokens[index])
  }

  /// Whether the token is a word that describes a source: "official", "supporters".
  func isDescriptor(_ index: Int) -> Bool {
    lexicon.descriptors.match(tokens, at: index, limit: index + 1) != nil
  }

  /// Whether a noun phrase can be a source: it names someone, describes a person, outlet,
  /// institution or document, or is a personal pronoun.
  func isSourceLike(_ range: Range<Int>) -> Bool {
    for index in range {
      let token = tokens[index]
      if token.isCapitalized && token.isWordLike
        && (!roles(index).contains(.function) || token.flags.contains(.allCaps))
      {
        return true
      }
      if isPronoun(index) { return true }
      if lexicon.descriptors.match(tokens, at: index, limit: range.upperBound) != nil {
        return true
      }
    }
    return false
  }

  /// Whether the range holds a word that is not a function word.
  func hasContentWord(_ range: Range<Int>) -> Bool {
    range.contains { index in
      tokens[index].isWordLike
        && (!roles(index).contains(.function) || tokens[index].kind == .number)
    }
  }
}
