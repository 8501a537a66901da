/// What the extractor found in one text.
public struct Extraction: Sendable {
  /// The language pack's code.
  public var language: String
  /// The header lines.
  public var header: Header
  /// The normalized text the offsets refer to, and the way back to the input's offsets.
  public var normalized: NormalizedText
  /// Each sentence's scalar offsets in the normalized text.
  public var sentences: [Range<Int>]
  /// The claims, in text order.
  public var claims: [Claim]
  /// The attribution frames, each with the claims it covers.
  public var attributions: [Attribution]
  /// The events the text mentions.
  public var events: [EventReference]

  /// Creates an extraction.
  public init(
    language: String, header: Header, normalized: NormalizedText, sentences: [Range<Int>],
    claims: [Claim], attributions: [Attribution], events: [EventReference]
  ) {
    self.language = language
    self.header = header
    self.normalized = normalized
    self.sentences = sentences
    self.claims = claims
    self.attributions = attributions
    self.events = events
  }
}
