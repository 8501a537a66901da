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
    }
  }
}
