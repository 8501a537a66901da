/// Words and their values, looked up by the words' UTF-8 bytes.
///
/// The extractor looks up every token in tens of lexicon tables. `Dictionary<String, _>` hashes
/// with a seeded SipHash and checks the string's normalization on every lookup; token keys are
/// NFC already, so a table hashing their bytes with FNV-1a, probed linearly, answers several
/// times faster. Tables are built once per run and then only read.
///
/// ```swift
/// var months: WordTable<Int> = ["gennaio": 1, "febbraio": 2]
/// months["marzo"] = 3
/// months["marzo"]  // 3
/// ```
///
/// A table is a value: its storage changes only through `unique()`, which first copies storage
/// that another table shares, so tables on different threads never share anything mutable.
public struct WordTable<Value: Sendable>: @unchecked Sendable {
  /// The table's arrays, behind one reference.
  ///
  /// A lexicon holding tens of tables copies as cheaply as one holding tens of `Set`s. Copied
  /// on write; shared tables are only read.
  private final class Storage {
    // Written only while the table is built, by its one owner (`unique()`), and read after:
    // no dynamic exclusivity check is needed on the lookups.
    /// The words, in order of insertion.
    @exclusivity(unchecked) var keys: [String] = []
    /// Their values, in the same order.
    @exclusivity(unchecked) var values: [Value] = []
    /// Each word's hash, in the same order.
    @exclusivity(unchecked) var hashes: [UInt64] = []
    /// Positions in `keys` by hash, linearly probed, -1 for empty; at most half full.
    @exclusivity(unchecked) var slots = [Int32](repeating: -1, count: 16)

    func copy() -> Storage {
      let copy = Storage()
      (copy.keys, copy.values, copy.hashes, copy.slots) = (keys, values, hashes, slots)
      return copy
    }

    /// Where the word whose UTF-8 bytes are `word` is in `keys`.
    func position(ofUTF8 word: UnsafeBufferPointer<UInt8>, hash: UInt64? = nil) -> Int? {
      probe(hash ?? WordTable.hash(word)) { position in
        let same = keys[position].utf8.withContiguousStorageIfAvailable {
          $0.hasSameBytes(as: word)
        }
        return same ?? keys[position].utf8.elementsEqual(word)
      }
    }

    /// Where `key`, whose hash is `hash`, is in `keys`.
    func position(of key: String, hash: UInt64? = nil) -> Int? {
      probe(hash ?? WordTable.hash(key)) { keys[$0] == key }
    }

    /// The first position with `hash` whose word `matches`, along the probe sequence.
    @inline(__always)
    private func probe(_ hash: UInt64, _ matches: (Int) -> Bool) -> Int? {
      slots.withUnsafeBufferPointer { slots in
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
          let found = Int(slots[slot])
          if found < 0 { return nil }
          if hashes[found] == hash && matches(found) { return found }
          slot = (slot + 1) & mask
        }
      }
    }

