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

  /// Opens (and creates or migrates) the database at `path`.
  ///
  /// - Parameter readOnly: Opens without writing; the schema must be current.
  /// - Throws: ``ClaimDiffError`` for a file that is not a claimdiff database, is damaged, or
  ///   was written by a newer version.
  public init(path: String, readOnly: Bool = false) throws(ClaimDiffError) {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(30)
    configuration.readonly = readOnly
    if !readOnly { configuration.journalMode = .wal }
    configuration.prepareDatabase { db in
      // In WAL mode, NORMAL never corrupts the file and a crashed process loses nothing
      // committed; only a power cut may undo the last commits.
      if !readOnly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
      // Statement journals and sorts stay in memory instead of temporary files.
      try db.execute(sql: "PRAGMA temp_store = MEMORY")
    }
    self.path = path
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      writer = queue
      try Self.prepare(queue, readOnly: readOnly, path: path)
    } catch let error as ClaimDiffError {
      throw error
    } catch {
      throw Self.wrap(error, path: path)
    }
  }

  /// Opens a new database in memory, for tests and `extract`-like uses.
  public init() throws(ClaimDiffError) {
    path = nil
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
    try migrator.migrate(queue)
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

  /// Runs `body` in a write transaction, wrapping database errors.
  func write<T>(_ body: (Database) throws -> T) throws(ClaimDiffError) -> T {
    do {
      return try writer.write(body)
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
