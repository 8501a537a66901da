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

  private static func needsWork(_ input: String) -> Bool {
    var first = true
    for scalar in input.unicodeScalars {
      if first && scalar == "\u{FEFF}" { return true }
      first = false
      if scalar == "\r" { return true }
      if scalar.value >= 0x300 && scalar.properties.canonicalCombiningClass.rawValue != 0 {
        return true
      }
    }
    return false
  }

  private static func hasCombiningMark(_ string: String) -> Bool {
    string.unicodeScalars.contains { $0.properties.canonicalCombiningClass.rawValue != 0 }
  }
}
