import ClaimDiffCore

/// One version to ingest.
public struct IngestRequest: Sendable {
  /// The story's slug.
  public var story: String
  /// The version's text, header lines included.
  public var text: String
  /// The publication time, overriding the header's (`YYYY-MM-DD` or ISO 8601).
  public var published: String?
  /// The address the text came from.
  public var url: String?
  /// A language pack code, overriding detection.
  public var language: String?

  /// Creates a request.
  public init(
    story: String, text: String, published: String? = nil, url: String? = nil,
    language: String? = nil
  ) {
    self.story = story
    self.text = text
    self.published = published
    self.url = url
    self.language = language
  }
}

/// What ingesting a version did.
public enum IngestOutcome: Sendable, Equatable {
  /// A new version was stored.
  case added(VersionInfo)
  /// The content is identical to this stored version: it was recorded as seen again.
  case seenAgain(VersionInfo)

  /// The version stored or seen again.
  public var version: VersionInfo {
    switch self {
    case .added(let version), .seenAgain(let version): version
    }
  }
}
