import ArgumentParser
import ClaimDiffCore
import ClaimDiffReport

struct TimelineCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "timeline",
    abstract: "Show each event's statuses over time, with who said each and when.")

  @OptionGroup var global: GlobalOptions
  @OptionGroup(title: "Output") var output: OutputOptions
  @Argument(help: "The story's slug.") var story: String

  func run() async throws {
    try await reportingTrouble { emit(try render()) }
  }

  func render() throws(ClaimDiffError) -> String {
    let timelines = EventTimeline.build(try global.readStore().allVersions(of: story))
    return output.render(
      text: { $0.timeline(story: story, timelines) },
      json: { JSONReport.timeline(story: story, timelines) },
      markdown: { MarkdownReport.timeline(story: story, timelines) })
  }
}
