import ClaimDiffTestSupport
import Testing

@testable import ClaimDiffCore

@Suite("NormalizedText")
struct NormalizedTextTests {
  @Test("a byte-order mark, CRLF and decomposed accents are normalized, offsets map back")
  func normalizes() {
    let input = "\u{FEFF}Perche\u{301}?\r\nOk."
    let normalized = NormalizedText(input)
    #expect(normalized.text == "Perché?\nOk.")
    // "O" is at scalar 8 of the normalized text and at 11 of the input (BOM, accent, CR).
    #expect(normalized.originalOffset(8) == 11)
    #expect(normalized.originalOffset(0) == 1)
  }

  @Test("text that is already normalized is kept as is")
  func identity() {
    let normalized = NormalizedText("Già fatto.")
    #expect(normalized.text == "Già fatto.")
    #expect(normalized.originalRange(2..<5) == 2..<5)
  }
}

@Suite("Tokenizer")
struct TokenizerTests {
  func keys(_ text: String, _ pack: any LanguagePack) -> [String] {
    Tokenizer(pack: pack).tokenize(Array(text.utf8), in: 0..<text.utf8.count).map(\.key)
  }

  @Test("Italian elision splits after the apostrophe, an accent apostrophe folds")
  func italianElision() {
    #expect(
      keys("l'incontro dall'inizio", Italian.shared) == ["l'", "incontro", "dall'", "inizio"])
    #expect(keys("E' vero, perche' no", Italian.shared) == ["è", "vero", ",", "perché", "no"])
  }

  @Test("English contractions split before the apostrophe")
  func englishContractions() {
    #expect(keys("Clinton's team don't", English.shared) == ["clinton", "'s", "team", "do", "n't"])
  }

  @Test("abbreviations and initialisms keep their period, numbers their separators")
  func abbreviationsAndNumbers() {
    let tokens = Tokenizer(pack: English.shared).tokenize(
      Array("Mr. Smith left the U.S. with 1,200.5 dollars.".utf8), in: 0..<45)
    #expect(
      tokens.map(\.key) == ["mr", "smith", "left", "the", "u.s", "with", "1,200.5", "dollars", "."])
    #expect(tokens[0].flags.contains(.absorbedPeriod))
    #expect(tokens[6].kind == .number)
  }

  @Test("a hyphenated word ending with an abbreviation keeps its period; a long word does not")
  func hyphenatedAbbreviations() {
    let text = "Rep. Hal Rogers (R-Ky.) spoke in Washington. Then the U.S. Senate voted."
    let tokens = Tokenizer(pack: English.shared).tokenize(Array(text.utf8), in: 0..<text.utf8.count)
    #expect(
      tokens.map(\.key) == [
        "rep", "hal", "rogers", "(", "r-ky", ")", "spoke", "in", "washington", ".", "then", "the",
        "u.s", "senate", "voted", ".",
      ])
    #expect(
      tokens.filter { $0.flags.contains(.absorbedPeriod) }.map(\.key) == ["rep", "r-ky", "u.s"])
  }

  @Test("single quotes around a word are quotation marks, not apostrophes")
  func singleQuotes() {
    let tokens = Tokenizer(pack: Italian.shared).tokenize(
      Array("In 'stand-by', ora".utf8), in: 0..<18)
    #expect(tokens.map(\.kind) == [.word, .openQuote, .word, .closeQuote, .punctuation, .word])
    #expect(tokens[2].key == "stand-by")
  }
}

