import ArgumentParser
import ClaimDiffCore
import ClaimDiffReport
import ClaimDiffStore
import Foundation

struct DemoCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Ingest a bundled story into a temporary database and show what changed.",
    discussion: "Prints the story's log, the diff of its last two versions and its timeline.")

  @OptionGroup(title: "Output") var output: OutputOptions
  @Option(name: .long, help: "The bundled story.") var story = "rubio-lavrov"

  func run() async throws {
    try await reportingTrouble {
      guard let bundled = BundledStory.all.first(where: { $0.slug == story }) else {
        throw ClaimDiffError.invalidValue(
          name: "story", value: story,
          expected: "one of " + BundledStory.all.map(\.slug).joined(separator: ", "))
      }
      let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("claimdiff-demo-\(UUID().uuidString)")
      try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      defer { try? FileManager.default.removeItem(at: folder) }
      let store = try ClaimStore(path: folder.appendingPathComponent("demo.sqlite").path)
      let extractor = Extractor()
      for version in bundled.versions {
        _ = try store.ingest(
          IngestRequest(story: bundled.slug, text: version.text), extractor: extractor)
      }
      emit(
        try Demo.render(
          store: store, story: bundled.slug, format: output.format, style: output.style))
    }
  }
}

/// What `claimdiff demo` prints for a stored story.
public enum Demo {
  /// The log, the diff of the last two versions and the timeline of `story`.
  public static func render(
    store: ClaimStore, story: String, format: OutputFormat, style: TextStyle
  )
    throws(ClaimDiffError) -> String
  {
    let versions = try store.versions(of: story)
    let last = versions.last?.number ?? 1
    let (earlier, later) = try store.versions(
      max(1, last - 1), last, of: story, listed: versions)
    let diff = ClaimDiffer().diff(earlier, later)
    let timelines = EventTimeline.build(try store.allVersions(of: story))
    switch format {
    case .text:
      let report = TextReport(style: style)
      return report.log(story: story, versions: versions) + "\n" + report.diff(diff) + "\n"
        + report.timeline(story: story, timelines)
    case .markdown:
      return MarkdownReport.log(story: story, versions: versions) + "\n" + MarkdownReport.diff(diff)
        + "\n" + MarkdownReport.timeline(story: story, timelines)
    case .json:
      let document: JSONValue = [
        "schema": JSONReport.schema, "log": JSONReport.log(story: story, versions: versions),
        "diff": JSONReport.diff(diff), "timeline": JSONReport.timeline(story: story, timelines),
      ]
      return document.rendered(pretty: true) + "\n"
    }
  }
}
