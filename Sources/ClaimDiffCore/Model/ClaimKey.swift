/// A claim's text with everything that does not change its meaning folded away.
///
/// Case, quote and apostrophe style, punctuation and spacing are dropped, so a version that
/// only retypes quotes or re-spaces a sentence yields the same keys.
public struct ClaimKey: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The folded text: lower-case words separated by single spaces.
  public let folded: String

  /// Folds `text`.
  public init(_ text: String) {
    if let folded = Self.foldASCII(text) {
      self.folded = folded
      return
    }
    var scalars = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.lowercased().unicodeScalars {
      if UTF8Scalar.isWordScalar(scalar) {
        if pendingSpace && !scalars.isEmpty { scalars.append(" ") }
        pendingSpace = false
        scalars.append(scalar)
      } else if !UTF8Scalar.isApostrophe(scalar) || scalars.isEmpty {
        pendingSpace = true
      }
    }
    folded = String(scalars)
  }

  /// The folded form of a text in ASCII, Latin-1 letters and common punctuation, folded
  /// scalar by scalar; `nil` for any other text, which takes the general path.
  private static func foldASCII(_ text: String) -> String? {
    var folded = String.UnicodeScalarView()
    var pendingSpace = false
    func word(_ scalar: Unicode.Scalar) {
      if pendingSpace && !folded.isEmpty { folded.append(" ") }
      pendingSpace = false
      folded.append(scalar)
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x30...0x39, 0x61...0x7A, 0xDF...0xF6, 0xF8...0xFF: word(scalar)
      case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE:
        guard let lower = Unicode.Scalar(value + 0x20) else { return nil }
        word(lower)
      case 0x27, 0x2019:
        // An apostrophe inside a word joins it ("l'incontro" is "lincontro").
        if folded.isEmpty { pendingSpace = true }
      case 0x00...0x7F, 0xA0, 0xAB, 0xBB, 0xD7, 0xF7, 0x2010...0x2018, 0x201A...0x201F, 0x2026:
        pendingSpace = true
      default: return nil
      }
    }
    return String(folded)
  }

  /// The words of the folded text.
  public var words: [Substring] { folded.split(separator: " ") }

  public var description: String { folded }
  public static func < (lhs: ClaimKey, rhs: ClaimKey) -> Bool { lhs.folded < rhs.folded }
}
