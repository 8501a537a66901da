/// Italian: news prose with the journalistic conditional, inverted attributions and elision.
public struct Italian: LanguagePack {
  public let code = "it"
  public let elision = Elision.afterApostrophe
  public let abbreviations: Set<String>
  public let titles: Set<String>
  public let lexicon: Lexicon
  public let clauseEnds: Set<String> = [":", ";"]

  /// The shared instance; its tables are built once per process.
  public static let shared = Italian()

  private init() {
    titles = [
      "sig", "sigg", "sig.ra", "sigra", "dott", "dott.ssa", "dr", "prof", "prof.ssa", "on", "ing",
      "avv", "arch", "mons", "gen", "col", "magg", "cap", "ten", "sen", "geom", "rag", "egr",
      "gent", "spett", "s", "ss", "st", "mr", "mrs", "ms", "don", "fra", "sr",
    ]
    abbreviations = titles.union([
      "art", "artt", "n", "nn", "nr", "pag", "pagg", "p", "pp", "cfr", "ecc", "etc", "vol", "cap",
      "fig", "tab", "es", "ca", "c.a", "tel", "fax", "ed", "sgg", "segg", "cit", "op", "v",
      "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic", "lett",
      "co", "comma", "all", "ult", "min", "max", "km", "kg", "mln", "mld", "mrd", "spa", "srl",
      "s.p.a", "s.r.l", "jr", "inc", "ltd", "corp", "no", "tit", "lib", "cod", "proc", "civ",
      "pen", "cost", "reg", "dlgs", "dl", "l", "d", "sez", "cass", "trib", "app", "tar",
    ])
    var lexicon = Self.makeLexicon()
    lexicon.indexTables()
    self.lexicon = lexicon
  }

