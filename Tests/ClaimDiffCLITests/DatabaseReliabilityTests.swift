import ClaimDiffCore
import ClaimDiffTestSupport
import Foundation
import GRDB
import Testing

/// Several processes, killed processes, damaged and read-only files, through the binary.
@Suite(
  "Database reliability through the binary",
  .enabled(if: claimdiffBinary != nil, "needs the built claimdiff binary"))
struct DatabaseReliabilityTests {
  /// `count` distinct versions of one story, as JSONL lines: each names its own numbers.
  static func versions(story: String, tag: String, count: Int) -> [String] {
    let people = ["il ministro", "la portavoce", "un funzionario", "il prefetto", "la sindaca"]
    let places = ["Roma", "Milano", "Budapest", "Genova", "Napoli"]
    return (1...count).map { index in
      let who = people[index % people.count]
      let place = places[(index / 5) % places.count]
      let text = """
        date 2025-10-\(10 + index % 18)

        Secondo \(who), i dispersi a \(place) sono \(index) e le ricerche (\(tag)) continuano. \
        Il vertice \(tag)-\(index) è stato rinviato, ha detto \(who). \
        "Non ci sono altre notizie", ha aggiunto la Protezione civile alle \(index % 24).
        """
      let object = ["story": story, "text": text]
      let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
      return String(decoding: data ?? Data(), as: UTF8.self)
    }
  }

  func counts(_ path: String) throws -> (versions: Int, numbers: [Int], hashes: Int) {
    var configuration = Configuration()
    configuration.readonly = true
    let queue = try DatabaseQueue(path: path, configuration: configuration)
    return try queue.read { db in
      let numbers = try Int.fetchAll(db, sql: "SELECT number FROM version ORDER BY number")
      let hashes = try Int.fetchOne(db, sql: "SELECT count(DISTINCT hash) FROM version") ?? 0
      return (numbers.count, numbers, hashes)
    }
  }

  @Test("two processes ingesting into one new story at once: no version lost, numbers 1…N")
  func concurrentWriters() throws {
    let folder = try TemporaryFolder()
    let database = folder.path("shared.sqlite")  // created by whichever process comes first
    let count = 40
    let a = try folder.write(
      "a.jsonl", Self.versions(story: "s", tag: "a", count: count).joined(separator: "\n"))
    let b = try folder.write(
      "b.jsonl", Self.versions(story: "s", tag: "b", count: count).joined(separator: "\n"))
    // One version per transaction, so the two writers interleave as much as they can.
    let first = try BinaryProcess(["import", a, "--batch", "1", "--db", database])
    let second = try BinaryProcess(["import", b, "--batch", "1", "--db", database])
    // And single ingests from a third and fourth process meanwhile.
    let singles = try (1...6).map { index in
      try BinaryProcess(
        ["ingest", "--story", "s", "-", "--db", database],
        input: Data("Il comunicato numero \(index) della prefettura è arrivato.".utf8))
    }
    let runs = [first.wait(), second.wait()] + singles.map { $0.wait() }
    for run in runs {
      #expect(run.status == 0, "\(run.error)")
      #expect(run.error.isEmpty, "\(run.error)")
    }
    let stored = try counts(database)
    #expect(stored.versions == 2 * count + 6)
    #expect(stored.numbers == Array(1...(2 * count + 6)))
    #expect(stored.hashes == stored.versions)
  }

