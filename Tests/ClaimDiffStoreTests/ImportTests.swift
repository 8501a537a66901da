import ClaimDiffCore
import Foundation
import GRDB
import Testing

@testable import ClaimDiffStore

@Suite("Bulk import")
struct ImportTests {
  let extractor = Extractor()

  /// Versions of three stories, interleaved, with one repeated word for word.
  var requests: [IngestRequest] {
    let days = ["2025-11-03", "2025-11-04", "2025-11-05", "2025-11-06"]
    var requests: [IngestRequest] = []
    for (index, day) in days.enumerated() {
      for story in ["frana", "porto", "vertice"] {
        let text = """
          Secondo la prefettura, i dispersi a \(story) sono \(index + 2). Il sindaco ha detto \
          che le scuole resteranno chiuse fino a \(["lunedì", "martedì", "mercoledì", "giovedì"][index]).
          \(index >= 2 ? "La riunione del comitato è stata rinviata, ha riferito un funzionario." : "")
          """
        requests.append(IngestRequest(story: story, text: text, published: day))
      }
    }
    requests.append(requests[1])
    return requests
  }

  /// Every stored claim, as story/version/ordinal, lineage and text.
  func dump(_ store: ClaimStore) throws -> [String] {
    var lines: [String] = []
    for story in try store.stories() {
      for version in try store.allVersions(of: story) {
        lines.append("\(story) v\(version.info.number) \(version.info.hash)")
        lines += version.claims.map { "  \($0.ordinal) \($0.id) \($0.source.name): \($0.text)" }
      }
    }
    return lines
  }