  private static func makeLexicon() -> Lexicon {
    var lexicon = Lexicon()
    let definite = "il lo la i gli le l'"
    let articulated: [String: String] = [
      "del": "di", "dello": "di", "della": "di", "dei": "di", "degli": "di", "delle": "di",
      "dell'": "di", "al": "a", "allo": "a", "alla": "a", "ai": "a", "agli": "a", "alle": "a",
      "all'": "a", "dal": "da", "dallo": "da", "dalla": "da", "dai": "da", "dagli": "da",
      "dalle": "da", "dall'": "da", "nel": "in", "nello": "in", "nella": "in", "nei": "in",
      "negli": "in", "nelle": "in", "nell'": "in", "col": "con", "coi": "con", "sul": "su",
      "sullo": "su", "sulla": "su", "sui": "su", "sugli": "su", "sulle": "su", "sull'": "su",
      "d'": "di",
    ]
    lexicon.add([.determiner, .definite, .function], definite)
    lexicon.add(
      [.determiner, .definite, .function],
      "questo questa questi queste quest' quel quello quella quei quegli quelle quell'")
    lexicon.add([.determiner, .function], "un uno una un' ogni qualche ciascun ciascuna")
    lexicon.add(
      [.determiner, .quantifier, .function],
      "alcuni alcune altri altre altro altra tutti tutte tutto tutta vari varie diversi diverse "
        + "molti molte molto molta pochi poche numerosi numerose tanti tante parecchi parecchie "
        + "nessun nessuno nessuna certi certe tale tali entrambi entrambe ambedue")
    lexicon.add(
      [.determiner, .possessive, .function],
      "suo sua suoi sue loro mio mia miei mie nostro nostra nostri nostre vostro vostra proprio "
        + "propria propri proprie")
    lexicon.add(
      [.preposition, .function],
      "di a da in con su per tra fra sotto sopra verso contro senza durante dopo prima entro "
        + "oltre presso circa lungo tramite mediante attraverso dentro fuori dietro davanti "
        + "accanto vicino insieme")
    for (word, base) in articulated {
      // Articulated prepositions hold a definite article: "alla fonte" is "a la fonte".
      lexicon.add(
        word == "d'" ? [.preposition, .function] : [.preposition, .function, .definite], word)
      lexicon.prepositionBase[word] = base
    }
    lexicon.add([.pronoun, .function], "lui lei egli ella esso essa io tu qualcuno")
    lexicon.add([.pronoun, .plural, .function], "essi esse loro noi voi")
    lexicon.add([.clitic, .function], "lo la li le gli ne ci si mi ti vi glielo gliel'")
    lexicon.add([.conjunction, .function], "e ed o oppure ma però eppure né anzi bensì")
    lexicon.add(
      [.subordinator, .function],
      "perché poiché quando se mentre sebbene benché affinché qualora siccome finché dato "
        + "nonostante malgrado appena")
    lexicon.add([.complementizer, .function], "che")
    lexicon.add([.relative, .function], "che cui quale quali dove")
    lexicon.add([.interrogative, .function], "cosa come perché quando dove chi quale quanto se")
    lexicon.add(
      [.auxiliary, .finiteVerb, .function],
      "ha ho hai abbiamo avete aveva avevano avevo avrà avranno avrebbe avrebbero abbia abbiano "
        + "avesse avessero ebbe ebbero è e' sono era erano sarà saranno sarebbe sarebbero sia "
        + "siano fosse fossero fu furono viene vengono veniva venivano verrà verranno verrebbe "
        + "verrebbero sta stanno stava stavano resta restano rimane rimangono")
    lexicon.add([.plural], "hanno avevano avranno avrebbero abbiano avessero ebbero sono erano")
    lexicon.add([.plural], "saranno sarebbero siano fossero furono vengono venivano verranno")
    lexicon.add([.auxiliary, .finiteVerb, .function, .plural], "hanno")
    lexicon.add(
      [.modal, .finiteVerb, .function],
      "può possono poteva potevano potrà potranno potrebbe potrebbero deve devono doveva "
        + "dovevano dovrà dovranno dovrebbe dovrebbero vuole vogliono voleva volevano vorrebbe "
        + "vorrebbero sa sanno")
    lexicon.add(
      [.finiteVerb],
      "fa fanno faceva facevano fece fecero va vanno andava andò dà danno diede dice dicono "
        + "disse dissero torna tornano torni tornino serve servono tiene tengono esce escono "
        + "arriva arrivano parte partono resta restano sembra sembrano pare paiono occorre")
    lexicon.add(
      [.adverb, .function],
      "subito poi anche già inoltre ancora sempre mai più appena pure infatti invece ora "
        + "tuttavia quindi dunque comunque finora così oltretutto nuovamente addirittura solo "
        + "soltanto proprio almeno ormai intanto stesso stessa peraltro successivamente "
        + "inizialmente ufficialmente persino perfino piuttosto altresì oggi ieri domani "
        + "stamattina stamani stasera stanotte dopodomani comunque nuovamente")
    lexicon.add(
      [.negation, .function],
      "non né mai nessun nessuno nessuna niente nulla nemmeno neanche neppure")
    lexicon.add(
      [.quantifier, .function],
      "più meno uno due tre quattro cinque sei sette otto nove dieci undici dodici venti trenta "
        + "quaranta cinquanta cento mille decine centinaia migliaia milioni miliardi")
    lexicon.add(
      [.participle],
      "detto scritto fatto preso messo visto stato avvenuto rimasto morto nato ucciso aperto "
        + "chiuso deciso risposto richiesto promesso ammesso discusso espresso concluso "
        + "aggiunto giunto raggiunto posto proposto esposto imposto composto tenuto ottenuto "
        + "sostenuto venuto intervenuto accaduto successo letto corso percorso scelto tolto "
        + "condotto prodotto ridotto tradotto dedotto tratto distratto sottratto")
    lexicon.numberWords = [
      "uno": 1, "una": 1, "un": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6,
      "sette": 7, "otto": 8, "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13,
      "quattordici": 14, "quindici": 15, "venti": 20, "trenta": 30, "quaranta": 40,
      "cinquanta": 50, "cento": 100, "mille": 1000, "decine": 10, "centinaia": 100,
      "migliaia": 1000, "milioni": 1_000_000, "milione": 1_000_000, "miliardi": 1_000_000_000,
      "miliardo": 1_000_000_000, "mila": 1000,
    ]
    lexicon.approximators = PhraseTable(
      [
        "più di", "oltre", "almeno", "circa", "quasi", "meno di", "fino a", "intorno a",
        "intorno ai", "una trentina", "decine di", "centinaia di", "migliaia di", "sopra",
      ].map { ($0, true) })
    lexicon.stopwords = [
      "il", "lo", "la", "i", "gli", "le", "di", "che", "è", "e", "per", "non", "un", "una",
      "del", "della", "dei", "delle", "nel", "nella", "con", "sono", "ha", "hanno", "alla", "al",
      "anche", "come", "più", "ma", "dal", "dalla", "si", "questo", "questa", "essere", "stato",
      "sulla", "sul", "tra", "dopo", "ancora", "ieri", "oggi", "secondo", "quando", "già",
    ]
    addCues(to: &lexicon)
    addModality(to: &lexicon)
    addSources(to: &lexicon)
    addEvents(to: &lexicon)
    addTime(to: &lexicon)
    lexicon.finiteEndings = [
      "avano", "evano", "ivano", "arono", "erono", "irono", "ranno", "rebbe", "rebbero",
      "iscono", "isce", "erà", "irà", "arà",
    ]
    lexicon.participleEndings = [
      "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute",
    ]
    lexicon.nounPhrasePrepositions = WordSet(articulatedForms(of: "di"))
    lexicon.modifierPrepositions = [
      "vicino": Set(articulatedForms(of: "a")), "vicina": Set(articulatedForms(of: "a")),
      "vicini": Set(articulatedForms(of: "a")), "vicine": Set(articulatedForms(of: "a")),
      "informate": Set(articulatedForms(of: "su")), "informati": Set(articulatedForms(of: "su")),
    ]
    lexicon.absolutePrepositions = ["con", "col", "coi"]
    lexicon.contentPrepositions = ["di"]
    lexicon.accordingToRelatives = ["quanto"]
    lexicon.accordingToAgents = ["da"]
    lexicon.correctionMarkers = [
      "rettifica", "correzione", "errata corrige", "precisazione", "nota della redazione",
      "in una versione precedente di questo articolo", "una precedente versione di questo articolo",
    ]
    lexicon.perfectAuxiliaries = [
      "ha", "hanno", "ho", "hai", "abbiamo", "avete", "aveva", "avevano", "avrà", "avranno",
      "avrebbe", "avrebbero", "abbia", "abbiano", "avesse", "avessero", "ebbe", "ebbero",
    ]
    lexicon.objectPronouns = ["lui", "lei", "me", "te", "sé"]
    lexicon.speakerPronouns = ["io", "tu", "noi", "voi"]
    lexicon.infinitiveMarkers = ["di", "a"]
    lexicon.invertsSubjects = true
    lexicon.adjunctPrepositions = ["durante", "dopo", "nel", "nella", "nei", "nelle", "in"]
    lexicon.contrastives = ["ma", "però", "tuttavia"]
    lexicon.coordinators = ["e", "ed"]
    lexicon.listContinuers = PhraseTable([("così come", true), ("come pure", true)])
    lexicon.gerundEndings = ["ando", "endo"]
    lexicon.futureEndings = ["rà", "ranno", "remo"]
    lexicon.pastWords = [
      "era", "erano", "fu", "furono", "aveva", "avevano", "ebbe", "ebbero", "stato", "stata",
      "stati", "state", "ieri", "scorso", "scorsa", "fa",
    ]
    return lexicon
  }

