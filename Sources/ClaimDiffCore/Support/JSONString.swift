/// JSON string literals, as every JSON writer of the project spells them.
public enum JSONString {
  /// Appends `value` as a JSON string: quotes, backslashes and control characters escaped,
  /// everything else (slashes, non-ASCII text) as is.
  public static func append(_ value: String, to output: inout String) {
    output += "\""
    // Most strings need no escaping and are appended whole.
    if !value.utf8.contains(where: {
      $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
    }) {
      output += value
      output += "\""
      return
    }
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    output += "\""
  }
}
