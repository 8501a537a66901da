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
}
