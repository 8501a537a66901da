/// The language packs a run knows, and the detector that picks one for a text.
public struct LanguagePacks: Sendable {
  /// The packs, in order of preference when detection is undecided.
  public let packs: [any LanguagePack]
  /// Every pack's stopwords of up to eight bytes, each with a bit for each pack that lists it:
  /// one lookup per word of the text, whatever the number of packs.
  private let shortStopwords: ShortWordTable
  /// The longer stopwords, the same way; most packs have none.
  private let longStopwords: WordTable<UInt64>
  /// The index of each pack's tables, read once.
  private let tableIndexes: [TableIndex?]

  /// Creates a set of packs.
  public init(_ packs: [any LanguagePack]) {
    precondition(!packs.isEmpty, "at least one language pack is needed")
    precondition(packs.count <= 64, "at most 64 language packs")
    self.packs = packs
    var short: [UInt64: UInt64] = [:]
    var long = WordTable<UInt64>()
    for (index, pack) in packs.enumerated() {
      for word in pack.lexicon.stopwords {
        let bit: UInt64 = 1 << UInt64(index)
        if let key = ShortWordTable.key(word) {
          short[key, default: 0] |= bit
        } else if !word.isEmpty {
          long[word, default: 0] |= bit
        }
      }
    }
    shortStopwords = ShortWordTable(short)
    longStopwords = long
    tableIndexes = packs.map(\.lexicon.tableIndex)
  }

  /// The index of `pack`'s tables, without reading its lexicon when the pack with its code is
  /// one of these.
  ///
  /// Another pack with the same code gets that pack's index, which is no error: its tables do
  /// not answer from masks they did not make, and probe instead.
  func tableIndex(for pack: any LanguagePack) -> TableIndex? {
    let code = pack.code
    guard let index = packs.firstIndex(where: { $0.code == code }) else {
      return pack.lexicon.tableIndex
    }
    return tableIndexes[index]
  }

  /// Italian and English.
  public static let standard = LanguagePacks([English.shared, Italian.shared])

  /// The pack for `code`, if there is one.
  public func pack(for code: String) -> (any LanguagePack)? {
    packs.first { $0.code == code.lowercased() }
  }

  /// The codes of the packs.
  public var codes: [String] { packs.map(\.code) }

  /// The pack whose stopwords the text uses most.
  ///
  /// Only the first 16,384 bytes are read: that is plenty to tell languages apart.
  /// - Complexity: O(min(*n*, 16,384)).
  public func detect(_ text: String) -> any LanguagePack {
    detect(utf8: text.utf8)
  }

  /// The pack whose stopwords are most frequent in the text whose UTF-8 bytes are `bytes`.
  public func detect(utf8 bytes: some Collection<UInt8>) -> any LanguagePack {
    let prefix = bytes.prefix(16_384)
    let scores =
      prefix.withContiguousStorageIfAvailable(scores)
      ?? Array(prefix).withUnsafeBufferPointer(scores)
    var best = 0
    for index in scores.indices where scores[index] > scores[best] { best = index }
    return packs[best]
  }

  /// How many stopwords of each pack the bytes have.
  ///
  /// Words are runs of ASCII letters and any non-ASCII bytes (accented letters); ASCII capitals
  /// are folded, which is all that stopwords need. A word of up to eight bytes is read whole
  /// into an integer, folded there and looked up by it; a longer word is looked up only when
  /// some stopword is that long.
  private func scores(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    var scores = [Int](repeating: 0, count: packs.count)
    func count(_ packs: UInt64) {
      var packs = packs
      while packs != 0 {
        scores[packs.trailingZeroBitCount] += 1
        packs &= packs - 1
      }
    }
    let end = bytes.count
    var index = 0
    while index < end {
      guard Self.isWordByte(bytes[index]) else {
        index += 1
        continue
      }
      let start = index
      index += 1
      while index < end && Self.isWordByte(bytes[index]) { index += 1 }
      let length = index - start
      if length <= 8 {
        let packs = shortStopwords[ShortWordTable.folded(bytes, start..<index)]
        if packs != 0 { count(packs) }
      } else if !longStopwords.isEmpty {
        var folded = Array(bytes[start..<index])
        for position in folded.indices where (0x41...0x5A).contains(folded[position]) {
          folded[position] |= 0x20
        }
        if let packs = folded.withUnsafeBufferPointer({
          longStopwords.value(utf8: $0, hash: WordTable<UInt64>.hash($0))
        }) {
          count(packs)
        }
      }
    }
    return scores
  }

  /// Whether a byte belongs to a word for detection: an ASCII letter or any non-ASCII byte.
  @inline(__always)
  private static func isWordByte(_ byte: UInt8) -> Bool {
    byte >= 0x80 || (byte | 0x20) &- 0x61 < 26
  }
}

/// Words of one to eight bytes, each read as an integer (its bytes in order from the lowest,
/// zeros after them), with a value each; an open-addressing table of integers, linearly probed.
private struct ShortWordTable: Sendable {
  /// The words' integers, 0 for an empty slot: no word of one byte or more reads as 0.
  private let keys: [UInt64]
  private let values: [UInt64]
  private let shift: UInt64

  init(_ entries: [UInt64: UInt64]) {
    var capacity = 16
    while capacity < entries.count * 4 { capacity *= 2 }
    shift = UInt64(64 - capacity.trailingZeroBitCount)
    var keys = [UInt64](repeating: 0, count: capacity)
    var values = [UInt64](repeating: 0, count: capacity)
    for (key, value) in entries {
      var slot = Self.slot(key, shift: shift)
      while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      keys[slot] = key
      values[slot] = value
    }
    self.keys = keys
    self.values = values
  }

  @inline(__always)
  private static func slot(_ key: UInt64, shift: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The value of the word whose integer is `key`; 0 for a word not in the table.
  @inline(__always)
  subscript(key: UInt64) -> UInt64 {
    keys.withUnsafeBufferPointer { keys in
      let mask = keys.count - 1
      var slot = Self.slot(key, shift: shift)
      while true {
        let found = keys[slot]
        if found == key { return values[slot] }
        if found == 0 { return 0 }
        slot = (slot + 1) & mask
      }
    }
  }

  /// The integer of `word`, as it is written; `nil` for an empty word or one over eight bytes.
  static func key(_ word: String) -> UInt64? {
    let bytes = Array(word.utf8)
    guard !bytes.isEmpty && bytes.count <= 8 else { return nil }
    var key: UInt64 = 0
    for (position, byte) in bytes.enumerated() { key |= UInt64(byte) << (8 * position) }
    // A NUL byte would read as the end of the word.
    return bytes.contains(0) ? nil : key
  }

  /// The integer of `bytes[range]`, one to eight bytes of ASCII letters and non-ASCII bytes,
  /// with its ASCII letters in lower case.
  @inline(__always)
  static func folded(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    var word: UInt64 = 0
    if range.lowerBound + 8 <= bytes.count {
      word = UnsafeRawBufferPointer(bytes).loadUnaligned(
        fromByteOffset: range.lowerBound, as: UInt64.self)
    } else {
      for position in range {
        word |= UInt64(bytes[position]) << (8 * (position - range.lowerBound))
      }
    }
    let length = range.count
    let mask: UInt64 = length == 8 ? ~0 : (1 << UInt64(8 * length)) - 1
    // Every byte below 0x80 in a word is an ASCII letter: setting its 0x20 bit lowers it. The
    // shift moves each byte's clear high bit onto its own 0x20 bit.
    let highs: UInt64 = 0x8080_8080_8080_8080
    return (word | ((~word & highs) >> 2)) & mask
  }
}
