/// Splits a content region into atomic claims.
///
/// A region splits before:
/// - a semicolon;
/// - a non-restrictive relative clause with its own verb (", che ieri hanno avuto…", ", who");
/// - a coordinated clause ("… e Rubio "ha sottolineato…"", "… and said"), or a coordinated
///   indirect question ("… e perché l'incontro…"), when the part before has a verb too;
/// - a background event with its own date ("dopo quello del 16 ottobre tra…");
/// - an absolute clause after a comma (", con l'invasione … avviata il 24 febbraio").
///
/// It never splits inside quotation marks, and drops the conjunctions and punctuation it
/// splits at.
struct ClaimSplitter {
  let grammar: Grammar
  /// The language's tables, read through the grammar: a copy would retain every table.
  private var lexicon: Lexicon { grammar.lexicon }
  let times: TimeParser

  private var tokens: [Token] { grammar.tokens }

  /// The claims of `content`, each as its parts (ranges of token indices).
  func split(_ content: [Range<Int>]) -> [[Range<Int>]] {
    var indices: [Int] = []
    indices.reserveCapacity(content.reduce(0) { $0 + $1.count })
    for part in content { indices.append(contentsOf: part) }
    guard !indices.isEmpty else { return [] }
    // Positions in `indices`: where pieces after the first start, in increasing order, and
    // the tokens dropped. Most contents are one piece and drop nothing: neither allocates.
    var starts: [Int] = []
    var dropped: [Int] = []
    var depth = 0
    var pieceStart = 0
    for position in indices.indices {
      let index = indices[position]
      if tokens[index].kind == .openQuote { depth += 1 }
      if tokens[index].kind == .closeQuote { depth = max(0, depth - 1) }
      guard depth == 0, position > 0, position + 1 < indices.count else { continue }
      let next = position + 1
      var splitAt: Int?
      if tokens[index].isPunctuation(";") {
        splitAt = next
        dropped.append(position)
      } else if grammar.isComma(index) && isRelativeClause(indices, from: next) {
        splitAt = next
        dropped.append(position)
      } else if grammar.isComma(index) && isAbsoluteClause(indices, from: next) {
        splitAt = next
        dropped.append(position)
      } else if isCoordinator(index) && hasVerb(indices, pieceStart..<position)
        && !closesPair(indices, at: position) && clauseFollows(indices, from: next)
      {
        splitAt = next
        dropped.append(position)
        if position > 0 && grammar.isComma(indices[position - 1]) { dropped.append(position - 1) }
        // "… e che Putin ha chiesto…": the second complement's "che" goes with the "e".
        if grammar.roles(indices[next]).contains(.complementizer) { dropped.append(next) }
      } else if grammar.lexicon.backgroundPrepositions.contains(tokens[index])
        && isDatedEvent(indices, from: next) && grammar.hasContentWord(indices[pieceStart]..<index)
      {
        splitAt = position
        if grammar.isComma(indices[position - 1]) { dropped.append(position - 1) }
      }
      if let splitAt {
        // Never before the last start: a split is at or after the token being read.
        if splitAt != (starts.last ?? 0) { starts.append(splitAt) }
        pieceStart = splitAt
      }
    }
    var claims: [[Range<Int>]] = []
    var kept: [Int] = []
    for piece in 0...starts.count {
      let lower = piece == 0 ? 0 : starts[piece - 1]
      let upper = piece < starts.count ? starts[piece] : indices.count
      let trimmed: [Int]
      if dropped.contains(where: { (lower..<upper).contains($0) }) {
        kept.removeAll(keepingCapacity: true)
        for position in lower..<upper where !dropped.contains(position) {
          kept.append(indices[position])
        }
        trimmed = trim(kept[...])
      } else {
        trimmed = trim(indices[lower..<upper])
      }
      guard let first = trimmed.first, let last = trimmed.last,
        grammar.hasContentWord(first..<(last + 1))
          || trimmed.contains(where: { tokens[$0].isQuote })
      else { continue }
      claims.append(Self.ranges(of: trimmed))
    }
    return claims
  }