  /// Folds an accent typed as an apostrophe: "E'" is "è", "perche'" is "perché".
  public func foldAccent(_ key: String) -> String {
    guard key.count >= 2, key.hasSuffix("'") else { return key }
    let stem = key.dropLast()
    guard let vowel = stem.last else { return key }
    let base = stem.dropLast()
    switch vowel {
    case "a": return base + "à"
    case "e": return base + (base.hasSuffix("ch") || base == "n" || base == "s" ? "é" : "è")
    case "i": return base + "ì"
    case "o": return base + "ò"
    case "u": return base + "ù"
    default: return key
    }
  }

  /// The articulated forms of `preposition` followed by an article ("a" → "al", "alla"…).
  static func articulatedForms(of preposition: String) -> [String] {
    switch preposition {
    case "a": ["a", "al", "allo", "alla", "ai", "agli", "alle", "all'"]
    case "di": ["di", "del", "dello", "della", "dei", "degli", "delle", "dell'", "d'"]
    case "da": ["da", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "dall'"]
    case "su": ["su", "sul", "sullo", "sulla", "sui", "sugli", "sulle", "sull'"]
    case "in": ["in", "nel", "nello", "nella", "nei", "negli", "nelle", "nell'"]
    default: [preposition]
    }
  }

  /// The forms of a reporting verb that can open or close an attribution frame.
  private struct Verb {
    let present: [String]
    let past: [String]
    let participle: String
    let gerund: String?
    var takesPreposition = false
    var isDenial = false
    var isCognitive = false

    /// A regular verb from its stem and conjugation ("afferm", "are").
    static func regular(_ stem: String, _ conjugation: String, isc: Bool = false) -> Verb {
      switch conjugation {
      case "are":
        return Verb(
          present: [stem + "a", stem + "ano"],
          past: [stem + "ava", stem + "avano", stem + "ò", stem + "arono"],
          participle: stem + "ato", gerund: stem + "ando")
      case "ire" where isc:
        return Verb(
          present: [stem + "isce", stem + "iscono"],
          past: [stem + "iva", stem + "ivano", stem + "ì", stem + "irono"],
          participle: stem + "ito",
          gerund: stem + "endo")
      case "ire":
        return Verb(
          present: [stem + "e", stem + "ono"],
          past: [stem + "iva", stem + "ivano", stem + "ì", stem + "irono"],
          participle: stem + "ito",
          gerund: stem + "endo")
      default:
        return Verb(
          present: [stem + "e", stem + "ono"], past: [stem + "eva", stem + "evano"],
          participle: stem + "uto", gerund: stem + "endo")
      }
    }
  }

