/// A common noun that names a source without naming it ("funzionario", "the network").
public struct Descriptor: Sendable, Hashable {
  /// What the noun describes.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// A person or people ("official", "spokesperson", "source").
    case person
    /// A news outlet ("network", "newspaper").
    case outlet
    /// An institution ("ministry", "government").
    case organization
    /// A document ("report", "statement").
    case document
  }

  /// The English singular form, used to name anonymous sources ("official").
  public var canonical: String
  /// What the noun describes.
  public var kind: Kind
  /// Whether this form is plural.
  public var isPlural: Bool

  /// Creates a descriptor.
  public init(_ canonical: String, _ kind: Kind, plural: Bool = false) {
    self.canonical = canonical
    self.kind = kind
    self.isPlural = plural
  }
}