  /// Versions per transaction, and per piece handed to the writer: a piece is a whole batch,
  /// or a batch is several pieces, the last of them shorter.
  @Test(
    "a bulk import stores what ingesting one version at a time does",
    arguments: [(1, 1), (2, 2), (5, 5), (5, 2), (6, 4)])
  func sameAsOneByOne(batch: Int, piece: Int) throws {
    let single = try ClaimStore()
    let now = Date(timeIntervalSince1970: 1_762_000_000)
    var outcomes: [IngestOutcome] = []
    for request in requests {
      outcomes.append(try single.ingest(request, extractor: extractor, now: now))
    }
    let bulk = try ClaimStore()
    var queue = requests[...]
    var reports: [ImportProgress] = []
    let done = try bulk.importVersions(
      batch: batch, piece: piece, workers: 2, extractor: extractor, now: now,
      next: { () throws(ClaimDiffError) -> IngestRequest? in queue.popFirst() },
      progress: { reports.append($0) })
    #expect(try dump(bulk) == dump(single))
    #expect(done.versions == requests.count)
    #expect(done.added == outcomes.filter { if case .added = $0 { true } else { false } }.count)
    #expect(done.stories == 3)
    #expect(
      reports.map(\.versions) == Array(stride(from: batch, to: requests.count, by: batch)) + [
        requests.count
      ])
  }

  @Test("the text index holds each distinct text of a lineage once, at its first claim")
  func textIndex() throws {
    let texts = [
      "Il sindaco ha detto che le scuole resteranno chiuse. Secondo la prefettura, i dispersi sono 4.",
      "Il sindaco ha detto che le scuole resteranno chiuse fino a lunedì. Secondo la prefettura, i dispersi sono 4.",
      "Il sindaco ha detto che le scuole resteranno chiuse.",
      "Il sindaco ha detto che le scuole resteranno chiuse. Secondo la prefettura, i dispersi sono 4. Il vertice è stato rinviato.",
    ]
    let stories = ["roma", "lecce"]
    let requests = texts.enumerated().flatMap { index, text in
      stories.map { IngestRequest(story: $0, text: text, published: "2025-11-0\(index + 1)") }
    }
    func indexed(_ store: ClaimStore) throws -> (found: [Int64], expected: [Int64], match: [Int64])
    {
      try store.read { db in
        (
          try Int64.fetchAll(db, sql: "SELECT id FROM claim_text_docsize ORDER BY id"),
          try Int64.fetchAll(
            db,
            sql: """
              SELECT id FROM claim n WHERE NOT EXISTS (SELECT 1 FROM claim c
                WHERE c.lineage = n.lineage AND c.text = n.text AND c.id < n.id) ORDER BY id
              """),
          try Int64.fetchAll(
            db, sql: "SELECT rowid FROM claim_text WHERE claim_text MATCH 'lunedì' ORDER BY rowid")
        )
      }
    }
    let single = try ClaimStore()
    for request in requests { _ = try single.ingest(request, extractor: extractor) }
    // Versions spread over transactions, and all of a story's versions in one, written in
    // one piece or several.
    var stores = [single]
    for (batch, piece) in [(3, 3), (requests.count, requests.count), (requests.count, 2)] {
      let bulk = try ClaimStore()
      var queue = requests[...]
      _ = try bulk.importVersions(
        batch: batch, piece: piece, workers: 2, extractor: extractor,
        next: { () throws(ClaimDiffError) -> IngestRequest? in queue.popFirst() })
      // The claim that comes back in v4 takes back its lineage either way.
      #expect(try dump(bulk) == dump(single))
      stores.append(bulk)
    }
    for store in stores {
      let (found, expected, match) = try indexed(store)
      #expect(found == expected)
      // Each story: the two claims of v1, the reworded one of v2, the new one of v4.
      #expect(found.count == 8)
      #expect(match.count == 2)
    }
  }

  @Test("a story's lineage ids share their first digits, so they sit together in the index")
  func lineagesSortByStory() throws {
    let store = try ClaimStore()
    var queue = requests[...]
    _ = try store.importVersions(
      batch: 5, workers: 2, extractor: extractor,
      next: { () throws(ClaimDiffError) -> IngestRequest? in queue.popFirst() })
    var prefixes: [String: Set<String>] = [:]
    for story in try store.stories() {
      for version in try store.allVersions(of: story) {
        let ids = version.claims.map(\.id)
        // A lineage has at most one claim in a version.
        #expect(Set(ids).count == ids.count)
        prefixes[story, default: []].formUnion(ids.map { String($0.prefix(5)) })
      }
    }
    #expect(prefixes.count == 3)
    #expect(prefixes.values.allSatisfy { $0.count == 1 })
    #expect(Set(prefixes.values.compactMap(\.first)).count == 3)
  }

  @Test("importing a file again recognizes every version without extracting it again")
  func importAgain() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "claimdiff-\(UUID().uuidString).sqlite"
    ).path
    defer {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: path + suffix)
      }
    }
    let store = try ClaimStore(path: path)
    func run() throws -> ImportProgress {
      var queue = requests[...]
      return try store.importVersions(
        batch: 4, workers: 2, extractor: extractor,
        next: { () throws(ClaimDiffError) -> IngestRequest? in queue.popFirst() })
    }
    let first = try run()
    let before = try dump(store)
    let second = try run()
    #expect(first.added == requests.count - 1)
    #expect(second.added == 0)
    #expect(second.versions == requests.count)
    #expect(try dump(store) == before)
  }

  @Test(
    "a new file gets large pages, a file made with other pages keeps them, and either folds its log every 64 MB",
    arguments: [nil, 4096])
  func pageSizes(made: Int?) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "claimdiff-\(UUID().uuidString).sqlite"
    ).path
    defer {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: path + suffix)
      }
    }
    if let made {
      // A claimdiff file as an earlier release made it, with SQLite's default pages.
      let queue = try DatabaseQueue(path: path)
      try queue.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA page_size = \(made); PRAGMA journal_mode = WAL")
      }
      try Schema.migrator.migrate(queue)
      try queue.close()
    }
    let store = try ClaimStore(path: path)
    var queue = requests[...]
    _ = try store.importVersions(
      batch: 4, workers: 2, extractor: extractor,
      next: { () throws(ClaimDiffError) -> IngestRequest? in queue.popFirst() })
    let pageSize = made ?? ClaimStore.pageSize
    #expect(try store.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == pageSize)
    #expect(
      try store.read { try Int.fetchOne($0, sql: "PRAGMA wal_autocheckpoint") }
        == (64 << 20) / pageSize)
    // What is stored does not depend on the pages it is stored in.
    let memory = try ClaimStore()
    queue = requests[...]
    _ = try memory.importVersions(
      batch: 4, workers: 2, extractor: extractor,
      next: { () throws(ClaimDiffError) -> IngestRequest? in queue.popFirst() })
    #expect(try dump(store) == dump(memory))
  }

  @Test("the log is folded into the file by a connection of its own while the writer goes on")
  func logFolding() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "claimdiff-\(UUID().uuidString).sqlite"
    ).path
    let copy = path + ".copy"
    defer {
      for file in [path, copy] {
        for suffix in ["", "-wal", "-shm"] {
          try? FileManager.default.removeItem(atPath: file + suffix)
        }
      }
    }
    let store = try ClaimStore(path: path)
    let checkpoints = try #require(store.logCheckpoints(limit: 1))
    store.writer.writeWithoutTransaction { checkpoints.install(on: $0) }
    func add(_ slug: String) throws {
      try store.writer.write { db in
        try db.execute(
          sql: "INSERT INTO story (slug, created) VALUES (?, '2025-11-03')", arguments: [slug])
      }
      store.writer.writeWithoutTransaction { checkpoints.committed(on: $0) }
    }
    /// The stories in the database file alone, without its log.
    func storiesInFile() throws -> [String] {
      for suffix in ["", "-wal", "-shm"] {
        try? FileManager.default.removeItem(atPath: copy + suffix)
      }
      try FileManager.default.copyItem(atPath: path, toPath: copy)
      let queue = try DatabaseQueue(path: copy)
      defer { try? queue.close() }
      return try queue.read { db in
        // The schema too may still be only in the log.
        guard try db.tableExists("story") else { return [] }
        return try String.fetchAll(db, sql: "SELECT slug FROM story ORDER BY id")
      }
    }
    // The commit past the limit hands the log to the other thread, which copies it.
    try add("frana")
    var waited = 0
    while try storiesInFile().isEmpty && waited < 400 {
      usleep(25_000)
      waited += 1
    }
    #expect(try storiesInFile() == ["frana"])
    // Once that copy is done, the writer copies what it committed meanwhile itself.
    checkpoints.close()
    try add("porto")
    #expect(try storiesInFile() == ["frana", "porto"])
    // The writer's connection gets SQLite's own folding back.
    store.writer.writeWithoutTransaction { checkpoints.uninstall(from: $0, pages: 2048) }
    #expect(
      try store.writer.read { try Int.fetchOne($0, sql: "PRAGMA wal_autocheckpoint") } == 2048)
  }

  /// Versions per piece handed to the writer, in batches of three: with one per piece, the
  /// versions of a batch before the one that fails are written, then rolled back.
  @Test(
    "a bad version stops the import: earlier batches stay, its batch is not written",
    arguments: [3, 1])
  func failureKeepsWholeBatches(piece: Int) throws {
    let store = try ClaimStore()
    var queue = requests[...]
    queue.insert(IngestRequest(story: "Not A Slug", text: "Testo."), at: 4)
    #expect(throws: ClaimDiffError.self) {
      _ = try store.importVersions(
        batch: 3, piece: piece, workers: 2, extractor: extractor,
        next: { () throws(ClaimDiffError) -> IngestRequest? in queue.popFirst() })
    }
    let versions = try store.stories().flatMap { try store.versions(of: $0) }
    #expect(versions.count == 3)
  }

  /// An import's writes skip their foreign-key lookups: what they write must satisfy every key
  /// all the same, and the store checks keys again once the import is over, even one that
  /// failed.
  @Test("an import's rows satisfy every foreign key, which the store checks again after it")
  func foreignKeys() throws {
    let store = try ClaimStore()
    var queue = requests[...]
    _ = try store.importVersions(
      batch: 2, piece: 1, workers: 2, extractor: extractor,
      next: { () throws(ClaimDiffError) -> IngestRequest? in queue.popFirst() })
    #expect(try store.read { try Row.fetchAll($0, sql: "PRAGMA foreign_key_check") }.isEmpty)
    // Claims with an event, and claims with a source of their own, are among those checked.
    let referring = try store.read { db in
      try Row.fetchOne(
        db,
        sql: """
          SELECT count(event_id) AS events, count(DISTINCT source_id) AS sources FROM claim
          """)
    }
    #expect((referring?["events"] as Int?) ?? 0 > 0)
    #expect((referring?["sources"] as Int?) ?? 0 > 1)
    /// Whether a sighting of no version is refused for its foreign key.
    func enforced() -> Bool {
      do {
        try store.write { db in
          try db.execute(
            sql: "INSERT INTO sighting (version_id, seen) VALUES (424242, '2025-01-01T00:00:00Z')")
        }
        return false
      } catch {
        return error.description.contains("FOREIGN KEY")
      }
    }
    #expect(enforced())
    var failing = requests[...]
    failing.insert(IngestRequest(story: "Not A Slug", text: "Testo."), at: 2)
    #expect(throws: ClaimDiffError.self) {
      _ = try store.importVersions(
        batch: 2, piece: 1, workers: 2, extractor: extractor,
        next: { () throws(ClaimDiffError) -> IngestRequest? in failing.popFirst() })
    }
    #expect(enforced())
  }

  /// Which version cannot be read, and versions per piece handed to the writer, in batches
  /// of three: the seventh would start the third batch; the eighth comes after the first of
  /// it, which is written on its own with one version per piece, then rolled back.
  @Test(
    "input that fails to read stops the import: the batches before its batch are written",
    arguments: [(7, 3), (8, 3), (8, 1)])
  func readFailureKeepsEarlierBatches(failing: Int, piece: Int) throws {
    let store = try ClaimStore()
    var queue = requests[...]
    var read = 0
    let failure = ClaimDiffError.invalidValue(name: "line", value: "\(failing)", expected: "JSON")
    #expect(throws: failure) {
      _ = try store.importVersions(
        batch: 3, piece: piece, workers: 2, extractor: extractor,
        next: { () throws(ClaimDiffError) -> IngestRequest? in
          read += 1
          if read == failing { throw failure }
          return queue.popFirst()
        })
    }
    let versions = try store.stories().flatMap { try store.versions(of: $0) }
    #expect(versions.count == 6)
    #expect(read == failing)
  }

  /// Versions per transaction and per piece handed to the writer.
  @Test(
    "a failed write stops the import: its batch and those queued after it are not written",
    arguments: [(1, 1), (3, 1)])
  func failedWriteStopsTheQueue(batch: Int, piece: Int) throws {
    let store = try ClaimStore()
    // The database refuses one story, as a full disk would refuse a batch.
    try store.write { db in
      try db.execute(
        sql: """
          CREATE TEMP TRIGGER refuse BEFORE INSERT ON story WHEN NEW.slug = 'porto'
          BEGIN SELECT RAISE(ABORT, 'refused'); END
          """)
    }
    var queue = requests[...]
    var committed: [Int] = []
    #expect(throws: ClaimDiffError.self) {
      _ = try store.importVersions(
        batch: batch, piece: piece, workers: 2, extractor: extractor,
        next: { () throws(ClaimDiffError) -> IngestRequest? in queue.popFirst() },
        progress: { committed.append($0.versions) })
    }
    // "porto" v1, the second version, fails; nothing after it is written, though it was
    // extracted. "frana" v1 stays when it is a batch of its own, and goes with the batch
    // it shares with "porto" v1 otherwise.
    if batch == 1 {
      #expect(try store.stories() == ["frana"])
      #expect(try store.versions(of: "frana").count == 1)
      #expect(committed == [1])
    } else {
      #expect(try store.stories().isEmpty)
      #expect(committed.isEmpty)
    }
  }

  #if os(Linux)
    /// The nice values a thread saw of itself.
    private final class Niceness: @unchecked Sendable {
      var before: Int32 = 0
      var after: Int32 = 0
    }

    /// A lane lowers its own thread's priority, not the process's: the writer's thread, and
    /// every other, keeps its own.
    @Test func lanesYieldToTheWriterOnly() {
      let which = __priority_which_t(PRIO_PROCESS.rawValue)
      let caller = getpriority(which, 0)
      let seen = Niceness()
      let done = DispatchGroup()
      done.enter()
      let lane = Thread {
        seen.before = getpriority(which, 0)
        ClaimStore.lowerThreadPriority()
        seen.after = getpriority(which, 0)
        done.leave()
      }
      lane.start()
      done.wait()
      #expect(seen.before == caller)
      #expect(seen.after == min(19, caller + ClaimStore.lanePriorityStep))
      #expect(getpriority(which, 0) == caller)
    }
  #endif
}

