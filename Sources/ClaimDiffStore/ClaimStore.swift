import CSQLiteSetup
import ClaimDiffCore
import Foundation
import GRDB

/// The SQLite database of stories, versions, claims, sources and events.
///
/// Versions are append-only. Every ingest runs in one transaction, so a failure leaves the
/// database as it was. The file is in WAL mode with a busy timeout, so several processes can
/// write to it.
public final class ClaimStore: Sendable {
  let writer: any DatabaseWriter
  /// The file, or `nil` in memory.
  public let path: String?
  /// What SQLite opened: the path, or a URI that opens it as immutable; `nil` in memory.
  private let location: String?

  /// Opens (and creates or migrates) the database at `path`.
  ///
  /// - Parameter readOnly: Opens without writing; the schema must be current.
  /// - Throws: ``ClaimDiffError`` for a file that is not a claimdiff database, is damaged, or
  ///   was written by a newer version.
  public init(path: String, readOnly: Bool = false) throws(ClaimDiffError) {
    self.path = path
    location = path
    writer = try Self.open(path: path, readOnly: readOnly, immutable: false)
  }

  /// Opens an existing database to read it, even where it cannot be written.
  ///
  /// A writable file is opened (and migrated) as usual. A read-only file is opened read-only;
  /// when SQLite cannot create the WAL's shared-memory file next to it either (a read-only
  /// folder), it is opened as immutable, which needs no other file.
  public init(readingAt path: String) throws(ClaimDiffError) {
    self.path = path
    if FileManager.default.isWritableFile(atPath: path),
      let queue = try? Self.open(path: path, readOnly: false, immutable: false, mapped: true)
    {
      writer = queue
      location = path
      return
    }
    do {
      writer = try Self.open(path: path, readOnly: true, immutable: false, mapped: true)
      location = path
    } catch {
      switch error {
      case .notADatabase, .corruptDatabase, .newerDatabase: throw error
      default: break
      }
      guard let queue = try? Self.open(path: path, readOnly: true, immutable: true, mapped: true)
      else {
        throw error
      }
      writer = queue
      location = Self.immutableURI(path)
    }
  }

  /// Puts SQLite in multi-thread mode without memory statistics, once, before the process
  /// opens its first connection.
  ///
  /// GRDB already uses each connection from one thread at a time, so the mutex SQLite's
  /// default serialized mode takes on every call (each bind, step and reset) only costs time:
  /// about 5% of an import. Memory statistics, which nothing here reads, take a global mutex
  /// on every allocation and free SQLite makes, tens per claim written. Should another
  /// connection have been opened first, SQLite stays as it was, which is as correct and a
  /// little slower.
  private static let threading: Void = { _ = claimdiff_sqlite_setup() }()

  /// Opens a connection; `mapped` reads the file through a memory map.
  ///
  /// A query that reads claims scattered over the file reads a whole page for each: through a
  /// map, the system copies none of them, and only the parts of a page that SQLite reads are
  /// brought in. Commands that write read through the file as usual, so that their memory
  /// does not count the pages they read.
  private static func open(path: String, readOnly: Bool, immutable: Bool, mapped: Bool = false)
    throws(ClaimDiffError) -> DatabaseQueue
  {
    Self.threading
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(busyTimeout)
    configuration.readonly = readOnly
    configuration.prepareDatabase { db in
      // In WAL mode a crash loses no committed transaction; only a power failure may lose
      // the last ones, and never corrupts the file.
      if !readOnly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
      // Statement journals and sorts stay in memory instead of temporary files.
      try db.execute(sql: "PRAGMA temp_store = MEMORY")
      if mapped { try db.execute(sql: "PRAGMA mmap_size = \(1 << 31)") }
    }
    do {
      let queue = try DatabaseQueue(
        path: immutable ? immutableURI(path) : path, configuration: configuration)
      try Self.prepare(queue, readOnly: readOnly, path: path)
      return queue
    } catch {
      throw Self.wrap(error, path: path)
    }
  }

  /// A second connection that only reads, opened as the store's was; the caller closes it.
  ///
  /// - Throws: For a store in memory, which no other connection can see.
  func openReader() throws -> DatabaseQueue {
    guard let location else {
      throw ClaimDiffError.store("a database in memory has one connection")
    }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(Self.busyTimeout)
    return try DatabaseQueue(path: location, configuration: configuration)
  }

  /// A thread and connection that fold the log while an import writes, once it holds more
  /// than `limit` pages; `nil` in memory, or where no other connection opens, and SQLite
  /// folds the log in the writer's commits as usual.
  func logCheckpoints(limit: Int) -> LogCheckpoints? {
    guard let location else { return nil }
    return try? LogCheckpoints(location: location, limit: limit)
  }

  /// The page size of a new database, in bytes.
  ///
  /// SQLite's default is 4096. Every claim adds a row to the claim table and to each of its
  /// indexes, and a batch of claims rewrites the pages it touches in the log and then in the
  /// file: with larger pages, the same rows take fewer pages, fewer splits and fewer log
  /// frames. Importing 100 MB of articles took 5% less time and the file came out 8% smaller
  /// than with 4096, and lookups by source took no longer.
  static let pageSize = 32768

  /// How long a writer waits for another process's transaction, in seconds.
  static let busyTimeout: TimeInterval = 30

