import ClaimDiffCore
import Dispatch
import Foundation
import GRDB

/// How far a bulk import has come.
public struct ImportProgress: Sendable, Equatable {
  /// Versions read, extracted and committed.
  public var versions: Int
  /// Versions that were new.
  public var added: Int
  /// Bytes of article text committed.
  public var textBytes: Int
  /// The stories touched so far.
  public var stories: Int
}

extension ClaimStore {
  /// Ingests a stream of versions in batches: the same result as ingesting them one by one,
  /// in order, at bulk speed.
  ///
  /// `next` is called on the calling thread until it returns `nil`, so the input is read as
  /// it streams and memory does not grow with it. Versions are extracted on `workers`
  /// threads and written, a few hundred at a time, on a thread of its own while the next ones
  /// are extracted; each batch is one transaction. A failure stops the import: the batches
  /// committed before it stay, the batch it is in and those after it are not written.
  ///
  /// - Parameters:
  ///   - batch: Versions per transaction.
  ///   - piece: Versions handed from extraction to the writer at a time. A batch of more is
  ///     written in pieces of this many, each freed once written: a larger transaction holds
  ///     no more versions in memory, and writes the pages that every transaction touches (the
  ///     indexes' leaves where new claims go) fewer times.
  ///   - workers: Threads that extract; one per processor by default.
  ///   - progress: Called on the calling thread once a batch has committed, in order.
  /// - Returns: What the import did.
  public func importVersions(
    batch: Int = 2000, piece: Int = 200, workers: Int = defaultWorkers,
    extractor: Extractor, now: Date = Date(),
    next: () throws(ClaimDiffError) -> IngestRequest?,
    progress: (ImportProgress) -> Void = { _ in }
  ) throws(ClaimDiffError) -> ImportProgress {
    let batch = max(1, batch)
    let lookup = try knownContent()
    // Closed before the writer, so that the writer, the last connection, folds the log into
    // the file when it closes.
    defer { lookup?.close() }
    // A larger page cache keeps a batch of versions from spilling pages to the log before it
    // commits. Folding the log into the file every 64 MB instead of every 4 MB writes the
    // pages that every batch touches (the indexes' upper levels) far fewer times. The log's
    // limit is in pages, whose size is the file's own.
    let logPages = try write { db in
      let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 4096
      let pages = (64 << 20) / pageSize
      try db.execute(sql: "PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = \(pages)")
      return pages
    }
    // The log is folded on a thread of its own while the writer goes on: the syncs of a fold
    // take the writer about a second per 100 MB imported, a tenth of the import. Closed after
    // the writes, before the other connection.
    let checkpoints = logCheckpoints(limit: logPages)
    if let checkpoints {
      writer.writeWithoutTransaction { db in checkpoints.install(on: db) }
    }
    defer {
      if let checkpoints {
        checkpoints.close()
        writer.writeWithoutTransaction { db in
          checkpoints.uninstall(from: db, pages: logPages)
        }
      }
    }
    // The import's writes do not look up their foreign keys, row by row: every id a claim
    // refers to (its version, source and event) is one its own transaction has just written
    // or read, under the write lock, and no write of claimdiff deletes a row. The lookups, and
    // the cursors that each claim's insert opened on three tables for them, took 2% of the
    // import's instructions and 3-5% of its processor time. The other writes keep checking; so
    // does this connection once the import ends, whether it succeeds or not.
    writer.writeWithoutTransaction { db in try? db.execute(sql: "PRAGMA foreign_keys = OFF") }
    defer {
      writer.writeWithoutTransaction { db in try? db.execute(sql: "PRAGMA foreign_keys = ON") }
    }
    // While one piece is written, the next may wait its turn and the one after it is extracted:
    // a write that folds the log into the file takes several pieces' time, and extraction
    // goes on meanwhile.
    let writes = WriteQueue(
      store: self, stamp: Self.timestamp(now), checkpoints: checkpoints, depth: 2)
    defer { writes.close() }
    var done = ImportProgress(versions: 0, added: 0, textBytes: 0, stories: 0)
    var stories: Set<String> = []
    func settle(_ results: [Result<[IngestOutcome], ClaimDiffError>]) throws(ClaimDiffError) {
      for result in results {
        for outcome in try result.get() {
          done.versions += 1
          done.textBytes += outcome.version.bytes
          if case .added = outcome { done.added += 1 }
          stories.insert(outcome.version.story)
        }
        done.stories = stories.count
        progress(done)
      }
    }
    let known = lookup?.contains
    // The writer shares a processor with a lane only when there are as many lanes as
    // processors.
    let yielding = workers >= ProcessInfo.processInfo.activeProcessorCount
    let lanes = Lanes(workers: max(1, workers), yielding: yielding) { [self] request in
      Result { () throws(ClaimDiffError) in
        try prepare(request, extractor: extractor, now: now, known: { known?($0, $1) ?? false })
      }
    }
    defer { lanes.close() }
    let piece = max(1, min(batch, piece))
    // Versions read ahead of the piece being gathered: the lanes go on with the next piece
    // while the last versions of this one are extracted, and while this thread waits for the
    // writer.
    let window = 2 * piece
    var read = 0
    var gathered = 0
    // Where the batch being gathered starts.
    var batchStart = 0
    var ended = false
    var failure: ClaimDiffError?
    func readAhead() {
      while !ended && failure == nil && read - gathered < window {
        do {
          if let request = try next() {
            lanes.add(request)
            read += 1
          } else {
            ended = true
          }
        } catch {
          failure = error
        }
      }
    }
    while true {
      readAhead()
      // A piece is whole, or ends its batch, or the import; one cut short by a read failure
      // is not written, nor is the rest of its batch.
      let end = min(gathered + piece, batchStart + batch, read)
      guard end > gathered,
        end - gathered == piece || end == batchStart + batch || ended
      else { break }
      // The pieces written are freed here, not on the writer's thread, which has the most
      // to do.
      var (outcomes, spent) = writes.finished()
      spent.removeAll()
      let prepared: [Prepared]
      do {
        prepared = try lanes.take(end - gathered).map { result throws(ClaimDiffError) in
          try result.get()
        }
      } catch {
        try settle(outcomes + writes.drain().outcomes)
        throw error
      }
      gathered = end
      // The lanes get the next versions before this thread waits for the writer, which may
      // be busy with the pieces before: they do not run out of work meanwhile.
      readAhead()
      let commits = end == batchStart + batch || (ended && end == read)
      if commits { batchStart = end }
      try settle(outcomes)
      writes.submit(prepared, commits: commits)
    }
    checkpoints?.foldSoon()
    try settle(writes.drain().outcomes)
    if let failure { throw failure }
    return done
  }

