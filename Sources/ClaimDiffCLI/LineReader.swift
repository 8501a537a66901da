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

  /// Opens `path`, or standard input for "-".
  init(path: String) throws(ClaimDiffError) {
    if path == "-" {
      handle = FileHandle.standardInput
      size = nil
      return
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .unreadableInput(path: path, reason: "no such file")
    }
    guard !isDirectory.boolValue else {
      throw .unreadableInput(path: path, reason: "it is a directory")
    }
    guard let opened = FileHandle(forReadingAtPath: path) else {
      throw .unreadableInput(path: path, reason: "permission denied")
    }
    handle = opened
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    size = (attributes?[.size] as? NSNumber)?.intValue
  }

  /// The next line without its line end, or `nil` at the end of the input.
  mutating func next() -> Data? {
    while true {
      if let newline = buffer[start...].firstIndex(of: 0x0A) {
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
      let data = handle.readData(ofLength: chunk)
      buffer.removeSubrange(0..<start)
      start = 0
      if data.isEmpty { finished = true } else { buffer.append(contentsOf: data) }
    }
  }
}
