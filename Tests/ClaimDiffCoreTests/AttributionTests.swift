import ClaimDiffTestSupport
import Foundation
import Testing

@testable import ClaimDiffCore

@Suite("Attribution")
struct AttributionTests {
  @Test("an extraction without its spans and frames has the same claims, in the same order")
  func incomplete() throws {
    let folder = repositoryRoot.appendingPathComponent("snapshots/stories")
    let stories = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    for story in stories.sorted() {
      let versions = folder.appendingPathComponent(story)
      for file in try FileManager.default.contentsOfDirectory(atPath: versions.path).sorted() {
        let text = try String(contentsOf: versions.appendingPathComponent(file), encoding: .utf8)
        let document = try Document(parsing: text)
        let whole = Extractor().extract(document)
        let lean = Extractor().extract(document, complete: false)
        #expect(lean.claims == whole.claims, "\(story)/\(file)")
        #expect(lean.events == whole.events && lean.language == whole.language)
        #expect(lean.attributions.isEmpty && lean.sentences.isEmpty)
        #expect(!whole.attributions.isEmpty && !whole.sentences.isEmpty, "\(story)/\(file)")
      }
    }
  }

  @Test("a subject before the cue, content after 'che' or 'that'")
  func subjectThenContent() throws {
    let italian = try claims(
      "Il ministro Antonio Tajani ha detto che la riforma passerà entro marzo.")
    #expect(italian.count == 1)
    #expect(italian.first?.text == "la riforma passerà entro marzo")
    #expect(italian.first?.source.person == "Antonio Tajani")
    #expect(italian.first?.source.name == "Farnesina")
    #expect(italian.first?.attribution == .indirect)
    let english = try claims("The Kremlin said on Monday that talks would resume.", language: "en")
    #expect(english.first?.text == "talks would resume")
    #expect(english.first?.source.name == "Kremlin")
    #expect(english.first?.statedOn?.description == "2025-10-20")
  }

  @Test(
    "the frame after the content: '…, ha detto il portavoce', '…, a senior official told Reuters'")
  func frameAfter() throws {
    let italian = try claims("Nessun accordo è stato raggiunto, riferisce la Bbc.")
    #expect(italian.first?.text == "Nessun accordo è stato raggiunto")
    #expect(italian.first?.source.name == "BBC")
    #expect(italian.first?.source.kind == .outlet)
    let english = try claims(
      "Talks will resume next week, a senior official told Reuters.", language: "en")
    #expect(english.first?.text == "Talks will resume next week")
    #expect(english.first?.source.name == "anonymous official")
    #expect(english.first?.source.anonymous == true)
    #expect(english.first?.channel?.name == "Reuters")
  }

  @Test("a quote split around the frame keeps both parts")
  func splitQuote() throws {
    let italian = try claims(
      "La trattativa, ha spiegato alla Reuters un diplomatico europeo, «è in una fase delicata».")
    let claim = try #require(italian.first)
    #expect(claim.parts.count == 2)
    #expect(claim.text == "La trattativa «è in una fase delicata»")
    #expect(claim.source.name == "anonymous diplomat")
    #expect(claim.channel?.name == "Reuters")
    let english = try claims(
      "\"We are not there yet,\" said Dmitry Peskov, the Kremlin spokesman.", language: "en")
    #expect(english.first?.source.person == "Dmitry Peskov")
    #expect(english.first?.source.name == "Kremlin")
    #expect(english.first?.attribution == .direct)
    #expect(english.first?.polarity == .negated)
  }

  @Test("'secondo', 'stando a', 'according to': the rest of the sentence is the content")
  func accordingTo() throws {
    let italian = try claims("Secondo fonti diplomatiche, il vertice potrebbe slittare.")
    #expect(italian.first?.text == "il vertice potrebbe slittare")
    #expect(italian.first?.source.name == "anonymous sources")
    #expect(italian.first?.attribution == .accordingTo)
    #expect(italian.first?.modality == .possible)
    let english = try claims(
      "According to two people familiar with the matter, the deal is off.", language: "en")
    #expect(english.first?.text == "the deal is off")
    #expect(english.first?.source.anonymous == true)
    let ordinal = try claims("Il secondo giorno di colloqui è finito senza intesa.")
    #expect(ordinal.first?.source == .narrator)
  }

  @Test("a frame that points back gives the previous sentence its source")
  func pointsBack() throws {
    let italian = try claims(
      "Il vertice di Ginevra è stato rinviato a dicembre. Lo ha annunciato la Farnesina.")
    #expect(italian.count == 1)
    #expect(italian.first?.source.name == "Farnesina")
    #expect(italian.first?.event?.status == .postponed)
    let english = try claims(
      "The summit has been called off. That's what an aide told CNN.", language: "en")
    #expect(english.first?.source.name == "anonymous aide")
    #expect(english.first?.channel?.name == "CNN")
  }

