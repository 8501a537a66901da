import Foundation

/// Text in the one form every later stage reads: NFC, LF line ends, no byte-order mark.
///
/// Normalizing once at the edge means two copies of an article that differ only in encoding
/// details yield the same claims. Curly and straight quotes are kept as written, so claim text
/// stays true to the article; comparisons fold them instead (see ``ClaimKey``).
public struct NormalizedText: Sendable {
  /// The normalized text.
  public let text: String
  /// Maps scalar offsets of ``text`` back to scalar offsets of the input; `nil` when equal.
  private let checkpoints: [(normalized: Int, original: Int)]?

  /// Normalizes `input`.
  ///
  /// - Complexity: O(*n*); inputs that are already normalized are only scanned once.
  public init(_ input: String) {
    if !Self.needsWork(input) {
      text = input
      checkpoints = nil
      return
    }
    var output = String()
    output.reserveCapacity(input.utf8.count)
    var marks: [(normalized: Int, original: Int)] = []
    var normalizedOffset = 0
    var originalOffset = 0
    var atStart = true
    for character in input {
      let originalCount = character.unicodeScalars.count
      defer {
        originalOffset += originalCount
        atStart = false
      }
      if atStart && character == "\u{FEFF}" { continue }
      marks.append((normalizedOffset, originalOffset))
      let piece: String
      if character == "\r\n" || character == "\r" {
        piece = "\n"
      } else {
        let string = String(character)
        piece =
          Self.hasCombiningMark(string) ? string.precomposedStringWithCanonicalMapping : string
      }
      output += piece
      normalizedOffset += piece.unicodeScalars.count
    }
    marks.append((normalizedOffset, originalOffset))
    text = output
    checkpoints = marks
  }

  /// The input's scalar offset for a scalar offset of ``text``.
  public func originalOffset(_ offset: Int) -> Int {
    guard let checkpoints else { return offset }
    var low = 0
    var high = checkpoints.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if checkpoints[middle].normalized <= offset { low = middle } else { high = middle - 1 }
    }
    let mark = checkpoints[low]
    return mark.original + (offset - mark.normalized)
  }

  /// The input's scalar range for a scalar range of ``text``.
  public func originalRange(_ range: Range<Int>) -> Range<Int> {
    originalOffset(range.lowerBound)..<originalOffset(range.upperBound)
  }

  /// Whether `input` has a byte-order mark, a carriage return or a combining mark.
  ///
  /// Scans the UTF-8 bytes: only a carriage return and the lead bytes of scalars from U+0300,
  /// the first that can be combining marks, need a look; letters such as "à" or "é" (two
  /// bytes below 0xCC) and ASCII pass eight at a time.
  static func needsWork(_ input: String) -> Bool {
    var input = input
    return input.withUTF8 { bytes in
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return true }
      let raw = UnsafeRawBufferPointer(bytes)
      var index = 0
      while index < bytes.count {
        if index + 8 <= bytes.count {
          let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
          if !mayNeedWork(word) {
            index += 8
            continue
          }
        }
        let byte = bytes[index]
        if byte < 0xCC {
          if byte == 0x0D { return true }
          index += 1
          continue
        }
        // A lead byte: `String` holds valid UTF-8, so the sequence is whole.
        let (scalar, width) = scalar(bytes, at: index, lead: byte)
        if scalar.properties.canonicalCombiningClass.rawValue != 0 { return true }
        index += width
      }
      return false
    }
  }

  /// Whether any of the eight bytes of `word` is a carriage return or from 0xCC.
  @inline(__always)
  private static func mayNeedWork(_ word: UInt64) -> Bool {
    let lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
    let highs: UInt64 = 0x8080_8080_8080_8080
    // Each test sets the high bit of the bytes it holds for, exactly: no byte carries into
    // another. From 0xCC: the high bit set, and the low seven bits from 0x4C.
    let lead = word & ((word & lows) &+ 0x3434_3434_3434_3434) & highs
    let returns = word ^ 0x0D0D_0D0D_0D0D_0D0D
    let carriage = ~(((returns & lows) &+ lows) | returns | lows)
    return lead | carriage != 0
  }

  /// The scalar of the valid UTF-8 sequence that starts with `lead` at `index`, and its width.
  private static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, lead: UInt8)
    -> (Unicode.Scalar, Int)
  {
    let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (0x7F >> width)
    for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
  }

  private static func hasCombiningMark(_ string: String) -> Bool {
    string.unicodeScalars.contains { $0.properties.canonicalCombiningClass.rawValue != 0 }
  }
}
