import ArgumentParser
import ClaimDiffCore
import ClaimDiffReport

struct ShowCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show a version's claims with their sources.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup(title: "Output") var output: OutputOptions
  @Argument(help: "The story's slug.") var story: String
  @Argument(help: "The version (default: the last).") var version: Int?

  func run() async throws {
    try await reportingTrouble { emit(try render()) }
  }

  func render() throws(ClaimDiffError) -> String {
    let version = try global.readStore().version(version, of: story)
    return output.render(
      text: { $0.version(version) },
      json: { JSONReport.claims(version.claims, version: version.info) },
      markdown: { MarkdownReport.version(version) })
  }
}
