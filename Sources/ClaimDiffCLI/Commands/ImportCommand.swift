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
  @Option(name: .long, help: "Versions per transaction.") var batch = 200

  func validate() throws {
    if batch < 1 { throw ValidationError("--batch must be at least 1") }
  }

  func run() async throws {
    try await reportingTrouble {
      let extractor = try global.extractor()
      let limit = try global.inputLimit()
      let source = try ImportSource(file, limit: limit, packs: extractor.packs)
      var reader = try source.reader(limit: limit)
      let store = try global.store()
      let name = source.name
      var pending: [IngestRequest] = []
      var added = 0
      var seen = 0
      var stories: Set<String> = []
      func flush() throws(ClaimDiffError) {
        guard !pending.isEmpty else { return }
        for outcome in try store.ingest(pending, extractor: extractor) {
          stories.insert(outcome.version.story)
          if case .added = outcome { added += 1 } else { seen += 1 }
        }
        pending.removeAll(keepingCapacity: true)
      }
      while let data = try reader.next() {
        guard let line = try JSONLine(data, path: name, line: reader.lineNumber) else { continue }
        pending.append(try line.request())
        if pending.count >= batch { try flush() }
      }
      try flush()
      emit(
        "imported \(added + seen) versions into \(stories.count) "
          + "stor\(stories.count == 1 ? "y" : "ies"): \(added) new, \(seen) seen again\n")
    }
  }
}
