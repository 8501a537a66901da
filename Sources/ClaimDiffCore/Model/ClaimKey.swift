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

  /// The folded form of an ASCII text, folded byte by byte; `nil` for any other text.
  private static func foldASCII(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      var folded: [UInt8] = []
      folded.reserveCapacity(bytes.count)
      var pendingSpace = false
      for byte in bytes {
        guard byte < 0x80 else { return nil }
        let lower = byte | 0x20
        if (byte >= 0x30 && byte <= 0x39) || (lower >= 0x61 && lower <= 0x7A) {
          if pendingSpace && !folded.isEmpty { folded.append(0x20) }
          pendingSpace = false
          folded.append(byte >= 0x41 && byte <= 0x5A ? lower : byte)
        } else if byte != 0x27 || folded.isEmpty {
          pendingSpace = true
        }
      }
      return String(decoding: folded, as: UTF8.self)
    }
  }

  /// The words of the folded text.
  public var words: [Substring] { folded.split(separator: " ") }

  public var description: String { folded }
  public static func < (lhs: ClaimKey, rhs: ClaimKey) -> Bool { lhs.folded < rhs.folded }
}
