/// The language packs a run knows, and the detector that picks one for a text.
public struct LanguagePacks: Sendable {
  /// The packs, in order of preference when detection is undecided.
  public let packs: [any LanguagePack]
  /// Each pack's stopwords, read once: reading a lexicon through the protocol copies it.
  private let stopwords: [WordSet]

  /// Creates a set of packs.
  public init(_ packs: [any LanguagePack]) {
    precondition(!packs.isEmpty, "at least one language pack is needed")
    self.packs = packs
    stopwords = packs.map(\.lexicon.stopwords)
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
  /// are folded, which is all that stopwords need. Each word is hashed as it is read, once for
  /// every pack, and read where it is unless it has capitals to fold.
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
        for index in stopwords.indices where stopwords[index].contains(utf8: word, hash: key) {
          scores[index] += 1
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
