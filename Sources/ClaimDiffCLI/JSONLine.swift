import ClaimDiffCore
import ClaimDiffReport
import Foundation

/// One object of a JSONL input, with the fields claimdiff reads checked.
struct JSONLine {
  let fields: [String: Any]
  let path: String
  let line: Int

  /// Parses one line; blank lines give `nil`.
  init?(_ data: Data, path: String, line: Int) throws(ClaimDiffError) {
    guard data.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
    if let offset = UTF8Scalar.firstInvalidOffset([UInt8](data)) {
      throw .malformedInput(
        path: path, line: line, reason: "not UTF-8 text (invalid byte at column \(offset + 1))")
    }
    guard let object = try? JSONSerialization.jsonObject(with: data),
      let fields = object as? [String: Any]
    else {
      throw .malformedInput(path: path, line: line, reason: "expected one JSON object per line")
    }
    self.fields = fields
    self.path = path
    self.line = line
  }

  /// A required string field.
  func string(_ key: String) throws(ClaimDiffError) -> String {
    guard let value = fields[key] else {
      throw .malformedInput(path: path, line: line, reason: "missing \"\(key)\"")
    }
    guard let text = value as? String else {
      throw .malformedInput(path: path, line: line, reason: "\"\(key)\" must be a string")
    }
    return text
  }

  /// The article text of a required string field: an HTML page becomes its article text.
  func text(_ key: String = "text") throws(ClaimDiffError) -> String {
    guard let article = InputReader.articleText(try string(key)) else {
      throw .malformedInput(
        path: path, line: line, reason: "\"\(key)\" is \(InputReader.htmlWithoutText)")
    }
    return article
  }

  /// An optional string field.
  func optionalString(_ key: String) throws(ClaimDiffError) -> String? {
    guard let value = fields[key], !(value is NSNull) else { return nil }
    guard let text = value as? String else {
      throw .malformedInput(path: path, line: line, reason: "\"\(key)\" must be a string")
    }
    return text
  }

  /// The `"id"` field echoed back as it came: a string or a number.
  var id: JSONValue {
    switch fields["id"] {
    case let value as String: .string(value)
    case let value as NSNumber: .int(value.intValue)
    default: .null
    }
  }
}