  private static func addCues(to lexicon: inout Lexicon) {
    var verbs: [Verb] = [
      Verb(
        present: ["dice", "dicono"], past: ["diceva", "dicevano", "disse", "dissero"],
        participle: "detto", gerund: "dicendo"),
      Verb(
        present: ["aggiunge", "aggiungono"],
        past: ["aggiungeva", "aggiungevano", "aggiunse", "aggiunsero"], participle: "aggiunto",
        gerund: "aggiungendo"),
      Verb(
        present: ["scrive", "scrivono"], past: ["scriveva", "scrivevano", "scrisse", "scrissero"],
        participle: "scritto", gerund: "scrivendo", takesPreposition: true),
      Verb(
        present: ["sostiene", "sostengono"],
        past: ["sosteneva", "sostenevano", "sostenne", "sostennero"], participle: "sostenuto",
        gerund: "sostenendo"),
      Verb(
        present: ["ammette", "ammettono"],
        past: ["ammetteva", "ammettevano", "ammise", "ammisero"],
        participle: "ammesso", gerund: "ammettendo"),
      Verb(
        present: ["risponde", "rispondono"],
        past: ["rispondeva", "rispondevano", "rispose", "risposero"], participle: "risposto",
        gerund: "rispondendo"),
      Verb(
        present: ["insiste", "insistono"], past: ["insisteva", "insistevano", "insistette"],
        participle: "insistito", gerund: "insistendo"),
      Verb(
        present: ["promette", "promettono"], past: ["prometteva", "promise", "promisero"],
        participle: "promesso", gerund: "promettendo"),
      Verb(
        present: ["conclude", "concludono"], past: ["concludeva", "concluse"],
        participle: "concluso",
        gerund: "concludendo"),
      Verb(
        present: ["apprende", "apprendono"], past: ["apprendeva", "apprese"],
        participle: "appreso", gerund: nil),
      Verb(
        present: ["ritiene", "ritengono"], past: ["riteneva", "ritenevano", "ritenne"],
        participle: "ritenuto", gerund: "ritenendo", isCognitive: true),
      Verb(
        present: ["riporta", "riportano"], past: ["riportava", "riportavano", "riportò"],
        participle: "riportato", gerund: nil, takesPreposition: true),
    ]
    for stem in [
      "afferm", "dichiar", "spieg", "sottoline", "evidenzi", "precis", "annunci", "conferm",
      "raccont", "ricord", "osserv", "comment", "denunci", "segnal", "rivel", "assicur", "replic",
      "comunic", "indic", "lament", "anticip", "puntualizz", "twitt", "rimarc",
      "avvis", "specific", "illustr", "tweett", "confid", "ipotizz", "critic", "attacc",
      "accus", "appoggi", "elogi", "condann", "invit", "esort", "minacci", "rifiut", "chiar",
      "lod", "bocci", "boll", "etichett",
    ] {
      verbs.append(.regular(stem, "are"))
    }
    for stem in ["rifer", "ribad", "chiar", "sugger", "ammon", "garant", "defin"] {
      var verb = Verb.regular(stem, "ire", isc: true)
      if stem == "rifer" { verb.takesPreposition = true }
      verbs.append(verb)
    }
    verbs.append(.regular("avvert", "ire"))
    var smentire = Verb.regular("sment", "ire", isc: true)
    smentire.isDenial = true
    var negare = Verb.regular("neg", "are")
    negare.isDenial = true
    verbs += [smentire, negare]
    verbs.append(
      Verb(
        present: ["chiede", "chiedono"], past: ["chiedeva", "chiedevano", "chiese", "chiesero"],
        participle: "chiesto", gerund: "chiedendo"))
    verbs.append(
      Verb(
        present: ["respinge", "respingono"], past: ["respingeva", "respinse", "respinsero"],
        participle: "respinto", gerund: "respingendo"))
    verbs.append(
      Verb(
        present: ["propone", "propongono"], past: ["proponeva", "propose", "proposero"],
        participle: "proposto", gerund: "proponendo"))
    for stem in ["cred", "tem"] {
      var verb = Verb.regular(stem, "ere")
      verb.isCognitive = true
      verbs.append(verb)
    }
    for stem in ["pens", "sper"] {
      var verb = Verb.regular(stem, "are")
      verb.isCognitive = true
      verbs.append(verb)
    }

    let speech: Set<String> = [
      "detto", "scritto", "aggiunto", "riferito", "dichiarato", "spiegato",
    ]
    for verb in verbs {
      for form in verb.present + verb.past {
        let plural = form.hasSuffix("no") || form.hasSuffix("ro")
        var cue = Cue(
          .verb, takesPreposition: verb.takesPreposition, isDenial: verb.isDenial,
          isPlural: plural, isCognitive: verb.isCognitive)
        cue.isSpeech = speech.contains(verb.participle)
        lexicon.cues.insert(form, cue)
      }
      var participle = Cue(
        .participle, takesPreposition: verb.takesPreposition, isDenial: verb.isDenial,
        isCognitive: verb.isCognitive)
      participle.isSpeech = speech.contains(verb.participle)
      lexicon.cues.insert(verb.participle, participle)
      if let gerund = verb.gerund {
        lexicon.cues.insert(gerund, Cue(.gerund, isDenial: verb.isDenial))
      }
    }
    for phrase in ["fa sapere", "fanno sapere", "faceva sapere", "rende noto", "rendono noto"] {
      lexicon.cues.insert(
        phrase, Cue(.verb, isPlural: phrase.hasPrefix("fanno") || phrase.hasPrefix("rendono")))
    }
    for phrase in ["fatto sapere", "reso noto"] {
      lexicon.cues.insert(phrase, Cue(.participle))
    }
    lexicon.cues.insert("secondo", Cue(.accordingTo))
    for form in articulatedForms(of: "a") {
      lexicon.cues.insert("stando \(form)", Cue(.accordingTo))
    }
    for form in articulatedForms(of: "di") {
      lexicon.cues.insert("a detta \(form)", Cue(.accordingTo))
    }
    for phrase in [
      "a quanto riferisce", "a quanto riferiscono", "a quanto riporta", "a quanto riportano",
      "a quanto scrive", "a quanto scrivono", "come riferisce", "come riferiscono",
      "come riporta", "come riportano", "come scrive", "come scrivono", "come spiega",
      "come ha spiegato", "come ha detto", "come ha riferito", "come ha scritto",
      "come hanno riferito", "come hanno spiegato", "citando", "citato da",
    ] {
      lexicon.cues.insert(phrase, Cue(.accordingTo))
    }
    lexicon.backwardPointers = PhraseTable(
      [
        "è quanto", "é quanto", "questo è quanto", "questo quanto", "ecco quanto",
        "è ciò che", "lo", "così", "lo stesso", "è questo quanto",
      ].map { ($0, true) })
  }

