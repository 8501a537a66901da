import Synchronization

/// Which of a lexicon's tables hold a word: one bit per table, for up to 48 tables.
///
/// The extractor asks tens of tables about every token, and most answers are "no". Each
/// question costs a hash probe into a table that may not be in the cache. A lexicon indexed
/// by ``TableIndex`` answers them all with one lookup when the text is tokenized: a token
/// carries the mask of its key, and an indexed table reads its bit instead of probing.
struct TableMask: Sendable, Equatable {
  /// The bits of the tables (the low 48) and the number of the index that made them (the
  /// high 16), in one word so that tokens stay small enough to be copied inline.
  private var value: UInt64

  /// The most tables an index gives bits to.
  static let capacity = 48

  /// A mask of `bits` made by the index numbered `index`.
  init(bits: UInt64, index: UInt64) {
    value = index << 48 | bits & (1 << 48 - 1)
  }

  /// One bit per indexed table, set where the table holds the word.
  var bits: UInt64 { value & (1 << 48 - 1) }
  /// The number of the index that made the mask; 0 for none.
  var index: UInt64 { value >> 48 }

  /// No mask: tables are probed.
  static let unknown = TableMask(bits: 0, index: 0)
}

/// Gives a lexicon's tables their bits, and merges their words into one table of masks.
///
/// A table keeps its bit until it is changed; a changed table, or one beyond the 48th, is
/// probed as before. Tokens masked by another index, or by none, are probed too.
struct TableIndex {
  /// Each word of an indexed table, with the bits of the tables that hold it.
  private(set) var masks = WordTable<UInt64>()
  /// This index's number, unique in the process.
  let number: UInt64
  /// The number of tables indexed.
  private(set) var count = 0

  private static let numbers = Atomic<UInt64>(0)

  init() {
    number = Self.numbers.wrappingAdd(1, ordering: .relaxed).newValue
  }

  /// The bit the next table gets, and that table's words added under it; `nil` when all the
  /// bits are taken, or when the process has made too many indexes to number this one.
  mutating func add(_ words: [String]) -> Int? {
    guard count < TableMask.capacity, number <= 0xFFFF else { return nil }
    let bit = count
    count += 1
    for word in words { masks[word, default: 0] |= 1 << UInt64(bit) }
    return bit
  }

  /// The mask of `token`'s key under this index.
  func mask(of token: Token) -> TableMask {
    TableMask(bits: masks[token] ?? 0, index: number)
  }
}
