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
  /// - Complexity: O(*n*²) in the number of claims with an event, a figure or a negation.
  public static func find(in claims: [Claim], day: (Claim) -> Day?) -> [Contradiction] {
    var found: [Contradiction] = []
    let withStatus = claims.filter { $0.event?.status != nil }
    for (index, a) in withStatus.enumerated() {
      for b in withStatus[(index + 1)...] {
        guard let event = a.event, let statusA = event.status, let statusB = b.event?.status,
          event.id == b.event?.id, a.source.identity != b.source.identity,
          conflict(statusA, statusB), day(a) == day(b)
        else { continue }
        found.append(
          Contradiction(
            kind: .status, claims: [a, b],
            explanation:
              "\(a.source.label) says \(event.label) is \(statusA.rawValue), "
              + "\(b.source.label) says it is \(statusB.rawValue)\(when(day(a))): "
              + "it cannot be both"))
      }
    }
    let withFigures = claims.filter { !$0.quantities.isEmpty }
    for (index, a) in withFigures.enumerated() {
      for b in withFigures[(index + 1)...]
      where a.source.identity != b.source.identity && day(a) == day(b) {
        guard let (x, y) = conflictingFigures(a, b) else { continue }
        found.append(
          Contradiction(
            kind: .figure, claims: [a, b],
            explanation:
              "\(a.source.label) gives \(x.text), \(b.source.label) gives \(y.text)"
              + "\(when(day(a))), for the same count"))
      }
    }
    let stems = claims.map(stem)
    for i in claims.indices {
      for j in claims.indices where j > i {
        let a = claims[i]
        let b = claims[j]
        guard a.polarity != b.polarity, a.source.identity != b.source.identity,
          day(a) == day(b), ClaimAligner.dice(stems[i], stems[j]) >= 0.6
        else { continue }
        let (affirming, negating) = a.polarity == .affirmed ? (a, b) : (b, a)
        found.append(
          Contradiction(
            kind: .polarity, claims: [a, b],
            explanation:
              "\(negating.source.label) denies what \(affirming.source.label) asserts"
              + "\(when(day(a))): \"\(affirming.text)\""))
      }
    }
    return found
  }

  /// Two exact figures of the same thing with different values: the same counted noun ("4
  /// dispersi", "2 dispersi"), or no noun but the same words around them ("i dispersi sono
  /// 4", "i dispersi sono 2").
  static func conflictingFigures(_ a: Claim, _ b: Claim) -> (Quantity, Quantity)? {
    let context = { (claim: Claim) in
      ClaimAligner.words(claim.key).filter { !$0.allSatisfy(\.isNumber) }
    }
    for x in a.quantities where !x.approximate {
      for y in b.quantities where !y.approximate && x.value != y.value {
        if let unit = x.unit, unit == y.unit { return (x, y) }
        if x.unit == nil && y.unit == nil && ClaimAligner.dice(context(a), context(b)) >= 0.5 {
          return (x, y)
        }
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

  /// A claim's words without negations, for comparing what two claims say.
  private static func stem(_ claim: Claim) -> Set<Substring> {
    let negations: Set<Substring> = ["non", "not", "no", "never", "mai", "nt", "né", "nor"]
    return Set(claim.key.words.filter { !negations.contains($0) })
  }
}

extension Contradiction {
  /// The two claims' ids, in order: the same pair in two versions is the same contradiction.
  var pairKey: String {
    "\(kind.rawValue):" + claims.map(\.id).sorted().joined(separator: "|")
  }
}
