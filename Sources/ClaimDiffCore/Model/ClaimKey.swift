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
        guard let count = foldLatin(bytes, into: output) else {
          isLatin = false
          return 0
        }
        return count
      }
      return isLatin ? folded : nil
    }
  }

  /// What folding makes of each byte: an ASCII letter or digit is itself, lower case; an
  /// apostrophe is 0x27; any other ASCII byte is 0, a space; a byte of a longer character is 1.
  private static let folds: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
    switch byte {
    case 0x30...0x39, 0x61...0x7A: UInt8(byte)
    case 0x41...0x5A: UInt8(byte + 0x20)
    case 0x27: 0x27
    case 0x80...: 1
    default: 0
    }
  }

  /// Writes the folded form of `bytes` to `output`, at least as long; returns its length, or
  /// `nil` at the first character that is not ASCII, a Latin-1 letter or common punctuation.
  ///
  /// The state lives in local variables, not in ones that nested functions capture, so the
  /// loop keeps it in registers; an ASCII byte costs one lookup in ``folds``.
  private static func foldLatin(
    _ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>
  ) -> Int? {
    guard let input = bytes.baseAddress, let out = output.baseAddress else { return 0 }
    return folds.withUnsafeBufferPointer { folds -> Int? in
      let end = bytes.count
      var count = 0
      var pendingSpace = false
      var index = 0
      while index < end {
        let byte = input[index]
        // The bytes of a letter, lower case; 0 for a space, 0x27 for an apostrophe (U+2019
        // too), which joins a word ("l'incontro" is "lincontro").
        var first = folds[Int(byte)]
        var second: UInt8 = 0
        if first == 1 {
          first = 0
          if byte == 0xC2 {
            // U+00A0 no-break space, U+00AB and U+00BB guillemets.
            guard index + 1 < end else { return nil }
            let next = input[index + 1]
            guard next == 0xA0 || next == 0xAB || next == 0xBB else { return nil }
            index += 2
          } else if byte == 0xC3 {
            // U+00C0...U+00FF: upper-case letters fold to lower case, × and ÷ are spaces.
            guard index + 1 < end else { return nil }
            let next = input[index + 1]
            if next != 0x97 && next != 0xB7 {
              first = 0xC3
              second = next >= 0x80 && next <= 0x9E ? next + 0x20 : next
            }
            index += 2
          } else if byte == 0xE2 {
            // U+2010...U+201F dashes and quotes, U+2026 ellipsis; U+2019 is an apostrophe.
            guard index + 2 < end, input[index + 1] == 0x80 else { return nil }
            let last = input[index + 2]
            if last == 0x99 {
              first = 0x27
            } else if !(last >= 0x90 && last <= 0x9F) && last != 0xA6 {
              return nil
            }
            index += 3
          } else {
            return nil
          }
        } else {
          index += 1
        }
        if first == 0 {
          pendingSpace = true
        } else if first == 0x27 {
          // An apostrophe joins the letters around it and writes nothing; before the first
          // word it is a break, which writes nothing either.
          if count == 0 { pendingSpace = true }
        } else {
          if pendingSpace && count > 0 {
            out[count] = 0x20
            count += 1
          }
          pendingSpace = false
          out[count] = first
          count += 1
          if second != 0 {
            out[count] = second
            count += 1
          }
        }
      }
      return count
    }
  }

  /// The words of the folded text.
  public var words: [Substring] { folded.split(separator: " ") }

  public var description: String { folded }
  public static func < (lhs: ClaimKey, rhs: ClaimKey) -> Bool { lhs.folded < rhs.folded }
}
