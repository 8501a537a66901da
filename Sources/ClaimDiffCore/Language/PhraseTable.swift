/// Multi-word lexicon entries looked up by token keys, longest match first.
///
/// Phrases are written as their token keys separated by spaces (`"according to"`,
/// `"e' quanto"`, `"l' altro ieri"`), matching what ``Tokenizer`` produces.
public struct PhraseTable<Value: Sendable>: Sendable {
  private struct Entry: Sendable {
    let rest: [String]
    let value: Value
  }

  private var entries = WordTable<[Entry]>()
  /// The number of tokens of the longest phrase.
  public private(set) var longest = 0

  /// Creates an empty table.
  public init() {}

  /// Creates a table from phrases and their values; a later duplicate replaces an earlier one.
  public init(_ pairs: [(String, Value)]) {
    for (phrase, value) in pairs { insert(phrase, value) }
  }

  /// Adds `phrase` with `value`.
  public mutating func insert(_ phrase: String, _ value: Value) {
    let words = phrase.lowercased().split(separator: " ").map(String.init)
    guard let first = words.first else { return }
    let rest = Array(words.dropFirst())
    var list = entries[first, default: []]
    list.removeAll { $0.rest == rest }
    list.append(Entry(rest: rest, value: value))
    list.sort { $0.rest.count > $1.rest.count }
    entries[first] = list
    longest = max(longest, words.count)
  }

  /// Whether any phrase starts with `key`.
  public func startsPhrase(_ key: String) -> Bool { entries.contains(key) }

  /// Gives the table of first words a bit in `tables`: see ``WordTable``.
  mutating func index(in tables: inout TableIndex) { entries.index(in: &tables) }

  /// The index number and bit of the table of first words: see ``WordTable/maskBit``.
  var firstWordMaskBit: (index: UInt64, bit: UInt64)? { entries.maskBit }

  /// The longest phrase that starts at `tokens[index]` and ends before `limit`.
  ///
  /// - Returns: The number of tokens matched and the phrase's value.
  public func match(_ tokens: [Token], at index: Int, limit: Int? = nil) -> (
    length: Int, value: Value
  )? {
    let end = limit ?? tokens.count
    guard index < end else { return nil }
    // The phrases are read where the table keeps them: a copy of the list, or of a phrase,
    // would retain its arrays.
    return entries.withValue(of: tokens[index]) { list in
      list.pointee.withUnsafeBufferPointer { list in
        candidates: for entry in list.indices {
          let count = list[entry].rest.count
          guard index + count < end else { continue }
          for offset in 0..<count where tokens[index + 1 + offset].key != list[entry].rest[offset] {
            continue candidates
          }
          return (count + 1, list[entry].value)
        }
        return nil
      }
    }
  }

  /// The value of a one-word phrase, if there is one.
  public func value(of key: String) -> Value? {
    entries[key]?.first { $0.rest.isEmpty }?.value
  }

  /// The value of a one-word phrase of `token`'s key, by the hash the token carries.
  public func value(of token: Token) -> Value? {
    entries.withValue(of: token) { list in
      list.pointee.withUnsafeBufferPointer { list in
        list.firstIndex { $0.rest.isEmpty }.map { list[$0].value }
      }
    }
  }

  /// Whether any phrase starts with `token`'s key.
  public func startsPhrase(_ token: Token) -> Bool { entries.contains(token) }

  /// All phrases with their values, in no particular order.
  public var allEntries: [(phrase: String, value: Value)] {
    entries.flatMap { first, list in
      list.map { (([first] + $0.rest).joined(separator: " "), $0.value) }
    }
  }
}