    func place(_ position: Int) {
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: hashes[position]) & mask
      while slots[slot] >= 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(position)
    }

    func rebuild(capacity: Int) {
      slots = [Int32](repeating: -1, count: capacity)
      for position in keys.indices { place(position) }
    }
  }

  private var storage = Storage()
  /// The number of the ``TableIndex`` that gave this table a bit, or 0.
  private var maskIndex: UInt64 = 0
  /// The table's bit in the masks of that index.
  private var bit: UInt64 = 0

  /// Creates an empty table.
  public init() {}

  /// The number of the index whose masks answer for this table, and the table's bit in them.
  ///
  /// `nil` while the table is probed. Tests of several tables can read one mask instead.
  var maskBit: (index: UInt64, bit: UInt64)? { maskIndex == 0 ? nil : (maskIndex, bit) }

  /// The words, in order of insertion.
  public var keys: [String] { storage.keys }

  /// Their values, in the same order.
  public var values: [Value] { storage.values }

  /// The number of words.
  public var count: Int { storage.keys.count }

  /// Whether the table has no word.
  public var isEmpty: Bool { storage.keys.isEmpty }

  /// The value of `key`; setting `nil` removes it.
  public subscript(key: String) -> Value? {
    get { storage.position(of: key).map { storage.values[$0] } }
    set {
      if let newValue { set(key, newValue) } else { remove(key) }
    }
  }

  /// The value of `key`, or `defaultValue` when it has none; assigning stores it.
  public subscript(key: String, default defaultValue: @autoclosure () -> Value) -> Value {
    get { self[key] ?? defaultValue() }
    set { set(key, newValue) }
  }

  /// Whether `key` is in the table.
  public func contains(_ key: String) -> Bool { storage.position(of: key) != nil }

  // The lookups by token answer most tokens from their mask: that test is inlined where they
  // are called, the probe is not.

  /// The value of `token`'s key, by the hash the token carries.
  public subscript(token: Token) -> Value? {
    @inline(__always) get {
      if isMasked(token) && token.tables.bits & bit == 0 { return nil }
      return value(probing: token)
    }
  }

  /// Whether `token`'s key is in the table, by the hash the token carries.
  @inline(__always)
  public func contains(_ token: Token) -> Bool {
    if isMasked(token) { return token.tables.bits & bit != 0 }
    return contains(probing: token)
  }

  /// Runs `body` on the value of `token`'s key where the table keeps it, by the hash the
  /// token carries; `nil` when the key is not in the table.
  ///
  /// A value read out of the table is a copy, which retains an array value; this reads none.
  @inline(__always)
  func withValue<Result>(of token: Token, _ body: (UnsafePointer<Value>) -> Result?) -> Result? {
    if isMasked(token) && token.tables.bits & bit == 0 { return nil }
    return withValue(probing: token, body)
  }

  private func withValue<Result>(probing token: Token, _ body: (UnsafePointer<Value>) -> Result?)
    -> Result?
  {
    guard let position = storage.position(of: token.key, hash: token.keyHash) else { return nil }
    return storage.values.withUnsafeBufferPointer { values in
      values.baseAddress.flatMap { body($0 + position) }
    }
  }

  @inline(never)
  private func value(probing token: Token) -> Value? {
    storage.position(of: token.key, hash: token.keyHash).map { storage.values[$0] }
  }

  @inline(never)
  private func contains(probing token: Token) -> Bool {
    storage.position(of: token.key, hash: token.keyHash) != nil
  }

  /// Whether `token` carries a mask from the index that gave this table its bit.
  @inline(__always)
  private func isMasked(_ token: Token) -> Bool {
    maskIndex != 0 && token.tables.index == maskIndex
  }

  /// Gives the table a bit in `tables`, which then answers for it whether a token's key is
  /// in it; until the table changes.
  mutating func index(in tables: inout TableIndex) {
    guard let bit = tables.add(keys) else { return }
    (maskIndex, self.bit) = (tables.number, 1 << UInt64(bit))
  }

  /// Whether the word whose UTF-8 bytes are `word` is in the table.
  public func contains(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool {
    storage.position(ofUTF8: word) != nil
  }

  /// Whether the word whose UTF-8 bytes are `word`, and whose hash is `hash`, is in the table.
  func contains(utf8 word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
    storage.position(ofUTF8: word, hash: hash) != nil
  }

  /// The value of the word whose UTF-8 bytes are `word` and whose hash is `hash`.
  func value(utf8 word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Value? {
    storage.position(ofUTF8: word, hash: hash).map { storage.values[$0] }
  }

  /// The storage, made this table's own to change; the table leaves its index.
  private mutating func unique() -> Storage {
    maskIndex = 0
    if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    return storage
  }

  private mutating func set(_ key: String, _ value: Value) {
    let storage = unique()
    if let found = storage.position(of: key) {
      storage.values[found] = value
      return
    }
    storage.keys.append(key)
    storage.values.append(value)
    storage.hashes.append(Self.hash(key))
    if storage.keys.count * 2 > storage.slots.count {
      storage.rebuild(capacity: storage.slots.count * 2)
    } else {
      storage.place(storage.keys.count - 1)
    }
  }

  private mutating func remove(_ key: String) {
    let storage = unique()
    guard let found = storage.position(of: key) else { return }
    storage.keys.remove(at: found)
    storage.values.remove(at: found)
    storage.hashes.remove(at: found)
    storage.rebuild(capacity: storage.slots.count)
  }

  /// The hash of a word's UTF-8 bytes: FNV-1a, its high bits folded into the low ones the
  /// mask keeps.
  static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = hashStart
    for byte in word { hash = hashing(hash, byte) }
    return hashed(hash)
  }

  /// Where the hash of a word starts, for a scanner that hashes a word as it reads it.
  static var hashStart: UInt64 { 0xCBF2_9CE4_8422_2325 }

  /// The hash so far, with one more byte of the word.
  @inline(__always)
  static func hashing(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
    (hash ^ UInt64(byte)) &* 0x100_0000_01B3
  }

  /// The hash of the whole word, from the hash of its bytes.
  @inline(__always)
  static func hashed(_ hash: UInt64) -> UInt64 { hash ^ (hash >> 32) }

  /// The hash of `key`'s UTF-8 bytes.
  static func hash(_ key: String) -> UInt64 {
    if let hash = key.utf8.withContiguousStorageIfAvailable(hash) { return hash }
    var key = key
    return key.withUTF8(hash)
  }
}

