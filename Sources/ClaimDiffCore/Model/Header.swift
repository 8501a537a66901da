/// The header lines that may open a version's text (`date 2025-10-21`, `title …`).
public struct Header: Hashable, Sendable {
  /// The publication day, from a `date` or `published` line.
  public var date: Day?
  /// The publication time as written after the day ("2025-10-21T08:00:00Z"), when given.
  public var published: String?
  /// The title, from a `title` line.
  public var title: String?
  /// The address, from a `url` line.
  public var url: String?
  /// Every header line by key, in order.
  public var fields: [(key: String, value: String)]

  /// Creates a header.
  public init(
    date: Day? = nil, published: String? = nil, title: String? = nil, url: String? = nil,
    fields: [(key: String, value: String)] = []
  ) {
    self.date = date
    self.published = published
    self.title = title
    self.url = url
    self.fields = fields
  }

  /// An empty header.
  public static let empty = Header()

  public static func == (lhs: Header, rhs: Header) -> Bool {
    lhs.date == rhs.date && lhs.published == rhs.published && lhs.title == rhs.title
      && lhs.url == rhs.url && lhs.fields.map(\.key) == rhs.fields.map(\.key)
      && lhs.fields.map(\.value) == rhs.fields.map(\.value)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(date)
    hasher.combine(published)
    hasher.combine(title)
    hasher.combine(url)
  }
}
