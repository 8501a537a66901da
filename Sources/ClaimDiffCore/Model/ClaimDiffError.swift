/// The errors of the core, each worded as the one line the user reads.
public enum ClaimDiffError: Error, Equatable, CustomStringConvertible {
  /// The text has no words to extract claims from.
  case emptyText
  /// A header line could not be read.
  case malformedHeader(line: Int, reason: String)
  /// No language pack has this code.
  case unsupportedLanguage(String, available: [String])
  /// A registry file could not be read.
  case malformedRegistry(reason: String)
  /// An input file could not be read.
  case unreadableInput(path: String, reason: String)
  /// An input file has no text.
  case emptyInput(path: String)
  /// An input file is not UTF-8 text.
  case notText(path: String, offset: Int)
  /// A line of a JSONL input is not what it should be.
  case malformedInput(path: String, line: Int, reason: String)
  /// A value given on the command line is not what it should be.
  case invalidValue(name: String, value: String, expected: String)
  /// No story has this slug.
  case unknownStory(String)
  /// The story has no such version.
  case unknownVersion(story: String, version: Int, last: Int)
  /// The file is not a claimdiff database.
  case notADatabase(path: String)
  /// The database file is damaged.
  case corruptDatabase(path: String)
  /// The database was written by a newer claimdiff.
  case newerDatabase(path: String)
  /// The database cannot be written.
  case readOnlyDatabase(path: String)
  /// Another SQLite failure, worded for the user.
  case store(String)

  public var description: String {
    switch self {
    case .emptyText:
      "the text is empty: it has no words"
    case .malformedHeader(let line, let reason):
      "header line \(line): \(reason)"
    case .unsupportedLanguage(let code, let available):
      "unsupported language '\(code)' (expected: \(available.joined(separator: ", ")))"
    case .malformedRegistry(let reason):
      "source registry: \(reason)"
    case .unreadableInput(let path, let reason):
      "cannot read '\(path)': \(reason)"
    case .emptyInput(let path):
      "'\(path)' is empty: expected the text of an article"
    case .notText(let path, let offset):
      "'\(path)' is not UTF-8 text (invalid byte at offset \(offset))"
    case .malformedInput(let path, let line, let reason):
      "\(path):\(line): \(reason)"
    case .invalidValue(let name, let value, let expected):
      "invalid \(name) '\(value)': expected \(expected)"
    case .unknownStory(let slug):
      "no story '\(slug)' in the database"
    case .unknownVersion(let story, let version, let last):
      "story '\(story)' has no version \(version) (versions 1 to \(last))"
    case .notADatabase(let path):
      "'\(path)' is not a claimdiff database"
    case .corruptDatabase(let path):
      "'\(path)' is damaged (SQLite reports a corrupt database)"
    case .newerDatabase(let path):
      "'\(path)' was written by a newer claimdiff: upgrade to read it"
    case .readOnlyDatabase(let path):
      "'\(path)' is read-only: cannot write to it"
    case .store(let message):
      "database: \(message)"
    }
  }
}
