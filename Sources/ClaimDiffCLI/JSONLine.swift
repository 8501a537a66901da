import ClaimDiffCore
import ClaimDiffReport
import Foundation

/// One object of a JSONL input, with the fields claimdiff reads checked.
struct JSONLine {
  let fields: [String: JSONObjectReader.Value]
  let path: String
  let line: Int

  /// Parses one line; blank lines give `nil`.
  init?(_ data: Data, path: String, line: Int) throws(ClaimDiffError) {
    let parsed = data.withUnsafeBytes {
      raw -> Result<[String: JSONObjectReader.Value]?, ClaimDiffError> in
      let bytes = raw.bindMemory(to: UInt8.self)
      guard bytes.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else {
        return .success(nil)
      }
      if let offset = UTF8Scalar.firstInvalidOffset(bytes) {
        return .failure(
          .malformedInput(
            path: path, line: line,
            reason: "not UTF-8 text (invalid byte at column \(offset + 1))"))
      }
      do {
        return .success(try JSONObjectReader.fields(of: bytes))
      } catch {
        return .failure(
          .malformedInput(path: path, line: line, reason: "expected one JSON object per line"))
      }
    }
    guard let fields = try parsed.get() else { return nil }
    self.fields = fields
    self.path = path
    self.line = line
  }

  /// A required string field.
  func string(_ key: String) throws(ClaimDiffError) -> String {
    guard let value = fields[key] else {
      throw .malformedInput(path: path, line: line, reason: "missing \"\(key)\"")
    }
    guard case .string(let text) = value else {
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
    guard let value = fields[key], value != .null else { return nil }
    guard case .string(let text) = value else {
      throw .malformedInput(path: path, line: line, reason: "\"\(key)\" must be a string")
    }
    return text
  }

  /// The `"id"` field echoed back as it came: a string or a number.
  var id: JSONValue {
    switch fields["id"] {
    case .string(let value): .string(value)
    case .number(let written):
      // An integer as written; another number by its whole part, as far as an Int holds it.
      if let value = Int(written) {
        .int(value)
      } else if let value = Double(written), let whole = Int(exactly: value.rounded(.towardZero)) {
        .int(whole)
      } else {
        .null
      }
    default: .null
    }
  }
}
