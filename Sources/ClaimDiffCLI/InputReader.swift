import ClaimDiffCore
import Foundation

/// Reads a version's text from a file or standard input, refusing what is not text.
enum InputReader {
  /// The largest input accepted: far above any article, far below what would hurt.
  static let defaultLimit = 32 * 1024 * 1024

  /// Reads `path` ("-" or `nil` for standard input) as UTF-8 text.
  ///
  /// - Throws: ``ClaimDiffError`` for a missing, unreadable, empty, binary or non-UTF-8 input.
  static func read(_ path: String?, limit: Int = defaultLimit) throws(ClaimDiffError) -> (
    text: String, name: String
  ) {
    let name = path == nil || path == "-" ? "standard input" : path ?? "-"
    let data: Data
    if path == nil || path == "-" {
      if path == nil && isatty(STDIN_FILENO) == 1 {
        throw .unreadableInput(path: name, reason: "no input: give a FILE, or pipe text in")
      }
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else if let path {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw .unreadableInput(path: path, reason: "no such file")
      }
      guard !isDirectory.boolValue else {
        throw .unreadableInput(path: path, reason: "it is a directory")
      }
      guard FileManager.default.isReadableFile(atPath: path),
        let contents = FileManager.default.contents(atPath: path)
      else { throw .unreadableInput(path: path, reason: "permission denied") }
      data = contents
    } else {
      data = Data()
    }
    return (try decode(data, name: name, limit: limit), name)
  }

  /// Checks and decodes bytes as text.
  static func decode(_ data: Data, name: String, limit: Int = defaultLimit) throws(ClaimDiffError)
    -> String
  {
    guard data.count <= limit else {
      throw .unreadableInput(
        path: name, reason: "it is \(data.count) bytes, over the limit of \(limit) bytes")
    }
    let bytes = [UInt8](data)
    if let offset = UTF8Scalar.firstInvalidOffset(bytes) {
      throw .notText(path: name, offset: offset)
    }
    let text = String(decoding: bytes, as: UTF8.self)
    guard text.unicodeScalars.contains(where: { !UTF8Scalar.isSpace($0) && $0 != "\u{FEFF}" })
    else {
      throw .emptyInput(path: name)
    }
    return text
  }
}
