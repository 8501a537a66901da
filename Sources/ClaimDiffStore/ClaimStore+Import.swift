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
  /// it streams and memory does not grow with it. While one batch is written in a single
  /// transaction, the next is extracted on `workers` threads. A failure stops the import:
  /// the batches committed before it stay, the batch it is in is not written.
  ///
  /// - Parameters:
  ///   - batch: Versions per transaction.
  ///   - workers: Threads that extract; one per processor by default.
  ///   - progress: Called on the calling thread after each batch commits.
  /// - Returns: What the import did.
  public func importVersions(
    batch: Int = 200, workers: Int = defaultWorkers,
    extractor: Extractor, now: Date = Date(),
    next: () throws(ClaimDiffError) -> IngestRequest?,
    progress: (ImportProgress) -> Void = { _ in }
  ) throws(ClaimDiffError) -> ImportProgress {
    let inFlight = InFlight()
    let lookup = try knownContent()
    // Closed before the writer, so that the writer, the last connection, folds the log into
    // the file when it closes.
    defer { lookup?.close() }
    // A larger page cache keeps a batch of versions from spilling pages to the log before it
    // commits. Folding the log into the file every 64 MB instead of every 4 MB writes the
    // pages that every batch touches (the indexes' upper levels) far fewer times.
    try write { db in
      try db.execute(sql: "PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = 16384")
    }
    var done = ImportProgress(versions: 0, added: 0, textBytes: 0, stories: 0)
    var stories: Set<String> = []
    func settle() throws(ClaimDiffError) {
      guard let result = inFlight.take() else { return }
      let outcomes = try result.get()
      for outcome in outcomes {
        done.versions += 1
        done.textBytes += outcome.version.bytes
        if case .added = outcome { done.added += 1 }
        stories.insert(outcome.version.story)
      }
      done.stories = stories.count
      progress(done)
    }
    var requests: [IngestRequest] = []
    requests.reserveCapacity(batch)
    while true {
      requests.removeAll(keepingCapacity: true)
      do {
        while requests.count < batch, let request = try next() { requests.append(request) }
      } catch {
        try settle()
        throw error
      }
      if requests.isEmpty { break }
      let prepared: [Prepared]
      do {
        prepared = try prepareAll(
          requests, workers: workers, extractor: extractor, now: now, known: lookup?.contains)
      } catch {
        try settle()
        throw error
      }
      try settle()
      let stamp = Self.timestamp(now)
      inFlight.start { [self] in
        Result { () throws(ClaimDiffError) in
          try write { db in try insert(prepared, db: db, stamp: stamp) }
        }
      }
    }
    try settle()
    return done
  }

  /// What tells whether a story holds content with a hash; `nil` in memory.
  private func knownContent() throws(ClaimDiffError) -> KnownContent? {
    guard let path else { return nil }
    do {
      return KnownContent(reader: try openReader())
    } catch {
      throw Self.wrap(error, path: path)
    }
  }

  /// Threads that extract by default: one per processor.
  ///
  /// The writer's share of the work is small enough that it takes turns on those processors.
  public static var defaultWorkers: Int {
    max(1, ProcessInfo.processInfo.activeProcessorCount)
  }

  /// Validates and extracts versions on up to `workers` threads, keeping their order.
  func prepareAll(
    _ requests: [IngestRequest], workers: Int, extractor: Extractor, now: Date,
    known: (@Sendable (_ story: String, _ hash: String) -> Bool)? = nil
  ) throws(ClaimDiffError) -> [Prepared] {
    let slots = Slots<Result<Prepared, ClaimDiffError>>(count: requests.count)
    let lanes = max(1, min(workers, requests.count))
    // Threads of their own: the caller may be on Swift's cooperative pool, which blocking
    // work must not hold.
    let finished = DispatchGroup()
    for _ in 0..<lanes {
      finished.enter()
      let thread = Thread { [self] in
        // Each lane takes the next version when it is free: one long article does not hold
        // the others back.
        while let index = slots.next() {
          slots[index] = Result { () throws(ClaimDiffError) in
            try prepare(
              requests[index], extractor: extractor, now: now,
              known: { known?($0, $1) ?? false })
          }
        }
        finished.leave()
      }
      thread.stackSize = 8 << 20
      thread.start()
    }
    finished.wait()
    var prepared: [Prepared] = []
    prepared.reserveCapacity(requests.count)
    for index in requests.indices {
      guard let result = slots[index] else { throw .store("a version was not extracted") }
      prepared.append(try result.get())
    }
    return prepared
  }
}

/// The write in flight, on a thread of its own, and its outcome.
private final class InFlight: @unchecked Sendable {
  private let lock = NSLock()
  private var result: Result<[IngestOutcome], ClaimDiffError>?
  private var running: DispatchSemaphore?

  /// Runs `body` on a new thread; at most one runs at a time.
  func start(_ body: @escaping @Sendable () -> Result<[IngestOutcome], ClaimDiffError>) {
    let done = DispatchSemaphore(value: 0)
    running = done
    let thread = Thread { [self] in
      let outcome = body()
      lock.withLock { result = outcome }
      done.signal()
    }
    thread.stackSize = 8 << 20
    thread.start()
  }

  /// Waits for the write in flight, if any, and hands over its outcome.
  func take() -> Result<[IngestOutcome], ClaimDiffError>? {
    running?.wait()
    running = nil
    return lock.withLock {
      defer { result = nil }
      return result
    }
  }
}

/// Fixed slots that concurrent workers fill, each slot by the one worker that took it.
private final class Slots<Value>: @unchecked Sendable {
  private var values: [Value?]
  private var taken = 0
  private let lock = NSLock()

  init(count: Int) { values = Array(repeating: nil, count: count) }

  /// The next slot no worker has taken; `nil` when all are taken.
  func next() -> Int? {
    lock.withLock {
      guard taken < values.count else { return nil }
      defer { taken += 1 }
      return taken
    }
  }

  subscript(index: Int) -> Value? {
    get { lock.withLock { values[index] } }
    set { lock.withLock { values[index] = newValue } }
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
