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
    var output: [UInt8] = []
    output.reserveCapacity(text.utf8.count + text.utf8.count / 16 * (indent + 1) + indent)
    var lines = 0  // finished
    var length = 0  // of the current line, in characters
    var empty = true  // whether the current line has no word yet
    func startLine() {
      if lines > 0 || first { output.append(contentsOf: repeatElement(0x20, count: indent)) }
    }
    var text = text
    text.withUTF8 { bytes in
      var start = 0
      for end in 0...bytes.count where end == bytes.count || bytes[end] == 0x20 {
        defer { start = end + 1 }
        guard end > start else { continue }
        let word = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let count =
          word.allSatisfy { $0 < 0x80 } ? word.count : String(decoding: word, as: UTF8.self).count
        let limit = max(20, width - (lines == 0 && !first ? 0 : indent))
        if !empty && length + 1 + count > limit {
          output.append(0x0A)
          lines += 1
          length = 0
          empty = true
        }
        if empty {
          startLine()
        } else {
          output.append(0x20)
          length += 1
        }
        output.append(contentsOf: word)
        length += count
        empty = false
      }
    }
    if empty && lines == 0 { startLine() }
    return String(decoding: output, as: UTF8.self)
  }
}
