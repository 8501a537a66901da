import Synchronization

/// Which of a lexicon's tables hold a word: one bit per table, for up to 56 tables.
///
/// The extractor asks tens of tables about every token, and most answers are "no". Each
/// question costs a hash probe into a table that may not be in the cache. A lexicon indexed
/// by ``TableIndex`` answers them all with one lookup when the text is tokenized: a token
/// carries the mask of its key, and an indexed table reads its bit instead of probing.
struct TableMask: Sendable, Equatable {
  /// The bits of the tables (the low 56) and the number of the index that made them (the
  /// high 8), in one word: a token grows by eight bytes only.
  private var value: UInt64

  /// The most tables an index gives bits to.
  static let capacity = 56
  /// The most indexes a process numbers; lexicons indexed later are probed.
  static let indexes: UInt64 = 0xFF

  /// A mask of `bits` made by the index numbered `index`, at most ``indexes``.
  init(bits: UInt64, index: UInt64) {
    precondition(index <= Self.indexes, "an index number a mask cannot hold")
    value = index << 56 | bits & (1 << 56 - 1)
  }

  /// One bit per indexed table, set where the table holds the word.
  var bits: UInt64 { value & (1 << 56 - 1) }
  /// The number of the index that made the mask; 0 for none.
  var index: UInt64 { value >> 56 }

  /// No mask: tables are probed.
  static let unknown = TableMask(bits: 0, index: 0)
}

/// Gives a lexicon's tables their bits, and merges their words into one table of masks.
///
/// A table keeps its bit until it is changed; a changed table, or one beyond the 56th, is
/// probed as before. Tokens masked by another index, or by none, are probed too.
struct TableIndex {
  /// Each word of an indexed table, with the bits of the tables that hold it.
  private(set) var masks = WordTable<UInt64>()
  /// This index's number, unique in the process.
  let number: UInt64
  /// The number of tables indexed.
  private(set) var count = 0

  private static let numbers = Atomic<UInt64>(0)

  /// An index with the next number.
  init() {
    self.init(number: Self.numbers.wrappingAdd(1, ordering: .relaxed).newValue)
  }

  /// An index numbered `number`, which no other index of the process may have.
  init(number: UInt64) {
    self.number = number
  }

  /// Whether a mask can hold this index's number.
  private var isNumbered: Bool { number <= TableMask.indexes }

  /// The bit the next table gets, and that table's words added under it; `nil` when all the
  /// bits are taken, or when the process has made too many indexes to number this one.
  mutating func add(_ words: [String]) -> Int? {
    guard count < TableMask.capacity, isNumbered else { return nil }
    let bit = count
    count += 1
    for word in words { masks[word, default: 0] |= 1 << UInt64(bit) }
    return bit
  }

  /// The mask of `token`'s key under this index; none when the index has no number a mask
  /// can hold.
  func mask(of token: Token) -> TableMask {
    guard isNumbered else { return .unknown }
    return TableMask(bits: masks[token] ?? 0, index: number)
  }
}
