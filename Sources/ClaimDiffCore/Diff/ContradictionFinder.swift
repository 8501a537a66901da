/// Finds claims from different sources that cannot both hold at the same time.
///
/// - Conflicting statuses of one event said on the same day ("scheduled" vs "cancelled").
///   A status said later supersedes an earlier one: that is an update, not a contradiction.
/// - Conflicting figures for the same counted thing on the same day ("4 dispersi" vs
///   "2 dispersi"), unless one is a bound ("più di").
/// - The same proposition affirmed by one source and negated by another.
///
/// The same source changing its account is never a contradiction.
public enum ContradictionFinder {
  /// The contradictions among `claims`, where `day` says when each claim was said.
  ///
  /// Each claim is reported once per kind, against the first earlier claim it contradicts:
  /// three sources giving three figures for one count are two contradictions, and a long
  /// story repeating a figure does not multiply them. Only claims that can conflict are
  /// compared: claims about the same event, claims with a figure in the same unit or with
  /// similar words around figures without one, and affirmed and negated claims that share
  /// words.
  ///
  /// - Complexity: O(*n*) plus, in each group of claims about one event or unit, the claims
  ///   passed over before the first conflict.
  ///
  /// - Parameter keys: The claims' keys, when already computed.
  public static func find(in claims: [Claim], keys: [ClaimKey]? = nil, day: (Claim) -> Day?)
    -> [Contradiction]
  {
    var vocabulary = WordSets.Vocabulary()
    let words = (keys ?? claims.map(\.key)).map { vocabulary.words($0) }
    return find(in: claims, words: words, vocabulary: vocabulary, day: day)
  }

  /// A contradiction found, by the positions of its claims.
  struct Conflict {
    var kind: Contradiction.Kind
    var first: Int
    var second: Int
    /// For a figure, the two figures.
    var figures: (Quantity, Quantity)?
  }

  /// The contradictions among `claims`, whose keys are already split into `words`.
  static func find(
    in claims: [Claim], words: [[Int]], vocabulary: WordSets.Vocabulary, day: (Claim) -> Day?
  ) -> [Contradiction] {
    let days = claims.map(day)
    return conflicts(in: claims, words: words, vocabulary: vocabulary, days: days).map {
      conflict in
      let (a, b) = (claims[conflict.first], claims[conflict.second])
      let when = when(days[conflict.first])
      let explanation: String
      switch conflict.kind {
      case .status:
        let event = a.event?.label ?? "the event"
        explanation =
          "\(a.source.label) says \(event) is \(a.event?.status?.rawValue ?? ""), "
          + "\(b.source.label) says it is \(b.event?.status?.rawValue ?? "")\(when): "
          + "it cannot be both"
      case .figure:
        explanation =
          "\(a.source.label) gives \(conflict.figures?.0.text ?? ""), \(b.source.label) gives "
          + "\(conflict.figures?.1.text ?? "")\(when), for the same count"
      case .polarity:
        let (affirming, negating) = a.polarity == .affirmed ? (a, b) : (b, a)
        explanation =
          "\(negating.source.label) denies what \(affirming.source.label) asserts"
          + "\(when): \"\(affirming.text)\""
      }
      return Contradiction(kind: conflict.kind, claims: [a, b], explanation: explanation)
    }
  }

  /// Whether two claims contradict each other in the way `kind` says: the test the search
  /// makes of every pair it compares, for one pair.
  ///
  /// - Parameters:
  ///   - words: The words of each claim's key, as ids of `vocabulary`.
  ///   - days: When each claim was said.
  static func contradict(
    _ kind: Contradiction.Kind, _ a: Claim, _ b: Claim, words: ([Int], [Int]),
    vocabulary: WordSets.Vocabulary, days: (Day?, Day?)
  ) -> Bool {
    guard a.source.identity != b.source.identity, days.0 == days.1 else { return false }
    func alike(_ x: [Int], _ y: [Int], _ threshold: Double) -> Bool {
      let common = x.count(where: Set(y).contains)
      return WordSets.dice(common: common, x.count, y.count) >= threshold
    }
    switch kind {
    case .status:
      guard let x = a.event, let y = b.event, x.id == y.id, let first = x.status,
        let second = y.status
      else { return false }
      return conflict(first, second)
    case .figure:
      let similar = alike(
        vocabulary.context(words.0), vocabulary.context(words.1), figureContextSimilarity)
      return conflictingFigures(
        a.quantities.filter { !$0.approximate }, b.quantities.filter { !$0.approximate },
        similar: similar) != nil
    case .polarity:
      guard (a.polarity == .negated) != (b.polarity == .negated) else { return false }
      return alike(vocabulary.stem(words.0), vocabulary.stem(words.1), polaritySimilarity)
    }
  }

