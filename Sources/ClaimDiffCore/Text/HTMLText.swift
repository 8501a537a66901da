import Foundation

/// Turns an HTML page into its article text, so tags are never stored or read as prose.
///
/// A byte scanner, no regular expressions: it keeps the text of paragraphs, headings, list
/// items, block quotes and captions, one paragraph each, with entities decoded; it drops
/// scripts, styles, navigation, headers, footers, asides and forms. A page whose text lives
/// outside those elements gives its visible text block by block instead.
public enum HTMLText {
  /// Whether `text` is HTML: it opens with a doctype or an `<html>` tag, has an `<html>`,
  /// `<head>` or `<body>` tag, or has at least three tags of known HTML elements.
  ///
  /// - Complexity: O(*n*).
  public static func isHTML(_ text: String) -> Bool {
    // Most texts hold no '<' at all: one pass over their bytes, without copying them, says so,
    // by `memchr`, which reads many bytes at a time.
    let hasTag = text.utf8.withContiguousStorageIfAvailable { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, 0x3C, bytes.count) != nil
    }
    if hasTag == false { return false }
    let bytes = Array(text.utf8)
    var index = 0
    // A byte-order mark and white space may come before the doctype.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    while index < bytes.count, isSpace(bytes[index]) { index += 1 }
    if hasPrefix(bytes, at: index, "<!doctype html") || hasPrefix(bytes, at: index, "<html") {
      return true
    }
    var known = 0
    var position = 0
    while let open = nextIndex(of: 0x3C, in: bytes, from: position) {
      position = open + 1
      guard let tag = Tag(bytes, at: open), tag.isElement else { continue }
      if ["html", "head", "body"].contains(tag.name) { return true }
      if knownElements.contains(tag.name) { known += 1 }
      if known >= 3 { return true }
      position = tag.end
    }
    return false
  }

  /// The article text of `html`: paragraphs separated by blank lines, spaces collapsed.
  ///
  /// Returns an empty string when the page has no visible text.
  /// - Complexity: O(*n*).
  public static func article(_ html: String) -> String {
    let bytes = Array(html.utf8)
    let strict = blocks(bytes, articleOnly: true)
    let chosen = strict.contains(where: hasWord) ? strict : blocks(bytes, articleOnly: false)
    return chosen.joined(separator: "\n\n")
  }

  // MARK: - Scanning

  /// Elements whose content is never article text.
  static let skipped: Set<String> = [
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "head", "svg", "math", "iframe", "button", "select", "textarea", "object", "canvas", "menu",
    "dialog",
  ]
  /// Elements whose text is article text.
  static let articleElements: Set<String> = [
    "p", "h1", "h2", "h3", "li", "blockquote", "figcaption", "pre", "dd", "dt",
  ]
  /// Elements that start or end a block of text.
  static let blockElements: Set<String> = [
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "dd", "dt",
    "div", "section", "article", "main", "br", "hr", "tr", "td", "th", "table", "ul", "ol", "dl",
    "figure", "title", "body", "html", "address", "caption", "details", "summary",
  ]
  /// Elements that have no end tag.
  static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr",
  ]
  /// Elements whose content is raw text up to their end tag.
  static let rawText: Set<String> = ["script", "style", "textarea", "title", "xmp"]
  static let knownElements: Set<String> = blockElements.union(skipped).union(voidElements)
    .union(["a", "b", "i", "em", "strong", "span", "u", "small", "sup", "sub", "time", "cite"])

  private static func blocks(_ bytes: [UInt8], articleOnly: Bool) -> [String] {
    var blocks: [String] = []
    var current: [UInt8] = []
    var skipping: [String] = []
    var articleDepth = 0
    func flush() {
      let text = String(decoding: current, as: UTF8.self)
      current.removeAll(keepingCapacity: true)
      let collapsed = collapse(text)
      if !collapsed.isEmpty { blocks.append(collapsed) }
    }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x3C {
        if hasPrefix(bytes, at: index, "<!--") {
          index = find(bytes, "-->", from: index + 4).map { $0 + 3 } ?? bytes.count
          continue
        }
        if let tag = Tag(bytes, at: index) {
          index = tag.end
          guard tag.isElement else { continue }  // a doctype, a processing instruction
          let name = tag.name
          if !tag.closing && rawText.contains(name) && !tag.selfClosing {
            // Script and style text is skipped whole, whatever it contains.
            let close = find(bytes, "</" + name, from: index)
            index = close.flatMap { Tag(bytes, at: $0)?.end } ?? bytes.count
            flush()
            continue
          }
          if skipped.contains(name) && !voidElements.contains(name) {
            if !tag.closing && !tag.selfClosing {
              skipping.append(name)
            } else if tag.closing, let last = skipping.lastIndex(of: name) {
              skipping.removeSubrange(last...)
            }
            flush()
            continue
          }
          if blockElements.contains(name) { flush() }
          if articleElements.contains(name) && !voidElements.contains(name) {
            if tag.closing {
              articleDepth = max(0, articleDepth - 1)
            } else if !tag.selfClosing {
              articleDepth += 1
            }
          }
          continue
        }
      }
      if !skipping.isEmpty || (articleOnly && articleDepth == 0) {
        index += 1
        continue
      }
      if byte == 0x26, let (decoded, next) = entity(bytes, at: index) {
        current.append(contentsOf: decoded)
        index = next
        continue
      }
      current.append(byte)
      index += 1
    }
    flush()
    return blocks
  }

  /// `text` with runs of white space made one space, trimmed.
  private static func collapse(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    var space = false
    for scalar in text.unicodeScalars {
      if UTF8Scalar.isSpace(scalar) {
        space = !output.isEmpty
        continue
      }
      if scalar == "\u{AD}" { continue }  // a soft hyphen is no letter
      if space { output.append(" ") }
      space = false
      output.append(scalar)
    }
    return String(output)
  }

  private static func hasWord(_ text: String) -> Bool {
    text.unicodeScalars.contains(where: UTF8Scalar.isWordScalar)
  }

  // MARK: - Tags

  /// A tag starting at a `<`: its lower-cased name and the offset after its `>`.
  struct Tag {
    var name: String
    var closing: Bool
    var selfClosing: Bool
    var isElement: Bool
    var end: Int

    init?(_ bytes: [UInt8], at start: Int) {
      var index = start + 1
      guard index < bytes.count else { return nil }
      let first = bytes[index]
      if first == 0x21 || first == 0x3F {  // <!doctype …>, <?xml …?>, <![CDATA[ … ]]>
        if hasPrefix(bytes, at: start, "<![CDATA[") {
          end = find(bytes, "]]>", from: start).map { $0 + 3 } ?? bytes.count
        } else {
          end = nextIndex(of: 0x3E, in: bytes, from: index).map { $0 + 1 } ?? bytes.count
        }
        (name, closing, selfClosing, isElement) = ("", false, false, false)
        return
      }
      closing = first == 0x2F
      if closing { index += 1 }
      let nameStart = index
      while index < bytes.count, isNameByte(bytes[index], first: index == nameStart) {
        index += 1
      }
      guard index > nameStart else { return nil }  // "a < b" is text
      name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
      // Attributes run to the first `>` outside quotes.
      var quote: UInt8 = 0
      var previous: UInt8 = 0
      while index < bytes.count {
        let byte = bytes[index]
        if quote != 0 {
          if byte == quote { quote = 0 }
        } else if byte == 0x22 || byte == 0x27 {
          if previous == 0x3D || isSpace(previous) { quote = byte }
        } else if byte == 0x3E {
          break
        } else if byte == 0x3C {
          // A `<` before any `>`: the tag is broken; end it here.
          selfClosing = false
          isElement = true
          end = index
          return
        }
        if !isSpace(byte) { previous = byte }
        index += 1
      }
      selfClosing = previous == 0x2F
      isElement = true
      end = min(index + 1, bytes.count)
    }
  }

  private static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
    let letter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
    if first { return letter }
    return letter || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x3A
  }

  // MARK: - Entities

  static let namedEntities: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
    "laquo": "«", "raquo": "»", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’",
    "bdquo": "„", "sbquo": "‚", "hellip": "…", "mdash": "—", "ndash": "–", "minus": "−",
    "middot": "·", "bull": "•", "deg": "°", "euro": "€", "pound": "£", "dollar": "$",
    "copy": "©", "reg": "®", "trade": "™", "shy": "\u{AD}", "thinsp": " ", "ensp": " ",
    "emsp": " ", "zwj": "\u{200D}", "zwnj": "\u{200C}", "times": "×", "divide": "÷",
    "agrave": "à", "aacute": "á", "acirc": "â", "auml": "ä", "egrave": "è", "eacute": "é",
    "ecirc": "ê", "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï",
    "ograve": "ò", "oacute": "ó", "ocirc": "ô", "ouml": "ö", "ugrave": "ù", "uacute": "ú",
    "ucirc": "û", "uuml": "ü", "ccedil": "ç", "ntilde": "ñ", "szlig": "ß",
    "Agrave": "À", "Aacute": "Á", "Egrave": "È", "Eacute": "É", "Igrave": "Ì", "Ograve": "Ò",
    "Oacute": "Ó", "Ugrave": "Ù", "Uacute": "Ú", "Ccedil": "Ç", "Ntilde": "Ñ", "Ouml": "Ö",
    "Uuml": "Ü", "Auml": "Ä",
  ]

  /// The bytes an entity at `start` (an `&`) stands for, and the offset after it.
  private static func entity(_ bytes: [UInt8], at start: Int) -> ([UInt8], Int)? {
    var index = start + 1
    let limit = min(bytes.count, start + 34)
    while index < limit, bytes[index] != 0x3B, !isSpace(bytes[index]), bytes[index] != 0x26 {
      index += 1
    }
    guard index < limit, bytes[index] == 0x3B, index > start + 1 else { return nil }
    let body = bytes[(start + 1)..<index]
    let next = index + 1
    if body.first == 0x23 {  // &#233; or &#xE9;
      let digits = body.dropFirst()
      let hex = digits.first == 0x78 || digits.first == 0x58
      let text = String(decoding: hex ? digits.dropFirst() : digits, as: UTF8.self)
      guard !text.isEmpty, let value = UInt32(text, radix: hex ? 16 : 10) else { return nil }
      let scalar = value == 0 ? nil : Unicode.Scalar(value)
      return (Array(String(scalar ?? "\u{FFFD}").utf8), next)
    }
    guard let value = namedEntities[String(decoding: body, as: UTF8.self)] else { return nil }
    return (Array(value.utf8), next)
  }

  // MARK: - Bytes

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
  }

  /// Whether `bytes` at `index` starts with ASCII `prefix`, ignoring case.
  private static func hasPrefix(_ bytes: [UInt8], at index: Int, _ prefix: String) -> Bool {
    let pattern = Array(prefix.utf8)
    guard index >= 0, index + pattern.count <= bytes.count else { return false }
    for (offset, expected) in pattern.enumerated() {
      let byte = bytes[index + offset]
      let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
      if folded != expected { return false }
    }
    return true
  }

  private static func nextIndex(of byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while index < bytes.count {
      if bytes[index] == byte { return index }
      index += 1
    }
    return nil
  }

  /// The offset of the next `pattern` (ASCII, lower case) from `start`, ignoring case.
  private static func find(_ bytes: [UInt8], _ pattern: String, from start: Int) -> Int? {
    guard let first = pattern.utf8.first else { return nil }
    var index = start
    while let candidate = nextIndexFolded(first, in: bytes, from: index) {
      if hasPrefix(bytes, at: candidate, pattern) { return candidate }
      index = candidate + 1
    }
    return nil
  }

  private static func nextIndexFolded(_ byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
    var index = start
    while index < bytes.count {
      let current = bytes[index]
      let folded = current >= 0x41 && current <= 0x5A ? current | 0x20 : current
      if folded == byte { return index }
      index += 1
    }
    return nil
  }
}
