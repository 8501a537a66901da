/// A figure in a claim: a number with its unit, as written and as a value.
public struct Quantity: Hashable, Sendable, Codable {
  /// The words as written ("più di tre anni", "4 dispersi").
  public var text: String
  /// The numeric value.
  public var value: Double
  /// The unit or counted noun ("anni", "missing"), lower-cased.
  public var unit: String?
  /// Whether the figure is a bound rather than exact ("più di", "at least").
  public var approximate: Bool
  /// The scalar offsets in the text.
  public var span: Range<Int>

  /// Creates a quantity.
  public init(text: String, value: Double, unit: String?, approximate: Bool, span: Range<Int>) {
    self.text = text
    self.value = value
    self.unit = unit
    self.approximate = approximate
    self.span = span
  }

  enum CodingKeys: String, CodingKey { case text, value, unit, approximate, span }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    text = try container.decode(String.self, forKey: .text)
    value = try container.decode(Double.self, forKey: .value)
    unit = try container.decodeIfPresent(String.self, forKey: .unit)
    approximate = try container.decodeIfPresent(Bool.self, forKey: .approximate) ?? false
    let bounds = try container.decodeIfPresent([Int].self, forKey: .span) ?? [0, 0]
    span = bounds.count == 2 && bounds[0] <= bounds[1] ? bounds[0]..<bounds[1] : 0..<0
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(value, forKey: .value)
    try container.encode(unit, forKey: .unit)
    try container.encode(approximate, forKey: .approximate)
    try container.encode([span.lowerBound, span.upperBound], forKey: .span)
  }
}
