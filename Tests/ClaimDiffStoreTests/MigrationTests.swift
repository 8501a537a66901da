import ClaimDiffCore
import ClaimDiffTestSupport
import Foundation
import GRDB
import Testing

@testable import ClaimDiffStore

/// Every earlier schema opens and migrates with its data; a newer one is refused; the
/// connection is configured for safe concurrent use.
@Suite("Schema migrations and connection settings")
struct MigrationTests {
  func temporaryPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent(
      "claimdiff-migration-\(UUID().uuidString).sqlite"
    ).path
  }

  func remove(_ path: String) {
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: path + suffix)
    }
  }

  /// Rows as the first released schema ("v1") stores them: a story, two versions, a sighting,
  /// sources, an event and claims, with the JSON and range encodings of that schema.
  static let v1Rows = """
    INSERT INTO story (id, slug, created) VALUES (1, 'rome', '2025-10-20T08:00:00Z');
    INSERT INTO version (id, story_id, number, published, day, url, hash, language, text, ingested)
    VALUES
      (1, 1, 1, '2025-10-20', '2025-10-20', NULL, 'hash-one', 'it',
       'L''incontro è previsto per giovedì, ha detto un portavoce.', '2025-10-20T08:00:00Z'),
      (2, 1, 2, '2025-10-21', '2025-10-21', 'https://example.org/2', 'hash-two', 'it',
       'L''incontro è rinviato, ha detto alla Cnn un funzionario della Casa Bianca.',
       '2025-10-21T08:00:00Z');
    INSERT INTO sighting (version_id, seen) VALUES (1, '2025-10-22T08:00:00Z');
    INSERT INTO source (id, name, person, anonymous, kind)
    VALUES (1, 'anonymous spokesperson', NULL, 1, 'anonymous'),
      (2, 'White House', NULL, 1, 'organization');
    INSERT INTO event (id, story_id, key, type, participants, place)
    VALUES (1, 1, 'meeting', 'meeting', '[]', NULL);
    INSERT INTO claim (id, version_id, lineage, ordinal, sentence, text, parts, source_id,
      source_surface, source_span, channel, channel_surface, attribution, modality, polarity,
      event_id, status, event_time, stated_on, times, quantities)
    VALUES
      (1, 1, 'c0000000001', 1, 1, 'L''incontro è previsto per giovedì', '[[0,33]]', 1,
       'un portavoce', '[[46,58]]', NULL, NULL, 'indirect', 'reported', 'affirmed', 1,
       'scheduled', NULL, NULL, NULL, NULL),
      (2, 2, 'c0000000001', 1, 1, 'L''incontro è rinviato', '[[0,21]]', 2,
       'un funzionario della Casa Bianca', '[[42,75]]', 'CNN', 'Cnn', 'indirect', 'reported',
       'affirmed', 1, 'postponed', NULL, NULL, NULL, NULL);
    """

  @Test(
    "a database at every earlier schema is migrated on open, its data intact",
    arguments: Schema.migrator.migrations)
  func fromEveryEarlierSchema(_ target: String) throws {
    let path = temporaryPath()
    defer { remove(path) }
    let migrator = Schema.migrator
    let first = try #require(migrator.migrations.first)
    do {
      let queue = try DatabaseQueue(path: path)
      try migrator.migrate(queue, upTo: first)
      try queue.write { try $0.execute(sql: Self.v1Rows) }
      try migrator.migrate(queue, upTo: target)
      let applied = try queue.read { try migrator.appliedIdentifiers($0) }
      #expect(applied == Set(migrator.migrations.prefix { $0 != target } + [target]))
      try queue.close()
    }
    let store = try ClaimStore(path: path)
    #expect(try store.read(migrator.hasCompletedMigrations))
    #expect(try store.read { try migrator.appliedIdentifiers($0) } == Set(migrator.migrations))
    let versions = try store.versions(of: "rome")
    #expect(versions.map(\.number) == [1, 2])
    #expect(versions.map(\.hash) == ["hash-one", "hash-two"])
    #expect(versions[0].seenAgain == ["2025-10-22T08:00:00Z"])
    #expect(versions[1].url == "https://example.org/2")
    let second = try store.version(2, of: "rome")
    #expect(second.claims.map(\.text) == ["L'incontro è rinviato"])
    #expect(second.claims.first?.channel?.name == "CNN")
    #expect(second.claims.first?.source.name == "White House")
    #expect(second.claims.first?.event?.status == .postponed)
    #expect(second.claims.first?.id == "c0000000001")
    let found = try store.claims(story: "rome", version: nil, source: "CNN")
    #expect(found.map(\.role) == [.channel])
    let integrity = try store.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
    #expect(integrity == ["ok"])
    // The migrated database takes new versions, continuing the numbering and the lineage.
    let added = try store.ingest(
      IngestRequest(
        story: "rome", text: "date 2025-10-22\n\nL'incontro è rinviato, ha detto un funzionario."),
      extractor: Extractor())
    #expect(added.version.number == 3)
    // Read-only opening of the migrated file works too.
    let reader = try ClaimStore(path: path, readOnly: true)
    #expect(try reader.versions(of: "rome").count == 3)
  }

  @Test("a database at an earlier schema cannot be migrated when it is opened read-only")
  func earlierReadOnly() throws {
    let migrator = Schema.migrator
    guard migrator.migrations.count > 1, let first = migrator.migrations.first else { return }
    let path = temporaryPath()
    defer { remove(path) }
    try migrator.migrate(try DatabaseQueue(path: path), upTo: first)
    #expect(throws: ClaimDiffError.readOnlyDatabase(path: path)) {
      try ClaimStore(path: path, readOnly: true)
    }
  }

  @Test("a database written by a newer schema is refused, clearly and without change")
  func newer() throws {
    let path = temporaryPath()
    defer { remove(path) }
    do {
      let queue = try DatabaseQueue(path: path)
      var future = Schema.migrator
      future.registerMigration("v9999-from-the-future") { db in
        try db.execute(sql: "CREATE TABLE future (id INTEGER PRIMARY KEY)")
      }
      try future.migrate(queue)
      try queue.close()
    }
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(throws: ClaimDiffError.newerDatabase(path: path)) { try ClaimStore(path: path) }
    #expect(throws: ClaimDiffError.newerDatabase(path: path)) {
      try ClaimStore(readingAt: path)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(
      ClaimDiffError.newerDatabase(path: path).description.contains("newer claimdiff"))
  }

  @Test("foreign keys on, WAL, a busy timeout, and IMMEDIATE write transactions")
  func settings() throws {
    let path = temporaryPath()
    defer { remove(path) }
    let store = try ClaimStore(path: path)
    #expect(try store.read { try Bool.fetchOne($0, sql: "PRAGMA foreign_keys") } == true)
    #expect(try store.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    #expect(try store.read { try Int.fetchOne($0, sql: "PRAGMA busy_timeout") } ?? 0 >= 10_000)
    // A claim pointing at no version breaks a foreign key: the write fails whole.
    #expect(throws: ClaimDiffError.self) {
      try store.write { db in
        try db.execute(
          sql: "INSERT INTO story (slug, created) VALUES ('x', '2025-01-01T00:00:00Z')")
        try db.execute(
          sql: """
            INSERT INTO sighting (version_id, seen) VALUES (424242, '2025-01-01T00:00:00Z')
            """)
      }
    }
    #expect(try store.stories().isEmpty)
    // The write lock is taken when the transaction begins, before its first read: another
    // connection cannot start a write meanwhile.
    let other = try DatabaseQueue(path: path)
    _ = try store.write { _ in
      #expect(throws: DatabaseError.self) {
        try other.write { try $0.execute(sql: "DELETE FROM sighting") }
      }
    }
  }

  @Test("a new file another process is about to write opens once the other is done")
  func openWhileAnotherWrites() throws {
    let path = temporaryPath()
    defer { remove(path) }
    // Another process, opening the same new file, holds its write lock. Switching the file
    // to WAL is a write that starts as a read, which SQLite refuses at once, without
    // waiting, when another connection holds that lock.
    var configuration = Configuration()
    configuration.allowsUnsafeTransactions = true
    let other = try DatabaseQueue(path: path, configuration: configuration)
    defer { try? other.close() }
    try other.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      Thread.sleep(forTimeInterval: 0.3)
      try? other.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
      done.signal()
    }
    thread.start()
    defer { done.wait() }
    let store = try ClaimStore(path: path)
    #expect(try store.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "wal")
    #expect(try store.stories().isEmpty)
  }

  @Test("each version is written in one transaction: a failure midway leaves nothing")
  func oneTransaction() throws {
    let path = temporaryPath()
    defer { remove(path) }
    let store = try ClaimStore(path: path)
    // A trigger that fails on the third claim of a version: its first two were written in
    // the same transaction and must be gone with it.
    try store.write { db in
      try db.execute(
        sql: """
          CREATE TEMP TRIGGER fail_third AFTER INSERT ON main.claim WHEN new.ordinal = 3
          BEGIN SELECT RAISE(ABORT, 'simulated failure'); END
          """)
    }
    let text = """
      Il ministro ha detto che il vertice è rinviato. Secondo la prefettura, i dispersi sono 4. \
      Il Cremlino ha detto che il dialogo continua.
      """
    #expect(throws: ClaimDiffError.self) {
      try store.ingest(IngestRequest(story: "s", text: text), extractor: Extractor())
    }
    let counts = try store.read { db in
      try ["story", "version", "claim", "source", "event"].map {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM \($0)") ?? -1
      }
    }
    #expect(counts == [0, 0, 0, 0, 0])
  }
}
