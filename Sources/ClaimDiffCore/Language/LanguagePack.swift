/// What the extractor knows about one language.
///
/// The core never names a language: segmentation, attribution, modality, times and events
/// read everything language-specific from a pack. A third language is added by writing a
/// type that conforms to this protocol and passing it to ``LanguagePacks``.
public protocol LanguagePack: Sendable {
  /// The ISO 639-1 code ("it", "en").
  var code: String { get }
  /// How an apostrophe inside a word splits it.
  var elision: Elision { get }
  /// Words that take an abbreviation period, lower-cased, without the period ("sig", "mr").
  var abbreviations: Set<String> { get }
  /// Abbreviations that always precede a name, so their period never ends a sentence.
  var titles: Set<String> { get }
  /// The pack's lexicons.
  var lexicon: Lexicon { get }
  /// Marks that end a sentence when a space follows, besides `.`, `!`, `?` and `…` (Italian
  /// sentence segmentation ends sentences at ":" and ";", English does not).
  var clauseEnds: Set<String> { get }
  /// The lookup key of a word that ends with an apostrophe standing for an accent ("E'").
  func foldAccent(_ key: String) -> String
}

extension LanguagePack {
  /// Languages that do not write accents as apostrophes keep the key as it is.
  public func foldAccent(_ key: String) -> String { key }
  /// By default only `.`, `!`, `?` and `…` end sentences.
  public var clauseEnds: Set<String> { [] }
}

/// How a language splits a word at an apostrophe.
public enum Elision: Sendable {
  /// Italian and French: the apostrophe ends the first word ("l'" + "incontro").
  case afterApostrophe
  /// English: the apostrophe starts the second word ("Clinton" + "'s", "do" + "n't").
  case beforeApostrophe
}

