import ClaimDiffTestSupport
import Testing

@testable import ClaimDiffCore

@Suite("Alignment at scale")
struct AlignmentScaleTests {
  /// The content words of a key, as sets of strings; all of its words when none is a
  /// content word.
  func words(_ key: ClaimKey) -> Set<Substring> {
    let all = key.words
    let content = all.filter { !ClaimAligner.functionWords.contains($0) }
    return Set(content.isEmpty ? all : content)
  }

  /// The Dice coefficient of two word sets.
  func dice(_ a: Set<Substring>, _ b: Set<Substring>) -> Double {
    guard !a.isEmpty || !b.isEmpty else { return 1 }
    return 2 * Double(a.intersection(b).count) / Double(a.count + b.count)
  }

  /// Equal keys paired in order, each key of `old` with the first unpaired equal key of
  /// `new`: the partner of each claim on either side, if any.
  func exactPairs(_ old: [ClaimKey], _ new: [ClaimKey]) -> (newOf: [Int?], oldOf: [Int?]) {
    var newOf = [Int?](repeating: nil, count: old.count)
    var oldOf = [Int?](repeating: nil, count: new.count)
    var queues: [ClaimKey: [Int]] = [:]
    for (index, key) in new.enumerated().reversed() { queues[key, default: []].append(index) }
    for (index, key) in old.enumerated() {
      guard let match = queues[key]?.popLast() else { continue }
      newOf[index] = match
      oldOf[match] = index
    }
    return (newOf, oldOf)
  }

  /// The alignment by similarity, comparing every pair of leftovers: what the indexed search
  /// must find.
  func reference(_ old: [ClaimKey], _ new: [ClaimKey], sources: ([String], [String]))
    -> [(old: Int?, new: Int?)]
  {
    // Exact keys first, as the aligner does; then every pair of leftovers by similarity.
    var (newOf, oldOf) = exactPairs(old, new)
    var candidates: [(Double, Int, Int)] = []
    for i in old.indices where newOf[i] == nil {
      for j in new.indices where oldOf[j] == nil {
        var score = dice(words(old[i]), words(new[j]))
        if sources.0[i] != sources.1[j] { score -= 0.2 }
        if score >= 0.5 { candidates.append((score, i, j)) }
      }
    }
    candidates.sort { ($0.0, -abs($0.1 - $0.2)) > ($1.0, -abs($1.1 - $1.2)) }
    for (_, i, j) in candidates where newOf[i] == nil && oldOf[j] == nil {
      newOf[i] = j
      oldOf[j] = i
    }
    return old.indices.map { ($0, newOf[$0]) }
      + new.indices.filter { oldOf[$0] == nil }.map {
        (nil, $0)
      }
  }

  @Test(
    "the indexed similarity search pairs exactly what comparing every pair does", arguments: 1...6)
  func indexedSearch(seed: UInt64) {
    var random = SplitMix(seed: seed)
    let words = [
      "vertice", "Roma", "rinviato", "ministro", "dispersi", "frana", "sindaco", "telefonata",
      "Putin", "Trump", "sanzioni", "accordo", "settimana", "confermato", "annullato", "porto",
    ]
    func sentence() -> String {
      (0..<(3 + random.next(6))).map { _ in words[random.next(words.count)] }.joined(
        separator: " ")
    }
    let old = (0..<60).map { _ in ClaimKey(sentence()) }
    var new = old.map { key in random.next(3) == 0 ? ClaimKey(sentence()) : key }
    new += (0..<10).map { _ in ClaimKey(sentence()) }
    let sources = (
      old.indices.map { "s\($0 % 3)" }, new.indices.map { "s\(($0 + random.next(2)) % 3)" }
    )
    let found = ClaimAligner.make().align(old, new, sources: sources)
    let pairs = Set(found.pairs.map { "\($0.old ?? -1)>\($0.new ?? -1)" })
    let expected = Set(
      reference(old, new, sources: sources).map { "\($0.old ?? -1)>\($0.new ?? -1)" })
    #expect(pairs == expected)
    #expect(found.notes.isEmpty)
  }

