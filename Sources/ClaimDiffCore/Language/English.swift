/// English: news prose with "said" after the quote, "according to", and initialisms.
public struct English: LanguagePack {
  public let code = "en"
  public let elision = Elision.beforeApostrophe
  public let abbreviations: Set<String>
  public let titles: Set<String>
  public let lexicon: Lexicon

  /// The shared instance; its tables are built once per process.
  public static let shared = English()

  private init() {
    titles = [
      "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm",
      "cmdr", "sen", "rep", "gov", "pres", "rev", "hon", "fr", "sr", "st", "supt", "insp", "det",
      "messrs", "mt", "ft", "gens", "sens", "reps",
    ]
    abbreviations = titles.union([
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "inc", "ltd", "co", "corp", "jr", "vs", "etc", "no", "nos", "vol", "pp", "est", "approx",
      "dept", "univ", "assn", "bros", "ave", "blvd", "rd", "mon", "tue", "tues", "wed", "thu",
      "thur", "thurs", "fri", "sat", "sun", "fig", "al", "ca", "cf", "ed", "eds", "p", "ok",
      "calif", "colo", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md", "mass",
      "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
      "va", "vt", "wash", "wis", "wyo", "ariz", "ark", "del", "ala", "mln", "bn", "min", "max",
    ])
    var lexicon = Self.makeLexicon()
    lexicon.indexTables()
    self.lexicon = lexicon
  }

  private static func makeLexicon() -> Lexicon {
    var lexicon = Lexicon()
    lexicon.add([.determiner, .definite, .function], "the this that these those")
    lexicon.add([.determiner, .function], "a an every each another")
    lexicon.add(
      [.determiner, .quantifier, .function],
      "some any many several few most all both no other such various numerous two three four "
        + "five six seven eight nine ten dozens hundreds thousands")
    lexicon.add(
      [.determiner, .possessive, .function], "his her its their our my your whose")
    lexicon.add(
      [.preposition, .function],
      "of to in on at by for with from about into over after before under between among "
        + "against during without within through across toward towards upon around behind "
        + "near since until via amid despite per including")
    lexicon.add([.pronoun, .function], "he she it i you someone somebody")
    lexicon.add([.pronoun, .plural, .function], "they we")
    lexicon.add([.clitic, .function], "him them us me")
    lexicon.add([.conjunction, .function], "and or but nor yet")
    lexicon.add(
      [.subordinator, .function],
      "because although though while when whenever if unless since whereas as once after "
        + "before until")
    lexicon.add([.complementizer, .function], "that")
    lexicon.add([.relative, .function], "who whom which that whose where")
    lexicon.add([.interrogative, .function], "what why how when where whether who which if")
    lexicon.add(
      [.auxiliary, .finiteVerb, .function],
      "is are was were has have had will would shall does do did 's 're 've 'll 'd am be been")
    lexicon.add([.plural], "are were have do they we")
    lexicon.add(
      [.modal, .finiteVerb, .function], "can could may might must should ought")
    lexicon.add(
      [.finiteVerb],
      "said says told tells went goes made makes took takes met meets held holds came comes "
        + "saw sees gave gives began begins became becomes left leaves kept keeps got gets "
        + "brought brings thought thinks knew knows found finds put puts ran runs won wins "
        + "lost loses sent sends spent spends stood stands fell falls rose rises wrote writes "
        + "spoke speaks led leads paid pays heard hears felt feels meant means sought seeks "
        + "struck strikes fought fights")
    lexicon.add(
      [.adverb, .function],
      "also later earlier previously then still now already again just only even never "
        + "recently repeatedly reportedly publicly privately separately further however "
        + "meanwhile often once first last yesterday today tonight long again always soon ever "
        + "too well since instead nonetheless nevertheless indeed")
    lexicon.add([.negation, .function], "not n't never no nobody nothing none neither nor")
    lexicon.add(
      [.quantifier, .function],
      "more less fewer one two three four five six seven eight nine ten eleven twelve twenty "
        + "thirty forty fifty hundred thousand million billion dozens hundreds thousands "
        + "millions")
    lexicon.add([.participle], "been done gone seen known given taken shown told held")
    lexicon.numberWords = [
      "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
      "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fifteen": 15,
      "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000,
      "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12, "dozens": 12,
      "hundreds": 100, "thousands": 1000, "millions": 1_000_000,
    ]
    lexicon.approximators = PhraseTable(
      [
        "more than", "over", "at least", "about", "around", "nearly", "almost", "roughly",
        "up to", "fewer than", "less than", "some", "approximately", "dozens of",
        "hundreds of", "thousands of",
      ].map { ($0, true) })
    lexicon.stopwords = [
      "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with",
      "as", "he", "said", "by", "at", "from", "his", "an", "be", "have", "has", "are", "were",
      "this", "which", "they", "not", "but", "had", "would", "will", "been", "their", "who",
    ]
    addCues(to: &lexicon)
    addModality(to: &lexicon)
    addSources(to: &lexicon)
    addEvents(to: &lexicon)
    addTime(to: &lexicon)
    lexicon.weakFiniteEndings = ["ed"]
    lexicon.participleEndings = ["ed", "en"]
    lexicon.nounPhrasePrepositions = ["of", "for", "at", "from", "in"]
    lexicon.namePrepositions = ["on", "to", "de", "von", "van", "der", "la"]
    lexicon.modifierPrepositions = [
      "familiar": ["with"], "close": ["to"], "knowledgeable": ["about"], "briefed": ["on"],
      "loyal": ["to"], "opposed": ["to"], "involved": ["in"],
    ]
    lexicon.absolutePrepositions = ["with"]
    lexicon.perfectAuxiliaries = ["has", "have", "had", "'s", "'ve", "'d", "having"]
    lexicon.objectPronouns = ["him", "her", "me"]
    lexicon.speakerPronouns = ["i", "we", "you"]
    lexicon.infinitiveMarkers = ["to"]
    lexicon.passiveAuxiliaries = ["is", "are", "was", "were", "be", "been", "being", "'s", "'re"]
    lexicon.adjunctPrepositions = ["in", "on", "at", "during", "after", "before", "since", "amid"]
    lexicon.contrastives = ["but", "yet"]
    lexicon.coordinators = ["and"]
    lexicon.possessiveClitics = ["'s"]
    lexicon.agentPrepositions = ["by"]
    lexicon.accordingToRelatives = ["what"]
    lexicon.accordingToAgents = ["by"]
    lexicon.correctionMarkers = [
      "correction", "corrections", "clarification", "editor's note", "editors note",
      "an earlier version of this article", "an earlier version of this story",
      "a previous version of this article", "a previous version of this story",
      "this article has been corrected", "this story has been corrected",
    ]
    lexicon.listContinuers = PhraseTable([("as well as", true), ("as much as", true)])
    lexicon.gerundEndings = ["ing"]
    lexicon.futureWords = ["will", "shall", "'ll", "tomorrow", "upcoming"]
    lexicon.pastWords = [
      "was", "were", "had", "did", "yesterday", "ago", "last", "said", "told", "met", "held",
    ]
    return lexicon
  }