/// Everything a language pack knows, as tables built once.
public struct Lexicon: Sendable {
  /// Closed-class words and their roles.
  public var classes: WordTable<WordClass> = [:]
  /// The preposition inside an articulated preposition ("della" → "di", "alla" → "a").
  public var prepositionBase: WordTable<String> = [:]
  /// Frequent words, for language detection.
  public var stopwords: WordSet = []
  /// Attribution cues: reporting verbs, "according to" phrases.
  public var cues = PhraseTable<Cue>()
  /// Phrases that look like cues and are not ("called off", "so called").
  public var notCues = PhraseTable<Bool>()
  /// Phrases that point back to the previous sentence as content ("è quanto", "this is what").
  public var backwardPointers = PhraseTable<Bool>()
  /// Hedges and their modality ("non è chiaro", "potrebbe", "reportedly").
  public var hedges = PhraseTable<Modality>()
  /// Verb endings of the reporting conditional ("-rebbe"), which make a claim `reported`.
  public var reportedEndings: WordEndings = []
  /// Phrases that contain a negation word but do not negate ("non solo", "not only").
  public var nonNegations = PhraseTable<Bool>()
  /// Nouns that describe a source ("funzionario", "spokesman", "la rete").
  public var descriptors = PhraseTable<Descriptor>()
  /// Adjectives of seniority or origin that may sit inside a source description ("senior").
  public var sourceModifiers: WordSet = []
  /// Prepositions that introduce the addressee or medium of a saying ("a", "to", "su", "on").
  public var channelPrepositions: WordSet = []
  /// Phrases that introduce the medium of a saying ("in an interview with", "in una nota").
  public var mediumPhrases = PhraseTable<Bool>()
  /// Event nouns ("incontro", "phone call").
  public var eventNouns = PhraseTable<EventType>()
  /// Verb phrases that are events ("si sono incontrati", "spoke").
  public var verbEvents = PhraseTable<VerbEvent>()
  /// Status cues ("rinviato", "called off", "in programma").
  public var statusCues = PhraseTable<StatusCue>()
  /// Pronouns that stand for an event noun mentioned before ("quello", "that").
  public var eventAnaphors: WordSet = []
  /// Prepositions that mark a past event as background ("dopo", "after").
  public var backgroundPrepositions: WordSet = []
  /// Prepositions that introduce an event's participants ("tra", "between", "with").
  public var participantPrepositions: WordSet = []
  /// Auxiliaries of the active perfect, the only ones a reporting participle takes ("ha
  /// detto"; "è confermato" is a passive state, not a report).
  public var perfectAuxiliaries: WordSet = []
  /// First and second person subject pronouns ("I", "we", "you", "io", "noi").
  public var speakerPronouns: WordSet = []
  /// Whether any reporting verb may come before its subject ("ha confermato la Farnesina");
  /// in English only verbs of saying do ("said the official").
  public var invertsSubjects = false
  /// Auxiliaries of the passive ("was", "is being"): a cue after them is not a report.
  public var passiveAuxiliaries: WordSet = []
  /// Pronouns that can follow a preposition and stand for a person ("tra lui e Putin").
  public var objectPronouns: WordSet = []
  /// Prepositions that mark an infinitive ("to sign", "di votare").
  public var infinitiveMarkers: WordSet = []
  /// Prepositions of time and place that end an object ("in a ruling", "during a stop").
  public var adjunctPrepositions: WordSet = []
  /// Endings of gerunds ("speaking", "parlando"): a gerund phrase is no apposition.
  public var gerundEndings: WordEndings = []
  /// Particles inside personal names ("bin", "von", "de").
  public var nameParticles: WordSet = [
    "bin", "ibn", "al", "el", "abu", "de", "del", "della", "di", "da", "van", "von", "der", "den",
    "la", "le", "du", "dos", "das", "y",
  ]
  /// Phrases that continue a list though they start like a clause ("as well as", "così come").
  public var listContinuers = PhraseTable<Bool>()
  /// Conjunctions that, after a comma, start the writer's own clause ("but", "ma").
  public var contrastives: WordSet = []
  /// Clitics that mark a possessor ("'s" in "the state's chairman").
  public var possessiveClitics: WordSet = []
  /// Prepositions that introduce the agent of a passive ("said by"): a cue before one is
  /// not a report by its subject.
  public var agentPrepositions: WordSet = []
  /// Conjunctions that join two phrases into one ("and", "e").
  public var coordinators: WordSet = []
  /// Prepositions that take a pair joined by a conjunction ("tra A e B", "between A and B").
  public var pairPrepositions: WordSet = []
  /// Verbs that make their object event happen ("hanno avuto un colloquio", "held talks").
  public var occurrenceVerbs: WordSet = []
  /// Prepositions that introduce where an event takes place ("a Budapest", "in Geneva").
  public var placePrepositions: WordSet = []
  /// Adjectives of nationality and the country they name ("americano" → "United States").
  public var nationalities: WordTable<String> = [:]
  /// Time words.
  public var time = TimeLexicon()
  /// Words that put a clause in the future ("will"), for bare weekdays.
  public var futureWords: WordSet = []
  /// Verb endings of the future tense ("-rà", "-ranno").
  public var futureEndings: WordEndings = []
  /// Words that put a clause in the past ("was", "era", "ieri").
  public var pastWords: WordSet = []
  /// Endings that mark a lower-case word as a finite verb anywhere ("-avano", "-rebbe").
  public var finiteEndings: WordEndings = []
  /// Endings that mark a finite verb only right after a subject ("-ed": "officials warned").
  public var weakFiniteEndings: WordEndings = []
  /// Prepositions that may continue a source description ("della", "of", "for").
  public var nounPhrasePrepositions: WordSet = []
  /// Prepositions allowed between capitalized words of one name ("Commission on Presidential
  /// Debates", "Ambassador to the UN").
  public var namePrepositions: WordSet = []
  /// Prepositions allowed in a description after certain adjectives ("familiar with").
  public var modifierPrepositions: WordTable<Set<String>> = [:]
  /// Prepositions that may open the content of a cue that takes one ("riferito di un…").
  public var contentPrepositions: WordSet = []
  /// Words that turn "according to" into "according to what was said by": "quanto" in
  /// "secondo quanto riferito dal portavoce", "what" in "according to what the mayor said".
  public var accordingToRelatives: WordSet = []
  /// Phrases that open an explicit correction note ("correction", "an earlier version of this
  /// article", "rettifica").
  public var correctionMarkers: [String] = []
  /// Prepositions (base forms) that bring in who said it after such a relative: "da", "by".
  public var accordingToAgents: WordSet = []
  /// Prepositions that open an absolute clause after a comma ("con", "with").
  public var absolutePrepositions: WordSet = []
  /// Endings of past participles ("-ato", "-ed").
  public var participleEndings: WordEndings = []
  /// Words for quantities ("tre", "three", "dozens") and their values.
  public var numberWords: WordTable<Double> = [:]
  /// Phrases that make a figure a bound ("più di", "at least").
  public var approximators = PhraseTable<Bool>()

