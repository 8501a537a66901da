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

  /// Opens `path`, or standard input for "-".
  init(path: String) throws(ClaimDiffError) {
    if path == "-" {
      handle = FileHandle.standardInput
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
  }

  /// The next line without its line end, or `nil` at the end of the input.
  mutating func next() -> Data? {
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
      let data = handle.readData(ofLength: chunk)
      if data.isEmpty { finished = true } else { buffer.append(data) }
    }
  }
}
