/// Pairs the claims of two versions: which claim became which.
///
/// Claims with the same ``ClaimKey`` pair first, in order. The rest pair by word similarity
/// (Dice coefficient on their content words: function words of every language pack left
/// out), best pairs first, when they reach ``Limits/threshold``; below it a claim counts as
/// removed and another as added. Claims from different sources need
/// ``Limits/sourcePenalty`` more similarity: a reattribution is the same content, not a
/// different statement on the same subject. Only leftovers that share a word are compared;
/// when they share too many words to count them all, only claims at nearby positions are
/// compared, and a note says so.
public struct ClaimAligner: Sendable {
  /// Bounds on the work the aligner does.
  public struct Limits: Sendable {
    /// The most shared words counted between leftover claims before the search is narrowed
    /// to nearby positions.
    public var pairs: Int
    /// The similarity from which two different texts are one claim reworded.
    public var threshold: Double
    /// The similarity taken off a pair whose sources differ.
    public var sourcePenalty: Double

    /// Creates limits.
    public init(pairs: Int = 4_000_000, threshold: Double = 0.5, sourcePenalty: Double = 0.2) {
      self.pairs = pairs
      self.threshold = threshold
      self.sourcePenalty = sourcePenalty
    }

    /// The limits used unless told otherwise.
    public static let `default` = Limits()
  }

  /// Which old claim became which new one.
  public struct Alignment: Sendable {
    /// Pairs of claim indices; `nil` on one side for an added or removed claim.
    public var pairs: [(old: Int?, new: Int?, similarity: Double)]
    /// Notes on limits hit.
    public var notes: [String]
  }

  /// The limits.
  public var limits: Limits

  /// Makes an aligner.
  public static func make(limits: Limits = .default) -> ClaimAligner {
    ClaimAligner(limits: limits)
  }

  /// Aligns the claims of two versions.
  ///
  /// - Complexity: O(*n* + *m*) for unchanged input; for *k* and *l* leftovers, the number of
  ///   words they share, up to `limits.pairs`, then O(*k*·*w*) for a window of *w* positions.
  public func align(_ old: [Claim], _ new: [Claim]) -> Alignment {
    align(old.map(\.key), new.map(\.key), sources: (old.map(Self.who), new.map(Self.who)))
  }

  /// Who said a claim, as ``align(_:_:sources:)`` compares it: the source's identity and the
  /// channel.
  public static func who(_ claim: Claim) -> String {
    who(
      name: claim.source.name, person: claim.source.person, anonymous: claim.source.anonymous,
      channel: claim.channel?.name)
  }

  /// Who said a claim, from its parts.
  public static func who(name: String, person: String?, anonymous: Bool, channel: String?)
    -> String
  {
    var text = UTF8Writer(capacity: 64)
    text.append(contentsOf: name)
    text.append("|")
    if let person { text.append(contentsOf: person) }
    if anonymous { text.append("|true|") } else { text.append("|false|") }
    if let channel { text.append(contentsOf: channel) }
    return text.text
  }

  /// Aligns two lists of claim keys, with who said each when known.
  public func align(
    _ old: [ClaimKey], _ new: [ClaimKey], sources: (old: [String], new: [String])? = nil
  ) -> Alignment {
    let matching = match(
      old, new, sameSource: { i, j in sources.map { $0.old[i] == $0.new[j] } ?? true },
      content: nil)
    return Alignment(pairs: Self.pairs(matching), notes: matching.notes)
  }

  /// Who said a claim, as the aligner compares it: ``who(_:)`` without building a string.
  struct Speaker: Hashable {
    let name: String
    let person: String
    let anonymous: Bool
    let channel: String

    init(_ claim: Claim) {
      name = claim.source.name
      person = claim.source.person ?? ""
      anonymous = claim.source.anonymous
      channel = claim.channel?.name ?? ""
    }
  }

  /// Each value as an integer, the same for equal values on either side.
  static func ids<Value: Hashable>(_ values: (old: [Value], new: [Value])) -> (
    old: [Int], new: [Int]
  ) {
    var ids: [Value: Int] = [:]
    func id(_ value: Value) -> Int {
      if let id = ids[value] { return id }
      ids[value] = ids.count
      return ids.count - 1
    }
    return (values.old.map(id), values.new.map(id))
  }

