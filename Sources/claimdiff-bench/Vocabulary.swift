/// The two languages of the corpus.
enum Language: Int {
  case italian
  case english
}

/// An organization in the forms a sentence needs.
struct OrgForms {
  /// With its article, as a subject: "la Prefettura di Genova", "the State Department".
  let subject: String
  /// After "of"/"di": "della Prefettura di Genova", "the State Department".
  let genitive: String
  /// After "to"/"a": "alla Prefettura di Genova", "the State Department".
  let dative: String
}

/// The word lists the generator builds names and sentences from.
enum Vocabulary {
  static let italianMaleNames = [
    "Marco", "Luca", "Giovanni", "Paolo", "Andrea", "Francesco", "Matteo", "Alessandro",
    "Stefano", "Roberto", "Giuseppe", "Antonio", "Davide", "Simone", "Fabio", "Massimo",
    "Claudio", "Enrico", "Riccardo", "Lorenzo", "Pietro", "Carlo", "Giorgio", "Nicola",
    "Tommaso", "Emanuele", "Federico", "Alberto", "Vincenzo", "Salvatore",
  ]
  static let italianFemaleNames = [
    "Giulia", "Francesca", "Chiara", "Sara", "Elena", "Valentina", "Silvia", "Laura",
    "Martina", "Alessandra", "Federica", "Paola", "Anna", "Roberta", "Marta", "Serena",
    "Cristina", "Monica", "Elisa", "Ilaria", "Beatrice", "Caterina", "Lucia", "Giorgia",
    "Barbara", "Daniela", "Simona", "Claudia", "Veronica", "Teresa",
  ]
  static let italianSurnames = [
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci",
    "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano",
    "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi",
    "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli",
    "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo", "Marchetti",
    "Parisi", "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco", "Marini", "Grasso",
    "Valentini", "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini", "Palumbo", "Sanna",
    "Farina", "Rizzi", "Monti",
  ]
  static let englishMaleNames = [
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Steven", "Paul", "Andrew", "Joshua",
    "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan",
    "Gary", "Eric", "Stephen",
  ]
  static let englishFemaleNames = [
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica",
    "Sarah", "Karen", "Nancy", "Lisa", "Margaret", "Sandra", "Ashley", "Emily", "Donna",
    "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura",
    "Sharon", "Cynthia", "Kathleen", "Amy", "Angela",
  ]
  static let englishSurnames = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
    "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White",
    "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright",
    "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts",
    "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart",
    "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson", "Reed", "Bailey",
    "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks",
  ]
  static let italianPlaces = [
    "Genova", "Savona", "La Spezia", "Chiavari", "Rapallo", "Sestri Levante", "Imperia",
    "Sanremo", "Alessandria", "Novi Ligure", "Cuneo", "Asti", "Biella", "Vercelli", "Novara",
    "Varese", "Como", "Lecco", "Sondrio", "Bergamo", "Brescia", "Cremona", "Mantova", "Pavia",
    "Lodi", "Piacenza", "Parma", "Reggio Emilia", "Modena", "Bologna", "Ferrara", "Ravenna",
    "Forlì", "Cesena", "Rimini", "Faenza", "Imola", "Lucca", "Pisa", "Livorno", "Massa",
    "Carrara", "Pistoia", "Prato", "Arezzo", "Siena", "Grosseto", "Perugia", "Terni",
    "Foligno", "Ancona", "Macerata", "Pesaro", "Fermo", "Teramo", "Pescara", "Chieti",
    "L'Aquila", "Avezzano", "Sulmona",
  ]
  static let englishPlaces = [
    "Springfield", "Riverside", "Franklin", "Greenville", "Bristol", "Clinton", "Fairview",
    "Salem", "Madison", "Georgetown", "Arlington", "Ashland", "Burlington", "Manchester",
    "Milton", "Oxford", "Dover", "Hudson", "Kingston", "Newport", "Marion", "Jackson",
    "Auburn", "Lexington", "Dayton", "Lancaster", "Milford", "Winchester", "Chester",
    "Clayton", "Jefferson", "Monroe", "Troy", "Sheffield", "Plymouth", "Portland",
    "Richmond", "Columbia", "Hamilton", "Florence", "Camden", "Cleveland", "Warren",
    "Ellington", "Harrisburg", "Lakewood", "Middletown", "Oakland", "Princeton", "Quincy",
    "Rochester", "Sterling", "Trenton", "Union City", "Vernon", "Waverly", "Yorktown",
    "Bedford", "Carlisle", "Danville",
  ]

  /// Local bodies: article, genitive article, dative article, name before "di" + place.
  static let italianLocalBodies: [(String, String, String, String)] = [
    ("la ", "della ", "alla ", "Prefettura di"), ("il ", "del ", "al ", "Comune di"),
    ("la ", "della ", "alla ", "Procura di"), ("la ", "della ", "alla ", "Questura di"),
    ("la ", "della ", "alla ", "Protezione civile di"),
    ("l'", "dell'", "all'", "ospedale di"), ("il ", "del ", "al ", "Consorzio di bonifica di"),
    ("l'", "dell'", "all'", "Autorità portuale di"),
    ("la ", "della ", "alla ", "Camera di commercio di"),
    ("l'", "dell'", "all'", "Ufficio scolastico di"),
  ]
  /// Local bodies: the place goes where `#` is.
  static let englishLocalBodies = [
    "the # Police Department", "the # Fire Department", "the # County Sheriff's Office",
    "the # City Council", "the # Port Authority", "the # School District",
    "the # Water Authority", "# General Hospital", "the University of #",
    "the # Chamber of Commerce",
  ]
  static let italianNational: [OrgForms] = [
    .init(subject: "la Casa Bianca", genitive: "della Casa Bianca", dative: "alla Casa Bianca"),
    .init(subject: "il Cremlino", genitive: "del Cremlino", dative: "al Cremlino"),
    .init(
      subject: "il Dipartimento di Stato", genitive: "del Dipartimento di Stato",
      dative: "al Dipartimento di Stato"),
    .init(
      subject: "il ministero dell'Interno", genitive: "del ministero dell'Interno",
      dative: "al ministero dell'Interno"),
    .init(subject: "Palazzo Chigi", genitive: "di Palazzo Chigi", dative: "a Palazzo Chigi"),
    .init(subject: "la Farnesina", genitive: "della Farnesina", dative: "alla Farnesina"),
    .init(
      subject: "la Commissione europea", genitive: "della Commissione europea",
      dative: "alla Commissione europea"),
    .init(subject: "il Pentagono", genitive: "del Pentagono", dative: "al Pentagono"),
    .init(subject: "la Nato", genitive: "della Nato", dative: "alla Nato"),
    .init(
      subject: "il ministero della Salute", genitive: "del ministero della Salute",
      dative: "al ministero della Salute"),
  ]
  static let englishNational = [
    "the White House", "the Kremlin", "the State Department", "the Home Office",
    "Downing Street", "the Foreign Office", "the European Commission", "the Pentagon", "NATO",
    "the Department of Health",
  ]
  /// Outlets: subject, dative.
  static let italianOutlets: [(String, String)] = [
    ("la Cnn", "alla Cnn"), ("l'Ansa", "all'Ansa"), ("Reuters", "a Reuters"),
    ("il Corriere della Sera", "al Corriere della Sera"), ("la Rai", "alla Rai"),
    ("Sky TG24", "a Sky TG24"), ("la Bbc", "alla Bbc"),
  ]
  static let englishOutlets = [
    "CNN", "Reuters", "the Associated Press", "the BBC", "The New York Times", "NBC News",
    "Politico",
  ]
  static let italianRoles = [
    ("portavoce", "portavoce"), ("direttore", "direttrice"), ("responsabile", "responsabile"),
    ("comandante", "comandante"), ("vicedirettore", "vicedirettrice"),
    ("coordinatore", "coordinatrice"),
  ]
  static let englishRoles = [
    ("a spokesman for", "a spokeswoman for"), ("the director of", "the director of"),
    ("a senior official at", "a senior official at"), ("the chief of", "the chief of"),
    ("a deputy director at", "a deputy director at"), ("a lawyer for", "a lawyer for"),
  ]
  static let italianAnonymous = [
    "un funzionario", "un alto funzionario", "una fonte", "un dirigente", "un collaboratore",
  ]
  static let englishAnonymous = [
    "an official at", "a senior official at", "a person familiar with the plans at",
    "an aide at", "a source at",
  ]
  static let italianTitles = [
    "il ministro degli Esteri", "il ministro della Difesa", "il ministro dell'Economia",
    "il presidente", "il premier", "il segretario di Stato",
  ]
  static let englishTitles = [
    "Foreign Minister", "Defense Minister", "Finance Minister", "President", "Prime Minister",
    "Secretary of State",
  ]
  static let italianCompanies = [
    "Acciaierie del Tirreno", "Cantieri Liguri", "Elettromeccanica Padana", "Tessiture Riunite",
    "Logistica Adriatica", "Cartiere Appenniniche", "Vetrerie Toscane", "Meccanica Lombarda",
  ]
  static let englishCompanies = [
    "Northfield Steel", "Harbor Shipbuilding", "Midwest Components", "Atlantic Textiles",
    "Great Lakes Logistics", "Summit Paper", "Keystone Glass", "Pioneer Machinery",
  ]
  static let italianWeekdays = [
    "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
  ]
  static let englishWeekdays = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]
  static let italianMonths = [
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
    "settembre", "ottobre", "novembre", "dicembre",
  ]
  static let englishMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
}
