import Foundation

/// How the store writes structured values into text columns.
enum Coding {
  static func ranges(_ ranges: [Range<Int>]) -> String {
    "[" + ranges.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",") + "]"
  }

  /// Reads what ``ranges(_:)`` wrote: `[[start,end],…]`, scanning the bytes.
  static func ranges(from text: String?) -> [Range<Int>] {
    guard var text else { return [] }
    return text.withUTF8 { bytes in
      var ranges: [Range<Int>] = []
      var numbers: [Int] = []
      var value: Int?
      for byte in bytes {
        if byte >= 0x30 && byte <= 0x39 {
          value = (value ?? 0) * 10 + Int(byte - 0x30)
          continue
        }
        if let finished = value { numbers.append(finished) }
        value = nil
        if byte == 0x5D, numbers.count == 2 {
          if numbers[0] <= numbers[1] { ranges.append(numbers[0]..<numbers[1]) }
          numbers.removeAll(keepingCapacity: true)
        } else if byte == 0x5D {
          numbers.removeAll(keepingCapacity: true)
        }
      }
      return ranges
    }
  }

  static func json<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "null" }
    return String(decoding: data, as: UTF8.self)
  }

  static func decode<T: Decodable>(_ type: T.Type, from text: String?) -> T? {
    guard let text, let data = text.data(using: .utf8) else { return nil }
    return try? JSONDecoder().decode(type, from: data)
  }
}
