/// Splits a token stream into sentences.
///
/// A sentence ends at a final mark (`.`, `!`, `?`, `…`) together with any closing quotes and
/// brackets after it, when what follows looks like a new sentence; at a blank line; and at a
/// line break unless the next line continues in lower case (a wrapped line). Abbreviations come
/// from the language pack: titles ("Mr.", "sig.") never end a sentence, other abbreviations
/// ("U.S.", "ecc.") end one only before a capitalized function word.
struct SentenceSegmenter {
  let pack: any LanguagePack
  /// The pack's lexicon, read once: reading it through the protocol copies it.
  private let lexicon: Lexicon
  /// The pack's clause ends, read once, as a list: a mark is compared with a few strings
  /// instead of being hashed, at every punctuation token.
  private let clauseEnds: [String]

  init(pack: any LanguagePack) {
    self.pack = pack
    lexicon = pack.lexicon
    clauseEnds = Array(pack.clauseEnds)
  }

  /// The sentences of `tokens`, as ranges of token indices.
  ///
  /// - Complexity: O(*n*).
  func segment(_ tokens: [Token]) -> [Range<Int>] {
    var sentences: [Range<Int>] = []
    var start = 0
    var index = 0
    func close(_ end: Int) {
      if end > start { sentences.append(start..<end) }
      start = end
    }
    while index < tokens.count {
      if index > start && tokens[index].flags.contains(.lineBefore)
        && (tokens[index].flags.contains(.paragraphBefore) || !startsLowerCase(tokens[index])
          || isFinalMark(tokens[index - 1]))
      {
        close(index)
      }
      guard isFinalMark(tokens[index]) else {
        index += 1
        continue
      }
      var end = index + 1
      var closedQuote = false
      while end < tokens.count, !tokens[end].flags.contains(.spaceBefore) || isClosing(tokens[end])
      {
        if tokens[end].kind == .closeQuote || tokens[end].isPunctuation(")")
          || tokens[end].isPunctuation("]")
        {
          // A period inside quotation marks or parentheses before a lower-case word ends
          // the quoted or bracketed part, not the sentence: "(D-Mo.) said".
          closedQuote =
            closedQuote || tokens[end].kind == .closeQuote || tokens[end].isPunctuation(")")
        } else if !isFinalMark(tokens[end]) {
          break
        }
        end += 1
      }
      if end >= tokens.count {
        index = end
        break
      }
      if isBoundary(tokens, mark: index, next: end, closedQuote: closedQuote) {
        close(end)
      }
      index = end
    }
    close(tokens.count)
    return sentences
  }

  /// Whether the clause that ends at `mark` (back to the previous clause mark) has a verb.
  private func clauseHasVerb(_ tokens: [Token], before mark: Int) -> Bool {
    var index = mark - 1
    while index >= 0 && !isFinalMark(tokens[index]) {
      let token = tokens[index]
      if token.kind == .word && !token.isCapitalized {
        let roles = lexicon.wordClass(token.key)
        if !roles.isDisjoint(with: [.auxiliary, .modal, .finiteVerb]) { return true }
        if roles.isEmpty && token.key.utf8.count >= 5
          && (lexicon.finiteEndings.matches(token.key)
            || lexicon.participleEndings.matches(token.key))
        {
          return true
        }
      }
      index -= 1
    }
    return false
  }

  private func isFinalMark(_ token: Token) -> Bool {
    switch token.kind {
    case .punctuation:
      token.key == "." || token.key == "!" || token.key == "?" || token.key == "..."
        || clauseEnds.contains(token.key)
    case .word: token.flags.contains(.absorbedPeriod)
    default: false
    }
  }

  private func isClosing(_ token: Token) -> Bool {
    token.kind == .closeQuote || token.isPunctuation(")") || token.isPunctuation("]")
  }

  private func startsLowerCase(_ token: Token) -> Bool {
    token.kind == .word && !token.isCapitalized && !token.flags.contains(.hasDigit)
  }

  private func isBoundary(_ tokens: [Token], mark: Int, next: Int, closedQuote: Bool) -> Bool {
    let token = tokens[mark]
    let following = tokens[next]
    if following.flags.contains(.lineBefore) { return true }
    guard following.flags.contains(.spaceBefore) else { return false }
    var wordIndex = next
    while wordIndex < tokens.count, !tokens[wordIndex].isWordLike { wordIndex += 1 }
    guard wordIndex < tokens.count else { return true }
    let word = tokens[wordIndex]
    let lower = startsLowerCase(word)
    if token.kind == .word {
      // An abbreviation period ends a sentence only before a word that clearly starts one.
      if pack.titles.contains(token.key) { return false }
      // An initial before a capitalized name continues it: "George W. Bush".
      if token.key.count == 1 && token.isCapitalized && word.isCapitalized
        && !lexicon.wordClass(word.key).contains(.function)
      {
        return false
      }
      return word.isCapitalized && lexicon.wordClass(word.key).contains(.function)
    }
    if lower && closedQuote { return false }
    if clauseEnds.contains(token.key) {
      // "ore 10: 30", "art. 2; 3": a clause mark before a number continues the sentence;
      // "azioni 1400; Terni, azioni 300;": a semicolon between verbless items is a list.
      let enumerator =
        wordIndex + 1 < tokens.count && tokens[wordIndex + 1].isPunctuation(")")
        && (word.kind == .number || word.key.count == 1)
      if enumerator { return true }  // "…; 3) eccedenza…": list items stand alone
      guard word.kind != .number else { return false }
      return token.key != ";" || clauseHasVerb(tokens, before: mark)
    }
    switch token.key {
    case ".":
      guard mark > 0 else { return true }
      let previous = tokens[mark - 1]
      if previous.range.upperBound == token.range.lowerBound {
        if previous.kind == .word && previous.isCapitalized && previous.key.count == 1
          && word.isCapitalized
        {
          return false  // an initial: "George W. Bush"
        }
        if previous.kind == .number
          && (mark - 1 == 0 || previous.flags.contains(.lineBefore)
            || (tokens[mark - 2].kind == .punctuation && isFinalMark(tokens[mark - 2])))
        {
          return false  // an enumerator opening a sentence: "1. …", "858. Comprensorio…"
        }
      }
      return true
    default:
      return !lower
    }
  }
}