  @Test("a frame that ends with a colon gives the next sentence its source")
  func pointsForward() throws {
    let found = try claims(
      "Lo ha detto il ministro Tajani: «Non firmeremo questo accordo». "
        + "Il portavoce ha poi spiegato: «La trattativa resta aperta». Domani si vota.")
    #expect(
      found.map(\.text) == [
        "«Non firmeremo questo accordo»", "«La trattativa resta aperta»", "Domani si vota",
      ])
    #expect(found[0].source.person == "Antonio Tajani")
    #expect(found[0].attribution == .direct)
    #expect(found[1].source.name == "anonymous spokesperson")
    #expect(found[2].source == .narrator)
  }

  @Test("'ha aggiunto', 'he added' keep the source of the frame before")
  func carriedOver() throws {
    let italian = try claims(
      "Il sindaco Mario Rossi ha detto che i lavori finiranno a giugno. "
        + "Ha aggiunto che il cantiere resterà aperto anche di notte.")
    #expect(italian.count == 2)
    #expect(italian.allSatisfy { $0.source.person == "Mario Rossi" })
    let english = try claims(
      "Senator Jane Doe said the bill would pass. She added that the vote was close.",
      language: "en")
    #expect(english.map(\.source.person) == ["Jane Doe", "Jane Doe"])
  }

  @Test("a description refers back: 'la fonte', 'la rete americana', 'the network'")
  func definiteDescriptions() throws {
    let found = try claims(
      "Una fonte ha detto all'Ansa che l'accordo è vicino. "
        + "Stando alla fonte, la firma arriverà lunedì. "
        + "Il testo è pronto, riferisce l'agenzia.")
    #expect(found.count == 3)
    #expect(found[1].source.name == "anonymous source")
    #expect(found[1].channel?.name == "ANSA")
    #expect(found[2].source.name == "ANSA")
  }

  @Test("a description of a known person is that person: 'il presidente americano'")
  func personByRole() throws {
    let found = try claims(
      "Donald Trump e Vladimir Putin si sono sentiti oggi. "
        + "Secondo il presidente americano, il colloquio è andato bene.")
    #expect(claim("andato bene", in: found)?.source.person == "Donald Trump")
  }

  @Test("an unnamed plural subject is anonymous: 'Al Corriere hanno spiegato che…'")
  func implicitSubject() throws {
    let found = try claims("Al Corriere hanno spiegato che la decisione è rinviata.")
    #expect(found.first?.source.name == "anonymous sources")
    #expect(found.first?.channel?.name == "Corriere della Sera")
  }

  @Test("unattributed sentences belong to the narrator")
  func narrator() throws {
    let found = try claims("The storm hit the coast on Sunday.", language: "en")
    #expect(found.first?.source == .narrator)
    #expect(found.first?.attribution == .narrator)
  }

  @Test("attribution records give the source, cue and content spans in scalars")
  func spans() throws {
    let text = "Secondo la Protezione civile, i dispersi sono 4."
    let extraction = try Extractor().extract(text)
    let attribution = try #require(extraction.attributions.first)
    let scalars = Array(text.unicodeScalars)
    func slice(_ range: Range<Int>?) -> String {
      guard let range else { return "" }
      return String(String.UnicodeScalarView(scalars[range]))
    }
    #expect(slice(attribution.source) == "la Protezione civile")
    #expect(slice(attribution.cue) == "Secondo")
    #expect(attribution.content.map(slice) == ["i dispersi sono 4"])
  }
}

@Suite("Claim splitting")
struct ClaimSplittingTests {
  @Test("coordinated clauses are separate claims, each keeping the attribution")
  func coordination() throws {
    let italian = try claims(
      "Secondo la polizia, il ponte è crollato alle 11 e due auto sono cadute nel fiume.")
    #expect(
      italian.map(\.text) == ["il ponte è crollato alle 11", "due auto sono cadute nel fiume"])
    #expect(italian.allSatisfy { $0.source.name == "polizia" })
    let english = try claims(
      "The minister said the plant would close and that 300 jobs would go.", language: "en")
    #expect(english.map(\.text) == ["the plant would close", "300 jobs would go"])
  }

  @Test("names joined by 'e'/'and' do not split a clause")
  func coordinatedNames() throws {
    let found = try claims("Rubio e Lavrov hanno parlato tra Trump e Putin e il Papa.")
    #expect(found.count == 1)
  }

  @Test("a non-restrictive relative with its own verb is its own claim")
  func relativeClause() throws {
    let found = try claims(
      "Il ponte è stato riaperto dal sindaco, che ieri aveva promesso tempi brevi.")
    #expect(
      found.map(\.text) == [
        "Il ponte è stato riaperto dal sindaco", "che ieri aveva promesso tempi brevi",
      ])
  }

  @Test("the frame itself is never a claim")
  func frameIsNotClaim() throws {
    let found = try claims("«Ci vediamo lunedì», ha detto il premier ai giornalisti.")
    #expect(found.map(\.text) == ["«Ci vediamo lunedì»"])
  }
}

@Suite("Modality and polarity")
struct ModalityTests {
  static let cases: [(String, String, Modality, Polarity)] = [
    ("it", "Il ministro sarebbe pronto a dimettersi.", .reported, .affirmed),
    ("it", "Non è chiaro chi abbia dato l'ordine.", .uncertain, .affirmed),
    ("it", "Non è escluso che il voto slitti.", .possible, .affirmed),
    ("it", "Il vertice non si terrà.", .asserted, .negated),
    ("it", "L'incontro non sarebbe più in programma.", .reported, .negated),
    ("it", "Non solo il governo ha approvato la legge.", .asserted, .affirmed),
    ("en", "The minister is reportedly ready to resign.", .reported, .affirmed),
    ("en", "It is unclear who gave the order.", .uncertain, .affirmed),
    ("en", "The vote could be delayed.", .possible, .affirmed),
    ("en", "The meeting will not take place.", .asserted, .negated),
  ]

  @Test("hedges, the reporting conditional and negation", arguments: cases)
  func detects(_ example: (String, String, Modality, Polarity)) throws {
    let claim = try #require(try claims(example.1, language: example.0).first)
    #expect(claim.modality == example.2)
    #expect(claim.polarity == example.3)
  }

  @Test("a denial negates what is denied")
  func denial() throws {
    let claim = try #require(
      try claims("The ministry denied that the talks had collapsed.", language: "en").first)
    #expect(claim.polarity == .negated)
    #expect(claim.text == "the talks had collapsed")
  }
}
