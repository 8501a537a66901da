import Foundation

/// How the store writes structured values into text columns.
enum Coding {
  static func ranges(_ ranges: [Range<Int>]) -> String {
    "[" + ranges.map { "[\($0.lowerBound),\($0.upperBound)]" }.joined(separator: ",") + "]"
  }

  static func ranges(from text: String?) -> [Range<Int>] {
    guard let text, let data = text.data(using: .utf8),
      let pairs = try? JSONDecoder().decode([[Int]].self, from: data)
    else { return [] }
    return pairs.compactMap { $0.count == 2 && $0[0] <= $0[1] ? $0[0]..<$0[1] : nil }
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