extension WordTable: Sequence {
  /// The words and their values, in order of insertion.
  public func makeIterator() -> some IteratorProtocol<(key: String, value: Value)> {
    zip(keys, values).lazy.map { (key: $0, value: $1) }.makeIterator()
  }
}

extension WordTable: ExpressibleByDictionaryLiteral {
  /// Creates a table from its words and values; a later duplicate replaces an earlier one.
  public init(dictionaryLiteral elements: (String, Value)...) {
    for (key, value) in elements { self[key] = value }
  }
}

/// A set of words, looked up by their UTF-8 bytes: see ``WordTable``.
public struct WordSet: Sendable, Hashable, ExpressibleByArrayLiteral, Sequence {
  private var table = WordTable<Bool>()

  /// Creates an empty set.
  public init() {}

  /// Creates a set of `words`.
  public init(_ words: some Sequence<String>) {
    for word in words { table[word] = true }
  }

  /// Creates a set of the words listed.
  public init(arrayLiteral words: String...) { self.init(words) }

  /// The number of words.
  public var count: Int { table.count }

  /// Whether the set has no word.
  public var isEmpty: Bool { table.isEmpty }

  /// Whether `word` is in the set.
  public func contains(_ word: String) -> Bool { table.contains(word) }

  /// Whether `token`'s key is in the set, by the hash the token carries.
  @inline(__always)
  public func contains(_ token: Token) -> Bool { table.contains(token) }

  /// Gives the set a bit in `tables`: see ``WordTable``.
  mutating func index(in tables: inout TableIndex) { table.index(in: &tables) }

  /// The set's index number and bit: see ``WordTable/maskBit``.
  var maskBit: (index: UInt64, bit: UInt64)? { table.maskBit }

  /// Whether the word whose UTF-8 bytes are `word` is in the set.
  public func contains(utf8 word: UnsafeBufferPointer<UInt8>) -> Bool { table.contains(utf8: word) }

  /// Whether the word whose UTF-8 bytes are `word`, and whose ``WordTable`` hash is `hash`,
  /// is in the set.
  func contains(utf8 word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
    table.contains(utf8: word, hash: hash)
  }

  /// Adds `word`.
  public mutating func insert(_ word: String) { table[word] = true }

  /// Adds every word of `words`.
  public mutating func formUnion(_ words: some Sequence<String>) {
    for word in words { insert(word) }
  }

  /// The words of this set and of `words`.
  public func union(_ words: some Sequence<String>) -> WordSet {
    var result = self
    result.formUnion(words)
    return result
  }

  /// The words, in order of insertion.
  public func makeIterator() -> IndexingIterator<[String]> { table.keys.makeIterator() }

  /// Whether both sets hold the same words, in whatever order.
  public static func == (lhs: WordSet, rhs: WordSet) -> Bool {
    lhs.count == rhs.count && lhs.allSatisfy(rhs.contains)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(count)
    hasher.combine(reduce(0) { $0 ^ $1.hashValue })
  }
}