  /// Contiguous runs of sorted token indices.
  static func ranges(of indices: some Collection<Int>) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    for index in indices {
      if let last = ranges.last, last.upperBound == index {
        ranges[ranges.count - 1] = last.lowerBound..<(index + 1)
      } else {
        ranges.append(index..<(index + 1))
      }
    }
    return ranges
  }

  /// Removes leading and trailing punctuation, conjunctions and complementizers, keeping
  /// quotation marks balanced.
  func trim(_ indices: ArraySlice<Int>) -> [Int] {
    var start = indices.startIndex
    var end = indices.endIndex
    func removable(_ index: Int, leading: Bool) -> Bool {
      let token = tokens[index]
      switch token.kind {
      case .punctuation, .dash, .symbol:
        return !(token.key == "(" && !leading) && !(token.key == ")" && leading)
      case .word:
        let roles = grammar.roles(index)
        // A dangling relative or complementizer at the end belongs to a clause cut away.
        guard leading else { return !roles.isDisjoint(with: [.complementizer, .relative]) }
        return roles.contains(.conjunction)
          || (roles.contains(.complementizer) && !roles.contains(.relative))
      default:
        return false
      }
    }
    while start < end && removable(indices[start], leading: true) { start += 1 }
    while end > start && removable(indices[end - 1], leading: false) { end -= 1 }
    // A closing quote whose opening quote lies outside the claim goes; so does the reverse.
    var open = 0
    var lastUnmatchedClose: Int?
    for position in start..<end {
      let kind = tokens[indices[position]].kind
      if kind == .openQuote { open += 1 }
      if kind == .closeQuote {
        if open > 0 { open -= 1 } else { lastUnmatchedClose = position - start }
      }
    }
    var kept = Array(indices[start..<end])
    if let last = lastUnmatchedClose, last == kept.count - 1 || last == 0 {
      kept.remove(at: last)
    }
    if open > 0, let first = kept.firstIndex(where: { tokens[$0].kind == .openQuote }), first == 0 {
      kept.remove(at: first)
    }
    return kept
  }

  private func isCoordinator(_ index: Int) -> Bool {
    tokens[index].kind == .word && grammar.roles(index).contains(.conjunction)
  }

  /// Whether the conjunction joins the pair of a "tra A e B" / "between A and B" phrase.
  private func closesPair(_ indices: [Int], at position: Int) -> Bool {
    var back = position - 1
    while back >= 0 && position - back <= 5 {
      let index = indices[back]
      if grammar.lexicon.pairPrepositions.contains(tokens[index]) { return true }
      if isCoordinator(index) || grammar.isFiniteVerb(index) { return false }
      back -= 1
    }
    return false
  }

  private func hasVerb(_ indices: [Int], _ positions: Range<Int>) -> Bool {
    positions.contains { grammar.isVerbLike(indices[$0]) }
  }

  /// Whether a clause with a subject and a finite verb, or an indirect question, starts here.
  private func clauseFollows(_ indices: [Int], from position: Int) -> Bool {
    guard position < indices.count, let last = indices.last else { return false }
    var position = position
    while position < indices.count && grammar.isAdverb(indices[position]) { position += 1 }
    guard position < indices.count else { return false }
    let index = indices[position]
    let roles = grammar.roles(index)
    if roles.contains(.interrogative) || roles.contains(.complementizer) { return true }
    if grammar.isFiniteVerb(index) && !roles.contains(.determiner) { return true }
    let subjectEnd: Int
    if grammar.isPronoun(index) {
      subjectEnd = index + 1
    } else if let phrase = grammar.nounPhrase(from: index, limit: last + 1) {
      subjectEnd = phrase.upperBound
    } else {
      return false
    }
    var verb = subjectEnd
    while verb <= last
      && (tokens[verb].kind == .openQuote || grammar.isAdverb(verb)
        || !grammar.roles(verb).isDisjoint(with: [.negation, .clitic]))
    {
      verb += 1
    }
    return verb <= last && grammar.isFiniteAfterSubject(verb)
  }

  /// ", che ieri hanno avuto…": a relative pronoun followed closely by a finite verb.
  private func isRelativeClause(_ indices: [Int], from position: Int) -> Bool {
    guard position < indices.count, grammar.roles(indices[position]).contains(.relative) else {
      return false
    }
    let window = indices[(position + 1)..<min(indices.count, position + 9)]
    for index in window {
      if grammar.isComma(index) { return false }
      if grammar.isFiniteVerb(index) { return true }
    }
    return false
  }

  /// ", con l'invasione russa … avviata il 24 febbraio": a "with" phrase holding a participle.
  private func isAbsoluteClause(_ indices: [Int], from position: Int) -> Bool {
    guard position < indices.count,
      grammar.lexicon.absolutePrepositions.contains(tokens[indices[position]].key)
    else { return false }
    for index in indices[(position + 1)...] {
      if grammar.isComma(index) || grammar.isFinalPunctuation(index) { return false }
      if grammar.isParticiple(index) { return true }
    }
    return false
  }

  /// "dopo quello del 16 ottobre tra…": an event noun or anaphor with a dated time after it.
  private func isDatedEvent(_ indices: [Int], from position: Int) -> Bool {
    var position = position
    while position < indices.count && grammar.isDeterminer(indices[position])
      && !lexicon.eventAnaphors.contains(tokens[indices[position]].key)
    {
      position += 1
    }
    guard position < indices.count else { return false }
    let index = indices[position]
    guard
      lexicon.eventNouns.match(tokens, at: index) != nil
        || lexicon.eventAnaphors.contains(tokens[index])
    else { return false }
    let rest = Array(indices[position...].prefix { !grammar.isComma($0) })
    return times.matches(in: rest, reference: nil).contains {
      $0.granularity == .day
    }
  }
}
