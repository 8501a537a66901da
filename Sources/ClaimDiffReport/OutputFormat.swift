/// The output formats of every listing command.
public enum OutputFormat: String, Sendable, CaseIterable {
  case text, json, markdown
}

/// How text output looks, resolved by the command line from the terminal and environment.
public struct TextStyle: Sendable {
  /// Whether to use ANSI colours.
  public var color: Bool
  /// The width to wrap text at.
  public var width: Int

  /// Creates a style.
  public init(color: Bool = false, width: Int = 80) {
    self.color = color
    self.width = max(40, width)
  }

  enum Tint: String {
    case red = "31"
    case green = "32"
    case yellow = "33"
    case blue = "34"
    case magenta = "35"
    case cyan = "36"
    case bold = "1"
    case dim = "2"
  }

  func paint(_ text: String, _ tint: Tint) -> String {
    color ? "\u{1B}[\(tint.rawValue)m\(text)\u{1B}[0m" : text
  }

  /// `text` wrapped at the width, every line after the first indented by `indent` spaces
  /// (the first line too when `first` is true).
  func wrap(_ text: String, indent: Int, first: Bool = true) -> String {
    var lines: [String] = []
    var line = ""
    var length = 0  // of `line`, in characters
    func limit() -> Int { max(20, width - (lines.isEmpty && !first ? 0 : indent)) }
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let count = word.utf8.allSatisfy { $0 < 0x80 } ? word.utf8.count : word.count
      if !line.isEmpty && length + 1 + count > limit() {
        lines.append(line)
        line = ""
        length = 0
      }
      if !line.isEmpty {
        line += " "
        length += 1
      }
      line += word
      length += count
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    let pad = String(repeating: " ", count: indent)
    return lines.enumerated().map { index, line in (index > 0 || first ? pad : "") + line }
      .joined(separator: "\n")
  }

}
