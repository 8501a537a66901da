/// Pairs the claims of two versions: which claim became which.
///
/// Claims with the same ``ClaimKey`` pair first, in order. The rest pair by word similarity
/// (Dice coefficient on their content words: function words of every language pack left
/// out), best pairs first, when they reach ``Limits/threshold``; below it a claim counts as
/// removed and another as added. Claims from different sources need
/// ``Limits/sourcePenalty`` more similarity: a reattribution is the same content, not a
/// different statement on the same subject. When the leftovers are too many to compare all
/// pairs, only claims at nearby positions are compared, and a note says so.
public struct ClaimAligner: Sendable {
  /// Bounds on the work the aligner does.
  public struct Limits: Sendable {
    /// The most leftover pairs compared by similarity before the search is narrowed.
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
  /// - Complexity: O(*n* + *m*) for unchanged input, O(*k*·*l*) for *k* and *l* leftovers up
  ///   to `limits.pairs`, then O(*k*·*w*) for a window of *w* positions.
  public func align(_ old: [Claim], _ new: [Claim]) -> Alignment {
    func who(_ claim: Claim) -> String {
      "\(claim.source.identity)|\(claim.channel?.name ?? "")"
    }
    return align(old.map(\.key), new.map(\.key), sources: (old.map(who), new.map(who)))
  }

  /// Aligns two lists of claim keys, with who said each when known.
  public func align(
    _ old: [ClaimKey], _ new: [ClaimKey], sources: (old: [String], new: [String])? = nil
  ) -> Alignment {
    var newOf = [Int?](repeating: nil, count: old.count)
    var oldOf = [Int?](repeating: nil, count: new.count)
    var similarity = [Double](repeating: 1, count: old.count)
    var queues: [ClaimKey: [Int]] = [:]
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
      let words = (old: old.map(Self.words), new: new.map(Self.words))
      var candidates: [(Double, Int, Int)] = []
      let window: Int?
      if leftOld.count * leftNew.count > limits.pairs {
        let size = max(1, limits.pairs / max(1, leftOld.count))
        window = size
        notes.append(
          "similarity search limited to \(size) nearby claims: "
            + "\(leftOld.count)×\(leftNew.count) pairs > \(limits.pairs)")
      } else {
        window = nil
      }
      for (rank, i) in leftOld.enumerated() {
        let range: Range<Int>
        if let window {
          let center = leftOld.count > 1 ? rank * (leftNew.count - 1) / (leftOld.count - 1) : 0
          range = max(0, center - window / 2)..<min(leftNew.count, center + window / 2 + 1)
        } else {
          range = 0..<leftNew.count
        }
        for position in range {
          let j = leftNew[position]
          var score = Self.dice(words.old[i], words.new[j])
          if let sources, sources.old[i] != sources.new[j] { score -= limits.sourcePenalty }
          if score >= limits.threshold { candidates.append((score, i, j)) }
        }
      }
      candidates.sort { ($0.0, -abs($0.1 - $0.2)) > ($1.0, -abs($1.1 - $1.2)) }
      for (score, i, j) in candidates where newOf[i] == nil && oldOf[j] == nil {
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

  /// The content words of a key; all of its words when it has no content word.
  static func words(_ key: ClaimKey) -> Set<Substring> {
    let all = key.words
    let content = all.filter { !functionWords.contains(String($0)) }
    return Set(content.isEmpty ? all : content)
  }

  /// Words every standard language pack marks as function words.
  static let functionWords: Set<String> = {
    var words: Set<String> = []
    for pack in LanguagePacks.standard.packs {
      for (word, roles) in pack.lexicon.classes where roles.contains(.function) {
        words.insert(ClaimKey(word).folded)
      }
    }
    return words
  }()

  /// The Dice coefficient of two word sets.
  static func dice(_ a: Set<Substring>, _ b: Set<Substring>) -> Double {
    guard !a.isEmpty || !b.isEmpty else { return 1 }
    let common = a.count < b.count ? a.filter(b.contains).count : b.filter(a.contains).count
    return 2 * Double(common) / Double(a.count + b.count)
  }
}
