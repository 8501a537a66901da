/// A time expression in a claim, as written and normalized against a reference day.
public struct TimeExpression: Hashable, Sendable, Codable {
  /// The size of the period a time expression names.
  public enum Granularity: String, Hashable, Sendable, Codable {
    case day, week, month, year
  }

  /// The words as written ("giovedì scorso").
  public var text: String
  /// The first day of the period, when it could be resolved.
  public var date: Day?
  /// The last day of the period, for weeks, months and years.
  public var end: Day?
  /// The size of the period.
  public var granularity: Granularity
  /// The scalar offsets of the words in the text.
  public var span: Range<Int>

  /// Creates a time expression.
  public init(
    text: String, date: Day?, end: Day? = nil, granularity: Granularity, span: Range<Int>
  ) {
    self.text = text
    self.date = date
    self.end = end
    self.granularity = granularity
    self.span = span
  }

  enum CodingKeys: String, CodingKey { case text, date, end, granularity, span }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    text = try container.decode(String.self, forKey: .text)
    date = try container.decodeIfPresent(Day.self, forKey: .date)
    end = try container.decodeIfPresent(Day.self, forKey: .end)
    granularity = try container.decodeIfPresent(Granularity.self, forKey: .granularity) ?? .day
    let bounds = try container.decodeIfPresent([Int].self, forKey: .span) ?? [0, 0]
    span = bounds.count == 2 && bounds[0] <= bounds[1] ? bounds[0]..<bounds[1] : 0..<0
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(date, forKey: .date)
    try container.encodeIfPresent(end, forKey: .end)
    try container.encode(granularity, forKey: .granularity)
    try container.encode([span.lowerBound, span.upperBound], forKey: .span)
  }
}
