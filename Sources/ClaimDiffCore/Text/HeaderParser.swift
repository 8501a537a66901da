/// Reads the header lines that may open a version (`date 2025-10-21 Foto: La Presse`).
///
/// A header is present when the first non-blank line starts with a known key. It runs over
/// consecutive key lines and ends at the first blank line or at a line without a key.
enum HeaderParser {
  static let keys: Set<String> = [
    "date", "published", "updated", "title", "url", "source", "author", "by", "credit",
    "data", "titolo", "fonte", "autore", "language", "lang", "lingua",
  ]

  /// Parses the header of `text`, returning it and the byte offset where the body starts.
  static func parse(_ bytes: [UInt8]) throws(ClaimDiffError) -> (Header, bodyStart: Int) {
    var header = Header()
    var offset = 0
    var lineNumber = 0
    var bodyStart = 0
    var sawKey = false
    while offset < bytes.count {
      let lineEnd = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
      lineNumber += 1
      if startsWithoutKey(bytes, offset..<lineEnd) { return (header, sawKey ? offset : bodyStart) }
      let line = String(decoding: bytes[offset..<lineEnd], as: UTF8.self)
      let trimmed = line.trimmingSpaces
      let next = min(lineEnd + 1, bytes.count)
      if trimmed.isEmpty {
        if sawKey { return (header, next) }
        offset = next
        bodyStart = next
        continue
      }
      guard let (key, value) = split(trimmed), keys.contains(key) else {
        return (header, sawKey ? offset : bodyStart)
      }
      sawKey = true
      try apply(key: key, value: value, line: lineNumber, to: &header)
      offset = next
    }
    return (header, sawKey ? bytes.count : bodyStart)
  }

  /// Whether the line `bytes[range]` plainly starts with no key, read from its bytes: after
  /// spaces and tabs, it starts with ASCII, and its first word, up to the first space, tab or
  /// colon, is not a key.
  ///
  /// Most texts have no header, and their first line is a paragraph: this answers for it
  /// without making strings of it. A line it does not answer for is read by ``split(_:)``.
  private static func startsWithoutKey(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
    var index = range.lowerBound
    while index < range.upperBound && (bytes[index] == 0x20 || bytes[index] == 0x09) {
      index += 1
    }
    // A blank line, other white space, or a non-ASCII first letter: read in full.
    guard index < range.upperBound, bytes[index] > 0x20, bytes[index] < 0x80 else { return false }
    let start = index
    while index < range.upperBound && (bytes[index] | 0x20) &- 0x61 < 26 { index += 1 }
    // No separator: no key and value.
    guard index < range.upperBound else { return true }
    let next = bytes[index]
    // A mark or a letter beyond ASCII may join the word: read in full.
    guard next < 0x80 else { return false }
    // Keys are ASCII letters, so a first word with anything else is none, whatever follows.
    guard next == 0x20 || next == 0x09 || next == UInt8(ascii: ":") else { return true }
    guard index - start <= longestKey else { return true }
    let word = String(decoding: bytes[start..<index].map { $0 | 0x20 }, as: UTF8.self)
    return !keys.contains(word)
  }

  /// The length of the longest key, in bytes.
  private static let longestKey = keys.map(\.utf8.count).max() ?? 0

  /// Splits a header line into its key and value.
  ///
  /// Prose can start with a key word too ("Data la situazione…", "Source code…"), so a date
  /// key needs a value that starts with a digit, and other keys need a colon, except a `url`
  /// followed by an address.
  private static func split(_ line: String) -> (String, String)? {
    guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" || $0 == ":" }) else {
      return nil
    }
    let key = line[..<space].lowercased()
    let hasColon = line[space...].prefix { $0 == " " || $0 == "\t" || $0 == ":" }.contains(":")
    var value = line[space...].drop { $0 == " " || $0 == "\t" || $0 == ":" }
    while value.last == " " { value = value.dropLast() }
    guard let first = value.first else { return nil }
    switch key {
    case "date", "published", "updated", "data":
      guard first.isNumber else { return nil }
    case "url":
      guard hasColon || value.hasPrefix("http") else { return nil }
    default:
      guard hasColon else { return nil }
    }
    return (key, String(value))
  }

  private static func apply(key: String, value: String, line: Int, to header: inout Header)
    throws(ClaimDiffError)
  {
    header.fields.append((key, value))
    switch key {
    case "date", "published", "data":
      let word = String(value.prefix { $0 != " " && $0 != "\t" })
      guard let day = Day(iso: word), Day.isTimestamp(word) else {
        throw .malformedHeader(
          line: line, reason: "expected a date like 2025-10-21 after '\(key)', got '\(word)'")
      }
      header.date = day
      header.published = word
    case "title", "titolo":
      header.title = value
    case "url":
      header.url = value
    default:
      break
    }
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and line ends.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !UTF8Scalar.isSpace($0) }),
      let last = scalars.lastIndex(where: { !UTF8Scalar.isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
