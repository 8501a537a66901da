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
    var scores = [Int](repeating: 0, count: packs.count)
    var word: [UInt8] = []
    func count() {
      guard !word.isEmpty else { return }
      word.withUnsafeBufferPointer { word in
        for index in stopwords.indices where stopwords[index].contains(utf8: word) {
          scores[index] += 1
        }
      }
      word.removeAll(keepingCapacity: true)
    }
    // Words are runs of ASCII letters and any non-ASCII bytes (accented letters); ASCII
    // capitals are folded, which is all that stopwords need.
    for byte in bytes.prefix(16_384) {
      switch byte {
      case 0x41...0x5A: word.append(byte | 0x20)
      case 0x61...0x7A, 0x80...: word.append(byte)
      default: count()
      }
    }
    count()
    var best = 0
    for index in scores.indices where scores[index] > scores[best] { best = index }
    return packs[best]
  }
}
