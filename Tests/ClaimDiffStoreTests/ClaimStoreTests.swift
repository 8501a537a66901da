import ClaimDiffCore
import ClaimDiffTestSupport
import Foundation
import GRDB
import Testing

@testable import ClaimDiffStore

@Suite("ClaimStore")
struct ClaimStoreTests {
  let extractor = Extractor()
  let v1 = """
    date 2025-10-20

    L'incontro tra Rubio e Lavrov è previsto per giovedì, ha detto un portavoce del \
    Dipartimento di Stato. Secondo la prefettura, i dispersi sono 4.
    """
  let v2 = """
    date 2025-10-21

    L'incontro tra Rubio e Lavrov è stato messo in stand-by, ha detto alla Cnn un funzionario \
    della Casa Bianca. Secondo la prefettura, i dispersi sono 4. Il Cremlino ha detto che \
    il dialogo continua.
    """

  func temporaryPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "claimdiff-\(UUID().uuidString).sqlite"
    ).path
  }

  @Test("ingested versions are numbered, dated from their header, and read back whole")
  func ingestAndRead() throws {
    let store = try ClaimStore()
    let first = try store.ingest(IngestRequest(story: "rome", text: v1), extractor: extractor)
    let second = try store.ingest(IngestRequest(story: "rome", text: v2), extractor: extractor)
    #expect(first.version.number == 1)
    #expect(second.version.number == 2)
    #expect(second.version.day?.description == "2025-10-21")
    let stored = try store.version(nil, of: "rome")
    let fresh = try extractor.extract(v2, published: Day(iso: "2025-10-21")).claims
    #expect(stored.claims.map(\.text) == fresh.map(\.text))
    #expect(stored.claims.map(\.source) == fresh.map(\.source))
    #expect(stored.claims.map(\.event) == fresh.map(\.event))
    #expect(stored.claims.map(\.times) == fresh.map(\.times))
    #expect(stored.claims.allSatisfy { $0.story == "rome" && $0.version == 2 })
  }

  @Test("two versions read at once on two connections are those read one by one")
  func twoVersionsAtOnce() throws {
    let path = temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    // One source under two names and one event under two statuses: what is shared between
    // claims is read once, what is each claim's own is not.
    let v3 = """
      date 2025-10-22

      Marco Rubio ha detto che l'incontro con Lavrov è previsto per giovedì. Poi Rubio ha \
      detto che l'incontro con Lavrov è stato rinviato. Secondo la prefettura, i dispersi \
      sono 5.
      """
    for memory in [false, true] {
      let store = memory ? try ClaimStore() : try ClaimStore(path: path)
      for text in [v1, v2, v3] {
        _ = try store.ingest(IngestRequest(story: "rome", text: text), extractor: extractor)
      }
      let (first, third) = try store.versions(1, 3, of: "rome")
      let listed = try store.versions(1, 3, of: "rome", listed: store.versions(of: "rome"))
      #expect(listed.0.claims == first.claims && listed.1.claims == third.claims)
      #expect(first.info == (try store.version(1, of: "rome")).info)
      #expect(first.claims == (try store.version(1, of: "rome")).claims)
      #expect(third.claims == (try store.version(3, of: "rome")).claims)
      let fresh = try extractor.extract(v3, published: Day(iso: "2025-10-22")).claims
      #expect(third.claims.map(\.source) == fresh.map(\.source))
      #expect(third.claims.map(\.event) == fresh.map(\.event))
      #expect(third.claims[0].source.name == third.claims[1].source.name)
      #expect(third.claims[0].source.surface != third.claims[1].source.surface)
      #expect(third.claims[0].event?.id == third.claims[1].event?.id)
      #expect(third.claims[0].event?.status != third.claims[1].event?.status)
      #expect(throws: ClaimDiffError.unknownVersion(story: "rome", version: 4, last: 3)) {
        try store.versions(1, 4, of: "rome")
      }
      store.close()
    }
  }

  @Test("the same content again adds no version: it is seen again, even re-spaced")
  func seenAgain() throws {
    let store = try ClaimStore()
    _ = try store.ingest(IngestRequest(story: "rome", text: v1), extractor: extractor)
    _ = try store.ingest(IngestRequest(story: "rome", text: v2), extractor: extractor)
    let again = try store.ingest(
      IngestRequest(story: "rome", text: v1.replacingOccurrences(of: " ", with: "  ")),
      extractor: extractor)
    #expect(again == .seenAgain(try store.versions(of: "rome")[0]))
    let versions = try store.versions(of: "rome")
    #expect(versions.count == 2)
    #expect(versions[0].seenAgain.count == 1)
  }

  @Test("a claim keeps its id across versions, and when it comes back later")
  func lineage() throws {
    let store = try ClaimStore()
    let v3 = "date 2025-10-22\n\nSecondo la prefettura, i dispersi sono 4. Il ponte è chiuso."
    for text in [v1, v2, v3, v2] {
      _ = try store.ingest(IngestRequest(story: "rome", text: text), extractor: extractor)
    }
    let versions = try store.allVersions(of: "rome")
    #expect(versions.count == 3)  // the fourth is v2 seen again
    let missing = { (version: VersionClaims) in
      version.claims.first { $0.text.contains("dispersi") }?.id
    }
    let ids = versions.map(missing)
    #expect(Set(ids).count == 1)
    let reopened = try store.ingest(
      IngestRequest(story: "rome", text: v2.replacingOccurrences(of: "stand-by", with: "pausa")),
      extractor: extractor)
    let fourth = try store.version(reopened.version.number, of: "rome")
    let cremlin = try #require(fourth.claims.first { $0.source.name == "Kremlin" })
    let earlier = try #require(versions[1].claims.first { $0.source.name == "Kremlin" })
    #expect(cremlin.id == earlier.id)
  }

  @Test("claims by source: asserted by it, or made through it as a channel")
  func bySource() throws {
    let store = try ClaimStore()
    _ = try store.ingest(IngestRequest(story: "rome", text: v2), extractor: extractor)
    let whiteHouse = try store.claims(story: "rome", version: nil, source: "White House")
    #expect(whiteHouse.map(\.role) == [.source])
    #expect(whiteHouse.first?.claim.source.anonymous == true)
    let cnn = try store.claims(story: "rome", version: nil, source: "cnn")
    #expect(cnn.map(\.role) == [.channel])
    let partial = try store.claims(story: nil, version: nil, source: "Cremlino")
    #expect(partial.isEmpty)  // aliases are resolved by the caller, names are not guessed
    let counts = try store.sources(story: "rome")
    #expect(counts.first { $0.source.name == "CNN" }?.asChannel == 1)
  }

  @Test("a failed ingest leaves the database as it was")
  func atomic() throws {
    let store = try ClaimStore()
    _ = try store.ingest(IngestRequest(story: "rome", text: v1), extractor: extractor)
    #expect(throws: ClaimDiffError.self) {
      try store.ingest(
        [
          IngestRequest(story: "rome", text: v2),
          IngestRequest(story: "rome", text: "date 2025-99-99\n\nTesto."),
        ], extractor: extractor)
    }
    #expect(try store.versions(of: "rome").count == 1)
  }

  @Test("unknown stories and versions are clear errors")
  func unknown() throws {
    let store = try ClaimStore()
    _ = try store.ingest(IngestRequest(story: "rome", text: v1), extractor: extractor)
    #expect(throws: ClaimDiffError.unknownStory("milan")) { try store.versions(of: "milan") }
    #expect(throws: ClaimDiffError.unknownVersion(story: "rome", version: 3, last: 1)) {
      try store.version(3, of: "rome")
    }
    #expect(throws: ClaimDiffError.self) {
      try store.ingest(IngestRequest(story: "Rome City", text: v1), extractor: extractor)
    }
  }

  @Test("a file that is not a claimdiff database is refused, and not touched")
  func notADatabase() throws {
    let path = temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    try "just some notes\n".write(toFile: path, atomically: true, encoding: .utf8)
    #expect(throws: ClaimDiffError.notADatabase(path: path)) { try ClaimStore(path: path) }
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "just some notes\n")
    let other = temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: other) }
    let queue = try DatabaseQueue(path: other)
    try queue.write { try $0.execute(sql: "CREATE TABLE notes (body TEXT)") }
    #expect(throws: ClaimDiffError.notADatabase(path: other)) { try ClaimStore(path: other) }
  }

  @Test("opening twice migrates once; the schema is recorded")
  func schema() throws {
    let path = temporaryPath()
    defer { try? FileManager.default.removeItem(atPath: path) }
    _ = try ClaimStore(path: path)
    let store = try ClaimStore(path: path)
    let dump = try store.read { db in
      try String.fetchAll(
        db,
        sql:
          "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'claim_text_%' ORDER BY type, name"
      ).joined(separator: ";\n")
    }
    assertGolden(dump + ";\n", "store/schema.sql")
    let journal = try store.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
    #expect(journal == "wal")
  }
}