  /// What tells whether a story holds content with a hash; `nil` in memory, and when the
  /// database holds no version yet, so that nothing is to be recognized before extracting.
  ///
  /// Either way the writer recognizes content stored already; this only spares extracting it.
  private func knownContent() throws(ClaimDiffError) -> KnownContent? {
    guard let path else { return nil }
    do {
      let reader = try openReader()
      let stored = try reader.read { db in
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM version)") ?? false
      }
      guard stored else {
        try reader.close()
        return nil
      }
      return KnownContent(reader: reader)
    } catch {
      throw Self.wrap(error, path: path)
    }
  }

  /// Lowers the calling thread's priority below the writer's: on Linux its nice value goes up
  /// by ``lanePriorityStep``, up to 19; elsewhere nothing changes.
  ///
  /// An import runs one lane per processor by default, and the writer, which then shares a
  /// processor with a lane. Taking equal turns, it got about two thirds of a processor, less
  /// than it needs, and fell behind; the lanes then stopped at their read-ahead limit and left
  /// a processor idle until it caught up. With the lanes below it, the writer takes the turns
  /// it needs and the lanes the rest: the bench's import kept 1.92–1.95 processors busy
  /// instead of 1.82–1.87. To other programs, the lanes yield a little more than they did; with
  /// fewer lanes than processors (`--jobs`), they keep their priority.
  ///
  /// Linux keeps a nice value per thread; a thread made by this one starts with this one's.
  static func lowerThreadPriority() {
    #if os(Linux)
      let which = __priority_which_t(PRIO_PROCESS.rawValue)
      // -1 is a nice value as well as the error return: errno tells them apart.
      errno = 0
      let current = getpriority(which, 0)
      guard errno == 0 else { return }
      _ = setpriority(which, 0, min(19, current + lanePriorityStep))
    #endif
  }

  /// How much lower than the writer's the lanes' priority is, in steps of nice value.
  static let lanePriorityStep: Int32 = 5

  /// Threads that extract by default: one per processor.
  ///
  /// The writer takes turns with them on those processors.
  public static var defaultWorkers: Int {
    max(1, ProcessInfo.processInfo.activeProcessorCount)
  }
}

