import Foundation
import GRDB

/// Writes a progress line to standard error.
func progress(_ line: String) {
  FileHandle.standardError.write(Data("[bench] \(line)\n".utf8))
}

/// The whole benchmark: import, database, claims by source, diff, machine.
struct Bench {
  let megabytes: Double
  let work: String
  let keepWork: Bool
  let binary: String
  let seed: UInt64
  /// A repeated measurement stops early once its runs took this long in all.
  let budget = 150.0

  init(megabytes: Double, work: String?, binary: String?, seed: UInt64) throws {
    self.megabytes = megabytes
    self.seed = seed
    keepWork = work != nil
    self.work =
      work
      ?? (NSTemporaryDirectory() + "claimdiff-bench-\(ProcessInfo.processInfo.processIdentifier)")
    let own = Bundle.main.executablePath ?? CommandLine.arguments[0]
    let path = binary ?? (URL(fileURLWithPath: own).deletingLastPathComponent().path + "/claimdiff")
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw BenchError("no claimdiff executable at \(path): build it, or pass --binary PATH")
    }
    self.binary = path
  }

  /// Runs every measurement and returns the report.
  func run() throws -> String {
    let files = FileManager.default
    let clock = ContinuousClock()
    let started = clock.now
    try files.createDirectory(atPath: work, withIntermediateDirectories: true)
    defer { if !keepWork { try? files.removeItem(atPath: work) } }
    var report = "claimdiff-bench · \(binary)\n"

    // a. import
    let corpus = work + "/corpus.jsonl"
    let database = work + "/bench.sqlite"
    for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: database + suffix) }
    progress("generating \(Self.number(megabytes)) MB of stories (seed \(seed))")
    let summary = try CorpusWriter.corpus(megabytes: megabytes, seed: seed, to: corpus)
    let textMB = Double(summary.textBytes) / 1e6
    progress(
      "corpus: \(Self.megabytes(summary.textBytes)) MB, \(summary.versions) versions; importing")
    let imported = try Child.run(
      binary, ["--db", database, "import", corpus], stdout: work + "/import.out",
      stderr: work + "/import.err")
    progress("import took \(Self.number(imported.seconds)) s, status \(imported.status)")
    // On a machine shared with other jobs the time drifts with their load; the processor
    // time, and how many processors were kept busy, say how much of it was the import's.
    let cpu = imported.userSeconds + imported.systemSeconds
    report += """

      import (claimdiff import, fresh database)
        corpus            \(Self.megabytes(summary.textBytes)) MB of article text, \
      \(summary.versions) versions, \(summary.stories) stories (seed \(seed))
        time              \(Self.number(imported.seconds)) s
        throughput        \(Self.number(textMB / imported.seconds)) MB/s of text, \
      \(Self.number(Double(summary.versions) / imported.seconds, digits: 0)) versions/s
        peak RSS          \(Self.number(Double(imported.peakKilobytes) / 1024, digits: 0)) MB
        CPU               \(Self.number(cpu)) s (user \(Self.number(imported.userSeconds)), \
      system \(Self.number(imported.systemSeconds))): \(Self.number(cpu / imported.seconds)) \
      processors busy on average

      """
    if imported.status != 0 {
      report +=
        "  IMPORT FAILED (exit \(imported.status)): \(Self.firstLine(work + "/import.err"))\n"
    } else {
      report += "  claimdiff said:   \(Self.firstLine(work + "/import.out"))\n"
    }

    // b. database
    let stats = try Self.databaseStats(database)
    let bytes = Self.fileSize(database) + Self.fileSize(database + "-wal")
    report += """

      database
        claims            \(stats.claims) (\(stats.versions) versions, \(stats.stories) stories, \
      \(stats.sources) sources)
        file size         \(Self.number(Double(bytes) / 1e6)) MB after a WAL checkpoint
        bytes per claim   \(stats.claims > 0 ? Self.number(Double(bytes) / Double(stats.claims), digits: 0) : "-")

      """
    if stats.claims < 1_000_000 {
      let needed = stats.claims > 0 ? megabytes * 1_000_000 / Double(stats.claims) : 0
      report +=
        "  NOTE: under one million claims; about \(Self.number(needed, digits: 0)) MB of "
        + "text would reach one million at this density.\n"
    }

    // c. claims --source
    report += "\nclaims --source NAME (last version of every story, text to /dev/null)\n"
    // The rare source: the first person quoted in one story whose claims claimdiff finds.
    var rare = summary.rarePersons.first ?? "nobody"
    for name in summary.rarePersons.prefix(40) {
      _ = try Child.run(
        binary, ["--db", database, "claims", "--source", name, "--color", "never"],
        stdout: work + "/claims.out")
      if Int(Self.firstLine(work + "/claims.out").prefix { $0.isNumber }) ?? 0 > 0 {
        rare = name
        break
      }
    }
    for (label, name) in [("frequent", "White House"), ("rare", rare)] {
      progress("claims --source \(name)")
      let arguments = ["--db", database, "claims", "--source", name, "--color", "never"]
      let counted = try Child.run(binary, arguments, stdout: work + "/claims.out")
      let count = Self.firstLine(work + "/claims.out").prefix { $0.isNumber }
      let timing = try repeated(arguments)
      report +=
        "  \(label.padding(toLength: 9, withPad: " ", startingAt: 0)) "
        + "\(name.padding(toLength: 22, withPad: " ", startingAt: 0)) "
        + "\(count.isEmpty ? "?" : String(count)) claims, \(timing)"
        + (counted.status == 0 ? "" : " (exit \(counted.status))") + "\n"
    }

    // d. diff
    report += "\ndiff SLUG 1 2 --format json (to /dev/null)\n"
    var medians: [Int: Double] = [:]
    for (index, sentences) in [50, 500, 5_000].enumerated() {
      progress("diff of \(sentences) sentences: ingesting")
      let directory = work + "/pair-\(sentences)"
      let pairDatabase = directory + ".sqlite"
      for suffix in ["", "-wal", "-shm"] { try? files.removeItem(atPath: pairDatabase + suffix) }
      try CorpusWriter.pair(sentences: sentences, seed: seed, to: directory)
      let slug = "pair-\(sentences)"
      for (version, hour) in [("a", "08"), ("b", "12")] {
        let ingested = try Child.run(
          binary,
          [
            "--db", pairDatabase, "ingest", "--story", slug, "--published",
            "2025-01-0\(index + 1)T\(hour):00:00Z", "\(directory)/\(version).txt",
          ], stderr: work + "/ingest.err")
        guard ingested.status == 0 else {
          throw BenchError("ingest of \(slug) failed: \(Self.firstLine(work + "/ingest.err"))")
        }
      }
      progress("diff of \(sentences) sentences: timing")
      let arguments = ["--db", pairDatabase, "diff", slug, "1", "2", "--format", "json"]
      let (median, text) = try repeatedMedian(arguments)
      medians[sentences] = median
      report +=
        "  \(String(sentences).padding(toLength: 5, withPad: " ", startingAt: 0)) sentences  \(text)\n"
    }
    if let small = medians[50], let middle = medians[500], let large = medians[5_000] {
      report +=
        "  ratio 500/50 = \(Self.number(middle / small)), "
        + "5000/500 = \(Self.number(large / middle)) (10 = linear, 100 = quadratic)\n"
    }

    // e. machine
    let date = ISO8601DateFormatter().string(from: Date())
    report += """

      machine
        cores             \(ProcessInfo.processInfo.activeProcessorCount)
        date              \(date)
        bench wall time   \((clock.now - started).components.seconds) s (corpus generation included)

      """
    return report
  }

  /// Median time of up to five runs, as text.
  func repeated(_ arguments: [String]) throws -> String {
    try repeatedMedian(arguments).1
  }

  /// Median time of up to five runs (fewer when they take long), in seconds and as text.
  func repeatedMedian(_ arguments: [String]) throws -> (Double, String) {
    var times: [Double] = []
    var peak = 0
    var total = 0.0
    while times.count < 5 && (times.isEmpty || total < budget) {
      let run = try Child.run(binary, arguments, stderr: work + "/run.err")
      guard run.status == 0 || run.status == 1 else {
        throw BenchError(
          "claimdiff \(arguments.joined(separator: " ")) failed (exit \(run.status)): "
            + Self.firstLine(work + "/run.err"))
      }
      times.append(run.seconds)
      peak = max(peak, run.peakKilobytes)
      total += run.seconds
    }
    let median = times.sorted()[times.count / 2]
    var text = "median \(Self.number(median * 1000, digits: 1)) ms of \(times.count) runs"
    text += ", peak RSS \(Self.number(Double(peak) / 1024, digits: 0)) MB"
    return (median, text)
  }

  /// Counts read from the database after a checkpoint that empties the WAL.
  static func databaseStats(
    _ path: String
  ) throws -> (claims: Int, versions: Int, stories: Int, sources: Int) {
    guard FileManager.default.fileExists(atPath: path) else { return (0, 0, 0, 0) }
    let queue = try DatabaseQueue(path: path)
    let stats = try queue.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)")
      func count(_ table: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
      }
      return (
        claims: try count("claim"), versions: try count("version"), stories: try count("story"),
        sources: try count("source")
      )
    }
    try queue.close()
    return stats
  }

  /// A file's size in bytes, 0 when it is missing.
  static func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue
      ?? 0
  }

  /// The first line of a file, or an empty string.
  static func firstLine(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path) else { return "" }
    return String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init)
      ?? ""
  }

  /// Megabytes (10^6 bytes) with one decimal.
  static func megabytes(_ bytes: Int) -> String { number(Double(bytes) / 1e6) }

  /// A number with a fixed count of decimals.
  static func number(_ value: Double, digits: Int = 2) -> String {
    String(format: "%.\(digits)f", value)
  }
}
