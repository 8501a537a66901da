/// One atomic proposition of a version, with who asserts it and how.
public struct Claim: Hashable, Sendable {
  /// The claim's lineage id: the same across the versions where the claim appears.
  public var id: String
  /// The story's slug, once stored.
  public var story: String?
  /// The version number, once stored.
  public var version: Int?
  /// The 1-based index of the sentence the claim comes from.
  public var sentence: Int
  /// The 1-based position of the claim in its version.
  public var ordinal: Int
  /// The claim as it stands in the article (the parts of the content joined by a space).
  public var text: String
  /// The scalar offsets of the content's parts in the text.
  public var parts: [Range<Int>]
  /// Who asserts the claim.
  public var source: Source
  /// Where the source said it.
  public var channel: Channel?
  /// How the claim is tied to its source.
  public var attribution: AttributionKind
  /// How strongly the claim is put forward.
  public var modality: Modality
  /// Whether the claim is affirmed or negated.
  public var polarity: Polarity
  /// The time expressions in the claim.
  public var times: [TimeExpression]
  /// The figures in the claim.
  public var quantities: [Quantity]
  /// The event the claim is about, if any.
  public var event: EventReference?
  /// When the source said it, when the text says so ("giovedì scorso, Trump scriveva").
  public var statedOn: Day?

  /// Creates a claim.
  public init(
    id: String, story: String? = nil, version: Int? = nil, sentence: Int, ordinal: Int,
    text: String, parts: [Range<Int>], source: Source, channel: Channel? = nil,
    attribution: AttributionKind, modality: Modality = .asserted, polarity: Polarity = .affirmed,
    times: [TimeExpression] = [], quantities: [Quantity] = [], event: EventReference? = nil,
    statedOn: Day? = nil
  ) {
    self.id = id
    self.story = story
    self.version = version
    self.sentence = sentence
    self.ordinal = ordinal
    self.text = text
    self.parts = parts
    self.source = source
    self.channel = channel
    self.attribution = attribution
    self.modality = modality
    self.polarity = polarity
    self.times = times
    self.quantities = quantities
    self.event = event
    self.statedOn = statedOn
  }

  /// The outer scalar extent of the claim's parts.
  public var span: Range<Int> {
    guard let first = parts.first, let last = parts.last else { return 0..<0 }
    return first.lowerBound..<last.upperBound
  }

  /// The key two versions of the same claim share when only spacing, case, quote style or
  /// punctuation differ.
  public var key: ClaimKey { ClaimKey(text) }
}
