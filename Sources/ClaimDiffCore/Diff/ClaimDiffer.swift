/// Computes what changed between two versions of a story, in claims.
///
/// ```swift
/// let diff = ClaimDiffer().diff(old, new)
/// print(diff.changes.count, diff.statusUpdates.count)
/// ```
public struct ClaimDiffer: Sendable {
  /// The aligner that pairs claims.
  public var aligner: ClaimAligner
  /// The language packs, for correction notes.
  public var packs: LanguagePacks
  /// How much of a leftover claim's words must lie inside a paired claim of the other version
  /// for the two to be one claim split or merged.
  public var containment: Double

  /// Creates a differ.
  public init(
    aligner: ClaimAligner = .make(), packs: LanguagePacks = .standard, containment: Double = 0.75
  ) {
    self.aligner = aligner
    self.packs = packs
    self.containment = containment
  }

  /// The changes from `old` to `new`.
  ///
  /// - Complexity: that of ``ClaimAligner/align(_:_:)-(Claim,Claim)``, plus a word diff per
  ///   changed pair.
  public func diff(_ old: VersionClaims, _ new: VersionClaims) -> ClaimDiff {
    // Each claim's key is computed once, and its words split once for all the stages that
    // compare them: each version's on a core, then the later version's words are given the
    // ids of the earlier's.
    let (before, after) = concurrently({ Self.words(of: new) }) { Self.words(of: old) }
    var vocabulary = before.vocabulary
    let ids = vocabulary.absorb(after.vocabulary)
    let keys = (old: before.keys, new: after.keys)
    let words = (old: before.words, new: after.words.map { $0.map { ids[$0] } })
    let shared = vocabulary
    // Contradictions do not depend on the alignment: they are found on another core. One is
    // new unless the same two claims already contradicted each other in the earlier version.
    let (changes, contradictions) = concurrently({ () -> [Contradiction] in
      var earlier: [String: Int] = [:]
      for (index, claim) in old.claims.enumerated() where earlier[claim.id] == nil {
        earlier[claim.id] = index
      }
      return ContradictionFinder.find(in: new.claims, words: words.new, vocabulary: shared) {
        $0.statedOn ?? new.info.day
      }
      .filter { contradiction in
        guard let i = earlier[contradiction.claims[0].id],
          let j = earlier[contradiction.claims[1].id]
        else { return true }
        let (a, b) = (old.claims[i], old.claims[j])
        return !ContradictionFinder.contradict(
          contradiction.kind, a, b, words: (words.old[i], words.old[j]), vocabulary: shared,
          days: (a.statedOn ?? old.info.day, b.statedOn ?? old.info.day))
      }
    }) {
      claimChanges(old, new, keys: keys, words: words, vocabulary: shared)
    }
    var diff = ClaimDiff(
      from: old.info, to: new.info, changes: changes.list, statusUpdates: statusUpdates(old, new),
      contradictions: contradictions, unchanged: changes.unchanged,
      suppressed: changes.suppressed, notes: changes.notes)
    let noted = Set(corrections(in: old, keys: keys.old).map(\.key))
    diff.corrections = corrections(in: new, keys: keys.new).filter { !noted.contains($0.key) }
    return diff
  }

  /// The keys of a version's claims, and their words as ids of a vocabulary of their own.
  private static func words(of version: VersionClaims) -> (
    keys: [ClaimKey], words: [[Int]], vocabulary: WordSets.Vocabulary
  ) {
    var vocabulary = WordSets.Vocabulary()
    let keys = version.claims.map { ClaimKey($0.text) }
    return (keys, keys.map { vocabulary.words($0) }, vocabulary)
  }

