import ArgumentParser
import ClaimDiffCore
import ClaimDiffReport
import ClaimDiffStore
import ClaimDiffTestSupport
import Foundation
import Testing

@testable import ClaimDiffCLI

/// A database holding one of the stories under snapshots/stories (by default the bundled
/// rubio-lavrov story), ingested through the command line in file-name order.
final class DemoDatabase: Sendable {
  let path: String

  init(story: String = "rubio-lavrov") throws {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("claimdiff-demo-test-\(UUID().uuidString).sqlite").path
    let folder = repositoryRoot.appendingPathComponent("snapshots/stories/\(story)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    for file in files where file.hasSuffix(".txt") {
      let command = try #require(
        try ClaimDiffCommand.parseAsRoot([
          "ingest", "--story", story, folder.appendingPathComponent(file).path, "--db", path,
        ]) as? IngestCommand)
      _ = try command.render()
    }
  }

  deinit {
    for suffix in ["", "-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: path + suffix)
    }
  }

  /// What `claimdiff ARGUMENTS` prints, with fixed width and no colour.
  func run(_ arguments: [String]) throws -> String {
    let full = arguments + ["--db", path, "--color", "never", "--width", "80"]
    let command = try ClaimDiffCommand.parseAsRoot(full)
    switch command {
    case let command as LogCommand: return try command.render()
    case let command as ShowCommand: return try command.render()
    case let command as DiffCommand: return try command.render().0
    case let command as ClaimsCommand: return try command.render()
    case let command as SourcesCommand: return try command.render()
    case let command as TimelineCommand: return try command.render()
    case let command as ContradictionsCommand: return try command.render()
    default: throw ClaimDiffError.store("no renderer for \(arguments)")
    }
  }
}

@Suite("Demo story", .serialized)
struct DemoStoryTests {
  let database: DemoDatabase

  init() throws { database = try DemoDatabase() }

  @Test("the bundled story is the files under snapshots/stories, byte for byte")
  func bundled() throws {
    let story = try #require(BundledStory.all.first { $0.slug == "rubio-lavrov" })
    let folder = repositoryRoot.appendingPathComponent("snapshots/stories/rubio-lavrov")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
      $0.hasSuffix(".txt")
    }.sorted()
    #expect(story.versions.map(\.name) == files)
    for version in story.versions {
      let text = try String(
        contentsOf: folder.appendingPathComponent(version.name), encoding: .utf8)
      #expect(version.text == text)
    }
  }

  @Test(
    "log, claims, diffs, timeline and sources of the demo story",
    arguments: [
      (["log", "rubio-lavrov"], "demo/log.txt"),
      (["log", "rubio-lavrov", "--format", "json"], "demo/log.json"),
      (["show", "rubio-lavrov", "1"], "demo/show-v1.txt"),
      (["show", "rubio-lavrov", "2"], "demo/show-v2.txt"),
      (["show", "rubio-lavrov", "3"], "demo/show-v3.txt"),
      (["show", "rubio-lavrov", "4"], "demo/show-v4.txt"),
      (["show", "rubio-lavrov", "4", "--format", "json"], "demo/show-v4.json"),
      (["show", "rubio-lavrov", "3", "--format", "markdown"], "demo/show-v3.md"),
      (["diff", "rubio-lavrov", "1", "2"], "demo/diff-1-2.txt"),
      (["diff", "rubio-lavrov", "2", "3"], "demo/diff-2-3.txt"),
      (["diff", "rubio-lavrov"], "demo/diff-3-4.txt"),
      (["diff", "rubio-lavrov", "--format", "json"], "demo/diff-3-4.json"),
      (["diff", "rubio-lavrov", "--format", "markdown"], "demo/diff-3-4.md"),
      (["timeline", "rubio-lavrov"], "demo/timeline.txt"),
      (["timeline", "rubio-lavrov", "--format", "json"], "demo/timeline.json"),
      (["sources", "rubio-lavrov"], "demo/sources.txt"),
      (["claims", "rubio-lavrov", "--source", "Casa Bianca"], "demo/claims-white-house.txt"),
      (["claims", "rubio-lavrov", "--source", "CNN", "--format", "json"], "demo/claims-cnn.json"),
      (["contradictions", "rubio-lavrov"], "demo/contradictions.txt"),
      (["claims", "rubio-lavrov", "--history"], "demo/history.txt"),
      (
        ["claims", "rubio-lavrov", "--history", "--source", "Kremlin", "--format", "json"],
        "demo/history-kremlin.json"
      ),
      (["claims", "rubio-lavrov", "--history", "--format", "markdown"], "demo/history.md"),
    ])
  func golden(_ arguments: [String], _ name: String) throws {
    assertGolden(try database.run(arguments), name)
  }

  @Test("the demo shows the meeting going from scheduled to on hold")
  func demo() throws {
    let store = try ClaimStore(path: database.path)
    let output = try Demo.render(
      store: store, story: "rubio-lavrov", format: .text, style: TextStyle(color: false, width: 80))
    assertGolden(output, "demo/demo.txt")
    let meeting = try #require(output.components(separatedBy: "meeting(Lavrov, Rubio)").last)
    let scheduled = try #require(meeting.range(of: "scheduled"))
    let onHold = try #require(
      meeting.range(of: "on-hold", range: scheduled.upperBound..<meeting.endIndex))
    #expect(scheduled.lowerBound < onHold.lowerBound)
  }

  @Test("a version against itself has no differences")
  func selfDiff() throws {
    let output = try database.run(["diff", "rubio-lavrov", "2", "2"])
    #expect(output.contains("0 added, 0 removed, 0 reworded"))
    #expect(!output.contains("\n+ "))
    #expect(!output.contains("\n- "))
  }

  @Test("help texts")
  func help() {
    assertGolden(ClaimDiffCommand.helpMessage(columns: 80), "cli/help.txt")
    assertGolden(
      ClaimDiffCommand.helpMessage(for: DiffCommand.self, columns: 80), "cli/diff-help.txt")
  }
}

