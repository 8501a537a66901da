import ArgumentParser
import ClaimDiffCore
import ClaimDiffStore
import Foundation

/// Options every command takes, before or after the subcommand's name.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The database file (default: $CLAIMDIFF_DB, else claimdiff.sqlite).", valueName: "path"))
  var db: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A JSON file of extra sources (default: $CLAIMDIFF_REGISTRY).", valueName: "path"))
  var registry: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The largest input file or JSONL line accepted, in bytes (default: "
        + "$CLAIMDIFF_MAX_INPUT_BYTES, else 32 MiB).", valueName: "n"))
  var maxInputBytes: Int?

  /// The input size limit: the flag, else the environment, else ``InputReader/defaultLimit``.
  func inputLimit() throws(ClaimDiffError) -> Int {
    if let maxInputBytes {
      guard maxInputBytes > 0 else {
        throw .invalidValue(
          name: "--max-input-bytes", value: String(maxInputBytes), expected: "a positive number")
      }
      return maxInputBytes
    }
    if let value = ProcessInfo.processInfo.environment["CLAIMDIFF_MAX_INPUT_BYTES"],
      !value.isEmpty
    {
      guard let limit = Int(value), limit > 0 else {
        throw .invalidValue(
          name: "CLAIMDIFF_MAX_INPUT_BYTES", value: value, expected: "a positive number of bytes")
      }
      return limit
    }
    return InputReader.defaultLimit
  }

  /// The database path: the flag, else the environment, else the current folder.
  var databasePath: String {
    if let db { return db }
    if let value = ProcessInfo.processInfo.environment["CLAIMDIFF_DB"], !value.isEmpty {
      return value
    }
    return "claimdiff.sqlite"
  }

  /// Opens the database for writing.
  func store() throws(ClaimDiffError) -> ClaimStore {
    try ClaimStore(path: databasePath)
  }

  /// Opens an existing database; only reads, so a read-only file works.
  func readStore() throws(ClaimDiffError) -> ClaimStore {
    let path = databasePath
    guard FileManager.default.fileExists(atPath: path) else {
      throw .store("no database at '\(path)': ingest a version first, or pass --db")
    }
    return try ClaimStore(readingAt: path)
  }

  /// The extractor, with the user's registry when there is one.
  func extractor() throws(ClaimDiffError) -> Extractor {
    Extractor(registry: try sourceRegistry())
  }

  /// The user's registry when there is one, else the standard one; without the language
  /// packs an extractor also builds, for commands that only turn aliases into names.
  func sourceRegistry() throws(ClaimDiffError) -> SourceRegistry {
    let path =
      registry
      ?? ProcessInfo.processInfo.environment["CLAIMDIFF_REGISTRY"].flatMap {
        $0.isEmpty ? nil : $0
      }
    guard let path else { return .standard }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadableInput(path: path, reason: "no such file")
    }
    return try SourceRegistry(json: data)
  }
}
