/// The language packs a run knows, and the detector that picks one for a text.
public struct LanguagePacks: Sendable {
  /// The packs, in order of preference when detection is undecided.
  public let packs: [any LanguagePack]
  /// Every pack's stopwords, each with a bit for each pack that lists it: one lookup per word
  /// of the text, whatever the number of packs.
  private let stopwords: WordTable<UInt64>

  /// Creates a set of packs.
  public init(_ packs: [any LanguagePack]) {
    precondition(!packs.isEmpty, "at least one language pack is needed")
    precondition(packs.count <= 64, "at most 64 language packs")
    self.packs = packs
    var stopwords = WordTable<UInt64>()
    for (index, pack) in packs.enumerated() {
      for word in pack.lexicon.stopwords { stopwords[word, default: 0] |= 1 << UInt64(index) }
    }
    self.stopwords = stopwords
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
  /// Only the first few thousand bytes are read: that is plenty to tell languages apart.
  /// - Complexity: O(min(*n*, 4096)).
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
  /// are folded, which is all that stopwords need. Each word is hashed as it is read, looked up
  /// once for all the packs, and read where it is unless it has capitals to fold.
  private func scores(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int] {
    var scores = [Int](repeating: 0, count: packs.count)
    var folded: [UInt8] = []
    var start = 0
    var hash = WordTable<Bool>.hashStart
    var capitals = false
    func count(upTo end: Int) {
      guard end > start else { return }
      let key = WordTable<Bool>.hashed(hash)
      func look(_ word: UnsafeBufferPointer<UInt8>) {
        guard var packs = stopwords.value(utf8: word, hash: key) else { return }
        while packs != 0 {
          scores[packs.trailingZeroBitCount] += 1
          packs &= packs - 1
        }
      }
      if capitals {
        folded.removeAll(keepingCapacity: true)
        for byte in bytes[start..<end] {
          folded.append((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
        }
        folded.withUnsafeBufferPointer(look)
      } else {
        look(UnsafeBufferPointer(rebasing: bytes[start..<end]))
      }
    }
    for (index, byte) in bytes.enumerated() {
      switch byte {
      case 0x41...0x5A:
        capitals = true
        hash = WordTable<Bool>.hashing(hash, byte | 0x20)
      case 0x61...0x7A, 0x80...:
        hash = WordTable<Bool>.hashing(hash, byte)
      default:
        count(upTo: index)
        start = index + 1
        hash = WordTable<Bool>.hashStart
        capitals = false
      }
    }
    count(upTo: bytes.count)
    return scores
  }
}
