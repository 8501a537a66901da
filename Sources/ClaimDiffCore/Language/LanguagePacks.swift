/// The language packs a run knows, and the detector that picks one for a text.
public struct LanguagePacks: Sendable {
  /// The packs, in order of preference when detection is undecided.
  public let packs: [any LanguagePack]

  /// Creates a set of packs.
  public init(_ packs: [any LanguagePack]) {
    precondition(!packs.isEmpty, "at least one language pack is needed")
    self.packs = packs
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
    var scores = [Int](repeating: 0, count: packs.count)
    var word = String()
    var scanned = 0
    func count() {
      guard !word.isEmpty else { return }
      for (index, pack) in packs.enumerated() where pack.lexicon.stopwords.contains(word) {
        scores[index] += 1
      }
      word.removeAll(keepingCapacity: true)
    }
    for scalar in text.unicodeScalars {
      scanned += 1
      if scanned > 4096 { break }
      if UTF8Scalar.isWordScalar(scalar) {
        word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else {
        count()
      }
    }
    count()
    var best = 0
    for index in scores.indices where scores[index] > scores[best] { best = index }
    return packs[best]
  }
}
