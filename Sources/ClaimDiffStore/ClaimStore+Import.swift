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
  /// it streams and memory does not grow with it. Each batch is extracted on `workers`
  /// threads, then written in a single transaction on a thread of its own while the next
  /// batches are extracted; one more may wait for its turn. A failure stops the import: the
  /// batches committed before it stay, the batch it is in and those after it are not written.
  ///
  /// - Parameters:
  ///   - batch: Versions per transaction.
  ///   - workers: Threads that extract; one per processor by default.
  ///   - progress: Called on the calling thread once a batch has committed, in order.
  /// - Returns: What the import did.
  public func importVersions(
    batch: Int = 200, workers: Int = defaultWorkers,
    extractor: Extractor, now: Date = Date(),
    next: () throws(ClaimDiffError) -> IngestRequest?,
    progress: (ImportProgress) -> Void = { _ in }
  ) throws(ClaimDiffError) -> ImportProgress {
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
    // While one batch is written, the next may wait its turn and the one after it is extracted:
    // a write that folds the log into the file takes several batches' time, and extraction
    // goes on meanwhile.
    let writes = WriteQueue(depth: 2)
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
    let lanes = Lanes(workers: max(1, workers)) { [self] request in
      Result { () throws(ClaimDiffError) in
        try prepare(request, extractor: extractor, now: now, known: { known?($0, $1) ?? false })
      }
    }
    defer { lanes.close() }
    // Versions read ahead of the batch being gathered: the lanes go on with the next batch
    // while the last versions of this one are extracted, and while this thread waits for the
    // writer.
    let window = 2 * batch
    var read = 0
    var gathered = 0
    var ended = false
    var failure: ClaimDiffError?
    let stamp = Self.timestamp(now)
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
      // A batch is whole, or the last one; one cut short by a read failure is not written.
      let end = min(gathered + batch, read)
      guard end > gathered, end - gathered == batch || ended else { break }
      // The batches written are freed here, not on the writer's thread, which has the most
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
      // be busy with the batches before: they do not run out of work meanwhile.
      readAhead()
      try settle(outcomes)
      writes.submit { [self] in
        let outcome = Result { () throws(ClaimDiffError) in
          try write { db in try insert(prepared, db: db, stamp: stamp) }
        }
        checkpoints?.committed(on: writer)
        return (outcome, prepared)
      }
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

  /// Threads that extract by default: one per processor.
  ///
  /// The writer takes turns with them on those processors.
  public static var defaultWorkers: Int {
    max(1, ProcessInfo.processInfo.activeProcessorCount)
  }
}

/// Batches written in order, each in its own transaction, on a thread of their own.
///
/// Once a write fails, the ones queued after it are not run: an import stops at its first
/// failure.
///
/// `@unchecked Sendable`: every stored variable is read and written with `condition` locked;
/// the jobs run unlocked, but each is taken out of `jobs` first.
private final class WriteQueue: @unchecked Sendable {
  typealias Outcome = Result<[IngestOutcome], ClaimDiffError>
  /// A write: its outcome, and the batch it wrote, handed back to be freed by the caller.
  typealias Job = @Sendable () -> (Outcome, [ClaimStore.Prepared])

  private let condition = NSCondition()
  private let depth: Int
  private var jobs: [Job] = []
  /// Whether the thread is running a job it took from `jobs`.
  private var running = false
  private var results: [Outcome] = []
  private var spent: [[ClaimStore.Prepared]] = []
  private var failed = false
  private var closed = false

  /// Starts the thread; `submit` waits while `depth` writes are queued or running.
  init(depth: Int) {
    self.depth = depth
    let thread = Thread { [self] in work() }
    thread.stackSize = 8 << 20
    thread.start()
  }

  private func work() {
    condition.lock()
    while true {
      while jobs.isEmpty && !closed { condition.wait() }
      if jobs.isEmpty { break }
      let job = jobs.removeFirst()
      let skip = failed
      running = true
      condition.unlock()
      let (outcome, batch) =
        skip ? (.failure(.store("not written after a failed write")), []) : job()
      condition.lock()
      running = false
      if case .failure = outcome { failed = true }
      results.append(outcome)
      spent.append(batch)
      condition.broadcast()
    }
    condition.unlock()
  }

  /// Queues a write, once fewer than `depth` are queued or running.
  func submit(_ job: @escaping Job) {
    condition.withLock {
      while jobs.count + (running ? 1 : 0) >= depth { condition.wait() }
      jobs.append(job)
      condition.broadcast()
    }
  }

  /// The outcomes and batches of the writes finished since the last call, in order, without
  /// waiting.
  func finished() -> (outcomes: [Outcome], spent: [[ClaimStore.Prepared]]) {
    condition.withLock { handOver() }
  }

  /// Waits for every queued write, and gives what was not handed over yet, in order.
  func drain() -> (outcomes: [Outcome], spent: [[ClaimStore.Prepared]]) {
    condition.withLock {
      while !jobs.isEmpty || running { condition.wait() }
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

  /// Lets the thread end once the queued writes are done.
  func close() {
    condition.withLock {
      closed = true
      condition.broadcast()
    }
  }
}

/// Threads that extract versions in the order they are added, each taking the next one when it
/// is free, so one long article does not hold the others back.
///
/// The threads are their own, not Swift's cooperative pool, which blocking work must not hold.
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

  /// Starts `workers` threads that run `work` on each version added.
  init(workers: Int, work: @escaping @Sendable (IngestRequest) -> Outcome) {
    for _ in 0..<workers {
      finished.enter()
      let thread = Thread { [self] in
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
