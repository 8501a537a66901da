import ClaimDiffCore
import Foundation

/// How the store writes structured values into text columns.
enum Coding {
  // The writers below write bytes (``UTF8Writer``), not a `String` piece by piece: the store
  // writes them for every claim.

  static func ranges(_ ranges: [Range<Int>]) -> String {
    var json = UTF8Writer()
    append(ranges, to: &json)
    return json.text
  }

  /// Appends what ``ranges(_:)`` returns.
  static func append(_ ranges: [Range<Int>], to json: inout UTF8Writer) {
    json.append("[")
    for (index, range) in ranges.enumerated() {
      // Literals chosen by a condition would be a `String`, not a `StaticString`.
      if index == 0 { json.append("[") } else { json.append(",[") }
      appendRange(range, to: &json)
    }
    json.append("]")
  }

  /// Appends what ``ranges(_:)`` returns for one range.
  static func append(_ range: Range<Int>, to json: inout UTF8Writer) {
    json.append("[[")
    appendRange(range, to: &json)
    json.append("]")
  }

  /// `start,end]`: the end of a range's array.
  private static func appendRange(_ range: Range<Int>, to json: inout UTF8Writer) {
    json.append(range.lowerBound)
    json.append(",")
    json.append(range.upperBound)
    json.append("]")
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

  /// Figures as JSON, with the keys sorted as ``json(_:)-(T)`` sorts them.
  static func json(_ quantities: [Quantity]) -> String {
    var json = UTF8Writer()
    append(quantities, to: &json)
    return json.text
  }

  /// Appends what ``json(_:)-([Quantity])`` returns.
  static func append(_ quantities: [Quantity], to json: inout UTF8Writer) {
    json.append("[")
    for (index, quantity) in quantities.enumerated() {
      if index > 0 { json.append(",") }
      if quantity.approximate {
        json.append("{\"approximate\":true,\"span\":[")
      } else {
        json.append("{\"approximate\":false,\"span\":[")
      }
      appendRange(quantity.span, to: &json)
      json.append(",\"text\":")
      json.appendJSONString(quantity.text)
      json.append(",\"unit\":")
      if let unit = quantity.unit { json.appendJSONString(unit) } else { json.append("null") }
      json.append(",\"value\":")
      append(quantity.value, to: &json)
      json.append("}")
    }
    json.append("]")
  }

  /// Time expressions as JSON.
  static func json(_ times: [TimeExpression]) -> String {
    var json = UTF8Writer()
    append(times, to: &json)
    return json.text
  }

  /// Appends what ``json(_:)-([TimeExpression])`` returns.
  static func append(_ times: [TimeExpression], to json: inout UTF8Writer) {
    json.append("[")
    for (index, time) in times.enumerated() {
      if index > 0 { json.append(",") }
      append(time, to: &json)
    }
    json.append("]")
  }

  /// A time expression as JSON.
  static func json(_ time: TimeExpression) -> String {
    var json = UTF8Writer()
    append(time, to: &json)
    return json.text
  }

  /// Strings as a JSON array.
  static func json(_ strings: [String]) -> String {
    var json = UTF8Writer()
    append(strings, to: &json)
    return json.text
  }

  /// Appends what ``json(_:)-([String])`` returns.
  static func append(_ strings: [String], to json: inout UTF8Writer) {
    json.append("[")
    for (index, string) in strings.enumerated() {
      if index > 0 { json.append(",") }
      json.appendJSONString(string)
    }
    json.append("]")
  }

  /// Appends what ``json(_:)-(TimeExpression)`` returns.
  static func append(_ time: TimeExpression, to json: inout UTF8Writer) {
    if let date = time.date {
      json.append("{\"date\":\"")
      json.append(contentsOf: date.description)
      json.append("\",")
    } else {
      json.append("{\"date\":null,")
    }
    if let end = time.end {
      json.append("\"end\":\"")
      json.append(contentsOf: end.description)
      json.append("\",")
    }
    json.append("\"granularity\":\"")
    json.append(contentsOf: time.granularity.rawValue)
    json.append("\",\"span\":[")
    appendRange(time.span, to: &json)
    json.append(",\"text\":")
    json.appendJSONString(time.text)
    json.append("}")
  }

  /// A number as JSON: whole numbers without a fraction.
  private static func append(_ value: Double, to json: inout UTF8Writer) {
    if value == value.rounded(), abs(value) < 1e15 {
      json.append(Int(value))
    } else {
      json.append(contentsOf: "\(value)")
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
    return StoredJSON.time(text) ?? decode(TimeExpression.self, from: text)
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
