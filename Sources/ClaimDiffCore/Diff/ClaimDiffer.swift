/// Computes what changed between two versions of a story, in claims.
///
/// ```swift
/// let diff = ClaimDiffer().diff(old, new)
/// print(diff.changes.count, diff.statusUpdates.count)
/// ```
public struct ClaimDiffer: Sendable {
  /// The aligner that pairs claims.
  public var aligner: ClaimAligner

  /// Creates a differ.
  public init(aligner: ClaimAligner = .make()) {
    self.aligner = aligner
  }

  /// The changes from `old` to `new`.
  ///
  /// - Complexity: that of ``ClaimAligner/align(_:_:)-(Claim,Claim)``, plus a word diff per
  ///   changed pair.
  public func diff(_ old: VersionClaims, _ new: VersionClaims) -> ClaimDiff {
    let alignment = aligner.align(old.claims, new.claims)
    var changes: [Change] = []
    var unchanged = 0
    var suppressed = 0
    var hunk = 0
    var gap = false
    func append(_ change: Change) {
      if gap && !changes.isEmpty { hunk += 1 }
      gap = false
      var change = change
      change.hunk = hunk
      changes.append(change)
    }
    for pair in alignment.pairs {
      switch (pair.old, pair.new) {
      case (let i?, let j?):
        let before = old.claims[i]
        let after = new.claims[j]
        let kinds = Self.kinds(before, after)
        if kinds.isEmpty {
          unchanged += 1
          if before.text != after.text { suppressed += 1 }
          gap = true
          continue
        }
        let words = kinds.contains(.reworded) ? WordDiff.edits(before.text, after.text) : []
        append(
          Change(
            kind: kinds[0], kinds: kinds, before: before, after: after, words: words,
            similarity: pair.similarity))
      case (let i?, nil):
        append(Change(kind: .removed, kinds: [.removed], before: old.claims[i], after: nil))
      case (nil, let j?):
        append(Change(kind: .added, kinds: [.added], before: nil, after: new.claims[j]))
      case (nil, nil):
        break
      }
    }
    let updates = statusUpdates(old, new)
    let before = Set(
      ContradictionFinder.find(in: old.claims, day: { $0.statedOn ?? old.info.day }).map(\.pairKey))
    let contradictions = ContradictionFinder.find(
      in: new.claims, day: { $0.statedOn ?? new.info.day }
    )
    .filter { !before.contains($0.pairKey) }
    return ClaimDiff(
      from: old.info, to: new.info, changes: changes, statusUpdates: updates,
      contradictions: contradictions, unchanged: unchanged, suppressed: suppressed,
      notes: alignment.notes)
  }

  /// The kinds of change between two paired claims, most telling first; empty when only
  /// spacing, case, punctuation or quote style differ.
  static func kinds(_ before: Claim, _ after: Claim) -> [Change.Kind] {
    var kinds: [Change.Kind] = []
    if before.source.identity != after.source.identity
      || before.channel?.name != after.channel?.name
    {
      kinds.append(.reattributed)
    }
    if before.polarity != after.polarity { kinds.append(.polarity) }
    if before.modality != after.modality { kinds.append(.modality) }
    let figures = { (claim: Claim) in
      claim.quantities.map { "\($0.value) \($0.unit ?? "")" }.sorted()
    }
    if figures(before) != figures(after) && !before.quantities.isEmpty && !after.quantities.isEmpty
    {
      kinds.append(.number)
    }
    let dates = { (claim: Claim) in claim.times.compactMap(\.date) }
    if dates(before) != dates(after) && !before.times.isEmpty && !after.times.isEmpty {
      kinds.append(.time)
    }
    if before.key != after.key { kinds.append(.reworded) }
    return kinds
  }

  /// Events whose latest status differs between the versions.
  private func statusUpdates(_ old: VersionClaims, _ new: VersionClaims) -> [StatusUpdate] {
    let previous = Self.latestStatuses(old)
    let current = Self.latestStatuses(new)
    var updates: [StatusUpdate] = []
    for (id, latest) in current.sorted(by: { $0.value.claim.ordinal < $1.value.claim.ordinal }) {
      guard let status = latest.claim.event?.status, let event = latest.claim.event else {
        continue
      }
      let earlier = previous[id]
      if earlier?.claim.event?.status == status { continue }
      updates.append(
        StatusUpdate(
          event: event, from: earlier?.claim.event?.status, to: status, before: earlier?.claim,
          after: latest.claim))
    }
    return updates
  }

  /// Each event's latest status in a version: the one said last, then the one written last.
  static func latestStatuses(_ version: VersionClaims) -> [String: (claim: Claim, day: Day?)] {
    var latest: [String: (claim: Claim, day: Day?)] = [:]
    for claim in version.claims {
      guard let event = claim.event, event.status != nil else { continue }
      let day = claim.statedOn ?? version.info.day
      if let current = latest[event.id], let currentDay = current.day, let day, day < currentDay {
        continue
      }
      latest[event.id] = (claim, day)
    }
    return latest
  }
}