  /// Aligns two lists of claim keys.
  ///
  /// - Parameters:
  ///   - who: Who said each claim, as ids; `nil` when unknown. Only claims left without an
  ///     exact match compare their sources, so it is evaluated only when two such claims are
  ///     alike enough to be paired: most versions of a story have none.
  ///   - content: The content words of every claim (``WordSets/Vocabulary/content(_:)``),
  ///     when already known; otherwise those of the leftovers are found here.
  func align(
    _ old: [ClaimKey], _ new: [ClaimKey], who sources: @autoclosure () -> (old: [Int], new: [Int])?,
    content: (old: [[Int]], new: [[Int]])?
  ) -> Alignment {
    var ids: (old: [Int], new: [Int])?
    var asked = false
    let matching = match(
      old, new,
      sameSource: { i, j in
        if !asked {
          ids = sources()
          asked = true
        }
        guard let ids else { return true }
        return ids.old[i] == ids.new[j]
      }, content: content)
    return Alignment(pairs: Self.pairs(matching), notes: matching.notes)
  }

  /// Which claim of the other version each claim became or came from, as ``align(_:_:sources:)``
  /// pairs them; -1 for none.
  struct Matching {
    /// For each old claim, the new claim it became.
    var newOf: [Int]
    /// For each new claim, the old claim it came from.
    var oldOf: [Int]
    /// For each old claim, the similarity with the new claim it became.
    var similarity: [Double]
    /// Notes on limits hit.
    var notes: [String]
  }

  /// For each claim of `new`, the claim of `old` it continues, or -1: the pairs of
  /// ``align(_:_:sources:)`` without building them.
  ///
  /// - Parameter sameSource: Whether old claim `i` and new claim `j` have the same source;
  ///   asked only of claims left without an exact match that are alike enough to be paired.
  package func continued(
    _ old: [ClaimKey], _ new: [ClaimKey], sameSource: (_ i: Int, _ j: Int) -> Bool
  ) -> [Int] {
    match(old, new, sameSource: sameSource, content: nil).oldOf
  }

  /// Pairs the claims: equal keys first, then leftovers by similarity.
  func match(
    _ old: [ClaimKey], _ new: [ClaimKey], sameSource: (_ i: Int, _ j: Int) -> Bool,
    content: (old: [[Int]], new: [[Int]])?
  ) -> Matching {
    var matching = Matching(
      newOf: [Int](repeating: -1, count: old.count), oldOf: [Int](repeating: -1, count: new.count),
      similarity: [Double](repeating: 1, count: old.count), notes: [])
    let left = Self.pairEqualKeys(old, new, newOf: &matching.newOf, oldOf: &matching.oldOf)
    guard left.old > 0 && left.new > 0 else { return matching }
    let leftOld = old.indices.filter { matching.newOf[$0] < 0 }
    let leftNew = new.indices.filter { matching.oldOf[$0] < 0 }
    var candidates = similar(
      leftOld, leftNew, old: old, new: new, sameSource: sameSource, content: content)
    matching.notes = candidates.notes
    candidates.found.sort { ($0.0, -abs($0.1 - $0.2)) > ($1.0, -abs($1.1 - $1.2)) }
    for (score, i, j) in candidates.found where matching.newOf[i] < 0 && matching.oldOf[j] < 0 {
      matching.newOf[i] = j
      matching.oldOf[j] = i
      matching.similarity[i] = score
    }
    return matching
  }

  /// Pairs claims with equal keys, and says how many claims are left on each side.
  ///
  /// Each old claim, in order, takes the first new claim with its key that no earlier old
  /// claim took. Keys carry their hash, so an open-addressing table of the new keys, each slot
  /// with the new claims of its key chained in order, pairs them without hashing anything
  /// again.
  private static func pairEqualKeys(
    _ old: [ClaimKey], _ new: [ClaimKey], newOf: inout [Int], oldOf: inout [Int]
  ) -> (old: Int, new: Int) {
    guard !old.isEmpty && !new.isEmpty else { return (old.count, new.count) }
    var bits = 4
    while 1 << bits < 2 * new.count { bits += 1 }
    let mask = (1 << bits) - 1
    func home(_ key: ClaimKey) -> Int {
      Int(truncatingIfNeeded: (key.code &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - bits))
    }
    // A slot's key is that of the new claim `owner[slot]`; `first[slot]` is the first of its
    // claims not taken yet, `next` chains them.
    var owner = [Int](repeating: -1, count: mask + 1)
    var first = [Int](repeating: -1, count: mask + 1)
    var next = [Int](repeating: -1, count: new.count)
    var paired = 0
    new.withUnsafeBufferPointer { new in
      for index in new.indices.reversed() {
        var slot = home(new[index])
        while owner[slot] >= 0 && new[owner[slot]] != new[index] { slot = (slot + 1) & mask }
        owner[slot] = index
        next[index] = first[slot]
        first[slot] = index
      }
      for (index, key) in old.enumerated() {
        var slot = home(key)
        while owner[slot] >= 0 && new[owner[slot]] != key { slot = (slot + 1) & mask }
        let match = first[slot]
        guard owner[slot] >= 0, match >= 0 else { continue }
        first[slot] = next[match]
        newOf[index] = match
        oldOf[match] = index
        paired += 1
      }
    }
    return (old.count - paired, new.count - paired)
  }

