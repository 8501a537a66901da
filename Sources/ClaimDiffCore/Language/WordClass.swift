/// The grammatical roles a closed-class word can play, as far as the extractor needs them.
public struct WordClass: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// An article or other determiner ("il", "una", "the", "some").
  public static let determiner = WordClass(rawValue: 1 << 0)
  /// A definite article or demonstrative ("il", "la", "the", "this").
  public static let definite = WordClass(rawValue: 1 << 1)
  /// A preposition, articulated or not ("di", "della", "to", "of").
  public static let preposition = WordClass(rawValue: 1 << 2)
  /// A personal subject pronoun ("he", "lui", "they").
  public static let pronoun = WordClass(rawValue: 1 << 3)
  /// A coordinating conjunction ("e", "ma", "and", "but").
  public static let conjunction = WordClass(rawValue: 1 << 4)
  /// A subordinating conjunction ("perché", "quando", "because").
  public static let subordinator = WordClass(rawValue: 1 << 5)
  /// A complementizer opening reported content ("che", "that").
  public static let complementizer = WordClass(rawValue: 1 << 6)
  /// A relative pronoun ("che", "cui", "who", "which").
  public static let relative = WordClass(rawValue: 1 << 7)
  /// An auxiliary or copula in a finite form ("ha", "è", "has", "was").
  public static let auxiliary = WordClass(rawValue: 1 << 8)
  /// A modal verb in a finite form ("può", "potrebbe", "could").
  public static let modal = WordClass(rawValue: 1 << 9)
  /// An adverb that may sit inside a verb group ("subito", "also", "poi").
  public static let adverb = WordClass(rawValue: 1 << 10)
  /// A negation ("non", "not", "never").
  public static let negation = WordClass(rawValue: 1 << 11)
  /// A quantifier or number word ("più", "tre", "several").
  public static let quantifier = WordClass(rawValue: 1 << 12)
  /// An interrogative word opening an indirect question ("perché", "come", "why").
  public static let interrogative = WordClass(rawValue: 1 << 13)
  /// A clitic pronoun attached to a verb ("lo", "si", "ne").
  public static let clitic = WordClass(rawValue: 1 << 14)
  /// A finite verb form that the suffix rules would miss ("said", "fa", "è").
  public static let finiteVerb = WordClass(rawValue: 1 << 15)
  /// A plural form (of a pronoun, article or verb).
  public static let plural = WordClass(rawValue: 1 << 16)
  /// A possessive determiner ("suo", "his").
  public static let possessive = WordClass(rawValue: 1 << 17)
  /// A word that is never part of a name even when capitalized at a sentence start.
  public static let function = WordClass(rawValue: 1 << 18)
  /// A participle or adjective that a rule should not read as a finite verb.
  public static let participle = WordClass(rawValue: 1 << 19)
}
