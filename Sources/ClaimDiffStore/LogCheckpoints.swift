import Foundation
import GRDB
import GRDBSQLite

/// Folds the write-ahead log into the database file on a thread and connection of their own
/// while an import goes on writing.
///
/// SQLite folds the log in the commit that takes it past its limit, on the writer's thread:
/// it syncs the log, copies its pages into the file and syncs the file, and the writer, the
/// one stage of an import that cannot run on two threads, waits for all of it. Here the
/// writer only notes the log's length after each commit (``committed(on:)``); once it passes
/// the limit, this thread copies what is committed, with the same syncs, while the writer
/// goes on.
///
/// SQLite starts the log over only in a transaction that begins once every page of it is in
/// the file. So when this thread is done, the writer copies the pages committed meanwhile,
/// a batch or two, itself, before its next transaction: the log stays within about the limit
/// and what the writer copied last. The copies are SQLite's own checkpoints, with the syncs
/// of `synchronous = NORMAL`: a crash or a power cut during one leaves what it would leave
/// during SQLite's.
///
/// `@unchecked Sendable`: `phase`, `soon` and `closed` are read and written with `condition`
/// locked; `frames` is written by the log's hook, within the writer's commits, and read by
/// ``committed(on:)`` after each of them returns, the writer's work running one piece at a
/// time; `connection` is used only on the checkpoint thread until ``close()`` has waited for
/// it.
final class LogCheckpoints: @unchecked Sendable {
  private enum Phase {
    /// The log is within its limit, or the writer has just copied it.
    case idle
    /// This thread is copying the log.
    case copying
    /// This thread has copied the log up to some commit; the writer copies the rest.
    case copied
  }

  private let condition = NSCondition()
  private var phase = Phase.idle
  /// Whether the log is to be folded after the next commit, however long it is.
  private var soon = false
  private var closed = false
  private let finished = DispatchGroup()
  private let connection: DatabaseQueue
  /// Pages in the log past which it is folded.
  private let limit: Int
  /// Pages in the log after the writer's last commit, as the log's hook gave them.
  private var frames = 0

  /// Opens a connection to the database at `location` and starts the thread that folds the
  /// log once it holds more than `limit` pages.
  init(location: String, limit: Int) throws {
    var configuration = Configuration()
    configuration.busyMode = .timeout(ClaimStore.busyTimeout)
    // NORMAL, as the writer's: the log is synced before its pages are copied, and the file
    // after.
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
    connection = try DatabaseQueue(path: location, configuration: configuration)
    self.limit = max(1, limit)
    finished.enter()
    let thread = Thread { [self] in
      while waitForWork() {
        // A checkpoint that cannot run now (another process folding the log) leaves the log
        // to the writer's.
        connection.writeWithoutTransaction { db in
          _ = try? db.checkpoint(.passive)
          // SQLite syncs the file only once a checkpoint reaches the end of the log, which
          // this one does not while the writer goes on: the writer's would sync all of
          // this copy, and the log the writer added meanwhile. Both are synced here, so
          // that the writer's syncs find little left to write.
          Self.sync(db, SQLITE_FCNTL_FILE_POINTER)
          Self.sync(db, SQLITE_FCNTL_JOURNAL_POINTER)
        }
        condition.withLock {
          phase = .copied
          condition.broadcast()
        }
      }
      finished.leave()
    }
    thread.start()
  }

  /// Syncs a file of `db`'s, the database's or its log's, through SQLite's own handle of it.
  ///
  /// A handle of the process's own would do the same, but closing it would drop the locks
  /// SQLite holds on the file.
  private static func sync(_ db: Database, _ file: Int32) {
    var handle: UnsafeMutablePointer<sqlite3_file>?
    guard sqlite3_file_control(db.sqliteConnection, "main", file, &handle) == SQLITE_OK,
      let handle, let sync = handle.pointee.pMethods?.pointee.xSync
    else { return }
    _ = sync(handle, SQLITE_SYNC_NORMAL)
  }

  /// Waits until the log is to be folded; `false` once closed.
  private func waitForWork() -> Bool {
    condition.withLock {
      while phase != .copying && !closed { condition.wait() }
      return !closed
    }
  }

  /// Makes the writer's connection tell this how long the log is after each commit, in place
  /// of folding the log itself.
  ///
  /// The hook holds this object unretained: ``uninstall(from:pages:)`` removes it before it goes.
  func install(on db: Database) {
    sqlite3_wal_hook(
      db.sqliteConnection,
      { context, _, _, frames in
        guard let context else { return SQLITE_OK }
        Unmanaged<LogCheckpoints>.fromOpaque(context).takeUnretainedValue().frames = Int(frames)
        return SQLITE_OK
      }, Unmanaged.passUnretained(self).toOpaque())
  }

  /// Gives the writer's connection back SQLite's own folding, every `pages` pages of log, in
  /// place of the hook.
  func uninstall(from db: Database, pages: Int) {
    sqlite3_wal_autocheckpoint(db.sqliteConnection, Int32(clamping: pages))
  }

  /// Called on the writer's thread after each commit, with the writer's connection: starts
  /// folding the log once it is past its limit, and once this thread has folded it, folds
  /// what was committed meanwhile.
  func committed(on db: Database) {
    let catchUp = condition.withLock {
      switch phase {
      case .idle where frames >= limit || soon:
        phase = .copying
        soon = false
        condition.broadcast()
        return false
      case .copied:
        phase = .idle
        return true
      default:
        return false
      }
    }
    // Between transactions: the next one starts the log over once this one has copied
    // every page of it. One that cannot run now is tried again when the log passes its
    // limit again.
    if catchUp { _ = try? db.checkpoint(.passive) }
  }

  /// Folds the log after the writer's next commit, however long it is: called once the last
  /// batches are queued, so that this thread copies the log while they are written, not the
  /// writer's close once they are.
  func foldSoon() {
    condition.withLock { soon = true }
  }

  /// Waits for a copy in progress, ends the thread and closes its connection.
  func close() {
    condition.withLock {
      closed = true
      condition.broadcast()
    }
    finished.wait()
    try? connection.close()
  }
}