  private static func addModality(to lexicon: inout Lexicon) {
    var hedges: [(String, Modality)] = []
    for phrase in [
      "non è chiaro", "non è ancora chiaro",
      "non è dato sapere", "non si sa", "non è noto", "non è ancora noto", "resta da chiarire",
      "resta da capire", "restano da chiarire", "è incerto", "resta incerto", "rimane incerto",
      "non si conosce", "non si conoscono", "resta da vedere", "rimane da vedere",
      "resta da capire",
      "non è stato chiarito", "non sono chiari", "non è chiara",
    ] {
      hedges.append((phrase, .uncertain))
    }
    for phrase in [
      "non è escluso", "non è da escludere", "non si esclude",
      "non si escludono", "è possibile", "potrebbe", "potrebbero", "forse",
      "probabilmente", "potrà", "potranno", "può darsi", "possibilmente", "eventualmente",
      "dovrebbe", "dovrebbero", "potrebbe essere", "è probabile", "sembra", "sembrano",
      "rischia", "rischiano", "non è escluso che",
    ] {
      hedges.append((phrase, .possible))
    }
    for phrase in [
      "pare", "paiono", "presunto", "presunta", "presunti", "presunte", "presumibilmente",
      "secondo indiscrezioni", "a quanto pare", "a quanto si apprende", "si apprende",
      "si dice", "sembrerebbe", "sembrerebbero", "pare che",
    ] {
      hedges.append((phrase, .reported))
    }
    lexicon.hedges = PhraseTable(hedges)
    lexicon.reportedEndings = ["rebbe", "rebbero"]
    lexicon.nonNegations = PhraseTable(
      [
        "non solo", "non soltanto", "non appena", "non oltre", "non più tardi", "non prima",
        "non senza", "nonché", "non meno",
      ].map { ($0, true) })
  }

