import Testing

@testable import ClaimDiffCore

@Suite("TimeParser")
struct TimeParserTests {
  // Reference day: Tuesday 2025-10-21.
  static let cases: [(String, String, String, String?)] = [
    ("it", "Il vertice si è tenuto ieri.", "ieri", "2025-10-20"),
    ("it", "Lo ha scritto giovedì scorso.", "giovedì scorso", "2025-10-16"),
    ("it", "Si vedranno la prossima settimana.", "la prossima settimana", "2025-10-27"),
    ("it", "La riunione è prevista in settimana.", "in settimana", "2025-10-20"),
    ("it", "L'invasione è iniziata il 24 febbraio del 2022.", "24 febbraio del 2022", "2022-02-24"),
    ("it", "Il colloquio del 16 ottobre è stato lungo.", "16 ottobre", "2025-10-16"),
    ("it", "Si voterà lunedì prossimo.", "lunedì prossimo", "2025-10-27"),
    ("it", "Il piano sarà pronto entro tre giorni.", "entro tre giorni", "2025-10-21"),
    ("it", "L'accordo era stato firmato nel 2019.", "2019", "2019-01-01"),
    ("en", "Talks resumed yesterday.", "yesterday", "2025-10-20"),
    ("en", "He spoke last Thursday.", "last Thursday", "2025-10-16"),
    ("en", "They will meet next week.", "next week", "2025-10-27"),
    ("en", "The vote was held on Oct. 16, 2024.", "Oct. 16, 2024", "2024-10-16"),
    ("en", "The deal was signed on March 3.", "March 3", "2025-03-03"),
    ("en", "The report came out in May 2023.", "May 2023", "2023-05-01"),
    ("en", "They will meet on Monday.", "Monday", "2025-10-27"),
    ("en", "They met on Monday.", "Monday", "2025-10-20"),
    // A target ahead whatever the tense: "postponed to", "previsto per".
    ("en", "The hearing was postponed to Friday.", "Friday", "2025-10-24"),
    ("en", "The meeting has been scheduled for Thursday.", "Thursday", "2025-10-23"),
    (
      "it", "Il vertice, previsto per il 30 ottobre, è stato annullato.", "30 ottobre", "2025-10-30"
    ),
    ("it", "La riunione è stata spostata a venerdì.", "venerdì", "2025-10-24"),
    // A weekday with the date picks the year.
    ("it", "Si sono visti giovedì 23 ottobre.", "giovedì 23 ottobre", "2025-10-23"),
    ("en", "The vote took place on Wednesday, October 22.", "Wednesday, October 22", "2025-10-22"),
  ]

  @Test("time expressions are found and normalized against the version's day", arguments: cases)
  func normalizes(_ example: (String, String, String, String?)) throws {
    let found = try claims(example.1, language: example.0).flatMap(\.times)
    let time = try #require(found.first, "no time found in \(example.1)")
    #expect(time.text == example.2)
    #expect(time.date?.description == example.3)
  }

  @Test("a date said by a source counts from when it was said")
  func relativeToStatement() throws {
    let found = try claims(
      "Giovedì scorso Trump ha scritto che la riunione si terrà la prossima settimana.")
    let time = try #require(found.first?.times.first)
    #expect(found.first?.statedOn?.description == "2025-10-16")
    #expect(time.date?.description == "2025-10-20")
    #expect(time.end?.description == "2025-10-26")
  }

  @Test("'may' the verb is not a month")
  func modalIsNotMonth() throws {
    #expect(try claims("The talks may resume soon.", language: "en").flatMap(\.times).isEmpty)
  }
}
