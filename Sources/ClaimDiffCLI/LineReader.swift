import ClaimDiffCore
import Foundation

/// Reads a file or standard input line by line in fixed-size chunks, so memory does not
/// grow with the input.
struct LineReader {
  private let handle: FileHandle
  private var buffer = Data()
  private var finished = false
  private let chunk = 1 << 20
  /// The 1-based number of the last line returned.
  private(set) var lineNumber = 0
  /// The longest line accepted, in bytes.
  let limit: Int
  private let name: String

  /// Opens `path`, or standard input for "-".
  init(path: String, limit: Int = InputReader.defaultLimit, name: String? = nil)
    throws(ClaimDiffError)
  {
    self.limit = limit
    self.name = name ?? (path == "-" ? "standard input" : path)
    handle = path == "-" ? FileHandle.standardInput : try InputReader.open(path)
  }

  /// The next line without its line end, or `nil` at the end of the input.
  ///
  /// - Throws: ``ClaimDiffError/malformedInput(path:line:reason:)`` for a line over ``limit``.
  mutating func next() throws(ClaimDiffError) -> Data? {
    guard var line = try nextUnchecked() else { return nil }
    if lineNumber == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) {
      line = Data(line.dropFirst(3))  // a byte-order mark is no part of the first line
    }
    guard line.count <= limit else {
      throw .malformedInput(
        path: name, line: lineNumber,
        reason: "the line is over the limit of \(limit) bytes (set --max-input-bytes to raise it)")
    }
    return line
  }

  private mutating func nextUnchecked() throws(ClaimDiffError) -> Data? {
    while true {
      if let newline = buffer.firstIndex(of: 0x0A) {
        var line = buffer[buffer.startIndex..<newline]
        buffer = Data(buffer[(newline + 1)...])
        if line.last == 0x0D { line = line.dropLast() }
        lineNumber += 1
        return Data(line)
      }
      if finished {
        guard !buffer.isEmpty else { return nil }
        let line = buffer
        buffer = Data()
        lineNumber += 1
        return line
      }
      if buffer.count > limit + 1 {
        // A line longer than the limit is refused before it fills memory.
        lineNumber += 1
        throw .malformedInput(
          path: name, line: lineNumber,
          reason: "the line is over the limit of \(limit) bytes (set --max-input-bytes to raise it)"
        )
      }
      let data: Data
      do {
        data = try handle.read(upToCount: chunk) ?? Data()
      } catch {
        throw .unreadableInput(path: name, reason: "read failed (\(error.localizedDescription))")
      }
      if data.isEmpty { finished = true } else { buffer.append(data) }
    }
  }
}