  private static func addCues(to lexicon: inout Lexicon) {
    // (base, third person, past, participle, gerund)
    var verbs: [(String, String, String, String, String)] = [
      ("say", "says", "said", "said", "saying"), ("tell", "tells", "told", "told", "telling"),
      ("write", "writes", "wrote", "written", "writing"),
      ("think", "thinks", "thought", "thought", "thinking"),
      ("deny", "denies", "denied", "denied", "denying"),
      ("testify", "testifies", "testified", "testified", "testifying"),
      ("reply", "replies", "replied", "replied", "replying"),
      ("imply", "implies", "implied", "implied", "implying"),
      ("predict", "predicts", "predicted", "predicted", "predicting"),
      ("know", "knows", "knew", "known", "knowing"),
      ("speak", "speaks", "spoke", "spoken", "speaking"),
      ("feel", "feels", "felt", "felt", "feeling"),
      ("find", "finds", "found", "found", "finding"),
      ("show", "shows", "showed", "shown", "showing"),
    ]
    for base in [
      "add", "state", "report", "announce", "claim", "note", "explain", "argue", "insist",
      "warn", "confirm", "acknowledge", "admit", "assert", "contend", "declare", "emphasize",
      "stress", "suggest", "tweet", "post", "respond", "reveal", "recall", "remark", "observe",
      "complain", "allege", "maintain", "believe", "hope", "fear", "estimate", "conclude",
      "indicate", "disclose", "concede", "caution", "promise", "pledge", "vow", "boast",
      "charge", "accuse", "assure", "inform", "agree", "counter", "recount", "describe", "urge",
      "caution", "question", "doubt", "expect", "worry", "learn", "point", "mention", "plead",
      "contend", "propose", "demand", "announce", "brief", "quote", "cite", "guarantee",
      "speculate", "reckon", "assume", "surmise", "imagine", "wonder", "ask", "answer",
      "call", "attack", "support", "want", "criticize", "decline", "blast", "refuse", "condemn",
      "encourage", "defend", "discuss", "offer", "oppose", "praise", "slam", "reject", "dismiss",
      "threaten", "welcome", "blame", "label", "dub", "liken", "compare", "characterize",
      "portray", "echo", "recommend", "endorse", "continue", "hail", "applaud", "mock", "fault",
      "thank", "lament", "stress", "highlight", "reiterate", "repeat", "dispute", "challenge",
      "comment", "joke", "rail", "boast", "disagree",
    ] {
      verbs.append(Self.forms(base))
    }
    let cognitive: Set<String> = [
      "think", "believe", "hope", "fear", "expect", "worry", "doubt", "know", "feel", "reckon",
      "assume", "imagine", "wonder", "surmise", "speculate",
    ]
    let addressee: Set<String> = ["tell", "inform", "assure", "warn", "brief", "promise", "remind"]
    let denial: Set<String> = ["deny"]
    let speech: Set<String> = ["say", "tell", "write", "add", "report", "state", "claim", "note"]
    let complements: [String: Set<String>] = [
      "agree": ["with"], "disagree": ["with"], "complain": ["about", "of"], "talk": ["about"],
      "speak": ["about", "of"], "warn": ["about", "of", "against"], "worry": ["about"],
      "comment": ["on"], "insist": ["on"], "joke": ["about"], "boast": ["about"],
      "ask": ["about"], "write": ["about"], "tweet": ["about"], "testify": ["about"],
      "rail": ["against"], "vote": ["against", "for"], "argue": ["for", "against"],
      "call": ["for", "on"], "think": ["about", "of"], "hear": ["about"], "learn": ["about"],
    ]
    // Verbs whose present forms are more often nouns in news text.
    let nounLike: Set<String> = [
      "state", "support", "question", "offer", "report", "claim", "attack", "answer", "comment",
      "post", "fear", "hope", "doubt", "demand", "quote", "estimate", "point", "charge", "label",
      "promise", "pledge", "vow", "tweet", "echo", "joke", "challenge", "dispute", "repeat",
      "praise", "welcome", "blame", "fault", "reply", "counter", "call", "speak", "find",
      "concern", "request", "respond",
    ]
    for (base, third, past, participle, gerund) in verbs {
      let isCognitive = cognitive.contains(base)
      let takesAddressee = addressee.contains(base)
      let isDenial = denial.contains(base)
      for form in [third, past] {
        var cue = Cue(
          .verb, isDenial: isDenial, takesAddressee: takesAddressee, isCognitive: isCognitive)
        cue.isSpeech = speech.contains(base)
        cue.complementPrepositions = WordSet(complements[base] ?? [])
        cue.needsComplement = (form == third && nounLike.contains(base)) || base == "speak"
        lexicon.cues.insert(form, cue)
      }
      var plural = Cue(
        .verb, isDenial: isDenial, takesAddressee: takesAddressee, isPlural: true,
        isCognitive: isCognitive)
      plural.complementPrepositions = WordSet(complements[base] ?? [])
      plural.needsComplement = nounLike.contains(base)
      lexicon.cues.insert(base, plural)
      if participle != past {
        lexicon.cues.insert(
          participle,
          Cue(
            .participle, isDenial: isDenial, takesAddressee: takesAddressee,
            isCognitive: isCognitive))
      }
      lexicon.cues.insert(gerund, Cue(.gerund, isDenial: isDenial))
    }
    for phrase in ["point out", "points out", "pointed out"] {
      lexicon.cues.insert(phrase, Cue(.verb))
    }
    for verb in ["call", "calls", "called"] {
      for particle in ["for", "on"] { lexicon.cues.insert("\(verb) \(particle)", Cue(.verb)) }
    }
    lexicon.cues.insert("calling for", Cue(.gerund))
    lexicon.cues.insert("calling on", Cue(.gerund))
    lexicon.notCues = PhraseTable(
      [
        "call off", "calls off", "called off", "calling off", "call back", "called back",
        "so called", "continue to",
        "continues to", "continued to", "continuing to", "compared with", "compared to",
      ].map { ($0, true) })
    for phrase in [
      "according to", "as reported by", "citing", "in the words of", "as told to", "per",
      "as quoted by",
    ] where phrase != "per" {
      lexicon.cues.insert(phrase, Cue(.accordingTo))
    }
    lexicon.backwardPointers = PhraseTable(
      [
        "this is what", "that is what", "that 's what", "this was what", "that was what",
        "that 's according to", "this is according to",
      ].map { ($0, true) })
  }