  private static func addSources(to lexicon: inout Lexicon) {
    let people: [(String, String, Bool)] = [
      ("funzionario", "official", false), ("funzionari", "official", true),
      ("funzionaria", "official", false), ("fonte", "source", false), ("fonti", "source", true),
      ("portavoce", "spokesperson", false), ("dirigente", "official", false),
      ("dirigenti", "official", true), ("diplomatico", "diplomat", false),
      ("diplomatici", "diplomat", true), ("responsabile", "official", false),
      ("responsabili", "official", true), ("esponente", "member", false),
      ("esponenti", "member", true), ("consigliere", "adviser", false),
      ("consiglieri", "adviser", true), ("collaboratore", "aide", false),
      ("collaboratori", "aide", true), ("assistente", "aide", false),
      ("ministro", "minister", false), ("ministra", "minister", false),
      ("ministri", "minister", true), ("presidenti", "president", true),
      ("segretari", "secretary", true), ("ambasciatori", "ambassador", true),
      ("direttori", "director", true), ("sindaci", "mayor", true), ("capi", "chief", true),
      ("leader", "leader", false), ("governatori", "governor", true),
      ("sottosegretario", "undersecretary", false), ("ambasciatore", "ambassador", false),
      ("ambasciatrice", "ambassador", false), ("segretario", "secretary", false),
      ("segretaria", "secretary", false), ("presidente", "president", false),
      ("premier", "prime minister", false), ("leader", "leader", false), ("capo", "chief", false),
      ("direttore", "director", false), ("direttrice", "director", false),
      ("analista", "analyst", false), ("analisti", "analyst", true),
      ("esperto", "expert", false), ("esperti", "expert", true), ("testimone", "witness", false),
      ("testimoni", "witness", true), ("residente", "resident", false),
      ("residenti", "resident", true), ("persona", "person", false),
      ("persone", "person", true), ("ufficiale", "officer", false),
      ("ufficiali", "officer", true), ("agente", "officer", false), ("agenti", "officer", true),
      ("investigatori", "investigator", true), ("inquirenti", "investigator", true),
      ("procuratore", "prosecutor", false), ("magistrato", "magistrate", false),
      ("magistrati", "magistrate", true), ("ambienti", "source", true),
      ("osservatori", "observer", true), ("osservatore", "observer", false),
      ("deputato", "lawmaker", false), ("deputati", "lawmaker", true),
      ("senatore", "senator", false), ("senatori", "senator", true),
      ("vicepresidente", "vice president", false), ("sindaco", "mayor", false),
      ("governatore", "governor", false), ("negoziatore", "negotiator", false),
      ("negoziatori", "negotiator", true), ("inviato", "envoy", false),
      ("interlocutori", "interlocutor", true), ("collega", "colleague", false),
      ("medico", "doctor", false), ("medici", "doctor", true), ("soccorritori", "rescuer", true),
      ("militari", "soldier", true), ("militare", "soldier", false),
      ("attivisti", "activist", true), ("cittadini", "citizen", true),
    ]
    var descriptors = PhraseTable<Descriptor>()
    for (word, canonical, plural) in people {
      descriptors.insert(word, Descriptor(canonical, .person, plural: plural))
    }
    for (word, canonical) in [
      ("rete", "network"), ("emittente", "broadcaster"), ("network", "network"),
      ("giornale", "newspaper"), ("quotidiano", "newspaper"), ("testata", "outlet"),
      ("agenzia", "agency"), ("tv", "television"), ("televisione", "television"),
      ("sito", "website"), ("settimanale", "weekly"), ("radio", "radio"), ("tabloid", "tabloid"),
      ("giornali", "newspaper"), ("media", "media"), ("stampa", "press"),
    ] {
      descriptors.insert(word, Descriptor(canonical, .outlet))
    }
    for (word, canonical) in [
      ("ministero", "ministry"), ("governo", "government"), ("dipartimento", "department"),
      ("ufficio", "office"), ("amministrazione", "administration"),
      ("commissione", "commission"), ("ambasciata", "embassy"), ("polizia", "police"),
      ("procura", "prosecutors"), ("prefettura", "prefecture"), ("comune", "city"),
      ("regione", "region"), ("partito", "party"), ("sindacato", "union"),
      ("azienda", "company"), ("società", "company"), ("esercito", "army"),
      ("portavoce", "spokesperson"), ("ong", "NGO"), ("organizzazione", "organization"),
      ("istituto", "institute"), ("autorità", "authorities"), ("vigili", "firefighters"),
    ] where word != "portavoce" {
      descriptors.insert(word, Descriptor(canonical, .organization))
    }
    for (word, canonical) in [
      ("rapporto", "report"), ("comunicato", "statement"), ("nota", "statement"),
      ("dichiarazione", "statement"), ("documento", "document"), ("relazione", "report"),
      ("lettera", "letter"), ("studio", "study"), ("sondaggio", "poll"), ("indagine", "survey"),
      ("bozza", "draft"), ("messaggio", "message"), ("post", "post"), ("tweet", "tweet"),
    ] {
      descriptors.insert(word, Descriptor(canonical, .document))
    }
    lexicon.descriptors = descriptors
    lexicon.sourceModifiers = [
      "alto", "alta", "alti", "alte", "anonimo", "anonima", "anonimi", "anonime", "vicino",
      "vicina", "vicini", "vicine", "informato", "informata", "informati", "informate", "ben",
      "qualificate", "qualificati", "autorevoli", "autorevole", "diplomatiche", "diplomatici",
      "governative", "governativi", "ufficiali", "ufficiale", "americano", "americana",
      "americani", "americane", "statunitense", "statunitensi", "russo", "russa", "russi",
      "russe", "europeo", "europea", "europei", "ucraino", "ucraina", "ucraini", "italiano",
      "italiana", "italiani", "vice", "ex", "stretto", "stretta", "stretti", "stretti",
      "militari", "militare", "giudiziarie", "investigative", "sanitarie", "locali", "locale",
      "israeliani", "israeliane", "palestinesi", "cinesi", "francesi", "tedeschi", "britannici",
      "occidentali", "internazionali", "diversi", "diverse", "due", "tre", "quattro", "alcune",
      "alcuni", "più", "molti", "molte", "numerose", "numerosi", "varie", "vari",
    ]
    lexicon.channelPrepositions = WordSet(articulatedForms(of: "a") + articulatedForms(of: "su"))
    lexicon.mediumPhrases = PhraseTable(
      [
        "in un' intervista", "in una nota", "in un comunicato",
        "in una dichiarazione", "in un post", "in un messaggio", "in conferenza stampa",
        "in un tweet", "in un video", "in una lettera", "nel corso di", "durante",
        "in una conferenza stampa", "in un' intervista rilasciata", "nell' intervista",
      ].map { ($0, true) })
  }

