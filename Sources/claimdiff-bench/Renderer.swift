import Foundation

/// Turns facts into sentences.
struct Renderer {
  let pools: [NamePool]

  static let italianFrames: [[String]] = [
    ["{c}"],
    [
      "{c}, ha detto {S}", "«{c}», ha dichiarato {S}", "{SV} ha detto che {c}",
      "stando {SD}, {c}", "secondo {S}, {c}", "“{c}”, ha detto {S}",
      "{SV} ha spiegato ai giornalisti che {c}", "\"{c}\", ha dichiarato {S}",
    ],
    [
      "secondo {S}, {c}", "{SV} ha annunciato che {c}", "in una nota {S} ha fatto sapere che {c}",
      "stando {SD}, {c}", "{c}, ha comunicato {S}",
    ],
    [
      "{c}, ha riferito {S}", "secondo {S}, {c}", "{SV} ha spiegato ai giornalisti che {c}",
      "fonti {G} hanno confermato che {c}", "{c}, ha riferito {S} che ha chiesto l'anonimato",
    ],
    [
      "{SV} ha riferito {OD} che {c}", "{c}, hanno riferito fonti {G} {OD}",
      "secondo quanto riferito {OD} da {S}, {c}", "{c}. Lo ha detto {OD} {S}",
    ],
    ["secondo {O}, {c}", "{c}, riporta {O}", "lo scrive {O}: {c}"],
  ]

  static let englishFrames: [[String]] = [
    ["{c}"],
    [
      "{c}, {SV} said", "{c}, said {S}", "“{c},” {SV} said", "\"{c},\" said {S}",
      "according to {S}, {c}", "{SV} said yesterday that {c}", "{SV} told reporters that {c}",
    ],
    [
      "{SV} said in a statement that {c}", "according to {S}, {c}", "{c}, {SV} said",
      "{SV} announced that {c}",
    ],
    [
      "{c}, {SV} said", "according to {S}, {c}",
      "{S}, who spoke on condition of anonymity, said {c}",
      "{c}, officials familiar with the matter said",
    ],
    [
      "{SV} told {O} that {c}", "{c}, {S} told {O}",
      "{c}, officials familiar with the matter told {O}",
      "{SV} told {O} on condition of anonymity that {c}",
    ],
    ["{c}, {O} reported", "according to {O}, {c}", "{O} reported that {c}"],
  ]

  /// The text of a version: sentences joined, paragraphs apart.
  func text(_ facts: [Fact], story: StoryContext, singleSentences: Bool) -> String {
    var text = ""
    var startOfParagraph = true
    for fact in facts {
      if !startOfParagraph { text += " " }
      text += sentence(fact, story: story, singleSentences: singleSentences)
      startOfParagraph = fact.paragraphEnd
      if startOfParagraph { text += "\n\n" }
    }
    while text.last == "\n" { text.removeLast() }
    return text + "\n"
  }

  /// One fact as a sentence (two for a few frames).
  func sentence(_ fact: Fact, story: StoryContext, singleSentences: Bool) -> String {
    let italian = story.language == .italian
    let pool = pools[story.language.rawValue]
    let pair = Templates.propositions(topic: story.topic, language: story.language)[
      fact.proposition]
    let clause = fill(fact.variant == 0 ? pair.0 : pair.1, fact: fact, story: story)
    let kind: Int
    var subject = ""
    var appositive = false
    var dative = ""
    var genitive = ""
    var outlet = ""
    var outletDative = ""
    /// "una fonte del Ministero", "an official at the ministry", and the organization's genitive.
    func anonymousSubject(_ anonymous: Int, _ org: Int) -> (String, String) {
      let forms = pool.organizations[org]
      let noun =
        italian ? Vocabulary.italianAnonymous[anonymous] : Vocabulary.englishAnonymous[anonymous]
      return ("\(noun) \(forms.genitive)", forms.genitive)
    }
    switch fact.attribution {
    case .narrator: kind = 0
    case .person(let index, let role, let org):
      kind = 1
      let person = pool.persons[index]
      let forms = pool.organizations[org]
      if fact.frame % 3 == 2 {
        // A second reference: the surname alone ("ha detto Bianchi", "Miller said").
        let surname =
          italian
          ? person.name.split(separator: " ", maxSplits: 1).last.map(String.init) ?? person.name
          : person.name.components(separatedBy: ". ").last ?? person.name
        subject = surname
        dative = "a " + surname
      } else if italian {
        let noun = person.female ? Vocabulary.italianRoles[role].1 : Vocabulary.italianRoles[role].0
        if fact.frame % 2 == 0 {
          subject = "\(person.name), \(noun) \(forms.genitive)"
          dative = "a " + subject
          appositive = true
        } else {
          subject = "\(person.female ? "la" : "il") \(noun) \(forms.genitive) \(person.name)"
          dative = (person.female ? "alla " : "al ") + subject.dropFirst(3)
        }
      } else {
        let noun = person.female ? Vocabulary.englishRoles[role].1 : Vocabulary.englishRoles[role].0
        subject = "\(person.name), \(noun) \(forms.genitive)"
        appositive = true
      }
    case .organization(let org):
      kind = 2
      subject = pool.organizations[org].subject
      dative = pool.organizations[org].dative
    case .anonymous(let anonymous, let org):
      kind = 3
      (subject, genitive) = anonymousSubject(anonymous, org)
    case .relayed(let anonymous, let org, let index):
      kind = 4
      (subject, genitive) = anonymousSubject(anonymous, org)
      outlet = italian ? Vocabulary.italianOutlets[index].0 : Vocabulary.englishOutlets[index]
      outletDative = italian ? Vocabulary.italianOutlets[index].1 : ""
    case .outlet(let index):
      kind = 5
      outlet = italian ? Vocabulary.italianOutlets[index].0 : Vocabulary.englishOutlets[index]
    }
    let frames = (italian ? Self.italianFrames : Self.englishFrames)[kind]
    var frame = frames[fact.frame % frames.count]
    if singleSentences && frame.contains(". ") { frame = frames[0] }
    var out = ""
    var rest = Substring(frame)
    while let open = rest.firstIndex(of: "{") {
      out += rest[..<open]
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      switch rest[rest.index(after: open)..<close] {
      case "c": out += clause
      case "S": out += subject
      case "SV": out += appositive ? subject + "," : subject
      case "SD": out += dative
      case "G": out += genitive
      case "O": out += outlet
      case "OD": out += outletDative
      default: break
      }
      rest = rest[rest.index(after: close)...]
    }
    out += rest
    return Self.capitalized(out) + "."
  }

