import Testing

@testable import ClaimDiffCore

/// A version of a story extracted from `text`, as the differ sees it.
func version(_ text: String, number: Int, day: String = "2025-10-21", language: String = "it")
  throws -> VersionClaims
{
  let extraction = try Extractor().extract(text, language: language, published: Day(iso: day))
  let claims = extraction.claims.map { claim in
    var claim = claim
    claim.id = "v\(number)c\(claim.ordinal)"
    claim.version = number
    return claim
  }
  let info = VersionInfo(
    story: "test", number: number, published: day, day: Day(iso: day), hash: "", language: language,
    bytes: text.utf8.count, claims: claims.count)
  return VersionClaims(info: info, claims: claims)
}

@Suite("ClaimAligner")
struct ClaimAlignerTests {
  /// A deterministic generator, so failures reproduce.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  @Test("every claim of both versions appears exactly once, new claims in order", arguments: 1...40)
  func coversEveryClaim(seed: Int) {
    var random = Generator(state: UInt64(seed))
    let vocabulary = ["vertice", "rinviato", "incontro", "Roma", "Mosca", "dispersi", "ponte"]
    func key() -> ClaimKey {
      ClaimKey(
        (0..<(2 + random.next(4))).map { _ in vocabulary[random.next(vocabulary.count)] }.joined(
          separator: " "))
    }
    let old = (0..<random.next(12)).map { _ in key() }
    var new = old.filter { _ in random.next(4) != 0 }
    for _ in 0..<random.next(5) { new.insert(key(), at: random.next(new.count + 1)) }
    let alignment = ClaimAligner.make().align(old, new)
    #expect(alignment.pairs.compactMap(\.old).sorted() == Array(old.indices))
    #expect(alignment.pairs.compactMap(\.new) == Array(new.indices))
    // Equal keys are never left unpaired on both sides.
    let removed = Set(alignment.pairs.filter { $0.new == nil }.compactMap(\.old).map { old[$0] })
    let added = Set(alignment.pairs.filter { $0.old == nil }.compactMap(\.new).map { new[$0] })
    #expect(removed.isDisjoint(with: added))
  }

  @Test("the reworded threshold: half the content words in common pairs, less does not")
  func threshold() {
    let aligner = ClaimAligner.make()
    let reworded = aligner.align(
      [ClaimKey("il vertice di Roma è stato rinviato a dicembre")],
      [ClaimKey("il vertice di Roma è stato rinviato a gennaio")])
    #expect(reworded.pairs.count == 1)
    let replaced = aligner.align(
      [ClaimKey("il vertice di Roma è stato rinviato a dicembre")],
      [ClaimKey("le sanzioni contro Mosca entrano in vigore")])
    #expect(replaced.pairs.count == 2)
  }

  @Test("the search narrows and says so when leftovers exceed the limit")
  func limit() {
    let aligner = ClaimAligner.make(limits: .init(pairs: 10))
    let old = (0..<20).map { ClaimKey("vecchia frase numero \($0) su Roma") }
    let new = (0..<20).map { ClaimKey("nuova frase numero \($0) su Roma") }
    let alignment = aligner.align(old, new)
    #expect(alignment.notes.count == 1)
    #expect(alignment.pairs.compactMap(\.new) == Array(new.indices))
  }
}

@Suite("WordDiff")
struct WordDiffTests {
  @Test(
    "the edits rebuild both texts",
    arguments: [
      ("il vertice è stato rinviato", "il vertice è stato annullato ieri"),
      ("", "tutto nuovo"),
      ("a b c d", "d c b a"),
      ("Il \"vertice\" salta", "Il «vertice» salta"),
    ])
  func rebuilds(_ old: String, _ new: String) {
    let edits = WordDiff.edits(old, new)
    let before = edits.filter { $0.operation != .insert }.map(\.text).joined(separator: " ")
    let after = edits.filter { $0.operation != .delete }.map(\.text).joined(separator: " ")
    #expect(ClaimKey(before) == ClaimKey(old))
    #expect(after.split(separator: " ") == new.split(separator: " "))
  }
}

@Suite("ClaimDiffer")
struct ClaimDifferTests {
  let base = """
    Secondo la prefettura, i dispersi sono 4. Il vertice di Roma è previsto per giovedì, \
    ha detto il ministro Antonio Tajani. Il ponte sarebbe crollato per un cedimento.
    """

  @Test("a version against itself reports nothing")
  func identity() throws {
    let a = try version(base, number: 1)
    let diff = ClaimDiffer().diff(a, a)
    #expect(diff.isEmpty)
    #expect(diff.unchanged == a.claims.count)
  }

  @Test("spacing and quote style changes are suppressed but counted")
  func suppressed() throws {
    let a = try version("Il ministro ha detto: \"Il vertice è confermato\".", number: 1)
    let b = try version("Il ministro  ha detto: «Il vertice è confermato».", number: 2)
    let diff = ClaimDiffer().diff(a, b)
    #expect(diff.isEmpty)
    #expect(diff.suppressed == 1)
  }

