import ArgumentParser
import ClaimDiffCore
import ClaimDiffReport
import ClaimDiffStore

struct IngestCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Store a new version of a story and extract its claims.",
    discussion: """
      The text may open with header lines such as 'date 2025-10-21'; the body follows the \
      first blank line. Content identical to a stored version adds no version: it is \
      recorded as that version seen again.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(name: .long, help: ArgumentHelp("The story's slug.", valueName: "slug"))
  var story: String

  @Option(
    name: .long,
    help: ArgumentHelp("Publication time, over the header's date (ISO 8601).", valueName: "time"))
  var published: String?

  @Option(name: .long, help: ArgumentHelp("Where the text comes from.", valueName: "url"))
  var url: String?

  @Option(name: .long, help: ArgumentHelp("Language code (default: detected).", valueName: "code"))
  var language: String?

  @Argument(
    help: ArgumentHelp("The version's text file, or - for standard input.", valueName: "file"))
  var file: String?

  func run() async throws {
    try await reportingTrouble { emit(try render()) }
  }

  /// Reads the input, stores the version, and says what happened.
  func render() throws(ClaimDiffError) -> String {
    let input = try InputReader.read(file, limit: try global.inputLimit())
    let request = IngestRequest(
      story: story, text: input.text, published: published, url: url, language: language)
    let extractor = try global.extractor()
    let store = try global.store()
    switch try store.ingest(request, extractor: extractor) {
    case .added(let version):
      return
        "\(version.story) v\(version.number) · \(version.day?.description ?? version.published) · "
        + "\(version.claims) claims\n"
    case .seenAgain(let version):
      return "\(version.story): same content as v\(version.number), recorded as seen again\n"
    }
  }
}
