/// The words a language uses for dates and relative times.
public struct TimeLexicon: Sendable {
  /// A relative period named by a phrase ("in settimana", "this week").
  public struct Period: Sendable, Hashable {
    /// The period's size.
    public var granularity: TimeExpression.Granularity
    /// How many periods after the reference one (-1 last, 0 this, 1 next).
    public var offset: Int
  }

  /// Weekday names, 1 for Monday through 7 for Sunday.
  public var weekdays: WordTable<Int> = [:]
  /// Month names and abbreviations, 1 through 12.
  public var months: WordTable<Int> = [:]
  /// Words for a day relative to the reference day ("ieri" -1, "tomorrow" 1).
  public var relativeDays = PhraseTable<Int>()
  /// Phrases naming a whole relative period ("in settimana", "this week").
  public var periods = PhraseTable<Period>()
  /// Period nouns ("settimana", "week").
  public var units: WordTable<TimeExpression.Granularity> = [:]
  /// Words meaning "the previous one" ("scorso", "last").
  public var previous: WordSet = []
  /// Words meaning "the next one" ("prossimo", "next").
  public var next: WordSet = []
  /// Words meaning "the current one" ("questa", "this").
  public var current: WordSet = []
  /// Prepositions that may introduce a year ("nel", "in", "since").
  public var yearPrepositions: WordSet = []
  /// Prepositions of a span counted from the reference day ("entro due settimane", "within").
  public var within: WordSet = []
  /// Parts of a day that may follow a weekday or "ieri" ("giovedì sera", "Monday night").
  public var dayParts: WordSet = []
  /// Words before a day that point at a target ahead, whatever the clause's tense: "postponed
  /// to Friday", "scheduled for Wednesday", "rinviato al 20", "previsto per giovedì".
  public var forward: WordSet = []
  /// Units of a counted span, singular and plural ("settimane", "weeks").
  public var spans: WordTable<TimeExpression.Granularity> = [:]

  /// Creates an empty time lexicon.
  public init() {}

  /// Indexes the tables: see ``Lexicon/indexTables()``.
  mutating func index(in tables: inout TableIndex) {
    weekdays.index(in: &tables)
    months.index(in: &tables)
    relativeDays.index(in: &tables)
    periods.index(in: &tables)
    units.index(in: &tables)
    previous.index(in: &tables)
    next.index(in: &tables)
    current.index(in: &tables)
    yearPrepositions.index(in: &tables)
    within.index(in: &tables)
    forward.index(in: &tables)
    dayParts.index(in: &tables)
    spans.index(in: &tables)
  }
}