  /// The regular plural of a noun: "group" → "groups", "agency" → "agencies".
  private static func plural(_ word: String) -> String {
    if word.hasSuffix("y"), let last = word.dropLast().last, !"aeiou".contains(last) {
      return word.dropLast() + "ies"
    }
    if word.hasSuffix("s") || word.hasSuffix("sh") || word.hasSuffix("ch") || word.hasSuffix("x") {
      return word + "es"
    }
    return word + "s"
  }

  /// The regular forms of `base` ("add" → adds, added, added, adding).
  private static func forms(_ base: String) -> (String, String, String, String, String) {
    let third: String
    if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") {
      third = base + "es"
    } else if base.hasSuffix("y"), let last = base.dropLast().last, !"aeiou".contains(last) {
      third = base.dropLast() + "ies"
    } else {
      third = base + "s"
    }
    let past: String
    if base.hasSuffix("e") {
      past = base + "d"
    } else if base.hasSuffix("y"), let last = base.dropLast().last, !"aeiou".contains(last) {
      past = base.dropLast() + "ied"
    } else if ["plan", "stop", "admit", "regret", "commit", "dub", "slam"].contains(base) {
      past = base + String(base.last ?? "t") + "ed"
    } else {
      past = base + "ed"
    }
    let gerund: String
    if base.hasSuffix("e") && !base.hasSuffix("ee") {
      gerund = base.dropLast() + "ing"
    } else if ["admit", "commit", "regret", "dub", "slam", "plan", "stop"].contains(base) {
      gerund = base + String(base.last ?? "t") + "ing"
    } else {
      gerund = base + "ing"
    }
    return (base, third, past, past, gerund)
  }

  private static func addModality(to lexicon: inout Lexicon) {
    var hedges: [(String, Modality)] = []
    for phrase in [
      "unclear", "it is not clear", "it was not clear", "it is unclear", "it was unclear",
      "it remains unclear", "it remained unclear", "not clear", "unknown", "it is not known",
      "it was not known", "remains to be seen", "uncertain", "it is uncertain",
    ] {
      hedges.append((phrase, .uncertain))
    }
    for phrase in [
      "could", "may", "might", "possibly", "perhaps", "maybe", "likely", "unlikely", "probably",
      "it is possible", "not ruled out", "did not rule out", "does not rule out",
      "could not rule out", "would not rule out", "is expected to", "are expected to",
      "was expected to", "were expected to", "potentially", "seems", "seemed", "appears",
      "appeared", "should",
    ] {
      hedges.append((phrase, .possible))
    }
    for phrase in [
      "reportedly", "allegedly", "alleged", "purportedly", "purported", "is said to",
      "are said to", "was said to", "were said to", "is believed to", "are believed to",
      "rumored", "rumoured", "supposedly",
    ] {
      hedges.append((phrase, .reported))
    }
    lexicon.hedges = PhraseTable(hedges)
    lexicon.nonNegations = PhraseTable(
      [
        "not only", "not just", "no longer than", "not until", "no doubt", "not least",
        "no less than", "no more than", "not yet clear",
      ].map { ($0, true) })
  }

  private static func addSources(to lexicon: inout Lexicon) {
    var descriptors = PhraseTable<Descriptor>()
    let people: [(String, String)] = [
      ("official", "official"), ("source", "source"), ("spokesman", "spokesperson"),
      ("spokeswoman", "spokesperson"), ("spokesperson", "spokesperson"),
      ("diplomat", "diplomat"), ("aide", "aide"), ("adviser", "adviser"),
      ("advisor", "adviser"), ("minister", "minister"), ("ambassador", "ambassador"),
      ("secretary", "secretary"), ("president", "president"), ("leader", "leader"),
      ("chief", "chief"), ("director", "director"), ("analyst", "analyst"),
      ("expert", "expert"), ("witness", "witness"), ("resident", "resident"),
      ("person", "person"), ("officer", "officer"), ("investigator", "investigator"),
      ("prosecutor", "prosecutor"), ("lawmaker", "lawmaker"), ("senator", "senator"),
      ("representative", "representative"), ("congressman", "lawmaker"),
      ("congresswoman", "lawmaker"), ("governor", "governor"), ("mayor", "mayor"),
      ("negotiator", "negotiator"), ("envoy", "envoy"), ("observer", "observer"),
      ("strategist", "strategist"), ("operative", "operative"), ("staffer", "staffer"),
      ("insider", "insider"), ("member", "member"), ("candidate", "candidate"),
      ("nominee", "nominee"), ("campaign", "campaign"), ("supporter", "supporter"),
      ("critic", "critic"), ("voter", "voter"), ("doctor", "doctor"), ("lawyer", "lawyer"),
      ("attorney", "lawyer"), ("executive", "executive"), ("employee", "employee"),
      ("worker", "worker"), ("activist", "activist"), ("economist", "economist"),
      ("historian", "historian"), ("scholar", "scholar"), ("professor", "professor"),
      ("researcher", "researcher"), ("pollster", "pollster"), ("manager", "manager"),
      ("chairman", "chair"), ("chairwoman", "chair"), ("chair", "chair"),
      ("commissioner", "commissioner"), ("counsel", "counsel"), ("colleague", "colleague"),
      ("friend", "friend"), ("rival", "rival"), ("opponent", "opponent"), ("ally", "ally"),
      ("backer", "backer"), ("donor", "donor"), ("veteran", "veteran"), ("judge", "judge"),
      ("soldier", "soldier"), ("rescuer", "rescuer"), ("citizen", "citizen"),
    ]
    for (word, canonical) in people {
      descriptors.insert(word, Descriptor(canonical, .person))
      let plural: String
      if word.hasSuffix("man") {
        plural = word.dropLast(3) + "men"
      } else if word == "person" {
        plural = "people"
      } else if word.hasSuffix("y"), let last = word.dropLast().last, !"aeiou".contains(last) {
        plural = word.dropLast() + "ies"
      } else {
        plural = word + "s"
      }
      descriptors.insert(plural, Descriptor(canonical, .person, plural: true))
    }
    descriptors.insert("folks", Descriptor("person", .person, plural: true))
    for (word, canonical) in [
      ("network", "network"), ("broadcaster", "broadcaster"), ("newspaper", "newspaper"),
      ("paper", "newspaper"), ("outlet", "outlet"), ("agency", "agency"),
      ("magazine", "magazine"), ("website", "website"), ("site", "website"),
      ("channel", "channel"), ("tabloid", "tabloid"), ("daily", "newspaper"),
      ("media", "media"), ("press", "press"), ("station", "station"),
    ] {
      descriptors.insert(word, Descriptor(canonical, .outlet))
      if !word.hasSuffix("s") {
        descriptors.insert(Self.plural(word), Descriptor(canonical, .outlet, plural: true))
      }
    }
    for (word, canonical) in [
      ("ministry", "ministry"), ("government", "government"), ("department", "department"),
      ("office", "office"), ("administration", "administration"), ("commission", "commission"),
      ("embassy", "embassy"), ("police", "police"), ("committee", "committee"),
      ("party", "party"), ("union", "union"), ("company", "company"), ("firm", "company"),
      ("army", "army"), ("military", "military"), ("agency", "agency"),
      ("organization", "organization"), ("group", "group"), ("institute", "institute"),
      ("authorities", "authorities"), ("council", "council"), ("court", "court"),
      ("team", "team"), ("board", "board"), ("spokesman's office", "office"),
      ("foundation", "foundation"), ("coalition", "coalition"), ("university", "university"),
      ("hospital", "hospital"), ("regime", "regime"), ("parliament", "parliament"),
      ("congress", "congress"), ("senate", "senate"), ("house", "house"),
    ] {
      descriptors.insert(word, Descriptor(canonical, .organization))
      if !word.hasSuffix("s") && !word.contains(" ") {
        descriptors.insert(Self.plural(word), Descriptor(canonical, .organization, plural: true))
      }
    }
    for (word, canonical) in [
      ("report", "report"), ("statement", "statement"), ("study", "study"), ("poll", "poll"),
      ("survey", "survey"), ("document", "document"), ("memo", "memo"), ("letter", "letter"),
      ("analysis", "analysis"), ("filing", "filing"), ("complaint", "complaint"),
      ("lawsuit", "lawsuit"), ("ruling", "ruling"), ("release", "release"), ("data", "data"),
      ("records", "records"), ("email", "email"), ("emails", "email"), ("tweet", "tweet"),
      ("post", "post"), ("video", "video"), ("ad", "ad"), ("book", "book"),
      ("investigation", "investigation"), ("review", "review"), ("audit", "audit"),
      ("indictment", "indictment"), ("transcript", "transcript"), ("speech", "speech"),
      ("interview", "interview"), ("article", "article"), ("story", "story"),
      ("estimates", "estimate"), ("figures", "figures"), ("polls", "poll"),
      ("reports", "report"), ("statements", "statement"), ("clip", "clip"), ("slide", "slide"),
      ("petition", "petition"), ("resolution", "resolution"), ("bill", "bill"),
      ("proposal", "proposal"), ("order", "order"), ("editorial", "editorial"),
      ("column", "column"), ("op-ed", "op-ed"), ("blog", "blog"), ("chart", "chart"),
      ("footage", "footage"), ("recording", "recording"), ("tape", "tape"),
      ("website", "website"), ("documents", "document"), ("findings", "findings"),
      ("guidelines", "guidelines"), ("memoir", "book"), ("ads", "ad"), ("commercial", "ad"),
    ] {
      descriptors.insert(word, Descriptor(canonical, .document))
      if !word.hasSuffix("s") && !word.hasSuffix("a") {
        descriptors.insert(Self.plural(word), Descriptor(canonical, .document, plural: true))
      }
    }
    lexicon.descriptors = descriptors
    lexicon.sourceModifiers = [
      "senior", "top", "high-ranking", "former", "anonymous", "unnamed", "close", "familiar",
      "knowledgeable", "informed", "deputy", "assistant", "acting", "chief", "vice", "press",
      "white", "state", "federal", "local", "u.s", "american", "russian", "european",
      "ukrainian", "israeli", "chinese", "british", "french", "german", "several", "two",
      "three", "four", "some", "many", "other", "both", "military", "intelligence",
      "administration", "government", "campaign", "republican", "democratic", "party", "police",
      "health", "election", "security", "defense", "foreign", "top-level", "longtime", "veteran",
    ]
    lexicon.channelPrepositions = ["to", "on"]
    lexicon.mediumPhrases = PhraseTable(
      [
        "in an interview with", "in an interview on", "in an interview", "in a statement",
        "in a post", "in a tweet", "in a letter", "in a speech", "in remarks", "in a video",
        "during an interview with", "during an interview", "in a press release",
        "at a news conference", "at a press conference", "at a rally", "in an email",
        "in a phone interview", "in a telephone interview", "on twitter", "in a memo",
        "during a press conference", "during a news conference", "in a briefing",
        "at a briefing",
      ].map { ($0, true) })
  }

  private static func addEvents(to lexicon: inout Lexicon) {
    var nouns: [(String, EventType)] = []
    for word in ["meeting", "meetings", "face-to-face", "sit-down", "bilateral"] {
      nouns.append((word, .meeting))
    }
    for word in ["summit", "summits"] { nouns.append((word, .summit)) }
    for word in ["talks", "negotiations", "conversation", "dialogue", "consultations", "contact"] {
      nouns.append((word, .talks))
    }
    for word in [
      "call", "phone call", "telephone call", "calls", "phone conversation", "video call",
      "phone calls",
    ] {
      nouns.append((word, .call))
    }
    for word in [
      "press conference", "news conference", "press briefing", "news briefing", "briefing",
    ] {
      nouns.append((word, .pressConference))
    }
    for word in ["vote", "votes", "ballot", "referendum"] { nouns.append((word, .vote)) }
    for word in ["visit", "trip"] { nouns.append((word, .visit)) }
    for word in ["election", "elections", "primary", "runoff"] { nouns.append((word, .election)) }
    lexicon.eventNouns = PhraseTable(nouns)
    lexicon.verbEvents = PhraseTable([
      ("met", VerbEvent(.meeting, .occurred)), ("will meet", VerbEvent(.meeting, .scheduled)),
      ("are set to meet", VerbEvent(.meeting, .scheduled)),
      ("is set to meet", VerbEvent(.meeting, .scheduled)),
      ("spoke", VerbEvent(.talks, .occurred)), ("talked", VerbEvent(.talks, .occurred)),
      ("spoke by phone", VerbEvent(.call, .occurred)),
      ("spoke by telephone", VerbEvent(.call, .occurred)),
      ("spoke on the phone", VerbEvent(.call, .occurred)),
      ("phoned", VerbEvent(.call, .occurred)),
    ])
    var cues: [(String, StatusCue)] = []
    func add(_ status: EventStatus, negated: EventStatus? = nil, _ words: [String]) {
      for word in words { cues.append((word, StatusCue(status, negated: negated))) }
    }
    add(
      .onHold,
      [
        "on hold", "on-hold", "stand-by", "standby", "on standby", "suspended", "paused",
        "frozen", "on ice", "in limbo",
      ])
    add(.postponed, ["postponed", "delayed", "pushed back", "put off", "deferred", "postpone"])
    add(.rescheduled, ["rescheduled", "moved to", "new date"])
    add(
      .cancelled,
      [
        "cancelled", "canceled", "called off", "scrapped", "shelved", "axed", "scrapping",
        "cancellation", "cancel", "off the table", "abandoned", "collapsed",
      ])
    add(
      .scheduled, negated: .onHold,
      ["scheduled", "planned", "slated", "on the agenda", "expected", "set for", "set to"])
    add(
      .scheduled, negated: .cancelled,
      [
        "take place", "be held", "go ahead", "will take place", "will be held", "will go ahead",
        "to be held", "agreed to", "agreement to", "agreed on", "upcoming",
      ])
    add(.confirmed, ["confirmed"])
    add(.proposed, ["proposed", "floated", "mooted", "possible"])
    add(
      .occurred,
      [
        "took place", "was held", "were held", "happened", "went ahead", "concluded", "ended",
        "wrapped up",
      ])
    lexicon.statusCues = PhraseTable(cues)
    lexicon.eventAnaphors = ["that", "one"]
    lexicon.backgroundPrepositions = ["after", "following"]
    lexicon.participantPrepositions = ["between", "with", "among"]
    lexicon.pairPrepositions = ["between"]
    lexicon.occurrenceVerbs = ["had", "held", "holds", "hold", "having"]
  }

  private static func addTime(to lexicon: inout Lexicon) {
    var time = TimeLexicon()
    for (index, names) in [
      ["monday", "mon"], ["tuesday", "tue", "tues"], ["wednesday", "wed"],
      ["thursday", "thu", "thur", "thurs"], ["friday", "fri"], ["saturday", "sat"],
      ["sunday", "sun"],
    ].enumerated() {
      for name in names { time.weekdays[name] = index + 1 }
    }
    for (index, names) in [
      ["january", "jan"], ["february", "feb"], ["march"], ["april", "apr"], ["may"],
      ["june", "jun"], ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"],
      ["october", "oct"], ["november", "nov"], ["december", "dec"],
    ].enumerated() {
      for name in names { time.months[name] = index + 1 }
    }
    time.relativeDays = PhraseTable([
      ("yesterday", -1), ("today", 0), ("tomorrow", 1), ("tonight", 0), ("this morning", 0),
      ("this afternoon", 0), ("this evening", 0), ("last night", -1),
      ("the day before yesterday", -2), ("the day after tomorrow", 2),
    ])
    time.units = ["week": .week, "month": .month, "year": .year]
    time.previous = ["last", "past", "previous"]
    time.next = ["next", "coming"]
    time.current = ["this"]
    time.yearPrepositions = ["in", "since", "by", "until", "of", "from", "during"]
    time.within = ["within", "in"]
    time.dayParts = ["morning", "afternoon", "evening", "night"]
    time.forward = ["for", "to", "until", "till", "by", "before"]
    time.spans = [
      "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month,
      "months": .month, "year": .year, "years": .year,
    ]
    lexicon.time = time
    lexicon.placePrepositions = ["in", "at"]
    lexicon.nationalities = [
      "american": "United States", "u.s": "United States", "russian": "Russia",
      "ukrainian": "Ukraine", "italian": "Italy", "hungarian": "Hungary", "chinese": "China",
      "french": "France", "german": "Germany", "british": "United Kingdom", "israeli": "Israel",
    ]
  }
}
