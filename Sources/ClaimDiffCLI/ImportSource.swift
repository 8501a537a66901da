import ClaimDiffCore
import ClaimDiffStore
import Foundation

/// The JSONL input of `import`, checked whole before anything is written.
///
/// Standard input is first copied to a temporary file, so it can be read twice.
final class ImportSource {
  /// The file to read the lines from.
  let path: String
  /// The name errors give the input.
  let name: String
  private let temporary: Bool

  /// Opens `file` ("-" for standard input) and checks every line.
  ///
  /// - Throws: ``ClaimDiffError/malformedInput(path:line:reason:)`` naming the first bad line.
  init(_ file: String, limit: Int, packs: LanguagePacks) throws(ClaimDiffError) {
    name = file == "-" ? "standard input" : file
    if file == "-" {
      let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("claimdiff-import-\(UUID().uuidString).jsonl")
      guard FileManager.default.createFile(atPath: url.path, contents: nil),
        let output = FileHandle(forWritingAtPath: url.path)
      else { throw .store("cannot create a temporary file for standard input") }
      path = url.path
      temporary = true
      do {
        defer { try? output.close() }
        while let chunk = try FileHandle.standardInput.read(upToCount: 1 << 20), !chunk.isEmpty {
          try output.write(contentsOf: chunk)
        }
      } catch {
        try? FileManager.default.removeItem(atPath: path)
        throw .unreadableInput(path: name, reason: "read failed (\(error.localizedDescription))")
      }
    } else {
      path = file
      temporary = false
    }
    do {
      try check(limit: limit, packs: packs)
    } catch {
      if temporary { try? FileManager.default.removeItem(atPath: path) }
      throw error
    }
  }

  deinit {
    if temporary { try? FileManager.default.removeItem(atPath: path) }
  }

  /// A reader over the lines.
  func reader(limit: Int) throws(ClaimDiffError) -> LineReader {
    try LineReader(path: path, limit: limit, name: name)
  }

  private func check(limit: Int, packs: LanguagePacks) throws(ClaimDiffError) {
    var reader = try self.reader(limit: limit)
    var lines = 0
    while let data = try reader.next() {
      guard let line = try JSONLine(data, path: name, line: reader.lineNumber) else { continue }
      lines += 1
      let request = try line.request()
      do {
        try ClaimStore.check(request, packs: packs)
      } catch {
        throw .malformedInput(path: name, line: reader.lineNumber, reason: error.description)
      }
    }
    if lines == 0 { throw .emptyInput(path: name) }
  }
}

extension JSONLine {
  /// The version a line of `import` stands for.
  func request() throws(ClaimDiffError) -> IngestRequest {
    IngestRequest(
      story: try string("story"), text: try text(), published: try optionalString("published"),
      url: try optionalString("url"), language: try optionalString("language"))
  }
}
