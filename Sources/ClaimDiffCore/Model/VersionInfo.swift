/// One stored version of a story, without its claims.
public struct VersionInfo: Hashable, Sendable {
  /// The story's slug.
  public var story: String
  /// The version number, from 1.
  public var number: Int
  /// The publication time as given (header, flag) or the ingest time.
  public var published: String
  /// The day relative times in the version count from.
  public var day: Day?
  /// The address, when given.
  public var url: String?
  /// The content hash (SHA-256 of the normalized body).
  public var hash: String
  /// The language pack used.
  public var language: String
  /// The size of the text in bytes.
  public var bytes: Int
  /// How many claims the version has.
  public var claims: Int
  /// When the same content was ingested again (a revert, a re-import).
  public var seenAgain: [String]

  /// Creates a version description.
  public init(
    story: String, number: Int, published: String, day: Day?, url: String? = nil, hash: String,
    language: String, bytes: Int, claims: Int, seenAgain: [String] = []
  ) {
    self.story = story
    self.number = number
    self.published = published
    self.day = day
    self.url = url
    self.hash = hash
    self.language = language
    self.bytes = bytes
    self.claims = claims
    self.seenAgain = seenAgain
  }
}

/// A version with its claims: what the differ compares.
public struct VersionClaims: Sendable {
  /// The version.
  public var info: VersionInfo
  /// Its claims, in text order.
  public var claims: [Claim]

  /// Pairs a version with its claims.
  public init(info: VersionInfo, claims: [Claim]) {
    self.info = info
    self.claims = claims
  }
}
