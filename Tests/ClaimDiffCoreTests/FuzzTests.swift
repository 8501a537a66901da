import ClaimDiffTestSupport
import Foundation
import Testing

@testable import ClaimDiffCore

/// Random input for the segmenter, the document parser, the extractor and the HTML reader:
/// nothing may crash, and every offset must stay inside the text and in order.
///
/// Seeds are fixed, so a failure repeats. `CLAIMDIFF_FUZZ_SECONDS` runs longer than the
/// default of about two seconds, from a seed of its own per run when `CLAIMDIFF_FUZZ_SEED` is
/// set.
@Suite("Fuzzing the text pipeline")
struct FuzzTests {
  static let words = [
    "il", "la", "ministro", "portavoce", "Cremlino", "Casa", "Bianca", "ha", "detto", "che",
    "secondo", "stando", "a", "incontro", "rinviato", "giovedì", "perché", "più", "città", "the",
    "official", "said", "told", "CNN", "according", "to", "meeting", "postponed", "Trump",
    "Rubio", "Lavrov", "non", "not", "forse", "may", "ieri", "yesterday", "dispersi", "sono",
    "4", "1.200", "3,5", "2025-10-21", "21", "ottobre", "October", "Dr.", "U.S.", "p.es.", "ecc.",
    "l'", "dell'", "c'è", "don't", "it's", "Mr.", "St.", "n.", "h", "alle", "10:30", "€", "%",
    "Sig.", "On.", "www.example.org", "e-mail", "anti-", "-", "—", "…", "...", "Ue", "Usa",
  ]
  static let marks = [
    ".", ",", ";", ":", "!", "?", "…", "(", ")", "[", "]", "«", "»", "“", "”", "„", "‘", "’",
    "\"", "'", "`", "´", "‹", "›", "—", "–", "/", "\\", "*", "&", "<", ">", "#", "@",
  ]
  static let spaces = [
    " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u{00A0}", "\u{2028}", "\u{200B}",
    "\u{3000}", "\u{FEFF}",
  ]
  static let oddities = [
    "\u{0301}", "\u{0300}\u{0301}\u{0327}", "e\u{0301}", "👍🏽", "🇮🇹", "👩‍👩‍👧", "\u{FFFD}",
    "\u{202E}", "\u{0000}", "\u{001B}[31m", "\u{10FFFF}", "ﬁ", "Ⅻ", "٣", "𝔸", "İ", "ß",
    "date 2025-10-21\n", "title: Un titolo\n", "url: https://x.org\n", "lang: en\n",
    "data 2025-02-29\n",
    "<p>", "</p>", "<html>", "<script>", "&amp;", "&#x110000;", "&", "\"«", "»\"",
  ]

  static func pick(_ pieces: [String], _ generator: inout SplitMix) -> String {
    pieces[Int.random(in: 0..<pieces.count, using: &generator)]
  }

  /// A random text built from pieces of news prose and of everything that is not.
  static func text(_ generator: inout SplitMix) -> String {
    var text = ""
    let length = Int.random(in: 0...120, using: &generator)
    for _ in 0..<length {
      switch Int.random(in: 0..<100, using: &generator) {
      case 0..<45: text += pick(words, &generator)
      case 45..<62: text += pick(marks, &generator)
      case 62..<85: text += pick(spaces, &generator)
      case 85..<93: text += pick(oddities, &generator)
      case 93..<96:
        // Any scalar at all.
        let value = UInt32.random(in: 0...0x10FFFF, using: &generator)
        if let scalar = Unicode.Scalar(value) { text.unicodeScalars.append(scalar) }
      case 96..<98:
        // Random bytes, decoded with replacement as a reader of bad input would.
        let bytes = (0..<Int.random(in: 1...12, using: &generator)).map { _ in
          UInt8.random(in: 0...255, using: &generator)
        }
        text += String(decoding: bytes, as: UTF8.self)
      default:
        // A very long token.
        let piece = pick(words, &generator)
        text += String(repeating: piece, count: Int.random(in: 50...600, using: &generator))
      }
    }
    return text
  }

