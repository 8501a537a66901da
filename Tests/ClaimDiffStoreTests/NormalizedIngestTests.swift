import ClaimDiffCore
import Foundation
import GRDB
import Testing

@testable import ClaimDiffStore

@Suite("Ingesting the same article in another dress")
struct NormalizedIngestTests {
  static let article = """
    date 2025-10-21

    «Non ci sarà alcun incontro», ha detto il portavoce del Cremlino. Secondo la Casa Bianca, \
    l’incontro è “rinviato”. Perché? Il ministro ha detto che i dispersi sono 4.
    """

  @Test("BOM, CRLF, lone CR, NFD and straight quotes are the same version, seen again")
  func seenAgain() throws {
    let store = try ClaimStore()
    let extractor = Extractor()
    let first = try store.ingest(
      IngestRequest(story: "s", text: Self.article), extractor: extractor)
    guard case .added = first else {
      Issue.record("the first ingest added no version")
      return
    }
    var straight = Self.article
    for (curly, plain) in [("«", "\""), ("»", "\""), ("“", "\""), ("”", "\""), ("’", "'")] {
      straight = straight.replacingOccurrences(of: curly, with: plain)
    }
    let variants = [
      "\u{FEFF}" + Self.article, Self.article.replacingOccurrences(of: "\n", with: "\r\n"),
      Self.article.replacingOccurrences(of: "\n", with: "\r"),
      Self.article.decomposedStringWithCanonicalMapping, straight,
    ]
    for variant in variants {
      let outcome = try store.ingest(IngestRequest(story: "s", text: variant), extractor: extractor)
      #expect(outcome == .seenAgain(try store.versions(of: "s")[0]) || outcome.version.number == 1)
      guard case .seenAgain = outcome else {
        Issue.record("a variant was stored as a new version")
        continue
      }
    }
    let versions = try store.versions(of: "s")
    #expect(versions.count == 1)
    #expect(versions[0].seenAgain.count == variants.count)
  }

  @Test("HTML given to the store directly is never stored as tags")
  func htmlStore() throws {
    let store = try ClaimStore()
    let html = """
      <!DOCTYPE html><html><head><title>T</title><script>var a = "<p>x</p>";</script></head>
      <body><nav><a href="/">Home</a></nav><article><h1>Vertice rinviato</h1>
      <p>Il ministro ha detto che il vertice &egrave; rinviato.</p></article></body></html>
      """
    let outcome = try store.ingest(IngestRequest(story: "h", text: html), extractor: Extractor())
    let stored = try store.read { db in
      try String.fetchOne(
        db, sql: "SELECT text FROM version WHERE number = ?", arguments: [outcome.version.number])
    }
    #expect(stored?.contains("<") == false)
    #expect(stored?.contains("è rinviato") == true)
  }
}