  /// The contradictions among `claims`, by position: statuses, then figures, then polarity,
  /// each in the order of their claims.
  static func conflicts(
    in claims: [Claim], words: [[Int]], vocabulary: WordSets.Vocabulary, days: [Day?]
  ) -> [Conflict] {
    var sources: [Source.Identity: Int] = [:]
    let identities = claims.map { claim in
      let identity = claim.source.identity
      if let id = sources[identity] { return id }
      sources[identity] = sources.count
      return sources.count - 1
    }
    func comparable(_ i: Int, _ j: Int) -> Bool {
      identities[i] != identities[j] && days[i] == days[j]
    }
    var found: [Conflict] = []
    let statuses = claims.map { $0.event?.status }
    let events = Dictionary(grouping: claims.indices.filter { statuses[$0] != nil }) {
      claims[$0].event?.id ?? ""
    }
    let statusPairs = earliest(in: Array(events.values)) { i, j in
      guard comparable(i, j), let a = statuses[i], let b = statuses[j] else { return false }
      return conflict(a, b)
    }
    found += statusPairs.map { Conflict(kind: .status, first: $0.0, second: $0.1) }
    let figures = figureGroups(claims, words: words, vocabulary: vocabulary)
    let exact = claims.map { $0.quantities.filter { !$0.approximate } }
    func figure(_ i: Int, _ j: Int) -> (Quantity, Quantity)? {
      conflictingFigures(exact[i], exact[j], similar: figures.similar.contains(i << 32 | j))
    }
    for (i, j) in earliest(
      in: figures.groups, where: { comparable($0, $1) && figure($0, $1) != nil })
    {
      found.append(Conflict(kind: .figure, first: i, second: j, figures: figure(i, j)))
    }
    let polarityPairs = earliest(
      in: polarityPairs(claims, words: words, vocabulary: vocabulary).map { [$0.0, $0.1] },
      where: comparable)
    found += polarityPairs.map { Conflict(kind: .polarity, first: $0.0, second: $0.1) }
    return found
  }

  /// For each claim, the first claim before it in one of its groups (each in increasing
  /// order) that `conflicts` with it; the pairs in order.
  private static func earliest(in groups: [[Int]], where conflicts: (Int, Int) -> Bool)
    -> [(Int, Int)]
  {
    let count = groups.reduce(0) { max($0, ($1.max() ?? -1) + 1) }
    var first = [Int](repeating: Int.max, count: count)
    for group in groups {
      for (position, j) in group.enumerated() {
        for i in group[..<position] {
          if i >= first[j] { break }
          if conflicts(i, j) {
            first[j] = i
            break
          }
        }
      }
    }
    return first.indices.compactMap { j in first[j] == Int.max ? nil : (first[j], j) }
      .sorted { $0 < $1 }
  }

