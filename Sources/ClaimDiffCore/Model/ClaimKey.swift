/// A claim's text with everything that does not change its meaning folded away.
///
/// Case, quote and apostrophe style, punctuation and spacing are dropped, so a version that
/// only retypes quotes or re-spaces a sentence yields the same keys.
public struct ClaimKey: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The folded text: lower-case words separated by single spaces.
  public let folded: String
  /// A hash of the folded text's bytes (``hash(_:)``), computed once.
  ///
  /// Keys are hashed and compared many times while versions are aligned, and hashing or
  /// comparing a `String` goes through its normalization. Folded texts come from NFC text,
  /// so equal keys have equal bytes.
  package let code: UInt64

  /// Folds `text`.
  public init(_ text: String) {
    folded = Self.foldLatin(text) ?? Self.foldAny(text)
    if let code = folded.utf8.withContiguousStorageIfAvailable(Self.hash) {
      self.code = code
    } else {
      var folded = folded
      code = folded.withUTF8(Self.hash)
    }
  }

  /// A hash of a folded text's bytes, read eight at a time: a key is hashed once, where it is
  /// made, and is as long as a sentence.
  package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    guard let base = bytes.baseAddress else { return hash }
    let raw = UnsafeRawPointer(base)
    var offset = 0
    while offset + 8 <= bytes.count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
      hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 32
      offset += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count {
      tail |= UInt64(bytes[offset]) << shift
      shift += 8
      offset += 1
    }
    hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
    return hash ^ (hash >> 29)
  }

  public static func == (lhs: ClaimKey, rhs: ClaimKey) -> Bool {
    lhs.code == rhs.code && lhs.folded.hasSameUTF8(as: rhs.folded)
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(code) }

  /// The folded form of any text, scalar by scalar after lower-casing it.
  static func foldAny(_ text: String) -> String {
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
    return String(scalars)
  }

  /// The folded form of a text in ASCII, Latin-1 letters and common punctuation, byte by byte.
  ///
  /// `nil` for any other text, which ``foldAny(_:)`` folds; both give the same keys.
  static func foldLatin(_ text: String) -> String? {
    var text = text
    return text.withUTF8 { bytes -> String? in
      var isLatin = true
      // Folding never lengthens a text: the key is written in place, byte by byte.
      let folded = String(unsafeUninitializedCapacity: bytes.count) { output in
        var count = 0
        var pendingSpace = false
        var index = 0
        func word(_ first: UInt8) {
          if pendingSpace && count > 0 {
            output[count] = 0x20
            count += 1
          }
          pendingSpace = false
          output[count] = first
          count += 1
        }
        func word(_ first: UInt8, _ second: UInt8) {
          word(first)
          output[count] = second
          count += 1
        }
        while index < bytes.count {
          let byte = bytes[index]
          switch byte {
          case 0x30...0x39, 0x61...0x7A: word(byte)
          case 0x41...0x5A: word(byte + 0x20)
          // An apostrophe inside a word joins it ("l'incontro" is "lincontro").
          case 0x27: if count == 0 { pendingSpace = true }
          case 0x00...0x7F: pendingSpace = true
          case 0xC2:
            // U+00A0 no-break space, U+00AB and U+00BB guillemets.
            guard index + 1 < bytes.count,
              bytes[index + 1] == 0xA0 || bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB
            else {
              isLatin = false
              return 0
            }
            pendingSpace = true
            index += 1
          case 0xC3:
            // U+00C0...U+00FF: upper-case letters fold to lower case, × and ÷ are spaces.
            guard index + 1 < bytes.count else {
              isLatin = false
              return 0
            }
            let next = bytes[index + 1]
            switch next {
            case 0x80...0x96, 0x98...0x9E: word(0xC3, next + 0x20)
            case 0x97, 0xB7: pendingSpace = true
            default: word(0xC3, next)
            }
            index += 1
          case 0xE2:
            // U+2010...U+201F dashes and quotes, U+2026 ellipsis; U+2019 is an apostrophe.
            guard index + 2 < bytes.count, bytes[index + 1] == 0x80 else {
              isLatin = false
              return 0
            }
            switch bytes[index + 2] {
            case 0x99: if count == 0 { pendingSpace = true }
            case 0x90...0x9F, 0xA6: pendingSpace = true
            default:
              isLatin = false
              return 0
            }
            index += 2
          default:
            isLatin = false
            return 0
          }
          index += 1
        }
        return count
      }
      return isLatin ? folded : nil
    }
  }

  /// The words of the folded text.
  public var words: [Substring] { folded.split(separator: " ") }

  public var description: String { folded }
  public static func < (lhs: ClaimKey, rhs: ClaimKey) -> Bool { lhs.folded < rhs.folded }
}