  @Test("added, removed and reworded claims, with a word diff")
  func basicKinds() throws {
    let a = try version(base, number: 1)
    let b = try version(
      """
      Secondo la prefettura, i dispersi sono 4. Il vertice di Roma è previsto per venerdì, \
      ha detto il ministro Antonio Tajani. Le scuole resteranno chiuse domani.
      """, number: 2)
    let diff = ClaimDiffer().diff(a, b)
    let reworded = try #require(diff.changes.first { $0.kinds.contains(.reworded) })
    #expect(reworded.words.contains(WordEdit(.delete, "giovedì")))
    #expect(reworded.words.contains(WordEdit(.insert, "venerdì")))
    #expect(reworded.kinds.contains(.time))
    #expect(diff.count(.added) == 1)
    #expect(diff.count(.removed) == 1)
  }

  @Test("the same words from another source are reattributed")
  func reattributed() throws {
    let a = try version("Il vertice di Roma è stato rinviato, ha detto un funzionario.", number: 1)
    let b = try version(
      "Il vertice di Roma è stato rinviato, ha detto il ministro Antonio Tajani.", number: 2)
    let change = try #require(ClaimDiffer().diff(a, b).changes.first)
    #expect(change.kind == .reattributed)
    #expect(change.before?.source.anonymous == true)
    #expect(change.after?.source.person == "Antonio Tajani")
  }

  @Test("hedged, firmed up, negated, a figure changed")
  func modalityPolarityNumber() throws {
    let a = try version(
      "Il ponte sarebbe crollato. I dispersi sono 4. Il vertice si terrà.", number: 1)
    let b = try version(
      "Il ponte è crollato. I dispersi sono 2. Il vertice non si terrà.", number: 2)
    let changes = ClaimDiffer().diff(a, b).changes
    #expect(changes.map(\.kind) == [.modality, .number, .polarity])
    #expect(changes[0].before?.modality == .reported)
    #expect(changes[0].after?.modality == .asserted)
  }

  @Test("an event's latest status moving is a status update")
  func statusUpdate() throws {
    let a = try version(
      "L'incontro tra Rubio e Lavrov è previsto per giovedì.", number: 1, day: "2025-10-20")
    let b = try version(
      "L'incontro tra Rubio e Lavrov è stato messo in stand-by.", number: 2, day: "2025-10-21")
    let update = try #require(ClaimDiffer().diff(a, b).statusUpdates.first)
    #expect(update.event.id == "meeting:lavrov+rubio")
    #expect(update.from == .scheduled)
    #expect(update.to == .onHold)
  }
}

@Suite("ContradictionFinder")
struct ContradictionFinderTests {
  @Test("two sources giving one event conflicting statuses on the same day contradict")
  func statusConflict() throws {
    let v = try version(
      "Il vertice di Roma è confermato, ha detto il ministro Antonio Tajani. "
        + "Secondo la Cnn, il vertice di Roma è stato annullato.", number: 1)
    let found = ContradictionFinder.find(in: v.claims) { _ in v.info.day }
    #expect(found.map(\.kind) == [.status])
    #expect(found.first?.explanation.contains("Antonio Tajani") == true)
  }

  @Test("a later status from another source is an update, not a contradiction")
  func laterStatus() throws {
    let v = try version(
      "Giovedì scorso Trump ha scritto che il vertice di Roma si terrà. "
        + "Il vertice di Roma è stato annullato, ha detto un funzionario.", number: 1)
    #expect(ContradictionFinder.find(in: v.claims) { $0.statedOn ?? v.info.day }.isEmpty)
  }

  @Test("conflicting figures from two sources contradict; the same source updating does not")
  func figures() throws {
    let v = try version(
      "Secondo la prefettura, i dispersi sono 4. Secondo la Protezione civile, i dispersi sono 2.",
      number: 1)
    let found = ContradictionFinder.find(in: v.claims) { _ in v.info.day }
    #expect(found.map(\.kind) == [.figure])
    let same = try version(
      "Secondo la prefettura, i dispersi sono 4. Secondo la prefettura, i dispersi sono 2.",
      number: 1)
    #expect(ContradictionFinder.find(in: same.claims) { _ in same.info.day }.isEmpty)
  }

  @Test("one source negating what another asserts contradicts")
  func polarity() throws {
    let v = try version(
      "Secondo la Cnn, Rubio ha incontrato Lavrov a Ginevra. "
        + "Secondo il Cremlino, Rubio non ha incontrato Lavrov a Ginevra.", number: 1)
    let found = ContradictionFinder.find(in: v.claims) { _ in v.info.day }
    #expect(found.map(\.kind).contains(.polarity))
  }
}

@Suite("Timeline")
struct TimelineTests {
  @Test("statuses in date order across versions, each claim once, occurred on its own date")
  func builds() throws {
    let v1 = try version(
      "Giovedì scorso Trump ha scritto che l'incontro tra Rubio e Lavrov si terrà.", number: 1,
      day: "2025-10-20")
    let v2 = try version(
      "L'incontro tra Rubio e Lavrov è stato messo in stand-by, ha detto un funzionario. "
        + "Trump e Putin si erano sentiti il 16 ottobre.", number: 2)
    let timelines = EventTimeline.build([v1, v2])
    let meeting = try #require(timelines.first { $0.event.id == "meeting:lavrov+rubio" })
    #expect(meeting.entries.map(\.status) == [.scheduled, .onHold])
    #expect(meeting.entries.map { $0.date?.description } == ["2025-10-16", "2025-10-21"])
    #expect(meeting.event.status == .onHold)
    let call = try #require(timelines.first { $0.event.id == "call:putin+trump" })
    #expect(call.entries.first?.date?.description == "2025-10-16")
    #expect(call.entries.first?.said?.description == "2025-10-21")
  }
}