  @Test(
    "equal keys pair in order, repeats included, and removed claims follow the claim before them",
    arguments: 1...6)
  func equalKeys(seed: UInt64) {
    var random = SplitMix(seed: seed)
    // One word per key and no word on both sides unless the key is: nothing pairs by
    // similarity, only equal keys do.
    let old = (0..<80).map { _ in ClaimKey("k\(random.next(30))") }
    let new = (0..<80).map { _ in
      ClaimKey(random.next(4) == 0 ? "n\(random.next(50))" : "k\(random.next(30))")
    }
    let (newOf, oldOf) = exactPairs(old, new)
    var removedAfter: [Int: [Int]] = [:]
    var lastNew = -1
    for index in old.indices {
      if let match = newOf[index] {
        lastNew = match
      } else {
        removedAfter[lastNew, default: []].append(index)
      }
    }
    var expected = (removedAfter[-1] ?? []).map { "\($0)>-" }
    for index in new.indices {
      expected.append("\(oldOf[index].map(String.init) ?? "-")>\(index)")
      expected += (removedAfter[index] ?? []).map { "\($0)>-" }
    }
    let found = ClaimAligner.make().align(old, new).pairs.map {
      "\($0.old.map(String.init) ?? "-")>\($0.new.map(String.init) ?? "-")"
    }
    #expect(found == expected)
    let continued = ClaimAligner.make().continued(old, new) { _, _ in true }
    #expect(continued == oldOf.map { $0 ?? -1 })
  }

  @Test("words are classed as function words, negations and numbers as the sets of words say")
  func wordClasses() {
    var vocabulary = WordSets.Vocabulary()
    let words =
      ClaimAligner.functionWords.map(String.init) + ContradictionFinder.negations.map(String.init)
      + ["vertice", "città", "perché", "2025", "١٢", "12a", "né", "non", "l", "quantità", "½"]
    for word in words where !word.contains(" ") {
      let ids = vocabulary.words(ClaimKey(word + " zzqx"))
      guard ids.count == 2 else { continue }
      let function = ClaimAligner.functionWords.contains(Substring(word))
      let negation = ContradictionFinder.negations.contains(Substring(word))
      #expect(vocabulary.content(ids) == (function ? [ids[1]] : ids), "\(word)")
      #expect(vocabulary.stem(ids) == (negation ? [ids[1]] : ids), "\(word)")
      let number = word.allSatisfy(\.isNumber)
      #expect(vocabulary.context(ids) == (function || number ? [ids[1]] : ids), "\(word)")
    }
  }

