/// A word or phrase that introduces an attribution: a reporting verb, "according to", a noun.
public struct Cue: Sendable, Hashable {
  /// How the cue attaches to its source and content.
  public enum Kind: Sendable, Hashable {
    /// A finite reporting verb ("said", "riferisce").
    case verb
    /// A past participle that needs an auxiliary on its left ("detto" in "ha detto").
    case participle
    /// A preposition-like phrase with the source after it ("according to", "secondo").
    case accordingTo
    /// A gerund that continues the previous frame's source (", adding that", "aggiungendo").
    case gerund
  }

  /// How the cue attaches.
  public var kind: Kind
  /// Whether content may follow a preposition instead of a complementizer ("riferito di").
  public var takesPreposition: Bool
  /// Whether the verb denies its content ("denied", "ha smentito").
  public var isDenial: Bool
  /// Whether the verb's object is the addressee ("told CNN", "ha detto alla Cnn").
  public var takesAddressee: Bool
  /// Whether the form is plural ("hanno detto"), when that is known.
  public var isPlural: Bool
  /// Whether the verb is about thinking rather than saying ("believes", "ritiene").
  public var isCognitive: Bool
  /// Prepositions that open the verb's content ("agreed with X", "complained about Y").
  public var complementPrepositions: WordSet = []
  /// Whether the verb is plainly about saying ("said", "ha detto"): anything can be its
  /// subject ("one slide says", "the clip says").
  public var isSpeech: Bool = false
  /// Whether the form is a cue only with a pronoun subject, or with a complementizer, a colon,
  /// a quotation or a complement preposition after it: forms that are also common nouns
  /// ("states", "support", "questions") and verbs that need not report anything ("spoke").
  public var needsComplement: Bool = false

  /// Creates a cue.
  public init(
    _ kind: Kind, takesPreposition: Bool = false, isDenial: Bool = false,
    takesAddressee: Bool = false, isPlural: Bool = false, isCognitive: Bool = false
  ) {
    self.kind = kind
    self.takesPreposition = takesPreposition
    self.isDenial = isDenial
    self.takesAddressee = takesAddressee
    self.isPlural = isPlural
    self.isCognitive = isCognitive
  }
}
