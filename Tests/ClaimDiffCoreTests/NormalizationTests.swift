import ClaimDiffTestSupport
import Foundation
import Testing

@testable import ClaimDiffCore

/// The same article in another encoding dress gives the same claims and the same hash.
@Suite("Normalization: the same article, the same claims")
struct NormalizationTests {
  static let article = """
    date 2025-10-21

    «Non ci sarà alcun incontro a Budapest», ha detto giovedì il portavoce del Cremlino. \
    Secondo la Casa Bianca, l’incontro è “rinviato” e forse si terrà più avanti. \
    Perché? “Non c’è accordo”, ha spiegato alla Cnn un funzionario.

    Il ministro ha detto che i dispersi sono 4 e che le ricerche proseguono.
    """

  /// The article with straight quotes instead of curly ones and guillemets.
  static var straight: String {
    var text = article
    for (curly, plain) in [("«", "\""), ("»", "\""), ("“", "\""), ("”", "\""), ("’", "'")] {
      text = text.replacingOccurrences(of: curly, with: plain)
    }
    return text
  }

  static let variants: [(String, String)] = [
    ("byte-order mark", "\u{FEFF}" + article),
    ("CRLF line ends", article.replacingOccurrences(of: "\n", with: "\r\n")),
    ("lone CR line ends", article.replacingOccurrences(of: "\n", with: "\r")),
    ("NFD", article.decomposedStringWithCanonicalMapping),
    ("straight quotes", straight),
    (
      "all at once",
      "\u{FEFF}"
        + straight.decomposedStringWithCanonicalMapping
        .replacingOccurrences(of: "\n", with: "\r\n")
    ),
  ]

  /// What must not change: the claims' count, sources, channels, attribution, modality,
  /// polarity, events and times, and their quote-folded text.
  func signature(_ extraction: Extraction) -> [String] {
    extraction.claims.map { claim in
      [
        ClaimKey(claim.text).description, claim.source.name, claim.source.person ?? "-",
        claim.channel?.name ?? "-", claim.attribution.rawValue, claim.modality.rawValue,
        claim.polarity.rawValue, claim.event?.id ?? "-", claim.event?.status?.rawValue ?? "-",
        claim.times.map(\.text).joined(separator: "|"), String(claim.sentence),
      ].joined(separator: " · ")
    }
  }

  @Test("each variant gives the same claims and content hash", arguments: variants)
  func sameClaims(_ name: String, _ variant: String) throws {
    let extractor = Extractor()
    let day = Day(iso: "2025-10-21")
    let expected = try extractor.extract(Self.article, published: day)
    let actual = try extractor.extract(variant, published: day)
    #expect(expected.claims.count >= 4)
    #expect(signature(actual) == signature(expected), "\(name)")
    #expect(
      ContentHash.of(try Document(parsing: variant))
        == ContentHash.of(try Document(parsing: Self.article)), "\(name)")
  }

  @Test("NFD input is stored as NFC, CR and CRLF as LF, without the byte-order mark")
  func normalizedText() {
    let text = NormalizedText("\u{FEFF}Citta\u{300}\r\nPerche\u{301}\rfine")
    #expect(text.text == "Città\nPerché\nfine")
    #expect(text.text.unicodeScalars.count == "Città\nPerché\nfine".unicodeScalars.count)
  }

  @Test("the byte scan finds what needs normalizing exactly where a scan of scalars does")
  func needsWorkMatchesScalars() {
    // What the scan must agree with: a byte-order mark first, a carriage return, or a
    // scalar with a combining class.
    func reference(_ text: String) -> Bool {
      if text.unicodeScalars.first == "\u{FEFF}" { return true }
      return text.unicodeScalars.contains {
        $0 == "\r" || $0.properties.canonicalCombiningClass.rawValue != 0
      }
    }
    // Pieces of every UTF-8 width, with and without a combining class: ASCII, "à" (two bytes
    // below the first lead byte of U+0300), U+02FF, combining marks of two, three and four
    // bytes, and scalars of three and four bytes that combine with nothing.
    let pieces = [
      "a", " ", "\n", "\r", "à", "\u{2FF}", "\u{300}", "\u{36F}", "\u{370}", "\u{1DC0}",
      "€", "日", "\u{20D0}", "\u{FE20}", "\u{FEFF}", "😀", "\u{1D165}", "\u{10FFFD}",
    ]
    var random = SplitMix(seed: 11)
    var agreed = 0
    var found = 0
    for _ in 0..<5000 {
      let text = (0..<random.next(6)).map { _ in pieces[random.next(pieces.count)] }.joined()
      #expect(
        NormalizedText.needsWork(text) == reference(text), "\(text.unicodeScalars.map(\.value))")
      agreed += 1
      if reference(text) { found += 1 }
    }
    // Both answers were drawn many times.
    #expect(found > 500 && found < agreed - 500)
  }

  @Test("the content hash folds white space and quotes as a scalar by scalar fold does")
  func contentHashMatchesScalars() throws {
    // The fold as plainly as it can be written.
    func reference(_ body: String) -> String {
      var folded = ""
      var space = false
      for scalar in body.unicodeScalars {
        if UTF8Scalar.isSpace(scalar) {
          space = !folded.isEmpty
          continue
        }
        if space { folded += " " }
        space = false
        switch scalar {
        case "\u{2018}", "\u{2019}": folded += "'"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": folded += "\""
        default: folded.unicodeScalars.append(scalar)
        }
      }
      return SHA256.hex(Array(folded.utf8))
    }
    let pieces = [
      "a", "bc", "defghij", "Perché", "x.y", " ", "  ", "\t", "\n", "\n\n", "\u{A0}",
      "\u{2003}", "\u{200B}", "«", "»", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "'",
      "\"", "~", "\u{7F}", "日本", "😀",
    ]
    var random = SplitMix(seed: 17)
    for _ in 0..<2000 {
      let text =
        "x\n" + (0..<random.next(40)).map { _ in pieces[random.next(pieces.count)] }.joined()
      let document = try Document(parsing: text)
      let body = String(decoding: document.bytes[document.bodyStart...], as: UTF8.self)
      #expect(ContentHash.of(document) == reference(body), "\(text.debugDescription)")
    }
  }

  @Test("the content hash is of the body with white space collapsed and quotes folded")
  func contentHashFolds() throws {
    let document = try Document(
      parsing: "  «Sì»,\tha  detto\u{00A0}\u{201C}lui\u{201D}:\n\n l\u{2019}accordo c'è. \u{2003}")
    #expect(
      ContentHash.of(document) == SHA256.hex(Array("\"Sì\", ha detto \"lui\": l'accordo c'è.".utf8))
    )
  }
}