  /// The pairs of a matching in the later version's order, each removed claim after the claim
  /// that preceded it.
  private static func pairs(_ matching: Matching) -> [(old: Int?, new: Int?, similarity: Double)] {
    let (newOf, oldOf) = (matching.newOf, matching.oldOf)
    // The removed claims after each new claim (after -1: first), chained in order.
    var removedFirst = [Int](repeating: -1, count: oldOf.count + 1)
    var removedLast = removedFirst
    var removedNext = [Int](repeating: -1, count: newOf.count)
    var lastNew = -1
    for index in newOf.indices {
      if newOf[index] >= 0 {
        lastNew = newOf[index]
        continue
      }
      if removedLast[lastNew + 1] >= 0 {
        removedNext[removedLast[lastNew + 1]] = index
      } else {
        removedFirst[lastNew + 1] = index
      }
      removedLast[lastNew + 1] = index
    }
    var pairs: [(old: Int?, new: Int?, similarity: Double)] = []
    pairs.reserveCapacity(newOf.count + oldOf.count)
    func appendRemoved(after anchor: Int) {
      var removed = removedFirst[anchor + 1]
      while removed >= 0 {
        pairs.append((removed, nil, 0))
        removed = removedNext[removed]
      }
    }
    appendRemoved(after: -1)
    for index in oldOf.indices {
      let match = oldOf[index]
      pairs.append(match >= 0 ? (match, index, matching.similarity[match]) : (nil, index, 0))
      appendRemoved(after: index)
    }
    return pairs
  }

  /// The pairs of leftover claims similar enough to be one claim reworded, with their scores.
  ///
  /// Only pairs that share a word can reach the threshold, so an index from each word to the
  /// new leftovers that have it finds them without comparing every pair. When the index would
  /// still count more than `limits.pairs` shared words (a long story whose leftovers all
  /// repeat the same names), each old claim is compared only with new claims at nearby
  /// positions, and a note says so.
  private func similar(
    _ leftOld: [Int], _ leftNew: [Int], old: [ClaimKey], new: [ClaimKey],
    sameSource: (Int, Int) -> Bool, content: (old: [[Int]], new: [[Int]])?
  ) -> (found: [(Double, Int, Int)], notes: [String]) {
    var vocabulary = WordSets.Vocabulary()
    let oldWords = leftOld.map { content?.old[$0] ?? vocabulary.content(of: old[$0]) }
    let newSets = WordSets(leftNew.map { content?.new[$0] ?? vocabulary.content(of: new[$0]) })
    let newWords = newSets.sets
    let work = oldWords.reduce(0) { $0 + newSets.work($1) }
    var found: [(Double, Int, Int)] = []
    func consider(_ rank: Int, _ position: Int, common: Int) {
      let (i, j) = (leftOld[rank], leftNew[position])
      var score = WordSets.dice(common: common, oldWords[rank].count, newWords[position].count)
      // The penalty only lowers a score: below the threshold, the sources need not be asked.
      guard score >= limits.threshold else { return }
      if !sameSource(i, j) { score -= limits.sourcePenalty }
      if score >= limits.threshold { found.append((score, i, j)) }
    }
    if work > limits.pairs {
      let size = max(1, limits.pairs / max(1, leftOld.count))
      for (rank, list) in oldWords.enumerated() {
        let center = leftOld.count > 1 ? rank * (leftNew.count - 1) / (leftOld.count - 1) : 0
        let mine = Set(list)
        for position in max(0, center - size / 2)..<min(leftNew.count, center + size / 2 + 1) {
          consider(rank, position, common: newWords[position].count { mine.contains($0) })
        }
      }
      return (
        found,
        [
          "similarity search limited to \(size) nearby claims: the \(leftOld.count)×\(leftNew.count) "
            + "leftover claims share \(work) words > \(limits.pairs)"
        ]
      )
    }
    var scratch = WordSets.Scratch()
    let empty = newWords.indices.filter { newWords[$0].isEmpty }
    for (rank, list) in oldWords.enumerated() {
      if list.isEmpty {
        for position in empty { consider(rank, position, common: 0) }
        continue
      }
      newSets.sharing(list, scratch: &scratch) { consider(rank, $0, common: $1) }
    }
    return (found, [])
  }

  /// Words every standard language pack marks as function words.
  static let functionWords: Set<Substring> = {
    var words: Set<Substring> = []
    for pack in LanguagePacks.standard.packs {
      for (word, roles) in pack.lexicon.classes where roles.contains(.function) {
        words.insert(Substring(ClaimKey(word).folded))
      }
    }
    return words
  }()
}
