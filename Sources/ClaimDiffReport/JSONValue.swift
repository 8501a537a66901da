import ClaimDiffCore

/// A JSON document built in code and written with sorted keys, so output is deterministic.
public enum JSONValue: Sendable, Equatable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
  ExpressibleByNilLiteral
{
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public init(stringLiteral value: String) { self = .string(value) }
  public init(integerLiteral value: Int) { self = .int(value) }
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
  public init(nilLiteral: ()) { self = .null }
  public init(dictionaryLiteral elements: (String, JSONValue)...) {
    self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
  }

  /// A string, or null.
  public static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

  /// A `[start, end]` pair.
  public static func range(_ range: Range<Int>) -> JSONValue {
    .array([.int(range.lowerBound), .int(range.upperBound)])
  }

  /// The JSON text: indented with two spaces when `pretty`, else on one line.
  public func rendered(pretty: Bool) -> String {
    var output = ""
    write(to: &output, pretty: pretty, indent: 0)
    return output
  }

  private func write(to output: inout String, pretty: Bool, indent: Int) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .int(let value): output += String(value)
    case .double(let value):
      if value.rounded() == value && abs(value) < 1e15 {
        output += String(Int(value))
      } else {
        output += String(value)
      }
    case .string(let value): JSONString.append(value, to: &output)
    case .array(let values):
      guard !values.isEmpty else {
        output += "[]"
        return
      }
      let scalars = values.allSatisfy(\.isScalar)
      let inline = !pretty || scalars
      output += "["
      @Sendable func element(_ index: Int, _ value: JSONValue, to output: inout String) {
        if index > 0 { output += inline && pretty ? ", " : "," }
        if !inline { Self.newline(&output, indent + 1) }
        value.write(to: &output, pretty: pretty, indent: indent + 1)
      }
      if values.count >= concurrentMinimum && !scalars {
        // A long list of objects (a diff's changes) is written on two cores.
        output += concurrentlyJoined(Array(values.enumerated())) { index, value in
          var text = ""
          element(index, value, to: &text)
          return text
        }
      } else {
        for (index, value) in values.enumerated() { element(index, value, to: &output) }
      }
      if !inline { Self.newline(&output, indent) }
      output += "]"
    case .object(let members):
      guard !members.isEmpty else {
        output += "{}"
        return
      }
      output += "{"
      for (index, key) in members.keys.sorted().enumerated() {
        if index > 0 { output += "," }
        if pretty { Self.newline(&output, indent + 1) }
        JSONString.append(key, to: &output)
        output += pretty ? ": " : ":"
        members[key, default: .null].write(to: &output, pretty: pretty, indent: indent + 1)
      }
      if pretty { Self.newline(&output, indent) }
      output += "}"
    }
  }

  private var isScalar: Bool {
    switch self {
    case .array(let values): values.allSatisfy { if case .int = $0 { true } else { false } }
    case .object: false
    default: true
    }
  }

  private static func newline(_ output: inout String, _ indent: Int) {
    output += "\n" + String(repeating: "  ", count: indent)
  }
}