  /// Groups of claims with exact figures that may count the same thing: those with a unit in
  /// common, and pairs with figures without a unit and similar words around them (also in
  /// `similar`, as `i << 32 | j`).
  private static func figureGroups(
    _ claims: [Claim], words: [[Int]], vocabulary: WordSets.Vocabulary
  ) -> (
    groups: [[Int]], similar: Set<Int>
  ) {
    var byUnit: [String: [Int]] = [:]
    var unitless: [Int] = []
    for index in claims.indices where !claims[index].quantities.isEmpty {
      let exact = claims[index].quantities.filter { !$0.approximate }
      for unit in Set(exact.compactMap(\.unit)) { byUnit[unit, default: []].append(index) }
      if exact.contains(where: { $0.unit == nil }) { unitless.append(index) }
    }
    var similar: [(Int, Int)] = []
    let contexts = WordSets(unitless.map { vocabulary.context(words[$0]) })
    var scratch = WordSets.Scratch()
    for (rank, words) in contexts.sets.enumerated() {
      let size = words.count
      if size == 0 {
        for other in contexts.sets.indices where other > rank && contexts.sets[other].isEmpty {
          similar.append((unitless[rank], unitless[other]))
        }
        continue
      }
      contexts.sharing(words, scratch: &scratch) { other, common in
        guard other > rank,
          WordSets.dice(common: common, size, contexts.sets[other].count)
            >= figureContextSimilarity
        else { return }
        similar.append((unitless[rank], unitless[other]))
      }
    }
    return (
      Array(byUnit.values) + similar.map { [$0.0, $0.1] }, Set(similar.map { $0.0 << 32 | $0.1 })
    )
  }

  /// Pairs of an affirmed and a negated claim whose words, negations aside, are alike, in
  /// order.
  private static func polarityPairs(
    _ claims: [Claim], words: [[Int]], vocabulary: WordSets.Vocabulary
  ) -> [(Int, Int)] {
    guard claims.contains(where: { $0.polarity == .negated }) else { return [] }
    let stems = WordSets(words.map(vocabulary.stem))
    var scratch = WordSets.Scratch()
    var found: [(Int, Int)] = []
    for i in claims.indices where claims[i].polarity == .negated {
      let size = stems.sets[i].count
      if size == 0 {
        for j in claims.indices where claims[j].polarity != .negated && stems.sets[j].isEmpty {
          found.append((min(i, j), max(i, j)))
        }
        continue
      }
      stems.sharing(stems.sets[i], scratch: &scratch) { j, common in
        guard claims[j].polarity != .negated,
          WordSets.dice(common: common, size, stems.sets[j].count) >= polaritySimilarity
        else { return }
        found.append((min(i, j), max(i, j)))
      }
    }
    // Each pair is found once, from its negated claim; in the order the claims appear.
    return found.sorted { $0 < $1 }
  }

  /// Two exact figures of the same thing with different values: the same counted noun ("4
  /// dispersi", "2 dispersi"), or no noun but the same words around them ("i dispersi sono
  /// 4", "i dispersi sono 2").
  ///
  /// - Parameters:
  ///   - a: The exact figures of one claim.
  ///   - b: The exact figures of the other.
  ///   - similar: Whether the words around the figures are alike.
  static func conflictingFigures(_ a: [Quantity], _ b: [Quantity], similar: Bool) -> (
    Quantity, Quantity
  )? {
    for x in a {
      for y in b where x.value != y.value {
        if let unit = x.unit, unit == y.unit { return (x, y) }
        if x.unit == nil && y.unit == nil && similar { return (x, y) }
      }
    }
    return nil
  }

  /// " on 2025-10-21", or nothing when the day is unknown.
  private static func when(_ day: Day?) -> String { day.map { " on \($0)" } ?? "" }

  /// Whether two statuses cannot hold together.
  static func conflict(_ a: EventStatus, _ b: EventStatus) -> Bool {
    func group(_ status: EventStatus) -> Int {
      switch status {
      case .proposed, .scheduled, .confirmed, .rescheduled: 0
      case .onHold, .postponed: 1
      case .cancelled: 2
      case .occurred: 3
      }
    }
    return group(a) != group(b)
  }

  /// How alike (Dice) the words around two unit-less figures must be for them to count the
  /// same thing.
  static let figureContextSimilarity = 0.5

  /// How alike (Dice) an affirmed and a negated claim must be, negations aside, to say the
  /// same thing.
  static let polaritySimilarity = 0.6

  /// Words that negate a claim, left out when comparing what two claims say.
  static let negations: Set<Substring> = [
    "non", "not", "no", "never", "mai", "nt", "né", "nor",
  ]
}