@Suite("Coding")
struct CodingTests {
  @Test("ranges read back as written", arguments: [[], [0..<0], [3..<17, 20..<1_234_567]])
  func rangesRoundTrip(ranges: [Range<Int>]) {
    #expect(Coding.ranges(from: Coding.ranges(ranges)) == ranges)
  }

  @Test("figures and times read back by the byte reader as the encoder wrote them")
  func storedValues() {
    let quantities = [
      Quantity(
        text: "più di 4 dispersi", value: 4, unit: "dispersi", approximate: true, span: 3..<20),
      Quantity(
        text: "1,5 \"milioni\" \u{1F600}", value: 1.5e6, unit: nil, approximate: false, span: 0..<9),
    ]
    #expect(StoredJSON.quantities(Coding.json(quantities)) == quantities)
    let times = [
      TimeExpression(
        text: "giovedì", date: Day(iso: "2025-10-23"), granularity: .day, span: 5..<12),
      TimeExpression(
        text: "la prossima settimana", date: Day(iso: "2025-10-27"), end: Day(iso: "2025-11-02"),
        granularity: .week, span: 0..<21),
      TimeExpression(text: "l'anno", date: nil, granularity: .year, span: 0..<6),
      TimeExpression(
        text: "il \"lunedì\" \\ \u{1F600}", date: Day(iso: "2025-10-20"), granularity: .day,
        span: 2..<9),
    ]
    #expect(StoredJSON.times(Coding.json(times)) == times)
    #expect(StoredJSON.times("[]") == [])
    #expect(
      StoredJSON.times(#"[{"text": "ieri", "span": [1, 5], "date": "2025-10-20"}]"#)?.first?.date
        == Day(iso: "2025-10-20"))
    // What the byte reader does not know falls to the general decoder.
    #expect(StoredJSON.times(#"[{"text": 1}]"#) == nil)
    #expect(StoredJSON.times(#"[{"granularity": "eon", "text": "x"}]"#) == nil)
    #expect(StoredJSON.times(#"[{"text": "x"}"#) == nil)
    #expect(Coding.time(from: Coding.json(times[1])) == times[1])
    #expect(
      Coding.strings(from: Coding.json(["Lavrov", "Rubio \\ \"Marco\""])) == [
        "Lavrov", "Rubio \\ \"Marco\"",
      ])
    #expect(StoredJSON.parse("[1, 2") == nil)
  }

  /// The general encoder, which the specific ones must match byte for byte.
  func general<T: Encodable>(_ value: T) -> String { Coding.json(value) }

  @Test("figures, times and names are written as the general JSON encoder writes them")
  func writtenAsGeneral() {
    let quantities = [
      Quantity(
        text: "più di 4 \"dispersi\"\n", value: 4, unit: "dispersi", approximate: true, span: 3..<20
      ),
      Quantity(text: "1,5 milioni\\", value: 1.5e6, unit: nil, approximate: false, span: 0..<9),
      Quantity(text: "0,25", value: 0.25, unit: "per cento", approximate: false, span: 1..<5),
    ]
    #expect(Coding.json(quantities) == general(quantities))
    let times = [
      TimeExpression(
        text: "giovedì", date: Day(iso: "2025-10-23"), granularity: .day, span: 5..<12),
      TimeExpression(
        text: "la prossima\tsettimana", date: Day(iso: "2025-10-27"), end: Day(iso: "2025-11-02"),
        granularity: .week, span: 0..<21),
      TimeExpression(text: "l'anno", date: nil, granularity: .year, span: 0..<6),
    ]
    #expect(Coding.json(times) == general(times))
    #expect(Coding.json(times[1]) == general(times[1]))
    let names = ["Lavrov", "Rubio/\"Marco\"", "\u{1}"]
    #expect(Coding.json(names) == general(names))
  }

  @Test("a version's columns, written one after another, read back as each is encoded alone")
  func claimRows() {
    let time = TimeExpression(
      text: "giovedì", date: Day(iso: "2025-10-23"), granularity: .day, span: 5..<12)
    let claims = [
      Claim(
        id: "", sentence: 1, ordinal: 1, text: "a", parts: [0..<1, 3..<1_234],
        source: .narrator, attribution: .narrator),
      Claim(
        id: "", sentence: 2, ordinal: 2, text: "b", parts: [2..<9],
        source: Source(name: "Kremlin", kind: .organization, span: 4..<11),
        attribution: .direct, times: [time],
        quantities: [
          Quantity(text: "4 \"dispersi\"", value: 4, unit: nil, approximate: true, span: 0..<3)
        ],
        event: EventReference(
          id: "e", type: .meeting, participants: ["Lavrov", "Rubio"], time: time)),
      Claim(
        id: "", sentence: 2, ordinal: 3, text: "c", parts: [], source: .narrator,
        attribution: .narrator,
        event: EventReference(id: "f", type: .meeting, participants: [])),
    ]
    let rows = claims.withUnsafeBufferPointer(ClaimStore.ClaimRows.init)
    func text(_ bytes: UnsafeBufferPointer<UInt8>?) -> String? {
      bytes.map { String(decoding: $0, as: UTF8.self) }
    }
    rows.withColumns { columns in
      for (index, claim) in claims.enumerated() {
        #expect(text(columns[index, .parts]) == Coding.ranges(claim.parts))
        #expect(text(columns[index, .span]) == claim.source.span.map { Coding.ranges([$0]) })
        #expect(text(columns[index, .eventTime]) == claim.event?.time.map { Coding.json($0) })
        #expect(
          text(columns[index, .participants]) == claim.event.map { Coding.json($0.participants) })
        #expect(
          text(columns[index, .times]) == (claim.times.isEmpty ? nil : Coding.json(claim.times)))
        #expect(
          text(columns[index, .quantities])
            == (claim.quantities.isEmpty ? nil : Coding.json(claim.quantities)))
      }
    }
  }

  @Test("malformed or missing ranges read as none")
  func malformedRanges() {
    #expect(Coding.ranges(from: nil).isEmpty)
    #expect(Coding.ranges(from: "[[5,2]]").isEmpty)
    #expect(Coding.ranges(from: "[[1,2,3]]").isEmpty)
    #expect(Coding.ranges(from: "[[1,2],[4,9]]") == [1..<2, 4..<9])
  }
}
