import ClaimDiffCore
import Foundation

/// Reads a file or standard input line by line in fixed-size chunks, so memory does not
/// grow with the input.
struct LineReader {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  /// Where the unread part of `buffer` starts.
  private var start = 0
  private var finished = false
  private let chunk = 1 << 20
  /// The 1-based number of the last line returned.
  private(set) var lineNumber = 0
  /// The bytes of the lines returned so far, line ends included.
  private(set) var bytesRead = 0
  /// The size of the input when it is a regular file.
  let size: Int?
  /// The longest line accepted, in bytes.
  let limit: Int
  private let name: String
  /// Whether the first line read is the input's first, which may start with a byte-order mark.
  private let atStart: Bool
  /// The bytes left to read when only part of a file is read.
  private var remaining: Int?

  /// Opens `path`, or standard input for "-".
  init(path: String, limit: Int = InputReader.defaultLimit, name: String? = nil)
    throws(ClaimDiffError)
  {
    self.limit = limit
    self.name = name ?? (path == "-" ? "standard input" : path)
    handle = path == "-" ? FileHandle.standardInput : try InputReader.open(path)
    let attributes = path == "-" ? nil : try? FileManager.default.attributesOfItem(atPath: path)
    size = (attributes?[.size] as? NSNumber)?.intValue
    atStart = true
  }

  /// Opens the bytes `bytes` of the file at `path`, which start a line; line numbers count
  /// from the first line of the part.
  init(path: String, bytes: Range<Int>, limit: Int, name: String) throws(ClaimDiffError) {
    self.limit = limit
    self.name = name
    handle = try InputReader.open(path)
    do {
      try handle.seek(toOffset: UInt64(bytes.lowerBound))
    } catch {
      throw .unreadableInput(path: name, reason: "seek failed (\(error.localizedDescription))")
    }
    size = bytes.count
    atStart = bytes.lowerBound == 0
    remaining = bytes.count
  }

  /// The next line without its line end, or `nil` at the end of the input.
  ///
  /// - Throws: ``ClaimDiffError/malformedInput(path:line:reason:)`` for a line over ``limit``.
  mutating func next() throws(ClaimDiffError) -> Data? {
    guard var line = try nextUnchecked() else { return nil }
    if atStart && lineNumber == 1 && line.starts(with: [0xEF, 0xBB, 0xBF]) {
      line = Data(line.dropFirst(3))  // a byte-order mark is no part of the first line
    }
    guard line.count <= limit else { throw overLimit() }
    return line
  }

  private func overLimit() -> ClaimDiffError {
    .malformedInput(
      path: name, line: lineNumber,
      reason: "the line is over the limit of \(limit) bytes (set --max-input-bytes to raise it)")
  }

  /// The offset of the first line feed in `buffer` from `start`, found by `memchr`, which
  /// reads many bytes at a time.
  private func newline(from start: Int) -> Int? {
    buffer.withUnsafeBufferPointer { bytes in
      guard start < bytes.count, let base = bytes.baseAddress,
        let found = memchr(base + start, 0x0A, bytes.count - start)
      else { return nil }
      return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }
  }

  private mutating func nextUnchecked() throws(ClaimDiffError) -> Data? {
    while true {
      if let newline = newline(from: start) {
        var end = newline
        if end > start && buffer[end - 1] == 0x0D { end -= 1 }
        let line = Data(buffer[start..<end])
        bytesRead += newline + 1 - start
        start = newline + 1
        lineNumber += 1
        return line
      }
      if finished {
        guard start < buffer.count else { return nil }
        let line = Data(buffer[start...])
        bytesRead += buffer.count - start
        start = buffer.count
        lineNumber += 1
        return line
      }
      if buffer.count - start > limit + 1 {
        // A line longer than the limit is refused before it fills memory.
        lineNumber += 1
        throw overLimit()
      }
      let data: Data
      do {
        data = try handle.read(upToCount: min(chunk, remaining ?? chunk)) ?? Data()
        remaining? -= data.count
      } catch {
        throw .unreadableInput(path: name, reason: "read failed (\(error.localizedDescription))")
      }
      buffer.removeSubrange(0..<start)
      start = 0
      if data.isEmpty { finished = true } else { buffer.append(contentsOf: data) }
    }
  }
}