  @Test("kill -9 during import: the database is whole, and the same import completes it")
  func killDuringImport() throws {
    let folder = try TemporaryFolder()
    let database = folder.path("killed.sqlite")
    let lines = Self.versions(story: "k", tag: "k", count: 300)
    let input = try folder.write("versions.jsonl", lines.joined(separator: "\n") + "\n")
    let process = try BinaryProcess(["import", input, "--batch", "3", "--db", database])
    // Wait until some versions are committed, then kill the writer mid-import.
    var committed = 0
    let deadline = Date().addingTimeInterval(60)
    while committed < 12 && Date() < deadline && process.process.isRunning {
      usleep(20_000)
      committed = (try? counts(database).versions) ?? 0
    }
    try #require(process.process.isRunning, "the import ended before it could be killed")
    kill(process.process.processIdentifier, SIGKILL)
    _ = process.wait()
    #expect(process.process.terminationReason == .uncaughtSignal)

    let queue = try DatabaseQueue(path: database)
    let check = try queue.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
    #expect(check == ["ok"])
    let foreign = try queue.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }
    #expect(foreign.isEmpty)
    // Only whole versions: each stored version has exactly the claims its text gives.
    let stored = try queue.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT v.number, v.text, v.day, (SELECT count(*) FROM claim c WHERE c.version_id = v.id)
            AS claims FROM version v ORDER BY v.number
          """)
    }
    #expect(stored.count >= 12 && stored.count < lines.count)
    #expect(stored.count % 3 == 0, "a batch is written whole or not at all")
    let extractor = Extractor()
    for row in stored {
      let text: String = row["text"]
      let day = (row["day"] as String?).flatMap(Day.init(iso:))
      let expected = try extractor.extract(text, published: day).claims.count
      #expect(row["claims"] as Int == expected, "version \(row["number"] as Int)")
      #expect(expected > 0)
    }
    #expect(stored.map { $0["number"] as Int } == Array(1...stored.count))
    try queue.close()

    // The same import again stores the rest, and recognizes what it had stored.
    let rerun = try runClaimDiff(["import", input, "--batch", "50", "--db", database])
    #expect(rerun.status == 0, "\(rerun.error)")
    #expect(rerun.output.contains("\(lines.count - stored.count) new"), "\(rerun.output)")
    #expect(rerun.output.contains("\(stored.count) seen again"), "\(rerun.output)")
    let final = try counts(database)
    #expect(final.versions == lines.count)
    #expect(final.hashes == lines.count)
    #expect(final.numbers == Array(1...lines.count))
  }

  /// A stored database of one story with two versions.
  func seeded(_ folder: TemporaryFolder) throws -> String {
    let database = folder.path("seeded.sqlite")
    let input = try folder.write(
      "seed.jsonl", Self.versions(story: "s", tag: "seed", count: 2).joined(separator: "\n"))
    let run = try runClaimDiff(["import", input, "--db", database])
    try #require(run.status == 0, "\(run.error)")
    return database
  }

  func expectRefused(
    _ path: String, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let folder = try TemporaryFolder()
    let article = try folder.write("a.txt", "Il ministro ha detto che il vertice è rinviato.")
    for arguments in [["log", "s"], ["show", "s"], ["ingest", "--story", "s", article]] {
      let run = try runClaimDiff(arguments + ["--db", path])
      #expect(run.status == 2, "\(arguments)", sourceLocation: sourceLocation)
      #expect(run.errorLines.count == 1, "\(run.error)", sourceLocation: sourceLocation)
      #expect(
        run.error.hasPrefix("claimdiff: error: ") && run.error.contains(fragment),
        "\(run.error)", sourceLocation: sourceLocation)
    }
    let unchanged = try Data(contentsOf: URL(fileURLWithPath: path)) == before
    #expect(unchanged, "\(path) changed", sourceLocation: sourceLocation)
  }

  @Test("a file that is not a claimdiff database, or a damaged one, is refused and untouched")
  func damaged() throws {
    let folder = try TemporaryFolder()
    let database = try seeded(folder)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: database))
    try #require(bytes.count >= 8 * 4096)

    try expectRefused(try folder.write("notes.txt", "Appunti.\n"), "is not a claimdiff database")
    try expectRefused(
      try folder.write(
        "fake.sqlite", Data("SQLite format 3\0".utf8) + Data(repeating: 7, count: 200)),
      "is not a claimdiff database")
    let other = folder.path("other.sqlite")
    try DatabaseQueue(path: other).write { try $0.execute(sql: "CREATE TABLE notes (t TEXT)") }
    try expectRefused(other, "is not a claimdiff database")

    // The header intact, the pages after the first garbage.
    var garbage = bytes
    var generator = SplitMix(seed: 7)
    for index in 4096..<garbage.count {
      garbage[index] = UInt8.random(in: 0...255, using: &generator)
    }
    try expectRefused(try folder.write("garbage.sqlite", garbage), "is damaged")
    // Cut short.
    try expectRefused(
      try folder.write("truncated.sqlite", bytes.prefix(3 * 4096 + 100)), "is damaged")
  }

  @Test(
    "a read-only database, in a read-only folder, is still readable",
    .enabled(
      if: !runningAsRoot || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
      "as root, needs setpriv to read as another user"))
  func readOnly() throws {
    let folder = try TemporaryFolder()
    let database = try seeded(folder)
    chmod(database, 0o444)
    chmod(folder.url.path, 0o555)  // no -wal or -shm file can be created next to it
    defer { chmod(folder.url.path, 0o755) }
    let user = runningAsRoot ? 65534 : nil  // root ignores permissions: read as nobody
    for arguments in [
      ["log", "s"], ["show", "s"], ["show", "s", "1"], ["diff", "s"], ["diff", "s", "1", "2"],
      ["claims", "s"], ["sources", "s"], ["timeline", "s"], ["contradictions", "s"],
      ["log", "s", "--format", "json"],
    ] {
      let run = try runClaimDiff(arguments + ["--db", database], asUser: user)
      #expect(run.status == 0, "\(arguments): \(run.error)")
      #expect(run.error.isEmpty, "\(arguments): \(run.error)")
      #expect(!run.output.isEmpty, "\(arguments)")
    }
    let article = try String(contentsOfFile: folder.path("seed.jsonl"), encoding: .utf8)
    let write = try runClaimDiff(
      ["ingest", "--story", "s", "-", "--db", database], input: Data(article.utf8), asUser: user)
    #expect(write.status == 2)
    #expect(write.errorLines.count == 1 && write.error.contains("read-only"), "\(write.error)")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
        == ["seed.jsonl", "seeded.sqlite"])
  }
}
