import ClaimDiffCore
import ClaimDiffStore
import Foundation

/// The JSONL input of `import`, checked whole before anything is written.
///
/// Standard input is first copied to a temporary file, so it can be read twice.
final class ImportSource: Sendable {
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

  /// Checks every line, the parts of a large file on threads of their own.
  private func check(limit: Int, packs: LanguagePacks) throws(ClaimDiffError) {
    let parts = try split(into: ProcessInfo.processInfo.activeProcessorCount)
    let results = Checks(count: parts.count)
    let finished = DispatchGroup()
    for (index, part) in parts.enumerated() {
      finished.enter()
      let thread = Thread { [self] in
        results[index] = Result { () throws(ClaimDiffError) in
          try check(part, limit: limit, packs: packs)
        }
        finished.leave()
      }
      thread.stackSize = 8 << 20
      thread.start()
    }
    finished.wait()
    // The first bad line of the file is in the first part that has one; its number counts
    // the lines of the parts before it.
    var linesBefore = 0
    var versions = 0
    for index in parts.indices {
      switch results[index] {
      case .success(let counts)?:
        linesBefore += counts.lines
        versions += counts.versions
      case .failure(.malformedInput(let path, let line, let reason))?:
        throw .malformedInput(path: path, line: linesBefore + line, reason: reason)
      case .failure(let error)?: throw error
      case nil: throw .store("a part of the input was not checked")
      }
    }
    if versions == 0 { throw .emptyInput(path: name) }
  }

  /// Checks the lines of one part; returns how many lines it has and how many are versions.
  private func check(_ part: Range<Int>?, limit: Int, packs: LanguagePacks) throws(ClaimDiffError)
    -> (lines: Int, versions: Int)
  {
    var reader: LineReader
    if let part {
      reader = try LineReader(path: path, bytes: part, limit: limit, name: name)
    } else {
      reader = try self.reader(limit: limit)
    }
    var versions = 0
    while let data = try reader.next() {
      guard let line = try JSONLine(data, path: name, line: reader.lineNumber) else { continue }
      versions += 1
      let request = try line.request()
      do {
        try ClaimStore.check(request, packs: packs)
      } catch {
        throw .malformedInput(path: name, line: reader.lineNumber, reason: error.description)
      }
    }
    return (reader.lineNumber, versions)
  }

  /// The file cut into up to `count` parts of about the same size, each starting a line; one
  /// part, `nil`, for a small file.
  private func split(into count: Int) throws(ClaimDiffError) -> [Range<Int>?] {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    guard let size = (attributes?[.size] as? NSNumber)?.intValue, count > 1,
      size >= Self.partMinimum * 2
    else { return [nil] }
    let handle = try InputReader.open(path)
    defer { try? handle.close() }
    var starts = [0]
    for part in 1..<count {
      let guess = max(size * part / count, starts[starts.count - 1])
      guard let start = try lineStart(after: guess, in: handle), start < size else { break }
      if start > starts[starts.count - 1] { starts.append(start) }
    }
    starts.append(size)
    return zip(starts, starts.dropFirst()).map { $0..<$1 }
  }

  /// The offset of the first line that starts after byte `offset`; `nil` past the last line.
  private func lineStart(after offset: Int, in handle: FileHandle) throws(ClaimDiffError)
    -> Int?
  {
    do {
      try handle.seek(toOffset: UInt64(offset))
      var position = offset
      while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
        if let newline = chunk.firstIndex(of: 0x0A) {
          return position + (newline - chunk.startIndex) + 1
        }
        position += chunk.count
      }
      return nil
    } catch {
      throw .unreadableInput(path: name, reason: "read failed (\(error.localizedDescription))")
    }
  }

  /// Files under twice this size are checked on one thread.
  static let partMinimum = 1 << 20
}

/// What each part's check gave, filled by the threads that checked them.
///
/// `@unchecked Sendable`: `results` is read and written only under `lock`.
private final class Checks: @unchecked Sendable {
  private var results: [Result<(lines: Int, versions: Int), ClaimDiffError>?]
  private let lock = NSLock()

  init(count: Int) { results = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Result<(lines: Int, versions: Int), ClaimDiffError>? {
    get { lock.withLock { results[index] } }
    set { lock.withLock { results[index] = newValue } }
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
