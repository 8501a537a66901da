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
    return output.render(
      text: { $0.log(story: story, versions: versions) },
      json: { JSONReport.log(story: story, versions: versions) },
      markdown: { MarkdownReport.log(story: story, versions: versions) })
  }
}