@Suite("SentenceSegmenter")
struct SentenceSegmenterTests {
  static let cases: [(String, String, [String])] = [
    (
      "it", "Il sig. Rossi è arrivato alle 9. Poi è ripartito.",
      ["Il sig. Rossi è arrivato alle 9.", "Poi è ripartito."]
    ),
    (
      "it", "L'art. 16 della legge è chiaro. Il Pil è cresciuto del 3,5 per cento.",
      ["L'art. 16 della legge è chiaro.", "Il Pil è cresciuto del 3,5 per cento."]
    ),
    (
      "it", "Ha detto: \"Basta così!\" e se n'è andato. Nessuno ha replicato.",
      ["Ha detto:", "\"Basta così!\" e se n'è andato.", "Nessuno ha replicato."]
    ),
    (
      "it", "«Non firmeremo.» Lo ha detto il ministro.",
      ["«Non firmeremo.»", "Lo ha detto il ministro."]
    ),
    ("it", "ROMA\n\nIl governo ha deciso.", ["ROMA", "Il governo ha deciso."]),
    (
      "it", "Il piano prevede due fasi: 1) la chiusura; 2) la riapertura.",
      ["Il piano prevede due fasi:", "1) la chiusura;", "2) la riapertura."]
    ),
    (
      "it", "Il patrimonio: azioni 1400; obbligazioni 300; contanti 50. Altro non c'è.",
      ["Il patrimonio:", "azioni 1400; obbligazioni 300; contanti 50.", "Altro non c'è."]
    ),
    (
      "it", "La legge n. 270 del 1982 si applica. 12. Le norme valgono per tutti.",
      ["La legge n. 270 del 1982 si applica.", "12. Le norme valgono per tutti."]
    ),
    (
      "en", "The plan has two parts: the closure; the reopening.",
      ["The plan has two parts: the closure; the reopening."]
    ),
    (
      "en", "Mr. Smith met Dr. Jones at 3 p.m. on Monday. They talked.",
      ["Mr. Smith met Dr. Jones at 3 p.m. on Monday.", "They talked."]
    ),
    (
      "en", "The U.S. economy grew 2.5 percent. Prices rose in the U.S. The dollar fell.",
      ["The U.S. economy grew 2.5 percent.", "Prices rose in the U.S.", "The dollar fell."]
    ),
    ("en", "George W. Bush spoke to reporters.", ["George W. Bush spoke to reporters."]),
    (
      "en", "\"We will win.\" Then he left... Nobody followed.",
      ["\"We will win.\"", "Then he left...", "Nobody followed."]
    ),
    ("en", "1. Open the file\n2. Read it", ["1. Open the file", "2. Read it"]),
    (
      "en", "The rate was cut to 4.25%, the lowest since 2022.",
      ["The rate was cut to 4.25%, the lowest since 2022."]
    ),
    (
      "it", "Il sig. Rossi vive negli Usa da vent'anni. Ora torna in Italia.",
      ["Il sig. Rossi vive negli Usa da vent'anni.", "Ora torna in Italia."]
    ),
    ("it", "Aspettiamo… Vedremo domani.", ["Aspettiamo…", "Vedremo domani."]),
    (
      "it", "Il governo cade\n\nIl premier si è dimesso ieri sera.",
      ["Il governo cade", "Il premier si è dimesso ieri sera."]
    ),
    (
      "it", "Il ministro ha detto che il piano\nè pronto. Poi ha lasciato la sala.",
      ["Il ministro ha detto che il piano\nè pronto.", "Poi ha lasciato la sala."]
    ),
    (
      "en", "Senate Passes Budget Bill\n\nThe Senate passed the bill on Friday.",
      ["Senate Passes Budget Bill", "The Senate passed the bill on Friday."]
    ),
    (
      "en", "The U.N. said so. Others disagreed.",
      ["The U.N. said so.", "Others disagreed."]
    ),
    (
      "en", "LONDON (Reuters) - The bank held rates on Thursday. Markets rose.",
      ["LONDON (Reuters) - The bank held rates on Thursday.", "Markets rose."]
    ),
    (
      "en", "She wrote: \"we are ready.\" nobody answered.",
      ["She wrote: \"we are ready.\" nobody answered."]
    ),
  ]

  @Test("sentences end where a reader would end them", arguments: cases)
  func segments(_ example: (String, String, [String])) throws {
    let pack = try #require(LanguagePacks.standard.pack(for: example.0))
    let document = try Document(parsing: example.1, language: pack)
    #expect(document.sentences.map { document.string($0.bytes) } == example.2)
  }
}

