/// Who a sentence is attributed to.
enum Attribution {
  case narrator
  case person(Int, role: Int, org: Int)
  case organization(Int)
  case anonymous(kind: Int, org: Int)
  case relayed(kind: Int, org: Int, outlet: Int)
  case outlet(Int)
}

/// One sentence of a story, as values a later version can edit.
struct Fact {
  var proposition: Int
  var variant: Int
  var number: Int
  var second: Int
  var town: Int
  var weekday: Int
  var dayOffset: Int
  var person: Int
  var hedged: Bool
  var attribution: Attribution
  var frame: Int
  var paragraphEnd: Bool
}

/// A named source a story quotes: person, role and organization.
struct Spokesperson {
  let person: Int
  let role: Int
  let org: Int
}

/// What stays the same across the versions of one story.
struct StoryContext {
  let language: Language
  let topic: Int
  let city: Int
  let leaders: [(person: Int, title: Int)]
  let company: Int
  let organizations: [Int]
  let spokespeople: [Spokesperson]
  /// Days since 1970-01-01 of the story's first version.
  let day: Int
}

/// Writes deterministic news stories in Italian and English.
struct Generator {
  var rng: SplitMix64
  let pools: [NamePool]
  let orders: [[Int]]
  /// When true, no frame spans two sentences (for pairs of a known sentence count).
  var singleSentences = false

  init(seed: UInt64) {
    rng = SplitMix64(seed: seed)
    pools = [NamePool(.italian), NamePool(.english)]
    var shuffler = SplitMix64(seed: 0x5EED)
    orders = pools.map { pool in
      var order = Array(pool.persons.indices)
      for index in stride(from: order.count - 1, to: 0, by: -1) {
        order.swapAt(index, shuffler.below(index + 1))
      }
      return order
    }
  }

  /// A new story's fixed parts.
  mutating func newStory(day: Int) -> StoryContext {
    let language: Language = rng.chance(50) ? .italian : .english
    let pool = pools[language.rawValue]
    let order = orders[language.rawValue]
    let topic = rng.below(Templates.topicCount)
    let city = rng.below(pool.places.count)
    var organizations = [
      pool.localBody(place: city, body: rng.below(10)),
      pool.localBody(place: city, body: rng.below(10)),
      pool.localBody(place: rng.below(pool.places.count), body: rng.below(10)),
    ]
    // Diplomacy leans on the national bodies, the White House first.
    let national = topic == 1 ? rng.weighted([6, 3, 3, 1, 1, 1, 1, 1, 1, 1]) : rng.below(10)
    organizations.append(national)
    if topic == 1 { organizations.append(rng.below(3)) }
    var spokespeople: [Spokesperson] = []
    for _ in 0..<rng.within(3...6) {
      let person = pool.skewedPerson(&rng, order: order)
      spokespeople.append(
        Spokesperson(
          person: person, role: rng.below(Vocabulary.italianRoles.count),
          org: rng.pick(organizations)))
    }
    let leaders = (0..<2).map { _ in
      (person: pool.skewedPerson(&rng, order: order), title: rng.below(6))
    }
    return StoryContext(
      language: language, topic: topic, city: city, leaders: leaders,
      company: rng.below(Vocabulary.italianCompanies.count), organizations: organizations,
      spokespeople: spokespeople, day: day)
  }

  /// A new sentence of the story.
  mutating func newFact(_ story: StoryContext) -> Fact {
    let pool = pools[story.language.rawValue]
    let count = Templates.propositions(topic: story.topic, language: story.language).count
    return Fact(
      proposition: rng.below(count), variant: rng.below(2), number: rng.within(2...60),
      second: rng.within(20...300), town: rng.below(pool.places.count), weekday: rng.below(7),
      dayOffset: rng.within(1...20),
      person: pool.skewedPerson(&rng, order: orders[story.language.rawValue]),
      hedged: rng.chance(25), attribution: newAttribution(story), frame: rng.below(12),
      paragraphEnd: rng.chance(35))
  }

  /// An attribution, a quarter of them none.
  mutating func newAttribution(_ story: StoryContext) -> Attribution {
    switch rng.weighted([32, 24, 14, 14, 9, 7]) {
    case 0: return .narrator
    case 1:
      let speaker = rng.pick(story.spokespeople)
      return .person(speaker.person, role: speaker.role, org: speaker.org)
    case 2: return .organization(rng.pick(story.organizations))
    case 3: return .anonymous(kind: rng.below(5), org: rng.pick(story.organizations))
    case 4:
      return .relayed(
        kind: rng.below(5), org: rng.pick(story.organizations),
        outlet: rng.below(Vocabulary.englishOutlets.count))
    default: return .outlet(rng.below(Vocabulary.englishOutlets.count))
    }
  }

  /// The first version's sentences.
  mutating func firstVersion(_ story: StoryContext, sentences: Int) -> [Fact] {
    (0..<sentences).map { _ in newFact(story) }
  }

  /// Edits a version the way a newsroom updates a story; `edits` is how many changes.
  mutating func edit(_ facts: inout [Fact], story: StoryContext, edits: Int, moves: Int = -1) {
    for _ in 0..<edits {
      guard !facts.isEmpty else { facts.append(newFact(story)); continue }
      let index = rng.below(facts.count)
      switch rng.weighted([3, 2, 3, 2, 2, 2, moves < 0 ? 1 : 0]) {
      case 0:
        // A new paragraph, most often on top.
        let at = rng.chance(60) ? 0 : index
        var added = (0..<rng.within(1...3)).map { _ in newFact(story) }
        added[added.count - 1].paragraphEnd = true
        facts.insert(contentsOf: added, at: at)
      case 1: facts.remove(at: index)
      case 2:
        if rng.chance(60) { facts[index].variant ^= 1 } else { facts[index].frame += 1 }
      case 3:
        // A figure changes: "3 dispersi" becomes "4 dispersi".
        facts[index].number = max(2, facts[index].number + rng.pick([-2, -1, 1, 1, 2, 3, 5]))
      case 4: facts[index].hedged.toggle()
      case 5: reattribute(&facts[index], story: story)
      default:
        let fact = facts.remove(at: index)
        facts.insert(fact, at: rng.below(facts.count + 1))
      }
    }
    for _ in 0..<max(0, moves) {
      guard facts.count > 2 else { break }
      let fact = facts.remove(at: rng.below(facts.count))
      facts.insert(fact, at: rng.below(facts.count + 1))
    }
  }

  /// An anonymous official gets a name, or a source changes.
  mutating func reattribute(_ fact: inout Fact, story: StoryContext) {
    switch fact.attribution {
    case .anonymous(_, let org), .relayed(_, let org, _):
      let speaker =
        story.spokespeople.first { $0.org == org } ?? rng.pick(story.spokespeople)
      fact.attribution = .person(speaker.person, role: speaker.role, org: org)
    case .narrator:
      fact.attribution = .organization(rng.pick(story.organizations))
    default:
      fact.attribution = newAttribution(story)
    }
  }
}
