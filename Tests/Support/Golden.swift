import Foundation
import Testing

/// The repository's root folder, found from this file's path.
public let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Checks `actual` against `snapshots/expected/<name>`; `UPDATE_SNAPSHOTS=1` records it.
///
/// A missing golden fails: goldens are recorded on purpose, never silently.
public func assertGolden(
  _ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let url = repositoryRoot.appendingPathComponent("snapshots/expected/\(name)")
  if ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1" {
    try? FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    do {
      try actual.write(to: url, atomically: true, encoding: .utf8)
    } catch {
      Issue.record("cannot write golden \(name): \(error)", sourceLocation: sourceLocation)
    }
    return
  }
  guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
    Issue.record(
      "missing golden snapshots/expected/\(name): run UPDATE_SNAPSHOTS=1 swift test to record it",
      sourceLocation: sourceLocation)
    return
  }
  if actual != expected {
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let common = min(actualLines.count, expectedLines.count)
    let line = (0..<common).first { actualLines[$0] != expectedLines[$0] } ?? common
    let got = line < actualLines.count ? String(actualLines[line]) : "(end)"
    let want = line < expectedLines.count ? String(expectedLines[line]) : "(end)"
    Issue.record(
      "golden \(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)",
      sourceLocation: sourceLocation)
  }
}

/// Text with ⟦marks⟧ around spans: returns the text without marks and the marked spans, in
/// Unicode scalar offsets.
public func marked(_ text: String) -> (text: String, spans: [Range<Int>]) {
  var plain = String.UnicodeScalarView()
  var spans: [Range<Int>] = []
  var start: Int?
  for scalar in text.unicodeScalars {
    switch scalar {
    case "⟦": start = plain.count
    case "⟧":
      if let begin = start { spans.append(begin..<plain.count) }
      start = nil
    default: plain.append(scalar)
    }
  }
  return (String(plain), spans)
}
