import ClaimDiffCore
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

  /// Figures read back; a general decoder only for what the fast reader does not know.
  static func quantities(from text: String?) -> [Quantity] {
    guard let text else { return [] }
    return StoredJSON.quantities(text) ?? decode([Quantity].self, from: text) ?? []
  }

  /// Time expressions read back.
  static func times(from text: String?) -> [TimeExpression] {
    guard let text else { return [] }
    return StoredJSON.times(text) ?? decode([TimeExpression].self, from: text) ?? []
  }

  /// One time expression read back.
  static func time(from text: String?) -> TimeExpression? {
    guard let text else { return nil }
    return StoredJSON.parse(text).flatMap(StoredJSON.time)
      ?? decode(TimeExpression.self, from: text)
  }

  /// A list of strings read back.
  static func strings(from text: String?) -> [String] {
    guard let text else { return [] }
    if let items = StoredJSON.parse(text)?.array {
      let strings = items.compactMap(\.string)
      if strings.count == items.count { return strings }
    }
    return decode([String].self, from: text) ?? []
  }

  static func decode<T: Decodable>(_ type: T.Type, from text: String?) -> T? {
    guard let text, let data = text.data(using: .utf8) else { return nil }
    return try? JSONDecoder().decode(type, from: data)
  }
}
