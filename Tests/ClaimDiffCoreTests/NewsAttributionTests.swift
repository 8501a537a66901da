import Testing

@testable import ClaimDiffCore

/// Attribution on the shapes that real news copy takes, in both languages.
@Suite("Attribution in news copy")
struct NewsAttributionTests {
  @Test("a frame standing alone after a quotation attributes it: '«…». Ha detto il sindaco.'")
  func standaloneFrameAfterQuotation() throws {
    let italian = try claims("«Il ponte resterà chiuso fino a lunedì». Ha detto il sindaco.")
    #expect(italian.count == 1)
    #expect(italian.first?.source.name == "anonymous mayor")
    #expect(italian.first?.attribution == .direct)
    let english = try claims(
      "\"The border will stay open,\" the minister said. \"We have no reason to close it.\" "
        + "Hillary Clinton said.", language: "en")
    #expect(english.count == 2)
    #expect(english.last?.text == "\"We have no reason to close it.\"")
    #expect(english.last?.source.person == "Hillary Clinton")
    #expect(english.last?.attribution == .direct)
  }

  @Test("quotations in wire-copy marks: ``…'' and ''…''")
  func wireQuotes() throws {
    let backticks = try claims("``We will appeal,'' the lawyer said.", language: "en")
    #expect(backticks.first?.source.name == "anonymous lawyer")
    #expect(backticks.first?.attribution == .direct)
    let apostrophes = try claims("''We will appeal,'' the lawyer said.", language: "en")
    #expect(apostrophes.first?.attribution == .direct)
  }

  @Test("a verb form that is also a noun is a cue only with a complement")
  func nounLikeCues() throws {
    let complement = try claims("The senator states that the bill is dead.", language: "en")
    #expect(complement.first?.text == "the bill is dead")
    #expect(complement.first?.source.name == "anonymous senator")
    // "states" and "support" without a clause after them report nothing.
    let noun = try claims("Republicans in several states support the plan.", language: "en")
    #expect(noun.count == 1)
    #expect(noun.first?.source == .narrator)
    // After a determiner the form is the noun, and the noun is the source.
    let report = try claims("The report said the plant leaked for weeks.", language: "en")
    #expect(report.first?.text == "the plant leaked for weeks")
    #expect(report.first?.source.name == "report")
  }

  @Test("coordinated and possessive sources are one phrase")
  func compoundSources() throws {
    let modifiers = try claims(
      "On Monday, federal and state officials said the bridge was safe.", language: "en")
    #expect(modifiers.count == 1)
    #expect(modifiers.first?.source.name == "anonymous officials")
    let text = "On Monday, federal and state officials said the bridge was safe."
    let records = try Extractor().extract(text, language: "en", published: nil)
    let source = try #require(records.attributions.first?.source)
    let scalars = text.unicodeScalars.dropFirst(source.lowerBound).prefix(source.count)
    #expect(String(String.UnicodeScalarView(scalars)) == "federal and state officials")
    let italian = try claims("Funzionari europei e nazionali hanno spiegato che il ponte è sicuro.")
    #expect(italian.first?.text == "il ponte è sicuro")
    #expect(italian.first?.source.name == "anonymous officials")
    let possessive = try claims(
      "The party's chairman, Paolo Verdi, said the vote was fair.", language: "en")
    #expect(possessive.first?.source.person == "Paolo Verdi")
  }

  @Test("'secondo quanto riferito da', 'according to what … said by': the source follows")
  func accordingToWhatWasSaid() throws {
    let italian = try claims(
      "Secondo quanto riferito dal portavoce del ministero, la nave è partita.")
    #expect(italian.count == 1)
    #expect(italian.first?.text == "la nave è partita")
    #expect(italian.first?.source.name == "anonymous spokesperson")
    #expect(italian.first?.attribution == .accordingTo)
    let english = try claims(
      "According to what was said by the mayor, the bridge is closed.", language: "en")
    #expect(english.first?.text == "the bridge is closed")
    #expect(english.first?.source.name == "anonymous mayor")
    // With no one named, the sentence stays the writer's, hedged.
    let unnamed = try claims("Secondo quanto si apprende, la nave è partita.")
    #expect(unnamed.first?.source == .narrator)
  }

  @Test("what the source was doing is part of the frame: ', speaking to reporters'")
  func gerundAdjuncts() throws {
    let english = try claims(
      "The plan will fail, said Anna Rossi, speaking to reporters in Rome.", language: "en")
    #expect(english.count == 1)
    #expect(english.first?.text == "The plan will fail")
    #expect(english.first?.source.person == "Anna Rossi")
    let italian = try claims(
      "Il piano fallirà, ha detto Anna Rossi, parlando ai giornalisti a Roma.")
    #expect(italian.count == 1)
    #expect(italian.first?.text == "Il piano fallirà")
    // A gerund that reports something is a frame of its own.
    let adding = try claims(
      "Il sindaco ha parlato a lungo, aggiungendo che le strade riapriranno.")
    #expect(claim("le strade riapriranno", in: adding)?.source.name == "anonymous mayor")
  }

  @Test("a frame inside a clause of time ends its content at the main clause")
  func clauseOfTime() throws {
    let english = try claims(
      "Shortly after the governor said the plant would close, workers walked out.",
      language: "en")
    #expect(english.count == 2)
    #expect(english.first?.text == "the plant would close")
    #expect(english.first?.source.name == "anonymous governor")
    #expect(english.last?.text == "workers walked out")
    #expect(english.last?.source == .narrator)
  }

  @Test("unnamed sources: numbers of people, 'fonti di', channels")
  func unnamedSources() throws {
    let english = try claims(
      "Two people familiar with the matter told Reuters the merger was off.", language: "en")
    #expect(english.first?.text == "the merger was off")
    #expect(english.first?.source.anonymous == true)
    #expect(english.first?.channel?.name == "Reuters")
    let italian = try claims("Fonti di governo hanno confermato che il decreto arriverà venerdì.")
    #expect(italian.first?.text == "il decreto arriverà venerdì")
    #expect(italian.first?.source.anonymous == true)
    #expect(italian.first?.times.first?.date?.description == "2025-10-24")
  }

  @Test("an apposition names the person behind a title: 'Il presidente della regione, Luca Zaia,'")
  func appositionNames() throws {
    let italian = try claims(
      "Il presidente della regione, Luca Zaia, ha detto che le scuole riapriranno.")
    #expect(italian.first?.text == "le scuole riapriranno")
    #expect(italian.first?.source.person == "Luca Zaia")
    let english = try claims(
      "The mayor, speaking at a press conference, said the roads would reopen.", language: "en")
    #expect(english.first?.text == "the roads would reopen")
    #expect(english.first?.source.name == "anonymous mayor")
  }
}