  /// Fills a proposition's slots.
  func fill(_ template: String, fact: Fact, story: StoryContext) -> String {
    let italian = story.language == .italian
    let pool = pools[story.language.rawValue]
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(where: { $0 == "{" || $0 == "[" }) {
      out += rest[..<open]
      let closing: Character = rest[open] == "{" ? "}" : "]"
      guard let close = rest[open...].firstIndex(of: closing) else { break }
      let inside = rest[rest.index(after: open)..<close]
      if closing == "]" {
        let choices = inside.split(separator: "|", omittingEmptySubsequences: false)
        out += choices[fact.hedged && choices.count > 1 ? 1 : 0]
      } else {
        switch inside {
        case "N": out += String(fact.number)
        case "M": out += String(fact.second)
        case "T": out += pool.places[fact.town]
        case "CITY": out += pool.places[story.city]
        case "D":
          out +=
            italian
            ? Vocabulary.italianWeekdays[fact.weekday] : Vocabulary.englishWeekdays[fact.weekday]
        case "DATE":
          let (_, month, day) = civil(story.day + fact.dayOffset)
          out +=
            italian
            ? "\(day) \(Vocabulary.italianMonths[month - 1])"
            : "\(Vocabulary.englishMonths[month - 1]) \(day)"
        case "L1", "L2":
          let leader = story.leaders[inside == "L1" ? 0 : 1]
          let name = pool.persons[leader.person].name
          out +=
            italian
            ? "\(Vocabulary.italianTitles[leader.title]) \(name)"
            : "\(Vocabulary.englishTitles[leader.title]) \(name)"
        case "CO":
          out +=
            italian
            ? Vocabulary.italianCompanies[story.company]
            : Vocabulary.englishCompanies[story.company]
        case "P": out += pool.persons[fact.person].name
        default: break
        }
      }
      rest = rest[rest.index(after: close)...]
    }
    out += rest
    if italian && (out.contains("l 8 ") || out.contains("l 11 ")) {
      // Elision before a vowel: "dell'8", "l'11".
      for day in ["8", "11"] {
        for (plain, elided) in [("del ", "dell'"), ("il ", "l'"), ("al ", "all'")] {
          out = out.replacingOccurrences(of: plain + day + " ", with: elided + day + " ")
        }
      }
    }
    return out
  }

  /// The text with its first letter upper-cased, past any opening quote.
  static func capitalized(_ text: String) -> String {
    guard let first = text.firstIndex(where: { $0.isLetter || $0.isNumber }) else { return text }
    return text[..<first] + text[first].uppercased() + text[text.index(after: first)...]
  }
}

/// Year, month and day of a count of days since 1970-01-01 (proleptic Gregorian).
func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
  let z = days + 719_468
  let era = (z >= 0 ? z : z - 146_096) / 146_097
  let doe = z - era * 146_097
  let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
  let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
  let mp = (5 * doy + 2) / 153
  let day = doy - (153 * mp + 2) / 5 + 1
  let month = mp < 10 ? mp + 3 : mp - 9
  return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
}

/// An ISO 8601 UTC time from seconds since 1970.
func isoTime(_ seconds: Int) -> String {
  let (year, month, day) = civil(seconds / 86_400)
  let rest = seconds % 86_400
  func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
  return "\(year)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest / 60 % 60)):00Z"
}