/// Pieces of batches written in order on a thread of their own, each batch in a transaction.
///
/// The thread holds the writer's connection for the whole import, so that a transaction stays
/// open from the first piece of its batch to the last. A batch's outcomes are handed over once
/// it commits. Once a write fails, its batch is rolled back and nothing queued after it is
/// written; a batch whose last piece never comes is rolled back when the queue closes.
///
/// `@unchecked Sendable`: every stored variable but the constants is read and written with
/// `condition` locked; the writes run unlocked, on a piece taken out of `pieces` first.
private final class WriteQueue: @unchecked Sendable {
  typealias Outcome = Result<[IngestOutcome], ClaimDiffError>
  /// Versions to write, and whether they end their batch.
  private typealias Piece = (versions: [ClaimStore.Prepared], commits: Bool)

  private let condition = NSCondition()
  private let store: ClaimStore
  private let stamp: String
  private let checkpoints: LogCheckpoints?
  private let depth: Int
  private var pieces: [Piece] = []
  /// Whether the thread is writing a piece it took from `pieces`.
  private var running = false
  private var results: [Outcome] = []
  private var spent: [[ClaimStore.Prepared]] = []
  private var closed = false
  private let ended = DispatchGroup()

  /// Starts the thread; `submit` waits while `depth` pieces are queued or being written.
  init(store: ClaimStore, stamp: String, checkpoints: LogCheckpoints?, depth: Int) {
    self.store = store
    self.stamp = stamp
    self.checkpoints = checkpoints
    self.depth = depth
    ended.enter()
    let thread = Thread { [self] in
      store.writer.writeWithoutTransaction { db in work(db) }
      ended.leave()
    }
    thread.stackSize = 8 << 20
    thread.start()
  }

  private func work(_ db: Database) {
    // What the open transaction has written: the outcomes of its batch so far, and what
    // its later pieces may read from instead of the database.
    var written: [IngestOutcome] = []
    var cache = ClaimStore.WriteCache()
    var failed = false
    while let piece = nextPiece() {
      var outcome: Outcome?
      if failed {
        outcome = .failure(.store("not written after a failed write"))
      } else {
        do {
          // IMMEDIATE, as every write of the store's: see ``ClaimStore/write(_:)``.
          if !db.isInsideTransaction { try db.beginTransaction(.immediate) }
          written += try store.insert(piece.versions, db: db, stamp: stamp, cache: &cache)
          if piece.commits {
            try store.indexTexts(cache.indexed, db: db)
            try db.commit()
            outcome = .success(written)
            checkpoints?.committed(on: db)
          }
        } catch {
          if db.isInsideTransaction { try? db.rollback() }
          failed = true
          outcome = .failure(ClaimStore.wrap(error, path: store.path ?? ":memory:"))
        }
        // A transaction that committed or failed is over: the next starts afresh.
        if outcome != nil {
          written = []
          cache = ClaimStore.WriteCache()
        }
      }
      condition.withLock {
        running = false
        if let outcome { results.append(outcome) }
        spent.append(piece.versions)
        condition.broadcast()
      }
    }
    // A batch cut short: its versions are not written.
    if db.isInsideTransaction { try? db.rollback() }
  }

  /// The next piece to write, marked as being written; `nil` once closed and all are written.
  private func nextPiece() -> Piece? {
    condition.withLock {
      while pieces.isEmpty && !closed { condition.wait() }
      guard !pieces.isEmpty else { return nil }
      running = true
      return pieces.removeFirst()
    }
  }

  /// Queues versions to write after those queued before, once fewer than `depth` pieces are
  /// queued or being written; `commits` when they end their batch.
  func submit(_ versions: [ClaimStore.Prepared], commits: Bool) {
    condition.withLock {
      while pieces.count + (running ? 1 : 0) >= depth { condition.wait() }
      pieces.append((versions, commits))
      condition.broadcast()
    }
  }

  /// The outcomes of the batches committed, or failed, since the last call, and the pieces
  /// written, in order, without waiting.
  func finished() -> (outcomes: [Outcome], spent: [[ClaimStore.Prepared]]) {
    condition.withLock { handOver() }
  }

  /// Waits for every queued piece, and gives what was not handed over yet, in order.
  func drain() -> (outcomes: [Outcome], spent: [[ClaimStore.Prepared]]) {
    condition.withLock {
      while !pieces.isEmpty || running { condition.wait() }
      return handOver()
    }
  }

