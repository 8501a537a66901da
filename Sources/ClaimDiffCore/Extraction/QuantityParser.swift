/// Finds figures in a claim: a number, in digits or words, with the noun it counts.
///
/// "4 dispersi" is 4 of "dispersi"; "più di tre anni" is at least 3 "anni"; "1,200 people"
/// and "1.200 persone" are both 1200. Years and days of dates are left to ``TimeParser``.
struct QuantityParser {
  let grammar: Grammar
  /// The language's tables, read through the grammar: a copy would retain every table.
  private var lexicon: Lexicon { grammar.lexicon }

  private var tokens: [Token] { grammar.tokens }

  /// The figures among `indices`, leaving out the tokens of `taken` (time expressions).
  func quantities(in indices: [Int], excluding taken: [TimeParser.Match]) -> [(
    tokens: Range<Int>, value: Double, unit: Int?, approximate: Bool
  )] {
    var found: [(Range<Int>, Double, Int?, Bool)] = []
    // Whether a token is the claim's: its indices are sorted.
    func isMember(_ index: Int) -> Bool {
      var (low, high) = (0, indices.count)
      while low < high {
        let middle = (low + high) / 2
        if indices[middle] < index { low = middle + 1 } else { high = middle }
      }
      return low < indices.count && indices[low] == index
    }
    var position = 0
    while position < indices.count {
      let index = indices[position]
      defer { position += 1 }
      guard !taken.contains(where: { $0.tokens.contains(index) }) else { continue }
      let value: Double?
      if tokens[index].kind == .number {
        value = Self.number(tokens[index].key)
      } else if tokens[index].kind == .word, let word = lexicon.numberWords[tokens[index]],
        !grammar.isDeterminer(index) || grammar.roles(index).contains(.quantifier)
      {
        value = word
      } else {
        value = nil
      }
      guard var amount = value else { continue }
      var start = index
      var approximate = false
      // "più di", "at least" right before the number.
      for length in [3, 2, 1] where index - length >= 0 {
        let candidate = index - length
        guard (candidate..<index).allSatisfy(isMember),
          let (matched, _) = lexicon.approximators.match(tokens, at: candidate, limit: index),
          matched == length
        else { continue }
        start = candidate
        approximate = true
        break
      }
      var end = index + 1
      // "3 milioni", "two million".
      if end < tokens.count, isMember(end), let scale = lexicon.numberWords[tokens[end]],
        scale >= 1000, tokens[end].kind == .word
      {
        amount *= scale
        end += 1
      }
      var unit: Int?
      if end < tokens.count, isMember(end),
        tokens[end].kind == .word || tokens[end].kind == .symbol,
        !taken.contains(where: { $0.tokens.contains(end) }),
        grammar.roles(end).isDisjoint(with: [
          .preposition, .conjunction, .auxiliary, .complementizer, .relative,
        ])
      {
        unit = end
        end += 1
      }
      // A bare word number with nothing counted is not a figure ("one of them"), nor is one
      // after a definite article ("i due leader", "the two presidents"): that refers back.
      if tokens[index].kind == .word && unit == nil { continue }
      if tokens[index].kind == .word && index > 0 && grammar.roles(index - 1).contains(.definite)
        && !approximate
      {
        continue
      }
      found.append((start..<end, amount, unit, approximate))
      while position + 1 < indices.count && indices[position + 1] < end { position += 1 }
    }
    return found
  }

  /// The value of digits with "." or "," as thousands separators or decimal marks.
  static func number(_ text: String) -> Double? {
    // Most figures have no separator: their text is the number.
    if !text.utf8.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }) {
      return Double(text)
    }
    let separators = text.filter { $0 == "." || $0 == "," }
    let groups = text.split(whereSeparator: { $0 == "." || $0 == "," })
    let marks = Set(separators)
    // "1.200.000" or "1,200": thousands groups of three; "3,5" or "3.5": a decimal.
    if marks.count == 1,
      groups.count > 2 || (groups.last?.count == 3 && groups.first?.count ?? 0 <= 3)
    {
      if groups.dropFirst().allSatisfy({ $0.count == 3 }) { return Double(groups.joined()) }
    }
    if marks.count == 2, let last = separators.last {
      let parts = text.split(separator: last)
      let whole = parts.first.map { $0.filter(\.isNumber) } ?? ""
      let fraction = parts.count > 1 ? parts[1] : ""
      return Double("\(whole).\(fraction)")
    }
    return Double(text.replacingCharacters(",", with: "."))
  }
}

extension String {
  /// The string with every `old` character replaced by `new`.
  fileprivate func replacingCharacters(_ old: Character, with new: Character) -> String {
    String(map { $0 == old ? new : $0 })
  }
}