  /// A URI that opens `path` as immutable: no locks, no WAL, no shared memory.
  private static func immutableURI(_ path: String) -> String {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: "?#%")
    let encoded = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
    return "file:\(encoded)?immutable=1"
  }

  /// Opens a new database in memory, for tests and `extract`-like uses.
  public init() throws(ClaimDiffError) {
    path = nil
    location = nil
    Self.threading
    do {
      let queue = try DatabaseQueue()
      writer = queue
      try Self.prepare(queue, readOnly: false, path: ":memory:")
    } catch let error as ClaimDiffError {
      throw error
    } catch {
      throw Self.wrap(error, path: ":memory:")
    }
  }

  private static func prepare(_ queue: DatabaseQueue, readOnly: Bool, path: String) throws {
    let migrator = Schema.migrator
    let state = try queue.read { db -> (foreign: Bool, superseded: Bool, complete: Bool) in
      let tables = try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      let foreign = !tables.isEmpty && !tables.contains("grdb_migrations")
      if foreign { return (true, false, false) }
      return (false, try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
    }
    if state.foreign { throw ClaimDiffError.notADatabase(path: path) }
    if state.superseded { throw ClaimDiffError.newerDatabase(path: path) }
    if readOnly {
      if !state.complete { throw ClaimDiffError.readOnlyDatabase(path: path) }
      return
    }
    // Processes that open a new file at once race to set it up; SQLite refuses some of the
    // steps at once, without waiting for the other process, which these wait for instead.
    let deadline = Date().addingTimeInterval(busyTimeout)
    // WAL is a property of the file, set once, and only on a claimdiff database: a foreign
    // file is never touched. (GRDB's `.wal` option would also write a scratch table at every
    // open, changing the file on a mere read.) The switch is a write that starts as a read:
    // while another process holds the write lock, it is refused at once, and tried again.
    try retrying(until: deadline, again: isBusy) {
      try queue.writeWithoutTransaction { db in
        // The page size too is the file's, fixed by its first write; a file made with other
        // pages keeps them.
        if !state.complete {
          try db.execute(sql: "PRAGMA page_size = \(pageSize)")
        }
        let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode")
        if mode != "wal" && mode != "memory" {
          guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
            throw ClaimDiffError.store("cannot switch '\(path)' to WAL mode")
          }
        }
      }
    }
    if state.complete { return }
    // The schema is written one migration per transaction. Another process may run a
    // migration between our check and our write: its CREATE TABLE wins and ours fails, or its
    // commit falls between our transaction's read and its write. What counts is that the
    // schema is complete: while another process is still writing it, ours tries again, and
    // finds nothing left to do once it is.
    var applied = try queue.read(migrator.appliedIdentifiers)
    try retrying(
      until: deadline,
      again: { error in
        let now = try queue.read(migrator.appliedIdentifiers)
        defer { applied = now }
        return isBusy(error) || now != applied
      }
    ) {
      try migrator.migrate(queue)
    }
  }

  /// Runs `body` until it succeeds, trying again after a failure that `again` says is worth
  /// it, until `deadline`; the last failure is thrown.
  private static func retrying(
    until deadline: Date, again: (any Error) throws -> Bool, _ body: () throws -> Void
  ) throws {
    while true {
      do {
        try body()
        return
      } catch {
        guard try again(error), Date() < deadline else { throw error }
        Thread.sleep(forTimeInterval: 0.01)
      }
    }
  }

  private static func isBusy(_ error: any Error) -> Bool {
    (error as? DatabaseError)?.resultCode == .SQLITE_BUSY
  }

  /// The words the user reads for a database failure; no SQLite wording reaches golden files.
  static func wrap(_ error: any Error, path: String) -> ClaimDiffError {
    if let error = error as? ClaimDiffError { return error }
    guard let error = error as? DatabaseError else { return .store(String(describing: error)) }
    switch error.resultCode {
    case .SQLITE_NOTADB: return .notADatabase(path: path)
    case .SQLITE_CORRUPT: return .corruptDatabase(path: path)
    case .SQLITE_READONLY: return .readOnlyDatabase(path: path)
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return .store("'\(path)' is busy: another process kept it locked for 30 seconds")
    case .SQLITE_CANTOPEN: return .store("cannot open '\(path)'")
    case .SQLITE_FULL: return .store("the disk is full: nothing was written")
    default: return .store(error.message ?? "SQLite error \(error.resultCode.rawValue)")
    }
  }

  /// Closes the database now, folding the write-ahead log into the file when this is the
  /// last connection; the store must not be used afterwards.
  ///
  /// Closing happens anyway when the store goes away; a command whose work ran on other
  /// threads closes it explicitly, so the log never outlives the process.
  public func close() {
    try? (writer as? DatabaseQueue)?.close()
  }

  /// Runs `body` in a write transaction, wrapping database errors.
  func write<T>(_ body: (Database) throws -> T) throws(ClaimDiffError) -> T {
    do {
      // IMMEDIATE takes the write lock before the first read, so a transaction that reads
      // (the next version number) and then writes never meets another writer's lock midway:
      // the busy timeout resolves every wait, and no "database is locked" reaches the user.
      return try writer.writeWithoutTransaction { db in
        var result: T?
        try db.inTransaction(.immediate) {
          result = try body(db)
          return .commit
        }
        guard let result else { throw ClaimDiffError.store("a write returned nothing") }
        return result
      }
    } catch {
      throw Self.wrap(error, path: path ?? ":memory:")
    }
  }

  /// Runs `body` in a read transaction, wrapping database errors.
  func read<T>(_ body: (Database) throws -> T) throws(ClaimDiffError) -> T {
    do {
      return try writer.read(body)
    } catch {
      throw Self.wrap(error, path: path ?? ":memory:")
    }
  }
}
