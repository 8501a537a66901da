import ClaimDiffTestSupport
import Foundation
import GRDB
import Testing

@testable import ClaimDiffCLI

/// Bad input, run through the built binary: one line on standard error that starts
/// `claimdiff: error:`, a non-zero exit, and the database exactly as it was.
@Suite(
  "Bad input through the binary",
  .enabled(if: claimdiffBinary != nil, "needs the built claimdiff binary"))
struct ReliabilityInputTests {
  static let article = """
    date 2025-10-21

    L'incontro tra Rubio e Lavrov è stato rinviato, ha detto un funzionario della Casa Bianca.
    """

  /// A folder with a database holding story "s" at version 1, and files to feed it.
  final class Fixture: @unchecked Sendable {
    let folder: TemporaryFolder
    let database: String

    init() throws {
      folder = try TemporaryFolder()
      database = folder.path("store.sqlite")
      let article = try folder.write("article.txt", ReliabilityInputTests.article)
      let run = try runClaimDiff(["ingest", "--story", "s", article, "--db", database])
      try #require(run.status == 0, "seeding failed: \(run.error)")
    }

    /// The database's bytes and its rows, to compare before and after.
    func snapshot() throws -> Data {
      var data = (try? Data(contentsOf: URL(fileURLWithPath: database))) ?? Data()
      for suffix in ["-wal"] {
        data.append((try? Data(contentsOf: URL(fileURLWithPath: database + suffix))) ?? Data())
      }
      return data
    }
  }

