/// A claim's text with everything that does not change its meaning folded away.
///
/// Case, quote and apostrophe style, punctuation and spacing are dropped, so a version that
/// only retypes quotes or re-spaces a sentence yields the same keys.
public struct ClaimKey: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The folded text: lower-case words separated by single spaces.
  public let folded: String

  /// Folds `text`.
  public init(_ text: String) {
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

  /// The words of the folded text.
  public var words: [Substring] { folded.split(separator: " ") }

  public var description: String { folded }
  public static func < (lhs: ClaimKey, rhs: ClaimKey) -> Bool { lhs.folded < rhs.folded }
}
