import ArgumentParser
import ClaimDiffCore
import ClaimDiffReport

struct LogCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log", abstract: "List a story's versions with dates, sizes and claim counts.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup(title: "Output") var output: OutputOptions
  @Argument(help: "The story's slug.") var story: String

  func run() async throws {
    try await reportingTrouble { emit(try render()) }
  }

  func render() throws(ClaimDiffError) -> String {
    let versions = try global.readStore().versions(of: story)
    switch output.format {
    case .text: return TextReport(style: output.style).log(story: story, versions: versions)
    case .json:
      return JSONReport.log(story: story, versions: versions).rendered(pretty: true) + "\n"
    case .markdown: return MarkdownReport.log(story: story, versions: versions)
    }
  }
}