  /// The changes of claims between two versions, how many pairs did not change, and how many
  /// of those changed only in spacing, punctuation or quotes.
  private func claimChanges(
    _ old: VersionClaims, _ new: VersionClaims, keys: (old: [ClaimKey], new: [ClaimKey]),
    words: (old: [[Int]], new: [[Int]]), vocabulary: WordSets.Vocabulary
  ) -> (list: [Change], unchanged: Int, suppressed: Int, notes: [String]) {
    let content = (old: words.old.map(vocabulary.content), new: words.new.map(vocabulary.content))
    let alignment = aligner.align(
      keys.old, keys.new,
      who: ClaimAligner.ids(
        (old.claims.map(ClaimAligner.Speaker.init), new.claims.map(ClaimAligner.Speaker.init))),
      content: content)
    let moved = Self.moved(alignment, old: old.claims, new: new.claims)
    let parts = parts(alignment, old: content.old, new: content.new)
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
        var kinds = Self.kinds(before, after, keys: (keys.old[i], keys.new[j]))
        if moved.contains(j) { kinds.append(.moved) }
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
        if let into = parts.merged[i] {
          append(Self.part(.merged, old.claims[i], new.claims[into]))
        } else {
          append(Change(kind: .removed, kinds: [.removed], before: old.claims[i], after: nil))
        }
      case (nil, let j?):
        if let from = parts.split[j] {
          append(Self.part(.split, old.claims[from], new.claims[j]))
        } else {
          append(Change(kind: .added, kinds: [.added], before: nil, after: new.claims[j]))
        }
      case (nil, nil):
        break
      }
    }
    return (changes, unchanged, suppressed, alignment.notes)
  }

  /// The later positions of paired claims whose order changed against the rest by more than a
  /// trivial shift.
  ///
  /// The longest run of pairs that keep their order stays put; a pair outside it moved when
  /// it crossed claims of at least two other sentences of that run.
  ///
  /// - Complexity: O(*n* log *n*) for the run, O(*n*·*m*) for *m* pairs out of it.
  static func moved(_ alignment: ClaimAligner.Alignment, old: [Claim], new: [Claim]) -> Set<Int> {
    let pairs = alignment.pairs.compactMap { pair -> (old: Int, new: Int)? in
      guard let i = pair.old, let j = pair.new else { return nil }
      return (i, j)
    }
    let stable = longestIncreasingRun(pairs.map(\.old))
    // The run rises on both sides, so the anchors a pair crosses are two stretches of it:
    // those before it in the later version and after it in the earlier one, and the reverse.
    let anchors = stable.sorted().map { pairs[$0] }
    func count(_ isBefore: ((old: Int, new: Int)) -> Bool) -> Int {
      var low = 0
      var high = anchors.count
      while low < high {
        let middle = (low + high) / 2
        if isBefore(anchors[middle]) { low = middle + 1 } else { high = middle }
      }
      return low
    }
    var result: Set<Int> = []
    for (position, pair) in pairs.enumerated() where !stable.contains(position) {
      let newerBefore = count { $0.new < pair.new }
      let olderBefore = count { $0.old < pair.old }
      let crossing = [
        olderBefore..<max(olderBefore, newerBefore), newerBefore..<max(newerBefore, olderBefore),
      ]
      var crossed: Set<Int> = []
      let own = new[pair.new].sentence
      search: for range in crossing {
        for anchor in anchors[range] where new[anchor.new].sentence != own {
          crossed.insert(new[anchor.new].sentence)
          if crossed.count >= 2 { break search }
        }
      }
      if crossed.count >= 2 { result.insert(pair.new) }
    }
    return result
  }

  /// The positions of a longest strictly increasing subsequence of `values`.
  ///
  /// - Complexity: O(*n* log *n*).
  static func longestIncreasingRun(_ values: [Int]) -> Set<Int> {
    var tails: [Int] = []  // positions, by run length
    var previous = [Int](repeating: -1, count: values.count)
    for (position, value) in values.enumerated() {
      var low = 0
      var high = tails.count
      while low < high {
        let middle = (low + high) / 2
        if values[tails[middle]] < value { low = middle + 1 } else { high = middle }
      }
      if low > 0 { previous[position] = tails[low - 1] }
      if low == tails.count { tails.append(position) } else { tails[low] = position }
    }
    var result: Set<Int> = []
    var position = tails.last ?? -1
    while position >= 0 {
      result.insert(position)
      position = previous[position]
    }
    return result
  }

  /// A split or merge between an earlier and a later claim, with their word diff.
  static func part(_ kind: Change.Kind, _ before: Claim, _ after: Claim) -> Change {
    Change(
      kind: kind, kinds: [kind], before: before, after: after,
      words: WordDiff.edits(before.text, after.text))
  }

  /// Leftover claims that are part of a paired claim of the other version: a new claim split
  /// off an old one (`split`: new → old), an old claim merged into a new one (`merged`: old →
  /// new).
  ///
  /// - Complexity: for *k* leftovers, the words they share with paired claims.
  ///
  /// - Parameters:
  ///   - old: The content words of each earlier claim, as ids.
  ///   - new: The content words of each later claim, as ids of the same vocabulary.
  func parts(_ alignment: ClaimAligner.Alignment, old: [[Int]], new: [[Int]]) -> (
    split: [Int: Int], merged: [Int: Int]
  ) {
    var partnerOfOld: [Int: Int] = [:]
    var partnerOfNew: [Int: Int] = [:]
    var leftOld: [Int] = []
    var leftNew: [Int] = []
    for pair in alignment.pairs {
      switch (pair.old, pair.new) {
      case (let i?, let j?):
        partnerOfOld[i] = j
        partnerOfNew[j] = i
      case (let i?, nil): leftOld.append(i)
      case (nil, let j?): leftNew.append(j)
      case (nil, nil): break
      }
    }
    guard !leftOld.isEmpty || !leftNew.isEmpty else { return ([:], [:]) }
    let oldSets = WordSets(old)
    let newSets = WordSets(new)
    var scratch = WordSets.Scratch()
    // Which words are in the part, and in the whole's partner: the stamp of the query that
    // marked them, so no set is built per query.
    let words = (old + new).reduce(0) { max($0, ($1.max() ?? -1) + 1) }
    var inPart = [Int](repeating: -1, count: words)
    var inPartner = [Int](repeating: -1, count: words)
    var partStamp = 0
    var partnerStamp = 0
    // A part lies inside the whole, and brings back most of what the whole's partner lost:
    // a claim that only shares names with a sentence that is still there is no part of it.
    // A part split off often loses the attribution, so the sources may differ.
    func best(_ part: [Int], among wholes: WordSets, partners: [Int: Int], partnerSets: WordSets)
      -> Int?
    {
      guard part.count >= 3 else { return nil }
      var found: (Int, Double)?
      partStamp += 1
      for word in part { inPart[word] = partStamp }
      wholes.sharing(part, scratch: &scratch) { whole, common in
        guard let partner = partners[whole] else { return }
        let inside = Double(common) / Double(part.count)
        guard inside >= containment, inside > (found?.1 ?? 0) else { return }
        partnerStamp += 1
        for word in partnerSets.sets[partner] { inPartner[word] = partnerStamp }
        var lost = 0
        var back = 0
        for word in wholes.sets[whole] where inPartner[word] != partnerStamp {
          lost += 1
          if inPart[word] == partStamp { back += 1 }
        }
        guard lost > 0, 2 * back >= lost else { return }
        found = (whole, inside)
      }
      return found?.0
    }
    var split: [Int: Int] = [:]
    var merged: [Int: Int] = [:]
    if leftNew.reduce(0, { $0 + oldSets.work(newSets.sets[$1]) }) <= aligner.limits.pairs {
      for j in leftNew {
        split[j] = best(
          newSets.sets[j], among: oldSets, partners: partnerOfOld, partnerSets: newSets)
      }
    }
    if leftOld.reduce(0, { $0 + newSets.work(oldSets.sets[$1]) }) <= aligner.limits.pairs {
      for i in leftOld {
        merged[i] = best(
          oldSets.sets[i], among: newSets, partners: partnerOfNew, partnerSets: oldSets)
      }
    }
    return (split, merged)
  }

  /// The claims of a version that make up a correction note: a claim that opens with a
  /// marker of its language ("Correction:", "Rettifica"), and the claim after a marker that
  /// stands alone.
  func corrections(in version: VersionClaims, keys: [ClaimKey]) -> [Claim] {
    guard let pack = packs.pack(for: version.info.language) else { return [] }
    // Keys are folded to NFC lower case, so bytes compare as the words do.
    let markers = pack.lexicon.correctionMarkers.map { Array(ClaimKey($0).folded.utf8) }
    func opens(_ key: ClaimKey) -> (Bool, alone: Bool) {
      let key = key.folded.utf8
      for marker in markers where key.starts(with: marker) {
        if key.count == marker.count { return (true, true) }
        if key.dropFirst(marker.count).first == 0x20 { return (true, false) }
      }
      return (false, false)
    }
    var found: [Claim] = []
    var afterMarker = false
    for index in keys.indices {
      let (isNote, alone) = opens(keys[index])
      if isNote || afterMarker { found.append(version.claims[index]) }
      afterMarker = alone
    }
    return found
  }

  /// The kinds of change between two paired claims, most telling first; empty when only
  /// spacing, case, punctuation or quote style differ.
  ///
  /// - Parameter keys: The claims' keys, when already computed.
  static func kinds(_ before: Claim, _ after: Claim, keys: (ClaimKey, ClaimKey)? = nil)
    -> [Change.Kind]
  {
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
    if !before.quantities.isEmpty && !after.quantities.isEmpty && figures(before) != figures(after)
    {
      kinds.append(.number)
    }
    // The same words on another publication day ("tomorrow" a day later) are no change.
    let dates = { (claim: Claim) in claim.times.compactMap(\.date) }
    let written = { (claim: Claim) in claim.times.map { ClaimKey($0.text) } }
    if !before.times.isEmpty && !after.times.isEmpty && dates(before) != dates(after)
      && written(before) != written(after)
    {
      kinds.append(.time)
    }
    let (beforeKey, afterKey) = keys ?? (before.key, after.key)
    if beforeKey != afterKey
      && ClaimKey(Self.withoutDateline(before.text)) != ClaimKey(Self.withoutDateline(after.text))
    {
      kinds.append(.reworded)
    }
    return kinds
  }

  /// The text without a dateline opening it: "ROME (Reuters) - ", "WASHINGTON — ", "ROMA, ".
  ///
  /// A dateline is one to three words in capitals, with an optional parenthesis, then a dash
  /// or a comma.
  static func withoutDateline(_ text: String) -> String {
    let bytes = Array(text.utf8)
    var index = 0
    var words = 0
    while index < bytes.count {
      let start = index
      while index < bytes.count,
        bytes[index] >= 0x41 && bytes[index] <= 0x5A || bytes[index] >= 0x80 || bytes[index] == 0x2E
          || bytes[index] == 0x27
      { index += 1 }
      guard index - start >= 2 else { return text }
      words += 1
      guard words <= 3, index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x2C else {
        return text
      }
      if bytes[index] == 0x2C { index += 1; break }
      index += 1
      // "(Reuters)".
      if index < bytes.count, bytes[index] == 0x28,
        let close = bytes[index...].firstIndex(of: 0x29), close - index < 30
      {
        index = close + 1
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
      }
      // A dash: "-", "–" (E2 80 93), "—" (E2 80 94).
      if index < bytes.count, bytes[index] == 0x2D {
        index += 1
        break
      }
      if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
        bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94
      {
        index += 3
        break
      }
    }
    guard words > 0, index < bytes.count else { return text }
    return String(decoding: bytes[index...], as: UTF8.self)
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
    for index in version.claims.indices {
      guard let event = version.claims[index].event, event.status != nil else { continue }
      let claim = version.claims[index]
      let day = claim.statedOn ?? version.info.day
      if let current = latest[event.id], let currentDay = current.day, let day, day < currentDay {
        continue
      }
      latest[event.id] = (claim, day)
    }
    return latest
  }
}
