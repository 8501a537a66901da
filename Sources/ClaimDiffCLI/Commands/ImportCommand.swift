import ArgumentParser
import ClaimDiffCore
import ClaimDiffStore
import Foundation

struct ImportCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Ingest many versions from a JSONL file, in order.",
    discussion: """
      Every line is {"story", "text", "published"?, "url"?}. Versions are written in batches, \
      each in one transaction; content already stored is recognized, so running the same \
      import again adds nothing.
      """)

  @OptionGroup var global: GlobalOptions
  @Argument(help: ArgumentHelp("The JSONL file, or - for standard input.", valueName: "file"))
  var file: String
  @Option(name: .long, help: "Versions per transaction.") var batch = 2000
  @Option(
    name: .long,
    help: ArgumentHelp(
      "Threads that extract (default: one per processor).",
      valueName: "n"))
  var jobs: Int?
  @Flag(inversion: .prefixedNo, help: "A progress bar on standard error, when it is a terminal.")
  var progress = true

  func validate() throws {
    if batch < 1 { throw ValidationError("--batch must be at least 1") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
  }

  func run() async throws {
    try await reportingTrouble {
      let extractor = try global.extractor()
      let limit = try global.inputLimit()
      let source = try ImportSource(file, limit: limit, packs: extractor.packs)
      var reader = try source.reader(limit: limit)
      let store = try global.store()
      defer { store.close() }
      let name = source.name
      var bar =
        progress && isatty(STDERR_FILENO) == 1 ? ProgressBar(total: reader.size) : nil
      let done = try store.importVersions(
        batch: batch, workers: jobs ?? ClaimStore.defaultWorkers,
        extractor: extractor,
        next: { () throws(ClaimDiffError) -> IngestRequest? in
          while let data = try reader.next() {
            guard let line = try JSONLine(data, path: name, line: reader.lineNumber) else {
              continue
            }
            return try line.request()
          }
          return nil
        },
        progress: { done in bar?.show(read: reader.bytesRead, versions: done.versions) })
      bar?.finish()
      let seen = done.versions - done.added
      emit(
        "imported \(done.versions) versions into \(done.stories) "
          + "stor\(done.stories == 1 ? "y" : "ies"): \(done.added) new, \(seen) seen again\n")
    }
  }
}