  /// The masks of the words of the tables below, once ``indexTables()`` has run.
  private(set) var tableIndex: TableIndex?
  /// The verb endings the grammar asks about every word, matched at once, once
  /// ``indexTables()`` has run: ``VerbEnding`` numbers the lists.
  private(set) var verbEndings: EndingIndex?

  /// The lists of ``verbEndings``.
  enum VerbEnding: Int, CaseIterable {
    case finite, weakFinite, participle, future, gerund, reported
  }

  /// Creates an empty lexicon.
  public init() {}

  /// Indexes the tables the extractor asks about tokens, so that a token is looked up once,
  /// when the text is tokenized: see ``TableMask``.
  ///
  /// A lexicon is indexed when it is complete; a table changed afterwards is probed again,
  /// as is every table when the lexicon is not indexed at all.
  public mutating func indexTables() {
    var tables = TableIndex()
    classes.index(in: &tables)
    time.index(in: &tables)
    cues.index(in: &tables)
    notCues.index(in: &tables)
    backwardPointers.index(in: &tables)
    hedges.index(in: &tables)
    nonNegations.index(in: &tables)
    descriptors.index(in: &tables)
    sourceModifiers.index(in: &tables)
    channelPrepositions.index(in: &tables)
    mediumPhrases.index(in: &tables)
    eventNouns.index(in: &tables)
    verbEvents.index(in: &tables)
    statusCues.index(in: &tables)
    eventAnaphors.index(in: &tables)
    backgroundPrepositions.index(in: &tables)
    participantPrepositions.index(in: &tables)
    perfectAuxiliaries.index(in: &tables)
    speakerPronouns.index(in: &tables)
    passiveAuxiliaries.index(in: &tables)
    objectPronouns.index(in: &tables)
    infinitiveMarkers.index(in: &tables)
    adjunctPrepositions.index(in: &tables)
    nameParticles.index(in: &tables)
    contrastives.index(in: &tables)
    possessiveClitics.index(in: &tables)
    agentPrepositions.index(in: &tables)
    coordinators.index(in: &tables)
    occurrenceVerbs.index(in: &tables)
    placePrepositions.index(in: &tables)
    futureWords.index(in: &tables)
    pastWords.index(in: &tables)
    nounPhrasePrepositions.index(in: &tables)
    namePrepositions.index(in: &tables)
    contentPrepositions.index(in: &tables)
    numberWords.index(in: &tables)
    approximators.index(in: &tables)
    // Asked about fewer tokens, or by words rather than tokens: last, for the bits left.
    modifierPrepositions.index(in: &tables)
    listContinuers.index(in: &tables)
    nationalities.index(in: &tables)
    pairPrepositions.index(in: &tables)
    absolutePrepositions.index(in: &tables)
    accordingToRelatives.index(in: &tables)
    accordingToAgents.index(in: &tables)
    prepositionBase.index(in: &tables)
    tableIndex = tables
    verbEndings = EndingIndex(verbEndingLists)
  }

  /// The lists of verb endings, in the order of ``VerbEnding``.
  var verbEndingLists: [WordEndings] {
    VerbEnding.allCases.map { list in
      switch list {
      case .finite: finiteEndings
      case .weakFinite: weakFiniteEndings
      case .participle: participleEndings
      case .future: futureEndings
      case .gerund: gerundEndings
      case .reported: reportedEndings
      }
    }
  }

  /// The roles of `key`, or none.
  @inline(__always)
  public func wordClass(_ key: String) -> WordClass { classes[key] ?? [] }

  /// Adds `roles` to every word of `words` (separated by spaces).
  public mutating func add(_ roles: WordClass, _ words: String) {
    for word in words.split(separator: " ") { classes[String(word), default: []].formUnion(roles) }
  }
}