@Suite("HeaderParser")
struct HeaderParserTests {
  @Test("a date line with a photo credit is a header; the body follows the blank line")
  func dateHeader() throws {
    let document = try Document(parsing: " date 2025-10-21 Foto: Ansa\n\nIl testo.")
    #expect(document.header.date == Day(year: 2025, month: 10, day: 21))
    #expect(document.string(document.bodyStart..<document.bytes.count) == "Il testo.")
  }

  @Test("prose that starts with a header word is not a header")
  func proseIsNotHeader() throws {
    let document = try Document(parsing: "Data la situazione, il vertice salta.")
    #expect(document.header.date == nil)
    #expect(document.bodyStart == 0)
  }

  @Test("a date that is no day is an error that names the line")
  func malformedDate() {
    #expect(
      throws: ClaimDiffError.malformedHeader(
        line: 2, reason: "expected a date like 2025-10-21 after 'date', got '2025-13-40'")
    ) {
      try Document(parsing: "title: Vertice\ndate 2025-13-40\n\nTesto.")
    }
  }
}

@Suite("Day")
struct DayTests {
  @Test("weekdays, month starts and leap years are right")
  func arithmetic() throws {
    let day = try #require(Day(iso: "2025-10-21"))
    #expect(day.weekday == 2)
    #expect(day.startOfWeek.description == "2025-10-20")
    #expect(day.adding(days: -5).description == "2025-10-16")
    #expect(day.startOfMonth(adding: 3).description == "2026-01-01")
    #expect(Day(year: 2024, month: 2, day: 29) != nil)
    #expect(Day(year: 2025, month: 2, day: 29) == nil)
    #expect(Day(iso: "2022-02-24")?.weekday == 4)
  }

  @Test("a day is written YYYY-MM-DD, zero-padded, and reads back as itself")
  func description() throws {
    #expect(Day(year: 2025, month: 3, day: 7)?.description == "2025-03-07")
    #expect(Day(year: 987, month: 12, day: 31)?.description == "0987-12-31")
    #expect(Day(year: 1, month: 1, day: 1)?.description == "0001-01-01")
    let start = try #require(Day(year: 1899, month: 12, day: 25)).ordinal
    for ordinal in stride(from: start, to: start + 80_000, by: 37) {
      let day = Day(ordinal: ordinal)
      let text = day.description
      #expect(text.utf8.count == 10)
      #expect(Day(iso: text) == day, "\(text)")
    }
  }
}

