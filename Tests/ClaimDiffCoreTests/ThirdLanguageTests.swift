import ClaimDiffCore
import Testing

/// A small Spanish pack written against the public API only: a third language needs a type
/// that conforms to `LanguagePack`, and no change to the core.
private struct Spanish: LanguagePack {
  let code = "es"
  let elision = Elision.afterApostrophe
  let abbreviations: Set<String> = ["sr", "sra", "art"]
  let titles: Set<String> = ["sr", "sra"]
  let lexicon: Lexicon

  init() {
    var lexicon = Lexicon()
    lexicon.add([.determiner, .definite, .function], "el la los las")
    lexicon.add([.determiner, .function], "un una")
    lexicon.add([.preposition, .function], "de a en con por para")
    lexicon.add([.conjunction, .function], "y o pero")
    lexicon.add([.complementizer, .function], "que")
    lexicon.add([.auxiliary, .finiteVerb, .function], "ha han es está son")
    lexicon.add([.negation, .function], "no")
    lexicon.stopwords = ["el", "la", "los", "las", "de", "que", "y", "en", "un", "una", "es"]
    lexicon.coordinators = ["y"]
    lexicon.cues.insert("dijo", Cue(.verb))
    lexicon.cues.insert("afirmó", Cue(.verb))
    lexicon.cues.insert("según", Cue(.accordingTo))
    lexicon.descriptors.insert("ministro", Descriptor("minister", .person))
    lexicon.descriptors.insert("portavoz", Descriptor("spokesperson", .person))
    self.lexicon = lexicon
  }
}

@Suite("A third language")
struct ThirdLanguageTests {
  let extractor = Extractor(
    packs: LanguagePacks([English.shared, Italian.shared, Spanish()]))

  @Test("a pack from outside the core is detected and drives segmentation and attribution")
  func spanish() throws {
    let extraction = try extractor.extract(
      "El ministro dijo que el puente está cerrado. Según el portavoz, la carretera no abrirá.",
      published: Day(iso: "2025-10-21"))
    #expect(extraction.language == "es")
    #expect(extraction.claims.count == 2)
    let first = try #require(extraction.claims.first)
    #expect(first.text == "el puente está cerrado")
    #expect(first.source.name == "anonymous minister")
    let second = try #require(extraction.claims.last)
    #expect(second.text == "la carretera no abrirá")
    #expect(second.attribution == .accordingTo)
    #expect(second.polarity == .negated)
  }
}
