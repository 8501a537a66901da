/// JSON string literals, as every JSON writer of the project spells them.
public enum JSONString {
  /// Appends `value` as a JSON string: quotes, backslashes and control characters escaped,
  /// everything else (slashes, non-ASCII text) as is.
  public static func append(_ value: String, to output: inout String) {
    // Most strings need no escaping and are appended whole.
    guard
      value.utf8.contains(where: {
        $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\")
      })
    else {
      output += "\""
      output += value
      output += "\""
      return
    }
    var escaped = UTF8Writer()
    escaped.appendJSONString(value)
    output += escaped.text
  }
}
