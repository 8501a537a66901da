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
    text.append(name)
    text.append("|")
    if let person { text.append(person) }
    text.append(anonymous ? "|true|" : "|false|")
    if let channel { text.append(channel) }
    return text.text
  }

  /// Aligns two lists of claim keys, with who said each when known.
  public func align(
    _ old: [ClaimKey], _ new: [ClaimKey], sources: (old: [String], new: [String])? = nil
  ) -> Alignment {
    align(old, new, who: sources.map(Self.ids), content: nil)
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
  ///     exact match compare their sources, so it is evaluated only when there are such
  ///     claims on both sides: most versions of a story have none.
  ///   - content: The content words of every claim (``WordSets/Vocabulary/content(_:)``),
  ///     when already known; otherwise those of the leftovers are found here.
  func align(
    _ old: [ClaimKey], _ new: [ClaimKey], who sources: @autoclosure () -> (old: [Int], new: [Int])?,
    content: (old: [[Int]], new: [[Int]])?
  ) -> Alignment {
    var newOf = [Int?](repeating: nil, count: old.count)
    var oldOf = [Int?](repeating: nil, count: new.count)
    var similarity = [Double](repeating: 1, count: old.count)
    var queues: [ClaimKey: [Int]] = [:]
    queues.reserveCapacity(new.count)
    for (index, key) in new.enumerated().reversed() { queues[key, default: []].append(index) }
    for (index, key) in old.enumerated() {
      guard let match = queues[key]?.popLast() else { continue }
      newOf[index] = match
      oldOf[match] = index
    }
    let leftOld = old.indices.filter { newOf[$0] == nil }
    let leftNew = new.indices.filter { oldOf[$0] == nil }
    var notes: [String] = []
    if !leftOld.isEmpty && !leftNew.isEmpty {
      var candidates = similar(
        leftOld, leftNew, old: old, new: new, sources: sources(), content: content)
      notes += candidates.notes
      candidates.found.sort { ($0.0, -abs($0.1 - $0.2)) > ($1.0, -abs($1.1 - $1.2)) }
      for (score, i, j) in candidates.found where newOf[i] == nil && oldOf[j] == nil {
        newOf[i] = j
        oldOf[j] = i
        similarity[i] = score
      }
    }
    // In the later version's order, each removed claim after the claim that preceded it.
    var pairs: [(old: Int?, new: Int?, similarity: Double)] = []
    var removedAfter: [Int: [Int]] = [:]
    var lastNew = -1
    for index in old.indices {
      if let match = newOf[index] {
        lastNew = match
      } else {
        removedAfter[lastNew, default: []].append(index)
      }
    }
    for index in removedAfter[-1] ?? [] { pairs.append((index, nil, 0)) }
    for index in new.indices {
      if let match = oldOf[index] {
        pairs.append((match, index, similarity[match]))
      } else {
        pairs.append((nil, index, 0))
      }
      for removed in removedAfter[index] ?? [] { pairs.append((removed, nil, 0)) }
    }
    return Alignment(pairs: pairs, notes: notes)
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
    sources: (old: [Int], new: [Int])?, content: (old: [[Int]], new: [[Int]])?
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
      if let sources, sources.old[i] != sources.new[j] { score -= limits.sourcePenalty }
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