@Suite("Bad input")
struct BadInputTests {
  func temporary(_ name: String, _ contents: [UInt8]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "claimdiff-\(UUID().uuidString)-\(name)"
    ).path
    try Data(contents).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test(
    "missing, empty, blank, binary and non-UTF-8 inputs are refused and change nothing",
    arguments: [
      ("missing", nil as [UInt8]?, "no such file"),
      ("empty", [], "is empty"),
      ("blank", Array(" \n\t\n".utf8), "is empty"),
      (
        "binary", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x00, 0x00, 0x01],
        "binary data, not text (a NUL byte at offset 5)"
      ),
      (
        "latin1", Array("Perch".utf8) + [0xE9, 0x20, 0x6E, 0x6F],
        "not UTF-8 text (invalid byte at offset 5)"
      ),
    ])
  func refused(_ name: String, _ contents: [UInt8]?, _ message: String) throws {
    let database = try DemoDatabase()
    let before = try database.run(["log", "rubio-lavrov", "--format", "json"])
    let path: String
    if let contents {
      path = try temporary(name, contents)
    } else {
      path = "/nonexistent/\(name).txt"
    }
    defer { try? FileManager.default.removeItem(atPath: path) }
    let command = try #require(
      try ClaimDiffCommand.parseAsRoot([
        "ingest", "--story", "rubio-lavrov", path, "--db", database.path,
      ]) as? IngestCommand)
    do {
      _ = try command.render()
      Issue.record("ingesting \(name) input did not fail")
    } catch {
      #expect(error.description.contains(message))
      #expect(!error.description.contains("\n"))
    }
    #expect(try database.run(["log", "rubio-lavrov", "--format", "json"]) == before)
  }

  @Test("errors exit with status 2 and one line on standard error; usage errors with 64")
  func exitStatus() async {
    let result = await #expect(processExitsWith: .exitCode(2), observing: [\.standardErrorContent])
    {
      await ClaimDiffCommand.main([
        "ingest", "--story", "s", "/nonexistent/x.txt", "--db", "/tmp/claimdiff-exit.sqlite",
      ])
    }
    let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
    #expect(message == "claimdiff: error: cannot read '/nonexistent/x.txt': no such file\n")
    await #expect(processExitsWith: .exitCode(64)) {
      await ClaimDiffCommand.main(["diff", "story", "3", "2", "--db", "/tmp/claimdiff-exit.sqlite"])
    }
  }
}

/// The team's other multi-version stories: every diff between consecutive versions, the
/// timeline, contradictions and claim histories, as golden files.
@Suite("Fixture stories", .serialized)
struct FixtureStoryTests {
  static let stories: [(slug: String, versions: Int)] = [
    ("frana-valle", 5), ("harbor-press-conference", 4), ("vertice-energia", 4),
  ]

  static let outputs: [(String, [String], String)] = stories.flatMap { story in
    let slug = story.slug
    var cases: [(String, [String], String)] = (1..<story.versions).map { from in
      (slug, ["diff", slug, "\(from)", "\(from + 1)"], "\(slug)/diff-\(from)-\(from + 1).txt")
    }
    cases += [
      (slug, ["timeline", slug], "\(slug)/timeline.txt"),
      (slug, ["contradictions", slug], "\(slug)/contradictions.txt"),
      (slug, ["claims", slug, "--history"], "\(slug)/history.txt"),
      // The last pair: a version seen again carries the wall-clock time it was seen.
      (
        slug, ["diff", slug, "\(story.versions - 1)", "\(story.versions)", "--format", "json"],
        "\(slug)/diff-last.json"
      ),
      (slug, ["diff", slug, "1", "2", "--format", "markdown"], "\(slug)/diff-1-2.md"),
    ]
    return cases
  }

  @Test("diffs, timelines, contradictions and histories of the fixture stories", arguments: outputs)
  func golden(_ slug: String, _ arguments: [String], _ name: String) throws {
    let database = try DemoDatabase(story: slug)
    assertGolden(try database.run(arguments), name)
  }
}