@Suite("SHA256")
struct SHA256Tests {
  @Test(
    "digests match the FIPS 180-4 test vectors",
    arguments: [
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
    ])
  func vectors(_ input: String, _ expected: String) {
    #expect(SHA256.hex(Array(input.utf8)) == expected)
  }
  @Test(
    "messages of every padding case around the 64-byte block hash right",
    arguments: [
      (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
      (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
      (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
      (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
      (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
      (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
      (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
      (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
      (1000, "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
  func padding(_ count: Int, _ expected: String) {
    #expect(SHA256.hex([UInt8](repeating: 0x61, count: count)) == expected)
    let digest = SHA256.digest([UInt8](repeating: 0x61, count: count), accelerated: false)
    #expect(digest.map { String($0, radix: 16).leftPadded(to: 2) }.joined() == expected)
  }

  @Test("the processor's SHA instructions, where there are any, give the digests of the code")
  func accelerated() {
    var random = SplitMix(seed: 7)
    for length in [0, 1, 55, 56, 63, 64, 65, 127, 128, 200, 1000, 4097] {
      let bytes = (0..<length).map { _ in UInt8(random.next(256)) }
      #expect(SHA256.digest(bytes) == SHA256.digest(bytes, accelerated: false), "\(length)")
    }
  }

  @Test("the first digits of a digest are those of its whole hexadecimal form")
  func prefixes() {
    for message in ["", "abc", "rubio-lavrov/3/12", String(repeating: "x", count: 130)] {
      let whole = SHA256.hex(Array(message.utf8))
      for count in [0, 4, 10, 15, 16, 64] {
        #expect(SHA256.hex(Array(message.utf8), digits: count) == String(whole.prefix(count)))
      }
      // A string, not only an array, is read where its bytes are.
      #expect(SHA256.hex(message.utf8) == whole)
    }
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    String(repeating: "0", count: max(0, width - count)) + self
  }
}

@Suite("LanguagePacks")
struct LanguageDetectionTests {
  @Test("the pack detected is the one whose stopwords the text uses most", arguments: 1...3)
  func mostStopwords(seed: UInt64) {
    var random = SplitMix(seed: seed)
    let packs = LanguagePacks.standard
    let pieces =
      ["il", "Il", "IL", "che", "Che", "the", "The", "THE", "and", "è", "È", "perché", "of"]
      + ["città", "l'", "dell'", "Rome", "Roma", "x", "ß", "naïve", "1", "2025"]
    let separators = [" ", "  ", ", ", ". ", "\n", "’", "'", "-", "«", "»"]
    for _ in 0..<300 {
      let text = (0..<random.next(40)).map { _ in
        pieces[random.next(pieces.count)] + separators[random.next(separators.count)]
      }.joined()
      #expect(packs.detect(text).code == reference(text, packs: packs), "\(text)")
    }
  }

  /// Detection as plainly as it can be written: words folded, then counted pack by pack.
  private func reference(_ text: String, packs: LanguagePacks) -> String {
    var scores = [Int](repeating: 0, count: packs.packs.count)
    var word: [UInt8] = []
    func count() {
      if !word.isEmpty, let key = String(validating: word, as: UTF8.self) {
        for (index, pack) in packs.packs.enumerated() where pack.lexicon.stopwords.contains(key) {
          scores[index] += 1
        }
      }
      word.removeAll()
    }
    for byte in text.utf8.prefix(16_384) {
      switch byte {
      case 0x41...0x5A: word.append(byte | 0x20)
      case 0x61...0x7A, 0x80...: word.append(byte)
      default: count()
      }
    }
    count()
    var best = 0
    for index in scores.indices where scores[index] > scores[best] { best = index }
    return packs.packs[best].code
  }

  @Test("Italian and English texts are told apart")
  func detects() {
    #expect(
      LanguagePacks.standard.detect("Il governo ha detto che la riforma è pronta.").code == "it")
    #expect(LanguagePacks.standard.detect("The government said the reform is ready.").code == "en")
  }
}

@Suite("ClaimKey")
struct ClaimKeyTests {
  @Test(
    "Latin text folds as the general path does",
    arguments: [
      "L'incontro e' \"confermato\", ha detto   il ministro.", "  'Quoted'  start",
      "U.S. officials said 4,500 people -- at least -- left.", "", "...", "O'Brien's 2nd plan",
      "«Perché È già lì?» – disse il sindaco… “Città” l’Aquila ÀÉÌÒÙ ß ×÷", "Ça VA\u{00A0}bien",
    ])
  func latinFolding(text: String) {
    // A letter outside Latin-1 at the end sends the text down the general path.
    #expect(ClaimKey(text + " ŝ").folded == (ClaimKey(text).folded + " ŝ").trimmingPrefixSpace)
    #expect(ClaimKey("l’incontro").folded == ClaimKey("l'incontro").folded)
  }

  @Test("the byte fold of Latin text gives the keys of the general fold", arguments: 1...4)
  func latinFold(seed: UInt64) {
    var random = SplitMix(seed: seed)
    let pieces = [
      "a", "Z", "q", "7", " ", "  ", "\t", ",", ".", "-", "'", "’", "‘", "“", "”", "«", "»", "…",
      "–", "—", "\u{A0}", "×", "÷", "À", "é", "È", "ß", "ÿ", "Ø", "ø", "Þ", "þ", "Ì", "ò",
      "l'incontro", "Sant’Angelo", "È", "PERCHÉ", "ª", "µ", "ç", "Ç", "œ", "e\u{301}", "ı",
    ]
    var folded = 0
    for _ in 0..<2000 {
      let text = (0..<random.next(12)).map { _ in
        pieces[random.next(pieces.count)]
      }.joined()
      guard let fast = ClaimKey.foldLatin(text) else { continue }
      folded += 1
      #expect(fast == ClaimKey.foldAny(text), "\(text.debugDescription)")
    }
    #expect(folded > 200)
  }
}

@Suite("Discourse")
struct DiscourseTests {
  @Test("a full name is remembered by its last word, as splitting it at spaces finds it")
  func surnames() {
    let names = [
      "Anna Kelly", "Ursula von der Leyen", "Jean-Luc Picard", "Anna  Kelly ", " Kelly",
      "Kelly", "", "   ", "Kelly ", "Nicolò Çelik", "D'Alema Massimo", "Ángela Pérez-Ruiz",
    ]
    for name in names {
      let discourse = Discourse()
      discourse.notePerson(name)
      let expected = name.contains(" ") ? name.split(separator: " ").last : nil
      #expect(discourse.people == (expected.map { [$0.lowercased(): name] } ?? [:]), "\(name)")
    }
  }
}

@Suite("Byte suffixes")
struct ByteSuffixTests {
  @Test("keys end with an ending by their bytes exactly when they do by their characters")
  func asCharacters() {
    let keys = [
      "dichiarato", "sarà", "verrà", "arriverà", "partirebbero", "raccontando", "planned",
      "reportedly", "ufficialmente", "ato", "à", "", "città", "perché", "l'", "così", "ß",
    ]
    let endings: [StaticString] = [
      "ato", "erà", "rà", "à", "rebbe", "rebbero", "ando", "ed", "ly", "mente", "é", "'", "",
      "ità", "ß", "ìa",
    ]
    var matches = 0
    for var key in keys {
      for ending in endings {
        let byBytes = key.withUTF8 { $0.hasSuffix(ending) }
        #expect(byBytes == key.hasSuffix(ending.description), "\(key) \(ending)")
        if byBytes { matches += 1 }
      }
    }
    #expect(matches > 20)
  }
}

@Suite("Byte equality")
struct ByteEqualityTests {
  @Test("strings have the same bytes exactly when they are equal, whatever their length")
  func asStrings() {
    // Lengths around the eight-byte steps, with a difference at every position.
    for length in 0...27 {
      let text = String((0..<length).map { "abcdefghijklmnopqrstuvwxyzà".map(\.self)[$0 % 27] })
      #expect(text.hasSameUTF8(as: String(text)), "\(text)")
      #expect(!text.hasSameUTF8(as: text + "a"), "\(text)")
      for position in text.indices {
        var changed = text
        changed.replaceSubrange(position...position, with: "Q")
        #expect(!text.hasSameUTF8(as: changed), "\(text) \(changed)")
      }
    }
    #expect("città".hasSameUTF8(as: "citt\u{E0}"))
  }

  @Test("claim keys are equal exactly when their folded texts are")
  func claimKeys() {
    let texts = [
      "Il vertice è rinviato.", "il VERTICE è rinviato", "Il vertice è stato rinviato.",
      "Il vertice e rinviato.", "", "...", "« Perché », disse: l’incontro di giovedì salta",
      "perché disse lincontro di giovedì salta",
    ]
    for first in texts {
      for second in texts {
        let (left, right) = (ClaimKey(first), ClaimKey(second))
        #expect((left == right) == (left.folded == right.folded), "\(first) \(second)")
        if left == right { #expect(left.hashValue == right.hashValue) }
      }
    }
  }
}

extension String {
  fileprivate var trimmingPrefixSpace: String { hasPrefix(" ") ? String(dropFirst()) : self }
}

@Suite("WordTable")
struct WordTableTests {
  @Test("a word table answers as a dictionary does, through growth, updates and removals")
  func asDictionary() {
    var random = SplitMix(seed: 11)
    var table = WordTable<Int>()
    var reference: [String: Int] = [:]
    let words = (0..<400).map { "w\($0)" } + ["è", "perché", "l'", "città", "", "ß"]
    for step in 0..<3000 {
      let word = words[random.next(words.count)]
      switch random.next(5) {
      case 0:
        table[word] = nil
        reference[word] = nil
      case 1:
        table[word, default: 0] += step
        reference[word, default: 0] += step
      default:
        table[word] = step
        reference[word] = step
      }
    }
    #expect(table.count == reference.count)
    for word in words {
      #expect(table[word] == reference[word])
      #expect(table.contains(word) == (reference[word] != nil))
      let token = Token(range: 0..<1, kind: .word, key: word, flags: [])
      #expect(table[token] == reference[word])
    }
    #expect(Dictionary(uniqueKeysWithValues: table.map { ($0.key, $0.value) }) == reference)
  }

  @Test("a copy of a table is a value: changing one leaves the other")
  func copyOnWrite() {
    var first: WordTable<Int> = ["uno": 1, "due": 2]
    let second = first
    first["tre"] = 3
    first["uno"] = 10
    #expect(second["tre"] == nil && second["uno"] == 1 && second.count == 2)
    #expect(first["tre"] == 3 && first["uno"] == 10 && first.count == 3)
    var set: WordSet = ["non", "mai"]
    let other = set
    set.insert("più")
    #expect(set != other && other == ["mai", "non"] && set.contains("più"))
  }
}

@Suite("Punctuation marks")
struct PunctuationMarkTests {
  @Test("a token is the mark its key is, also once its key changes")
  func marks() {
    let text = "Roma (Lazio); a/b, ciò... «sì»"
    let tokens = Tokenizer(pack: Italian.shared).tokenize(
      Array(text.utf8), in: 0..<text.utf8.count)
    let marks = tokens.map { token in
      ["(", ")", ";", "/", ",", "."].first { token.isPunctuation(Unicode.Scalar($0)!) } ?? ""
    }
    #expect(marks == ["", "(", "", ")", ";", "", "/", "", ",", "", "", "", "", ""])
    var token = Token(range: 0..<1, kind: .punctuation, key: "(", flags: [])
    #expect(token.isPunctuation("(") && !token.isPunctuation(")"))
    token.key = ")"
    #expect(token.isPunctuation(")") && !token.isPunctuation("("))
    token.key = "..."
    #expect(!token.isPunctuation("."))
  }
}

@Suite("Table masks")
struct TableMaskTests {
  /// A token of `key` with the mask `tables` gives it, as the tokenizer makes it.
  private func token(_ key: String, _ tables: TableIndex) -> Token {
    var token = Token(range: 0..<1, kind: .word, key: key, flags: [])
    token.tables = tables.mask(of: token)
    return token
  }

  @Test("indexed tables answer for tokens as they do for their keys")
  func sameAnswers() {
    var tables = TableIndex()
    var days: WordTable<Int> = ["ieri": -1, "oggi": 0, "domani": 1]
    var negations: WordSet = ["non", "mai", "più"]
    var phrases = PhraseTable<Int>([("non è chiaro", 1), ("già", 2)])
    days.index(in: &tables)
    negations.index(in: &tables)
    phrases.index(in: &tables)
    for key in ["ieri", "oggi", "domani", "non", "mai", "già", "Già", "chiaro", "vertice", ""] {
      let masked = token(key, tables)
      #expect(masked.tables.index == tables.number)
      #expect(days[masked] == days[key], "\(key)")
      #expect(negations.contains(masked) == negations.contains(key), "\(key)")
      #expect(phrases.startsPhrase(masked) == phrases.startsPhrase(key), "\(key)")
    }
  }

  @Test("a table changed after indexing, another index's tokens and a rekeyed token are probed")
  func stale() {
    var tables = TableIndex()
    var negations: WordSet = ["non", "mai"]
    negations.index(in: &tables)
    let masked = token("più", tables)
    #expect(!negations.contains(masked))
    // The bit says "più" is not in the set; the changed copy must not trust it.
    var changed = negations
    changed.insert("più")
    #expect(changed.contains(masked))
    #expect(!negations.contains(masked))
    // A token masked by another index says nothing about this one's tables.
    var otherTables = TableIndex()
    var other: WordSet = ["più"]
    other.index(in: &otherTables)
    #expect(other.contains(token("più", tables)))
    #expect(tables.number != otherTables.number)
    // A token whose key changes loses its mask.
    var rekeyed = token("vertice", tables)
    rekeyed.key = "mai"
    #expect(negations.contains(rekeyed))
  }

  @Test("indexes past the numbers a mask holds give no bits, and their tokens are probed")
  func exhausted() {
    var last = TableIndex(number: TableMask.indexes + 1)
    var negations: WordSet = ["non"]
    negations.index(in: &last)
    #expect(last.count == 0)
    var token = Token(range: 0..<1, kind: .word, key: "non", flags: [])
    token.tables = last.mask(of: token)
    #expect(token.tables == .unknown && negations.contains(token))
  }

  @Test("an index gives bits to 56 tables; the next ones are probed")
  func capacity() {
    var tables = TableIndex()
    var sets = (0..<60).map { WordSet(["w\($0)"]) }
    for index in sets.indices { sets[index].index(in: &tables) }
    #expect(tables.count == TableMask.capacity)
    for (index, set) in sets.enumerated() {
      #expect(set.contains(token("w\(index)", tables)))
      #expect(!set.contains(token("w\(index + 1)", tables)))
    }
  }
}

/// Italian with a time table changed after its lexicon was indexed: the grammar then asks the
/// time tables about each token one by one, instead of reading the token's mask once.
private struct ItalianWithChangedTimeTable: LanguagePack {
  let code = Italian.shared.code
  let elision = Italian.shared.elision
  let abbreviations = Italian.shared.abbreviations
  let titles = Italian.shared.titles
  let clauseEnds = Italian.shared.clauseEnds
  let lexicon: Lexicon

  init() {
    var lexicon = Italian.shared.lexicon
    // A word the table holds already: the table is the same, but no longer indexed.
    if let word = lexicon.time.within.first(where: { _ in true }) {
      lexicon.time.within.insert(word)
    }
    self.lexicon = lexicon
  }

  func foldAccent(_ key: String) -> String { Italian.shared.foldAccent(key) }
}

@Suite("Time words through masks")
struct TimeMaskTests {
  @Test("times are found the same through tokens' masks as by asking each table")
  func sameTimes() throws {
    let changed = ItalianWithChangedTimeTable()
    #expect(Italian.shared.lexicon.time.within.maskBit != nil)
    #expect(changed.lexicon.time.within.maskBit == nil)
    #expect(changed.lexicon.time.months.maskBit != nil)
    let text = """
      Il vertice è previsto giovedì 6 novembre a Budapest, ha detto ieri il portavoce. \
      La settimana scorsa i ministri si erano incontrati a Roma. Fra tre giorni arriverà \
      la risposta, secondo il Cremlino. Nel 2024 l'accordo era saltato; questa mattina le \
      delegazioni hanno ripreso i colloqui, e il prossimo mese si voterà. La crisi di \
      novembre 2023 non è chiusa.
      """
    let day = Day(iso: "2025-10-21")
    let masked = try Extractor(packs: LanguagePacks([Italian.shared])).extract(
      text, published: day)
    let probed = try Extractor(packs: LanguagePacks([changed])).extract(text, published: day)
    #expect(masked.claims.flatMap(\.times).count >= 6)
    #expect(masked.claims == probed.claims)
  }
}