  /// Runs `arguments` (with `--db` added) and checks the one-line error and the database.
  func expectError(
    _ arguments: [String], _ fragment: String, fixture: Fixture, input: Data? = nil,
    environment: [String: String] = [:], database: String? = nil, streams: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let path = database ?? fixture.database
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    let run = try runClaimDiff(
      arguments + ["--db", path], input: input, environment: environment)
    #expect(run.status != 0, "exit status 0 for \(arguments)", sourceLocation: sourceLocation)
    #expect(run.errorLines.count == 1, "\(run.error)", sourceLocation: sourceLocation)
    #expect(
      run.error.hasPrefix("claimdiff: error: "), "\(run.error)", sourceLocation: sourceLocation)
    #expect(run.error.contains(fragment), "\(run.error)", sourceLocation: sourceLocation)
    if !streams {  // `extract --jsonl` prints each line's result as it goes
      #expect(run.output.isEmpty, "\(run.output)", sourceLocation: sourceLocation)
    }
    let after = try Data(contentsOf: URL(fileURLWithPath: path))
    let unchanged = before == after
    #expect(unchanged, "the database file changed", sourceLocation: sourceLocation)
    if database == nil {
      let queue = try DatabaseQueue(path: path)
      let versions = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM version") }
      let stories = try queue.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM story") }
      #expect(versions == 1, sourceLocation: sourceLocation)
      #expect(stories == 1, sourceLocation: sourceLocation)
    }
  }

  @Test("a missing file, a directory, an unreadable file")
  func unreadable() throws {
    let fixture = try Fixture()
    let missing = fixture.folder.path("missing.txt")
    try expectError(["ingest", "--story", "s", missing], "no such file", fixture: fixture)
    try expectError(["extract", missing], "no such file", fixture: fixture)
    try expectError(["import", missing], "no such file", fixture: fixture)
    try expectError(
      ["ingest", "--story", "s", fixture.folder.url.path], "is a directory", fixture: fixture)
    if !runningAsRoot {  // root reads a file whatever its mode
      let locked = try fixture.folder.write("locked.txt", ReliabilityInputTests.article)
      chmod(locked, 0)
      try expectError(["ingest", "--story", "s", locked], "permission denied", fixture: fixture)
    }
  }

  @Test("an empty or blank file, or empty standard input")
  func empty() throws {
    let fixture = try Fixture()
    for (name, content) in [
      ("empty.txt", ""), ("blank.txt", "  \n\t\n\r\n"), ("bom.txt", "\u{FEFF}\n  \n"),
    ] {
      let path = try fixture.folder.write(name, content)
      try expectError(["ingest", "--story", "s", path], "is empty", fixture: fixture)
      try expectError(["extract", path], "is empty", fixture: fixture)
      try expectError(["import", path], "is empty", fixture: fixture)
    }
    try expectError(
      ["ingest", "--story", "s", "-"], "'standard input' is empty", fixture: fixture,
      input: Data())
    let header = try fixture.folder.write("header-only.txt", "date 2025-10-21\n\n   \n")
    try expectError(["ingest", "--story", "s", header], "no words", fixture: fixture)
  }

  @Test("invalid UTF-8 says where; binary data is refused as such")
  func notText() throws {
    let fixture = try Fixture()
    let latin1 = try fixture.folder.write(
      "latin1.txt", Data("Il caff".utf8) + Data([0xE8]) + Data(" è buono.".utf8))
    try expectError(
      ["ingest", "--story", "s", latin1], "invalid byte at offset 7", fixture: fixture)
    try expectError(["extract", latin1], "invalid byte at offset 7", fixture: fixture)
    let overlong = try fixture.folder.write("overlong.txt", Data([0x41, 0xC0, 0xAF, 0x42]))
    try expectError(
      ["ingest", "--story", "s", overlong], "invalid byte at offset 1", fixture: fixture)
    let binary = try fixture.folder.write(
      "binary.dat", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0xFF]))
    try expectError(["ingest", "--story", "s", binary], "binary data", fixture: fixture)
    try expectError(
      ["ingest", "--story", "s", "-"], "binary data", fixture: fixture,
      input: Data("Testo".utf8) + Data([0, 0, 0]))
  }

  @Test("a file over the size limit: the default is generous, the limit can be set")
  func sizeLimit() throws {
    let fixture = try Fixture()
    let path = try fixture.folder.write("article2.txt", ReliabilityInputTests.article + " Altro.")
    let size = try #require(
      try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    try expectError(
      ["ingest", "--story", "s", path, "--max-input-bytes", String(size - 1)], "over the limit",
      fixture: fixture)
    try expectError(
      ["ingest", "--story", "s", path], "over the limit", fixture: fixture,
      environment: ["CLAIMDIFF_MAX_INPUT_BYTES": String(size - 1)])
    try expectError(
      ["extract", path, "--max-input-bytes", "10"], "over the limit", fixture: fixture)
    try expectError(
      ["ingest", "--story", "s", path], "CLAIMDIFF_MAX_INPUT_BYTES", fixture: fixture,
      environment: ["CLAIMDIFF_MAX_INPUT_BYTES": "lots"])
    // Each JSONL line is held to the limit too.
    let line = #"{"story": "s", "text": "Il ministro ha parlato a lungo del vertice."}"#
    let jsonl = try fixture.folder.write(
      "long.jsonl",
      line + "\n"
        + line.replacingOccurrences(
          of: "a lungo", with: String(repeating: "a lungo ", count: 40)) + "\n")
    try expectError(
      ["import", jsonl, "--max-input-bytes", "200"], "long.jsonl:2: the line is over the limit",
      fixture: fixture)
    try expectError(
      ["extract", "--jsonl", jsonl, "--max-input-bytes", "200"], "long.jsonl:2:",
      fixture: fixture, streams: true)
    // At the limit exactly is fine.
    let run = try runClaimDiff(
      [
        "ingest", "--story", "s2", path, "--max-input-bytes", String(size), "--db",
        fixture.database,
      ])
    #expect(run.status == 0, "\(run.error)")
    #expect(InputReader.defaultLimit >= 16 * 1024 * 1024)
  }

  @Test("a malformed header names its line")
  func malformedHeader() throws {
    let fixture = try Fixture()
    let path = try fixture.folder.write("bad-date.txt", "date 2025-13-45\n\nIl testo.\n")
    try expectError(["ingest", "--story", "s", path], "header line 1", fixture: fixture)
    try expectError(["extract", path], "header line 1", fixture: fixture)
    let second = try fixture.folder.write(
      "bad-second.txt", "title: Un titolo\ndate 2025-02-30\n\nIl testo.\n")
    try expectError(["ingest", "--story", "s", second], "header line 2", fixture: fixture)
  }

  @Test("a malformed JSONL line is named, and the import writes nothing at all")
  func malformedJSONL() throws {
    let fixture = try Fixture()
    let good = (1...3).map {
      #"{"story": "s", "text": "Il ministro ha detto che la riunione \#($0) è rinviata."}"#
    }
    let cases: [(String, String)] = [
      ("{not json", "bad.jsonl:4: expected one JSON object per line"),
      (#"["story", "text"]"#, "bad.jsonl:4: expected one JSON object"),
      (#"{"story": "s"}"#, #"bad.jsonl:4: missing "text""#),
      (#"{"story": 3, "text": "Testo."}"#, #"bad.jsonl:4: "story" must be a string"#),
      (#"{"story": "Bad Slug", "text": "Testo."}"#, "bad.jsonl:4: invalid story"),
      (
        #"{"story": "s", "text": "Testo.", "published": "ieri"}"#,
        "bad.jsonl:4: invalid publication"
      ),
      (#"{"story": "s", "text": "date 2025-99-01\n\nTesto."}"#, "bad.jsonl:4: header line 1"),
      (#"{"story": "s", "text": "  \n "}"#, "bad.jsonl:4: the text is empty"),
      (#"{"story": "s", "text": "Testo.", "language": "xx"}"#, "bad.jsonl:4: unsupported language"),
      (
        #"{"story": "s", "text": "<html><body><nav>Menu</nav></body></html>"}"#,
        "bad.jsonl:4: \"text\" is an HTML page"
      ),
    ]
    for (bad, message) in cases {
      // The bad line comes after good ones and a blank line: nothing is written, even with
      // one version per transaction.
      let content = good[0] + "\n" + good[1] + "\n\n" + bad + "\n" + good[2] + "\n"
      let path = try fixture.folder.write("bad.jsonl", content)
      try expectError(["import", path, "--batch", "1"], message, fixture: fixture)
      try expectError(
        ["import", "-", "--batch", "1"],
        message.replacingOccurrences(
          of: "bad.jsonl", with: "standard input"), fixture: fixture, input: Data(content.utf8))
    }
    let invalid = try fixture.folder.write(
      "bad.jsonl", Data((good[0] + "\n").utf8) + Data([0x7B, 0xFF, 0x7D, 0x0A]))
    try expectError(["import", invalid], "bad.jsonl:2: not UTF-8 text", fixture: fixture)
    try expectError(
      ["extract", "--jsonl", invalid], "bad.jsonl:2:", fixture: fixture, streams: true)
  }

  @Test("a large file is checked in parts: the first bad line is named by its number in the file")
  func largeFileLineNumbers() throws {
    let fixture = try Fixture()
    let filler = String(repeating: "Il sindaco ha detto che le scuole restano chiuse. ", count: 20)
    // Over 2 MB, with a byte-order mark, blank lines and CRLF line ends.
    var lines = (1...3_000).map { #"{"story": "s", "text": "\#($0). \#(filler)"}"# }
    for blank in [10, 1_700, 2_200] { lines.insert("", at: blank) }
    let text = { (lines: [String]) in "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n" }
    var late = lines
    late[2_600] = "{not json"
    let path = try fixture.folder.write("big.jsonl", text(late))
    try expectError(
      ["import", path], "big.jsonl:2601: expected one JSON object per line", fixture: fixture)
    var both = late
    both[40] = #"{"story": "Bad Slug", "text": "Testo."}"#
    let first = try fixture.folder.write("big.jsonl", text(both))
    try expectError(["import", first], "big.jsonl:41: invalid story", fixture: fixture)
  }

  @Test("an unknown story or version, a version range in the wrong order")
  func unknown() throws {
    let fixture = try Fixture()
    let second = try fixture.folder.write(
      "v2.txt", ReliabilityInputTests.article + " Il Cremlino ha detto che il dialogo continua.")
    #expect(
      try runClaimDiff(["ingest", "--story", "s", second, "--db", fixture.database]).status == 0)
    let database = fixture.database
    let before = try Data(contentsOf: URL(fileURLWithPath: database))
    for (arguments, fragment) in [
      (["log", "nope"], "no story 'nope'"),
      (["show", "nope"], "no story 'nope'"),
      (["diff", "nope"], "no story 'nope'"),
      (["timeline", "nope"], "no story 'nope'"),
      (["contradictions", "nope"], "no story 'nope'"),
      (["claims", "nope"], "no story 'nope'"),
      (["show", "s", "9"], "story 's' has no version 9 (versions 1 to 2)"),
      (["diff", "s", "1", "9"], "has no version 9"),
      (["diff", "s", "9"], "has no version 9"),
      (["claims", "s", "--version", "7"], "has no version 7"),
      (["diff", "s", "2", "1"], "versions in the wrong order"),
      (["diff", "s", "0", "1"], "numbered from 1"),
      (["diff", "s", "1", "-2"], "-2"),
    ] {
      let run = try runClaimDiff(arguments + ["--db", database])
      #expect(run.status != 0, "\(arguments)")
      #expect(run.errorLines.count == 1, "\(arguments): \(run.error)")
      #expect(run.error.hasPrefix("claimdiff: error: "), "\(arguments): \(run.error)")
      #expect(run.error.contains(fragment), "\(arguments): \(run.error)")
    }
    let unchanged = try Data(contentsOf: URL(fileURLWithPath: database)) == before
    #expect(unchanged, "the database file changed")
    // A missing database is not created by a read.
    let absent = fixture.folder.path("absent.sqlite")
    let run = try runClaimDiff(["log", "s", "--db", absent])
    #expect(run.status == 2 && run.errorLines.count == 1 && run.error.contains("no database"))
    #expect(!FileManager.default.fileExists(atPath: absent))
  }

  @Test("usage errors are one line too")
  func usage() throws {
    let fixture = try Fixture()
    for arguments in [
      ["ingest", "article.txt"], ["log"], ["diff", "s", "x"], ["log", "s", "--format", "yaml"],
      ["frobnicate"], ["import", "x.jsonl", "--batch", "0"],
    ] {
      let run = try runClaimDiff(arguments + ["--db", fixture.database])
      #expect(run.status == 64, "\(arguments)")
      #expect(run.errorLines.count == 1, "\(arguments): \(run.error)")
      #expect(run.error.hasPrefix("claimdiff: error: "), "\(arguments): \(run.error)")
    }
    let help = try runClaimDiff(["diff", "--help"])
    #expect(help.status == 0 && help.output.contains("USAGE"))
  }
}