  /// Checks every invariant on one input; returns a description of the first broken one.
  static func check(_ input: String) -> String? {
    let extractor = Extractor()
    // The HTML reader: never crashes, never leaves a tag it understood.
    let html = HTMLText.article(input)
    _ = HTMLText.isHTML(input)
    _ = HTMLText.isHTML(html)
    // Normalization maps every offset back inside the input, in order.
    let normalized = NormalizedText(input)
    let inputCount = input.unicodeScalars.count
    let count = normalized.text.unicodeScalars.count
    var previous = 0
    for offset in 0...count {
      let original = normalized.originalOffset(offset)
      if original < previous || original > inputCount {
        return "offset \(offset) maps to \(original) (input has \(inputCount) scalars)"
      }
      previous = original
    }
    let document: Document
    do {
      document = try Document(parsing: input)
    } catch {
      return nil  // a malformed header is a clean refusal
    }
    // Sentences: inside the body, in order, not overlapping, on character boundaries.
    var end = document.bodyStart
    for sentence in document.sentences {
      let range = sentence.bytes
      if range.lowerBound < end || range.upperBound > document.bytes.count || range.isEmpty {
        return "sentence bytes \(range) after \(end) of \(document.bytes.count)"
      }
      for bound in [range.lowerBound, range.upperBound] where bound < document.bytes.count {
        if document.bytes[bound] & 0xC0 == 0x80 { return "sentence bound \(bound) inside a scalar" }
      }
      end = range.upperBound
    }
    let extraction = extractor.extract(document)
    let scalars = Array(extraction.normalized.text.unicodeScalars)
    var last = 0
    for range in extraction.sentences {
      if range.lowerBound < last || range.upperBound > scalars.count || range.isEmpty {
        return "sentence \(range) after \(last) of \(scalars.count)"
      }
      last = range.upperBound
    }
    for claim in extraction.claims {
      if claim.text.isEmpty { return "claim \(claim.ordinal) has no text" }
      if claim.parts.isEmpty { return "claim \(claim.ordinal) has no span" }
      for part in claim.parts + (claim.source.span.map { [$0] } ?? []) {
        if part.lowerBound < 0 || part.upperBound > scalars.count {
          return "claim \(claim.ordinal) span \(part) outside \(scalars.count) scalars"
        }
      }
      // Every word of the claim's text is in the text.
      let words = claim.text.split(whereSeparator: { $0.isWhitespace })
      for word in words.prefix(40) where !extraction.normalized.text.contains(word) {
        return "claim \(claim.ordinal) word '\(word)' is not in the text"
      }
    }
    for attribution in extraction.attributions {
      for range in attribution.content + [attribution.source, attribution.cue].compactMap({ $0 })
      where range.lowerBound < 0 || range.upperBound > scalars.count {
        return "attribution span \(range) outside \(scalars.count) scalars"
      }
    }
    return nil
  }

  @Test("random prose, marks, spaces, combining marks, emoji and bytes break no invariant")
  func random() {
    let environment = ProcessInfo.processInfo.environment
    let seconds = environment["CLAIMDIFF_FUZZ_SECONDS"].flatMap(Double.init) ?? 2
    let seed = environment["CLAIMDIFF_FUZZ_SEED"].flatMap(UInt64.init) ?? 20_251_021
    var generator = SplitMix(seed: seed)
    let deadline = Date().addingTimeInterval(seconds)
    var runs = 0
    while Date() < deadline || runs < 50 {
      let input = Self.text(&generator)
      if let problem = Self.check(input) {
        Issue.record("\(problem)\ninput: \(input.debugDescription)")
        return
      }
      runs += 1
    }
    if environment["CLAIMDIFF_FUZZ_SECONDS"] != nil {
      print("fuzz: \(runs) inputs in \(seconds) s from seed \(seed), no problem")
    }
  }

  /// Edge inputs, and the inputs fuzzing found crashing, kept so they stay fixed.
  static let regressions: [String] = [
    "",
    "\u{FEFF}",
    "\u{0301}",
    "\u{0301}\u{0301}.",
    "«",
    "“\n\n”",
    "date 2025-10-21",
    "date 2025-10-21\n",
    "title: x\n\n\u{0301}",
    "\r\r\r\n\r",
    "a\u{0301}\r\n\u{0300}b.",
    "<",
    "<p",
    "<!--",
    "<![CDATA[",
    "<script>",
    "&#",
    "&#x;",
    "<html><p>&#99999999999999999999;</p>",
    // libFuzzer, 2026-11-24: a cue with nothing after it at the end of the text read past the
    // last token (FrameParser.contentEnd).
    "dao le loro case e che la strada proviniacle rase e che la strada proviniacle resta "
      + "chiusa. Il quotidiano locale La ^oce di Valcadrina ha scritto che ",
    "Il quotidiano locale ha scritto che ",
    "The paper said that ",
  ]

  /// The inputs libFuzzer found crashing, kept byte for byte under `Fuzz/crashes/`.
  static let crashFiles: [URL] = {
    let folder = repositoryRoot.appendingPathComponent("Fuzz/crashes")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().map { folder.appendingPathComponent($0) }
  }()

  @Test("libFuzzer's crashing inputs run clean")
  func crashes() throws {
    #expect(Self.crashFiles.count >= 2)
    for file in Self.crashFiles {
      let bytes = try Data(contentsOf: file)
      // Decoded as the harness decodes them: invalid bytes become U+FFFD.
      let input = String(decoding: bytes, as: UTF8.self)
      #expect(Self.check(input) == nil, "\(file.lastPathComponent)")
      #expect(Self.check(HTMLText.article(input)) == nil, "\(file.lastPathComponent) as HTML")
    }
  }

  @Test("edge inputs and inputs that once crashed", arguments: regressions)
  func regression(_ input: String) {
    #expect(Self.check(input) == nil, "\(input.debugDescription)")
  }
}
