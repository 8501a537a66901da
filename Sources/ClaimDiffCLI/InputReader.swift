import ClaimDiffCore
import Foundation

/// Reads a version's text from a file or standard input, refusing what is not text.
enum InputReader {
  /// The largest input accepted: far above any article, far below what would hurt.
  ///
  /// `--max-input-bytes` or `$CLAIMDIFF_MAX_INPUT_BYTES` sets another.
  static let defaultLimit = 32 * 1024 * 1024

  /// Reads `path` ("-" or `nil` for standard input) as UTF-8 text.
  ///
  /// Never reads more than `limit` + 1 bytes, whatever the input's size.
  /// - Throws: ``ClaimDiffError`` for a missing, unreadable, empty, oversized, binary or
  ///   non-UTF-8 input, or HTML without article text.
  static func read(_ path: String?, limit: Int = defaultLimit) throws(ClaimDiffError) -> (
    text: String, name: String
  ) {
    let name = path == nil || path == "-" ? "standard input" : path ?? "-"
    let handle: FileHandle
    if path == nil || path == "-" {
      if path == nil && isatty(STDIN_FILENO) == 1 {
        throw .unreadableInput(path: name, reason: "no input: give a FILE, or pipe text in")
      }
      handle = FileHandle.standardInput
    } else if let path {
      handle = try open(path)
    } else {
      handle = FileHandle.standardInput
    }
    let data = try readUpTo(handle, limit: limit, name: name)
    return (try decode(data, name: name, limit: limit), name)
  }

  /// Opens a file to read, with a one-line reason when it cannot be.
  static func open(_ path: String) throws(ClaimDiffError) -> FileHandle {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .unreadableInput(path: path, reason: "no such file")
    }
    guard !isDirectory.boolValue else {
      throw .unreadableInput(path: path, reason: "it is a directory")
    }
    guard FileManager.default.isReadableFile(atPath: path),
      let handle = FileHandle(forReadingAtPath: path)
    else { throw .unreadableInput(path: path, reason: "permission denied") }
    return handle
  }

  /// Reads to the end, or to one byte past `limit` (then the size check refuses it).
  private static func readUpTo(_ handle: FileHandle, limit: Int, name: String)
    throws(ClaimDiffError) -> Data
  {
    var data = Data()
    while data.count <= limit {
      let chunk: Data?
      do {
        chunk = try handle.read(upToCount: min(1 << 20, limit + 1 - data.count))
      } catch {
        throw .unreadableInput(path: name, reason: "read failed (\(error.localizedDescription))")
      }
      guard let chunk, !chunk.isEmpty else { break }
      data.append(chunk)
    }
    return data
  }

  /// Checks and decodes bytes as text; HTML becomes its article text.
  static func decode(_ data: Data, name: String, limit: Int = defaultLimit) throws(ClaimDiffError)
    -> String
  {
    guard data.count <= limit else {
      throw .unreadableInput(
        path: name,
        reason: "it is over the limit of \(limit) bytes (set --max-input-bytes to raise it)")
    }
    let bytes = [UInt8](data)
    if let offset = UTF8Scalar.firstInvalidOffset(bytes) {
      if let nul = bytes.firstIndex(of: 0) {
        throw .unreadableInput(
          path: name, reason: "it is binary data, not text (a NUL byte at offset \(nul))")
      }
      throw .notText(path: name, offset: offset)
    }
    let text = String(decoding: bytes, as: UTF8.self)
    guard text.unicodeScalars.contains(where: { !UTF8Scalar.isSpace($0) && $0 != "\u{FEFF}" })
    else {
      throw .emptyInput(path: name)
    }
    return try articleText(text, name: name)
  }

  /// `text`, or its article text when it is an HTML page.
  static func articleText(_ text: String, name: String) throws(ClaimDiffError) -> String {
    guard let article = articleText(text) else {
      throw .unreadableInput(path: name, reason: "it is \(htmlWithoutText)")
    }
    return article
  }

  /// `text`, its article text when it is an HTML page, or `nil` for a page without one.
  static func articleText(_ text: String) -> String? {
    guard HTMLText.isHTML(text) else { return text }
    let article = HTMLText.article(text)
    return article.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) ? article : nil
  }

  static let htmlWithoutText =
    "an HTML page with no article text (no paragraph, heading or list item)"
}
