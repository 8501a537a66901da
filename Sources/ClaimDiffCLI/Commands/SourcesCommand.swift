import ArgumentParser
import ClaimDiffCore
import ClaimDiffReport

struct SourcesCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sources",
    abstract: "List the sources of the last version of a story (or every story), with counts.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup(title: "Output") var output: OutputOptions
  @Argument(help: "The story's slug (default: every story).") var story: String?

  func run() async throws {
    try await reportingTrouble { emit(try render()) }
  }

  func render() throws(ClaimDiffError) -> String {
    let counts = try global.readStore().sources(story: story).map {
      SourceCountValue(source: $0.source, asSource: $0.asSource, asChannel: $0.asChannel)
    }
    let title =
      "\(counts.count) source\(counts.count == 1 ? "" : "s")" + (story.map { " in \($0)" } ?? "")
    return output.render(
      text: { $0.sources(counts, title: title) },
      json: { JSONReport.sources(counts) },
      markdown: { MarkdownReport.sources(counts, title: title) })
  }
}