  private static func addEvents(to lexicon: inout Lexicon) {
    var nouns: [(String, EventType)] = []
    for word in ["incontro", "incontri", "riunione", "riunioni", "bilaterale", "faccia a faccia"] {
      nouns.append((word, .meeting))
    }
    for word in ["vertice", "vertici", "summit", "incontro al vertice"] {
      nouns.append((word, .summit))
    }
    for word in [
      "colloquio", "colloqui", "negoziato", "negoziati", "trattativa", "trattative", "contatto",
      "contatti", "dialogo", "consultazioni", "conversazione",
    ] {
      nouns.append((word, .talks))
    }
    for word in [
      "telefonata", "telefonate", "colloquio telefonico", "colloqui telefonici", "chiamata",
      "conversazione telefonica", "contatto telefonico", "videochiamata", "telefonico",
    ] where word != "telefonico" {
      nouns.append((word, .call))
    }
    for word in ["conferenza stampa", "conferenze stampa", "punto stampa"] {
      nouns.append((word, .pressConference))
    }
    for word in ["voto", "votazione", "votazioni", "referendum"] { nouns.append((word, .vote)) }
    for word in ["visita", "viaggio"] { nouns.append((word, .visit)) }
    for word in ["elezioni", "elezione"] { nouns.append((word, .election)) }
    lexicon.eventNouns = PhraseTable(nouns)
    var verbEvents: [(String, VerbEvent)] = []
    for auxiliary in ["si sono", "si erano", "si sarebbero"] {
      for (participle, type) in [
        ("incontrati", EventType.meeting), ("visti", .meeting), ("parlati", .talks),
        ("sentiti", .call), ("sentiti al telefono", .call), ("sentiti telefonicamente", .call),
        ("parlati al telefono", .call),
      ] {
        verbEvents.append(("\(auxiliary) \(participle)", VerbEvent(type, .occurred)))
      }
    }
    lexicon.verbEvents = PhraseTable(
      verbEvents + [
        ("ha incontrato", VerbEvent(.meeting, .occurred)),
        ("hanno incontrato", VerbEvent(.meeting, .occurred)),
        ("incontrerà", VerbEvent(.meeting, .scheduled)),
        ("incontreranno", VerbEvent(.meeting, .scheduled)),
        ("si incontreranno", VerbEvent(.meeting, .scheduled)),
        ("vedrà", VerbEvent(.meeting, .scheduled)),
        ("si vedranno", VerbEvent(.meeting, .scheduled)),
        ("hanno parlato", VerbEvent(.talks, .occurred)),
        ("ha parlato", VerbEvent(.talks, .occurred)),
        ("hanno parlato al telefono", VerbEvent(.call, .occurred)),
        ("ha sentito", VerbEvent(.call, .occurred)),
        ("ha telefonato", VerbEvent(.call, .occurred)),
      ])
    var cues: [(String, StatusCue)] = []
    func add(_ status: EventStatus, negated: EventStatus? = nil, _ words: [String]) {
      for word in words { cues.append((word, StatusCue(status, negated: negated))) }
    }
    func forms(_ stem: String) -> [String] { ["o", "a", "i", "e"].map { stem + $0 } }
    add(
      .onHold,
      ["stand-by", "standby", "in stand-by", "in standby", "in sospeso", "in pausa", "congelato"]
        + forms("sospes") + forms("congelat"))
    add(
      .postponed,
      forms("rinviat") + forms("posticipat") + forms("rimandat") + forms("slittat")
        + forms("differit") + ["slitta", "slittano", "rinvio", "rinviare", "rinvia"])
    add(.rescheduled, forms("riprogrammat") + forms("spostat") + ["nuova data"])
    add(
      .cancelled,
      forms("annullat") + forms("cancellat") + forms("saltat") + forms("accantonat")
        + forms("archiviat") + forms("revocat") + forms("naufragat") + [
          "salta", "saltano", "annullamento", "cancellazione", "stop al",
        ])
    add(
      .scheduled, negated: .onHold,
      forms("previst") + forms("programmat") + ["in programma", "in calendario", "in agenda"])
    add(
      .scheduled, negated: .cancelled,
      forms("fissat") + forms("convocat") + forms("concordat") + forms("annunciat") + [
        "si terrà", "si terranno", "ci sarà", "ci saranno", "avrà luogo", "avranno luogo",
        "accordo per", "si svolgerà", "si svolgeranno", "è atteso", "è attesa",
      ])
    add(.confirmed, forms("confermat"))
    add(.proposed, forms("propost") + forms("ipotizzat") + forms("ventilat") + ["ipotesi di"])
    add(
      .occurred,
      [
        "si è svolto", "si è svolta", "si sono svolti", "si sono svolte", "si è tenuto",
        "si è tenuta", "si sono tenuti", "ha avuto luogo", "hanno avuto luogo", "è avvenuto",
        "è avvenuta", "c' è stato", "c' è stata", "si è concluso", "si è conclusa",
      ])
    lexicon.statusCues = PhraseTable(cues)
    lexicon.eventAnaphors = ["quello", "quella", "quelli", "quelle"]
    lexicon.backgroundPrepositions = ["dopo"]
    lexicon.participantPrepositions = ["tra", "fra", "con", "col"]
    lexicon.pairPrepositions = ["tra", "fra"]
    lexicon.occurrenceVerbs = ["avuto", "tenuto", "ebbe", "ebbero", "svolto"]
  }

