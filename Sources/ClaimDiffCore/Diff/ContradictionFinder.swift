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
    let keys = keys ?? claims.map(\.key)
    let days = claims.map(day)
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
    var found: [Contradiction] = []
    let events = Dictionary(grouping: claims.indices.filter { claims[$0].event?.status != nil }) {
      claims[$0].event?.id ?? ""
    }
    let statuses = earliest(in: Array(events.values)) { i, j in
      guard comparable(i, j), let a = claims[i].event?.status, let b = claims[j].event?.status
      else { return false }
      return conflict(a, b)
    }
    for (i, j) in statuses {
      let (a, b) = (claims[i], claims[j])
      guard let event = a.event, let statusA = event.status, let statusB = b.event?.status
      else { continue }
      found.append(
        Contradiction(
          kind: .status, claims: [a, b],
          explanation:
            "\(a.source.label) says \(event.label) is \(statusA.rawValue), "
            + "\(b.source.label) says it is \(statusB.rawValue)\(when(days[i])): "
            + "it cannot be both"))
    }
    let figures = figureGroups(claims, keys: keys)
    func figure(_ i: Int, _ j: Int) -> (Quantity, Quantity)? {
      conflictingFigures(claims[i], claims[j], similar: figures.similar.contains(i << 32 | j))
    }
    for (i, j) in earliest(
      in: figures.groups, where: { comparable($0, $1) && figure($0, $1) != nil })
    {
      guard let (x, y) = figure(i, j) else { continue }
      let (a, b) = (claims[i], claims[j])
      found.append(
        Contradiction(
          kind: .figure, claims: [a, b],
          explanation:
            "\(a.source.label) gives \(x.text), \(b.source.label) gives \(y.text)"
            + "\(when(days[i])), for the same count"))
    }
    for (i, j) in earliest(
      in: polarityPairs(claims, keys: keys).map { [$0.0, $0.1] }, where: comparable)
    {
      let (a, b) = (claims[i], claims[j])
      let (affirming, negating) = a.polarity == .affirmed ? (a, b) : (b, a)
      found.append(
        Contradiction(
          kind: .polarity, claims: [a, b],
          explanation:
            "\(negating.source.label) denies what \(affirming.source.label) asserts"
            + "\(when(days[i])): \"\(affirming.text)\""))
    }
    return found
  }

  /// For each claim, the first claim before it in one of its groups (each in increasing
  /// order) that `conflicts` with it; the pairs in order.
  private static func earliest(in groups: [[Int]], where conflicts: (Int, Int) -> Bool)
    -> [(Int, Int)]
  {
    var first: [Int: Int] = [:]
    for group in groups {
      for (position, j) in group.enumerated() {
        for i in group[..<position] {
          if let known = first[j], known <= i { break }
          if conflicts(i, j) {
            first[j] = i
            break
          }
        }
      }
    }
    return first.map { ($0.value, $0.key) }.sorted { $0 < $1 }
  }

  /// Groups of claims with exact figures that may count the same thing: those with a unit in
  /// common, and pairs with figures without a unit and similar words around them (also in
  /// `similar`, as `i << 32 | j`).
  private static func figureGroups(_ claims: [Claim], keys: [ClaimKey]) -> (
    groups: [[Int]], similar: Set<Int>
  ) {
    var byUnit: [String: [Int]] = [:]
    var unitless: [Int] = []
    for (index, claim) in claims.enumerated() {
      let exact = claim.quantities.filter { !$0.approximate }
      for unit in Set(exact.compactMap(\.unit)) { byUnit[unit, default: []].append(index) }
      if exact.contains(where: { $0.unit == nil }) { unitless.append(index) }
    }
    var similar: [(Int, Int)] = []
    var vocabulary = WordSets.Vocabulary()
    let contexts = WordSets(unitless.map { vocabulary.context(of: keys[$0]) })
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
          WordSets.dice(common: common, size, contexts.sets[other].count) >= 0.5
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
  private static func polarityPairs(_ claims: [Claim], keys: [ClaimKey]) -> [(Int, Int)] {
    guard claims.contains(where: { $0.polarity == .negated }) else { return [] }
    var vocabulary = WordSets.Vocabulary()
    let stems = WordSets(keys.map { vocabulary.stem(of: $0) })
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
          WordSets.dice(common: common, size, stems.sets[j].count) >= 0.6
        else { return }
        found.append((min(i, j), max(i, j)))
      }
    }
    return ordered(found)
  }

  /// Distinct pairs, sorted: the order in which the claims appear.
  private static func ordered(_ pairs: [(Int, Int)]) -> [(Int, Int)] {
    var seen: Set<Int> = []
    var result: [(Int, Int)] = []
    for (i, j) in pairs.sorted(by: { $0 < $1 }) where seen.insert(i << 32 | j).inserted {
      result.append((i, j))
    }
    return result
  }

  /// Two exact figures of the same thing with different values: the same counted noun ("4
  /// dispersi", "2 dispersi"), or no noun but the same words around them ("i dispersi sono
  /// 4", "i dispersi sono 2").
  ///
  /// - Parameter similar: Whether the words around the figures are alike.
  static func conflictingFigures(_ a: Claim, _ b: Claim, similar: Bool) -> (Quantity, Quantity)? {
    for x in a.quantities where !x.approximate {
      for y in b.quantities where !y.approximate && x.value != y.value {
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

  /// Words that negate a claim, left out when comparing what two claims say.
  static let negations: Set<Substring> = [
    "non", "not", "no", "never", "mai", "nt", "né", "nor",
  ]
}

extension Contradiction {
  /// The two claims' ids, in order: the same pair in two versions is the same contradiction.
  var pairKey: String {
    "\(kind.rawValue):" + claims.map(\.id).sorted().joined(separator: "|")
  }
}
