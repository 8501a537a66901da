import ArgumentParser
import ClaimDiffCore
import ClaimDiffReport

struct DiffCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show what changed between two versions of a story, in claims.",
    discussion: """
      With no version, compares the last two; with one, that version and the last. \
      Exit status: 0 no differences, 1 differences (--exit-code), 2 trouble, 64 usage.
      """)

  @OptionGroup var global: GlobalOptions
  @OptionGroup(title: "Output") var output: OutputOptions
  @Argument(help: "The story's slug.") var story: String
  @Argument(help: "Earlier version (default: the one before the last).") var from: Int?
  @Argument(help: "Later version (default: the last).") var to: Int?
  @Flag(help: "Exit with status 1 when claims differ.") var exitCode = false

  func validate() throws {
    if let from, let to, from > to {
      throw ValidationError(
        "versions in the wrong order: FROM (\(from)) is later than TO (\(to)); "
          + "try 'diff \(story) \(to) \(from)'")
    }
    if let from, from < 1 { throw ValidationError("versions are numbered from 1") }
    if let to, to < 1 { throw ValidationError("versions are numbered from 1") }
  }

  func run() async throws {
    var differs = false
    try await reportingTrouble {
      let (text, diff) = try render()
      emit(text)
      differs = !diff.isEmpty
    }
    if exitCode && differs { throw ExitCode(1) }
  }

  func render() throws(ClaimDiffError) -> (String, ClaimDiff) {
    let store = try global.readStore()
    let versions = try store.versions(of: story)
    guard let last = versions.last?.number else { throw .unknownStory(story) }
    if from == nil && to == nil && last == 1 {
      throw .store("story '\(story)' has one version: ingest another to compare")
    }
    let later = to ?? last
    let earlier = from ?? max(1, later - 1)
    let (a, b) = try store.versions(earlier, later, of: story, listed: versions)
    let diff = ClaimDiffer().diff(a, b)
    let rendered = output.render(
      text: { $0.diff(diff) }, json: { JSONReport.diff(diff) },
      markdown: { MarkdownReport.diff(diff) })
    return (rendered, diff)
  }
}