  private static func addTime(to lexicon: inout Lexicon) {
    var time = TimeLexicon()
    for (index, names) in [
      ["lunedì", "lunedi"], ["martedì", "martedi"], ["mercoledì", "mercoledi"],
      ["giovedì", "giovedi"], ["venerdì", "venerdi"], ["sabato"], ["domenica"],
    ].enumerated() {
      for name in names { time.weekdays[name] = index + 1 }
    }
    for (index, names) in [
      ["gennaio", "gen"], ["febbraio", "feb"], ["marzo", "mar"], ["aprile", "apr"],
      ["maggio", "mag"], ["giugno", "giu"], ["luglio", "lug"], ["agosto", "ago"],
      ["settembre", "set", "sett"], ["ottobre", "ott"], ["novembre", "nov"], ["dicembre", "dic"],
    ].enumerated() {
      for name in names { time.months[name] = index + 1 }
    }
    time.relativeDays = PhraseTable([
      ("ieri", -1), ("oggi", 0), ("domani", 1), ("l' altro ieri", -2), ("altro ieri", -2),
      ("ieri l' altro", -2), ("dopodomani", 2), ("stamattina", 0), ("stamani", 0),
      ("stasera", 0), ("stanotte", 0), ("ieri sera", -1), ("ieri mattina", -1),
      ("ieri pomeriggio", -1), ("oggi pomeriggio", 0), ("domani mattina", 1),
      ("in giornata", 0), ("nella notte", 0),
    ])
    time.periods = PhraseTable([
      ("in settimana", TimeLexicon.Period(granularity: .week, offset: 0)),
      ("entro la settimana", TimeLexicon.Period(granularity: .week, offset: 0)),
      ("entro fine settimana", TimeLexicon.Period(granularity: .week, offset: 0)),
      ("in mese", TimeLexicon.Period(granularity: .month, offset: 0)),
      ("in serata", TimeLexicon.Period(granularity: .day, offset: 0)),
      ("in mattinata", TimeLexicon.Period(granularity: .day, offset: 0)),
    ])
    time.units = ["settimana": .week, "mese": .month, "anno": .year]
    time.previous = ["scorso", "scorsa", "passato", "passata"]
    time.next = ["prossimo", "prossima", "entrante"]
    time.current = ["questo", "questa", "quest'", "corrente"]
    time.yearPrepositions = [
      "nel", "del", "dal", "nell'", "entro", "fino", "al", "il", "anno", "in", "a",
    ]
    time.within = ["entro", "tra", "fra"]
    time.dayParts = ["mattina", "mattino", "pomeriggio", "sera", "serata", "notte", "mattinata"]
    time.forward = ["per", "a", "al", "allo", "alla", "entro", "fino", "sino"]
    time.spans = [
      "giorno": .day, "giorni": .day, "settimana": .week, "settimane": .week, "mese": .month,
      "mesi": .month, "anno": .year, "anni": .year,
    ]
    lexicon.time = time
    lexicon.placePrepositions = ["a", "in", "di"]
    var nationalities: WordTable<String> = [:]
    for (stems, country) in [
      (["american", "statunitens"], "United States"), (["russ"], "Russia"),
      (["ucrain"], "Ukraine"), (["italian"], "Italy"), (["ungheres"], "Hungary"),
      (["cines"], "China"), (["frances"], "France"), (["tedesc"], "Germany"),
      (["britannic", "ingles"], "United Kingdom"), (["israelian"], "Israel"),
    ] {
      for stem in stems {
        for ending in ["o", "a", "i", "e", "hi", "he"] { nationalities[stem + ending] = country }
      }
    }
    lexicon.nationalities = nationalities
  }
}
