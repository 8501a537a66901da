/// Who asserts a claim: a person, an organization, an anonymous source, or the article itself.
public struct Source: Hashable, Sendable {
  /// What kind of source this is.
  public enum Kind: String, Hashable, Sendable, Codable {
    /// The outlet narrating the article: the source of unattributed claims.
    case narrator
    /// A person, named.
    case person
    /// An institution ("State Department", "Kremlin").
    case organization
    /// A news outlet or platform speaking for itself ("CNN").
    case outlet
    /// A source the text does not name ("a senior official", "fonti").
    case anonymous
    /// A source the registry does not know and the text does not describe.
    case unknown
  }

  /// The canonical name: the organization when there is one, else the person, else a
  /// description ("anonymous source").
  public var name: String
  /// The named person, when there is one.
  public var person: String?
  /// Whether the text withholds the source's identity.
  public var anonymous: Bool
  /// The words the text uses for the source ("un funzionario della Casa Bianca").
  public var surface: String?
  /// What kind of source this is.
  public var kind: Kind
  /// The scalar offsets of ``surface`` in the text, when it is there.
  public var span: Range<Int>?

  /// Creates a source.
  public init(
    name: String, person: String? = nil, anonymous: Bool = false, surface: String? = nil,
    kind: Kind, span: Range<Int>? = nil
  ) {
    self.name = name
    self.person = person
    self.anonymous = anonymous
    self.surface = surface
    self.kind = kind
    self.span = span
  }

  /// The source of unattributed claims.
  public static let narrator = Source(name: "narrator", kind: .narrator)

  /// The source without its wording: two claims with equal identities have the same source.
  public var identity: Identity { Identity(name: name, person: person, anonymous: anonymous) }

  /// What makes two sources the same source.
  public struct Identity: Hashable, Sendable {
    /// The canonical name.
    public var name: String
    /// The named person.
    public var person: String?
    /// Whether the source is anonymous.
    public var anonymous: Bool
  }

  /// A short label for listings: "Anna Kelly (White House)", "White House (anonymous)".
  public var label: String {
    if let person, person != name { return "\(person) (\(name))" }
    if anonymous && !name.hasPrefix("anonymous") && !name.hasPrefix("unnamed") {
      return "\(name) (anonymous)"
    }
    return name
  }
}

/// Where a source said something, when it is not the article itself ("told CNN", "on Truth").
public struct Channel: Hashable, Sendable {
  /// The canonical name ("CNN").
  public var name: String
  /// The words the text uses ("alla Cnn").
  public var surface: String?
  /// The scalar offsets of ``surface``.
  public var span: Range<Int>?

  /// Creates a channel.
  public init(name: String, surface: String? = nil, span: Range<Int>? = nil) {
    self.name = name
    self.surface = surface
    self.span = span
  }
}
