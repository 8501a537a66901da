import ClaimDiffTestSupport
import Testing

@testable import ClaimDiffReport

@Suite("TextStyle")
struct TextStyleTests {
  /// Wrapping by whole strings: each word's length in characters, lines joined at the end.
  func reference(_ style: TextStyle, _ text: String, indent: Int, first: Bool) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let limit = max(20, style.width - (lines.isEmpty && !first ? 0 : indent))
      if !line.isEmpty && line.count + 1 + word.count > limit {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    let pad = String(repeating: " ", count: indent)
    return lines.enumerated().map { index, line in (index > 0 || first ? pad : "") + line }
      .joined(separator: "\n")
  }

  @Test("wrapping by bytes gives the lines of wrapping by characters", arguments: 1...3)
  func wrap(seed: UInt64) {
    var random = SplitMix(seed: seed)
    let words = [
      "a", "vertice", "Budapest", "è", "stato", "accantonato", "«Perché»", "l’incontro",
      "città", "e\u{301}", "🇮🇹", "—", "supercalifragilistichespiralidoso", "", " ",
    ]
    for _ in 0..<300 {
      let text = (0..<random.next(40)).map { _ in words[random.next(words.count)] }
        .joined(separator: random.next(4) == 0 ? "  " : " ")
      let style = TextStyle(width: 40 + random.next(50))
      let indent = random.next(8)
      for first in [true, false] {
        #expect(
          style.wrap(text, indent: indent, first: first)
            == reference(style, text, indent: indent, first: first))
      }
    }
  }
}

@Suite("JSONValue")
struct JSONValueTests {
  @Test("a long list written on two cores is the text written on one")
  func longList() {
    let items: [JSONValue] = (0..<100).map { index in
      [
        "id": .string("c\(index)"), "ordinal": .int(index),
        "parts": .array([.range(index..<(index + 5)), .range(0..<1)]),
        "source": ["name": "Protezione civile", "anonymous": .bool(index % 2 == 0)],
      ]
    }
    for pretty in [true, false] {
      let whole = JSONValue.array(items).rendered(pretty: pretty)
      // Fewer than 64 elements are written in order on one thread.
      let first = JSONValue.array(Array(items[..<50])).rendered(pretty: pretty)
      let second = JSONValue.array(Array(items[50...])).rendered(pretty: pretty)
      let joined = String(first.dropLast(pretty ? 2 : 1)) + "," + String(second.dropFirst())
      #expect(whole == joined)
    }
  }
}