  /// What has finished, taken out of the queue; called with the lock held.
  private func handOver() -> (outcomes: [Outcome], spent: [[ClaimStore.Prepared]]) {
    defer {
      results = []
      spent = []
    }
    return (results, spent)
  }

  /// Lets the thread end once the queued pieces are written, and waits for it: a batch left
  /// open is rolled back, and the writer's connection is free again.
  func close() {
    condition.withLock {
      closed = true
      condition.broadcast()
    }
    ended.wait()
  }
}

/// Threads that extract versions in the order they are added, each taking the next one when it
/// is free, so one long article does not hold the others back.
///
/// The threads are their own, not Swift's cooperative pool, which blocking work must not hold.
/// When they share the processors with the writer, they run at a lower priority than its
/// thread (see ``ClaimStore/lowerThreadPriority()``).
///
/// `@unchecked Sendable`: every stored variable is read and written with `condition` locked;
/// the work runs unlocked, on a version taken out of `queue` first.
private final class Lanes: @unchecked Sendable {
  typealias Outcome = Result<ClaimStore.Prepared, ClaimDiffError>

  private let condition = NSCondition()
  /// Versions added and not taken by a lane yet, from `head`; the rest are `nil`.
  private var queue: [IngestRequest?] = []
  private var head = 0
  /// The order of the version at `head`: versions are numbered from 0 as they are added.
  private var taken = 0
  /// Outcomes not handed over yet, by the order of their versions.
  private var outcomes: [Int: Outcome] = [:]
  /// The order of the next outcome to hand over.
  private var handed = 0
  private var closed = false
  private let finished = DispatchGroup()

  /// Starts `workers` threads that run `work` on each version added, below the writer's
  /// priority when `yielding`.
  init(
    workers: Int, yielding: Bool, work: @escaping @Sendable (IngestRequest) -> Outcome
  ) {
    for _ in 0..<workers {
      finished.enter()
      let thread = Thread { [self] in
        if yielding { ClaimStore.lowerThreadPriority() }
        while let (order, request) = nextVersion() {
          let outcome = work(request)
          condition.withLock {
            outcomes[order] = outcome
            condition.broadcast()
          }
        }
        finished.leave()
      }
      thread.stackSize = 8 << 20
      thread.start()
    }
  }

  /// The next version to extract and its order; `nil` once closed.
  private func nextVersion() -> (Int, IngestRequest)? {
    condition.withLock {
      while head == queue.count && !closed { condition.wait() }
      guard !closed, let request = queue[head] else { return nil }
      queue[head] = nil
      head += 1
      taken += 1
      // The front already taken is dropped once it is most of the array.
      if head >= 64 && head * 2 >= queue.count {
        queue.removeFirst(head)
        head = 0
      }
      return (taken - 1, request)
    }
  }

  /// Adds a version to extract after those added before it.
  func add(_ request: IngestRequest) {
    condition.withLock {
      queue.append(request)
      condition.broadcast()
    }
  }

  /// The outcomes of the next `count` versions, in the order they were added, once all are
  /// extracted.
  func take(_ count: Int) -> [Outcome] {
    condition.withLock {
      var taken: [Outcome] = []
      taken.reserveCapacity(count)
      while taken.count < count {
        if let outcome = outcomes.removeValue(forKey: handed) {
          taken.append(outcome)
          handed += 1
        } else {
          condition.wait()
        }
      }
      return taken
    }
  }

  /// Stops the threads once they finish the versions they are extracting, and waits for them.
  ///
  /// Versions no lane has taken are not extracted.
  func close() {
    condition.withLock {
      closed = true
      condition.broadcast()
    }
    finished.wait()
  }
}

/// Whether a story holds content with a hash, read through a connection of its own.
///
/// In WAL mode it reads while a batch is being written. Content found is not extracted again,
/// so an interrupted import runs again at the speed of reading.
private final class KnownContent: Sendable {
  private let reader: DatabaseQueue

  init(reader: DatabaseQueue) { self.reader = reader }

  @Sendable func contains(story: String, hash: String) -> Bool {
    // One statement reads consistently by itself: no transaction around it. Prepared once.
    let found = try? reader.unsafeRead { db in
      try Bool.fetchOne(
        db.cachedStatement(
          sql: """
            SELECT 1 FROM version v JOIN story s ON s.id = v.story_id
            WHERE s.slug = ? AND v.hash = ?
            """), arguments: [story, hash])
    }
    return found == true
  }

  func close() { try? reader.close() }
}