  @Test("words split with a vocabulary per version and merged get the ids of one vocabulary")
  func mergedVocabularies() {
    var random = SplitMix(seed: 7)
    let words = ["il", "vertice", "di", "Roma", "è", "stato", "rinviato", "non", "4", "l'Aquila"]
    func keys() -> [ClaimKey] {
      (0..<30).map { _ in
        ClaimKey(
          (0..<(1 + random.next(8))).map { _ in words[random.next(words.count)] }.joined(
            separator: " "))
      }
    }
    let (old, new) = (keys(), keys())
    var first = WordSets.Vocabulary()
    var second = WordSets.Vocabulary()
    let oldIDs = old.map { first.words($0) }
    let newIDs = new.map { second.words($0) }
    let mapping = first.absorb(second)
    let merged = newIDs.map { $0.map { mapping[$0] } }
    var one = WordSets.Vocabulary()
    let reference = (old.map { one.words($0) }, new.map { one.words($0) })
    #expect(first.count == one.count)
    for (a, b) in zip(old.indices, new.indices) {
      let (x, y) = (old[a].words, new[b].words)
      for i in x.indices {
        for j in y.indices { #expect((oldIDs[a][i] == merged[b][j]) == (x[i] == y[j])) }
      }
      #expect(first.content(merged[b]).count == one.content(reference.1[b]).count)
      #expect(first.stem(merged[b]).count == one.stem(reference.1[b]).count)
    }
  }

  @Test(
    "a long story that repeats a figure reports each claim once, against the first it contradicts")
  func contradictionsOncePerClaim() throws {
    let sources = ["la prefettura", "la Protezione civile", "il sindaco", "i carabinieri"]
    let text = (0..<40).map { index in
      "Secondo \(sources[index % sources.count]), i dispersi sono \(index % 5 + 1)."
    }.joined(separator: " ")
    let v = try version(text, number: 1)
    let found = ContradictionFinder.find(in: v.claims) { _ in v.info.day }
    let later = found.map { $0.claims[1].id }
    #expect(!found.isEmpty)
    #expect(Set(later).count == later.count)
    #expect(found.count < v.claims.count)
    // Three figures from three sources: the second and third each contradict the first.
    let three = try version(
      "Secondo la prefettura, i dispersi sono 4. Secondo la Protezione civile, i dispersi sono 2. "
        + "Secondo il sindaco, i dispersi sono 3.", number: 1)
    let pairs = ContradictionFinder.find(in: three.claims) { _ in three.info.day }.map {
      $0.claims.map(\.ordinal)
    }
    #expect(pairs == [[1, 2], [1, 3]])
  }

  @Test("every pair the search reports passes the test of one pair; pairs from one source never do")
  func onePairTest() throws {
    let sources = ["la prefettura", "la Protezione civile", "il sindaco"]
    let text = (0..<12).map { index in
      "Secondo \(sources[index % sources.count]), i dispersi sono \(index % 4 + 1)."
    }.joined(separator: " ")
    let v = try version(
      text + " Secondo la prefettura, il vertice non è stato rinviato. "
        + "Secondo il sindaco, il vertice è stato rinviato.", number: 1)
    var vocabulary = WordSets.Vocabulary()
    let words = v.claims.map { vocabulary.words($0.key) }
    let found = ContradictionFinder.find(in: v.claims) { _ in v.info.day }
    #expect(Set(found.map(\.kind)) == [.figure, .polarity])
    let reported = Set(found.map { "\($0.kind):\($0.claims[0].id)|\($0.claims[1].id)" })
    for kind in [Contradiction.Kind.figure, .polarity] {
      for i in v.claims.indices {
        for j in v.claims.indices where j > i {
          let holds = ContradictionFinder.contradict(
            kind, v.claims[i], v.claims[j], words: (words[i], words[j]), vocabulary: vocabulary,
            days: (v.info.day, v.info.day))
          if reported.contains("\(kind):\(v.claims[i].id)|\(v.claims[j].id)") {
            #expect(holds)
          }
          if v.claims[i].source.identity == v.claims[j].source.identity { #expect(!holds) }
        }
      }
    }
  }

  @Test("a contradiction is new unless its two claims already contradicted each other")
  func newContradictions() throws {
    // The same text is the same claim, as the store's lineages say.
    func lineages(_ version: VersionClaims) -> VersionClaims {
      var version = version
      version.claims = version.claims.map { claim in
        var claim = claim
        claim.id = claim.text
        return claim
      }
      return version
    }
    let old = try version(
      "Secondo la prefettura, i dispersi sono 4. Secondo la Protezione civile, i dispersi sono 2. "
        + "Secondo il sindaco, i dispersi sono 3.", number: 1)
    let new = try version(
      "Secondo la Protezione civile, i dispersi sono 2. Secondo il sindaco, i dispersi sono 3. "
        + "Secondo i carabinieri, i dispersi sono 5.", number: 2)
    // The earlier version reported the mayor against the prefecture, not against civil
    // protection; still, those two already disagreed. The carabinieri are new.
    let diff = ClaimDiffer().diff(lineages(old), lineages(new))
    #expect(
      diff.contradictions.map { $0.claims.map(\.source.label) } == [
        ["Protezione civile", "carabinieri"]
      ])
  }
}

@Suite("Moves at scale")
struct MoveScaleTests {
  /// Moved claims by comparing each pair out of the run with every anchor of it.
  func reference(_ alignment: ClaimAligner.Alignment, new: [Claim]) -> Set<Int> {
    let pairs = alignment.pairs.compactMap { pair -> (old: Int, new: Int)? in
      guard let i = pair.old, let j = pair.new else { return nil }
      return (i, j)
    }
    let stable = ClaimDiffer.longestIncreasingRun(pairs.map(\.old))
    var result: Set<Int> = []
    for (position, pair) in pairs.enumerated() where !stable.contains(position) {
      var crossed = Set(
        stable.map { pairs[$0] }.filter { ($0.old < pair.old) != ($0.new < pair.new) }.map {
          new[$0.new].sentence
        })
      crossed.remove(new[pair.new].sentence)
      if crossed.count >= 2 { result.insert(pair.new) }
    }
    return result
  }

  @Test("moves found by searching the run match comparing every anchor", arguments: 1...5)
  func moves(seed: UInt64) throws {
    var random = SplitMix(seed: seed)
    let towns = ["Roma", "Milano", "Torino", "Napoli", "Genova", "Bari", "Parma", "Lecce"]
    var sentences = (0..<40).map { index in
      "Il sindaco di \(towns[index % towns.count]) ha firmato l'ordinanza numero \(index + 1)."
    }
    let old = try version(sentences.joined(separator: " "), number: 1)
    for _ in 0..<6 {
      let from = random.next(sentences.count)
      let moved = sentences.remove(at: from)
      sentences.insert(moved, at: random.next(sentences.count + 1))
    }
    let new = try version(sentences.joined(separator: " "), number: 2)
    let alignment = ClaimAligner.make().align(old.claims, new.claims)
    let found = ClaimDiffer.moved(alignment, old: old.claims, new: new.claims)
    #expect(!found.isEmpty)
    #expect(found == reference(alignment, new: new.claims))
  }
}
