extension SourceRegistry {
  /// The sources claimdiff knows out of the box: major outlets and platforms, the
  /// institutions of international news, and the people who speak for them.
  ///
  /// Heads of state and government are their own sources; spokespeople, ministers and
  /// officials are affiliated with the institution they speak for.
  public static let standard = SourceRegistry(
    outlets + platforms + organizations + countries + people)

  /// Countries speak through their governments ("Russia said…"); listing them also keeps
  /// "degli Usa" from reading as a place.
  private static let countries: [Entry] = [
    ("United States", ["Usa", "USA", "US", "U.S", "Stati Uniti", "America"]),
    ("Russia", ["Federazione russa", "Mosca"]), ("Ukraine", ["Ucraina", "Kiev", "Kyiv"]),
    ("Italy", ["Italia"]), ("China", ["Cina", "Pechino", "Beijing"]),
    ("Israel", ["Israele"]), ("Hungary", ["Ungheria"]), ("France", ["Francia", "Parigi"]),
    ("Germany", ["Germania", "Berlino"]),
    ("United Kingdom", ["Regno Unito", "UK", "Gran Bretagna", "Britain"]),
    ("Iran", []), ("Turkey", ["Turchia"]),
  ].map { Entry(name: $0.0, kind: .organization, aliases: $0.1) }

  private static let outlets: [Entry] = [
    ("CNN", ["Cnn"]), ("Reuters", []), ("Associated Press", ["AP"]),
    ("AFP", ["Agence France-Presse", "Afp"]), ("ANSA", ["Ansa"]), ("Adnkronos", []),
    ("BBC", ["Bbc"]), ("The New York Times", ["New York Times", "NYT", "Nyt"]),
    ("The Washington Post", ["Washington Post"]), ("Fox News", []), ("NBC News", ["NBC", "Nbc"]),
    ("CBS News", ["CBS", "Cbs"]), ("ABC News", ["ABC"]), ("MSNBC", []), ("NPR", []),
    ("Axios", []), ("Politico", []), ("Bloomberg", []),
    ("The Wall Street Journal", ["Wall Street Journal", "WSJ", "Wsj"]),
    ("The Guardian", ["Guardian"]), ("Financial Times", ["FT"]),
    ("Corriere della Sera", ["Corriere"]), ("la Repubblica", ["Repubblica"]),
    ("La Stampa", []), ("Il Sole 24 Ore", ["Sole 24 Ore"]), ("Rai", ["RAI", "Tg1"]),
    ("Sky News", ["Sky Tg24"]), ("TASS", ["Tass"]), ("RIA Novosti", ["Ria Novosti", "Ria"]),
    ("Interfax", []), ("Al Jazeera", []), ("New York Post", ["The New York Post"]),
    ("Breitbart", ["Breitbart News"]), ("The Hill", []), ("CNBC", []), ("Daily Mail", []),
    ("Kyiv Independent", []), ("Le Monde", []), ("Der Spiegel", ["Spiegel"]),
    ("Il Fatto Quotidiano", []), ("Huffington Post", ["HuffPost"]), ("Vox", []),
    ("Newsweek", []), ("Time magazine", []), ("The Atlantic", []), ("USA Today", []),
    ("Los Angeles Times", ["LA Times"]), ("Daily Beast", ["The Daily Beast"]),
  ].map { Entry(name: $0.0, kind: .outlet, aliases: $0.1) }

  private static let platforms: [Entry] = [
    ("Truth", ["Truth Social"]), ("X", ["Twitter"]), ("Facebook", []), ("Telegram", []),
    ("Instagram", []), ("YouTube", ["Youtube"]), ("TikTok", []), ("Bluesky", []),
  ].map { Entry(name: $0.0, kind: .platform, aliases: $0.1) }

  private static let organizations: [Entry] = [
    ("White House", ["Casa Bianca"]),
    ("State Department", ["Dipartimento di Stato", "Department of State", "State Dept"]),
    ("Kremlin", ["Cremlino"]), ("Pentagon", ["Pentagono", "Department of Defense"]),
    ("Russian Foreign Ministry", ["ministero degli Esteri russo"]),
    ("Farnesina", ["ministero degli Esteri italiano"]), ("Palazzo Chigi", []),
    ("Quirinale", []), ("NATO", ["Nato", "Alleanza atlantica"]),
    ("European Union", ["Ue", "Unione europea", "EU", "Unione Europea"]),
    ("European Commission", ["Commissione europea", "Commissione Ue", "Commissione Europea"]),
    ("United Nations", ["Onu", "Nazioni Unite", "UN", "U.N"]), ("FBI", ["Fbi"]),
    ("CIA", ["Cia"]), ("Congress", ["Congresso"]), ("Protezione civile", ["Civil Protection"]),
    ("Hamas", []), ("Israel Defense Forces", ["IDF", "Idf"]),
    ("Vatican", ["Vaticano", "Santa Sede"]),
    ("Treasury Department", ["Dipartimento del Tesoro", "Department of the Treasury", "Treasury"]),
    ("Justice Department", ["Department of Justice", "DOJ", "Dipartimento di Giustizia"]),
    ("Democratic National Committee", ["DNC"]),
    ("Republican National Committee", ["RNC"]),
  ].map { Entry(name: $0.0, kind: .organization, aliases: $0.1) }

  private static let people: [Entry] = [
    Entry(name: "Donald Trump", kind: .person, role: "President of the United States"),
    Entry(name: "Vladimir Putin", kind: .person, role: "President of Russia"),
    Entry(
      name: "Volodymyr Zelensky", kind: .person, aliases: ["Zelensky", "Zelenskyy", "Zelenski"],
      role: "President of Ukraine"),
    Entry(
      name: "Viktor Orbán", kind: .person, aliases: ["Viktor Orban", "Orban"],
      role: "Prime Minister of Hungary"),
    Entry(name: "Giorgia Meloni", kind: .person, role: "Prime Minister of Italy"),
    Entry(
      name: "JD Vance", kind: .person, aliases: ["J.D. Vance"],
      role: "Vice President of the United States"),
    Entry(name: "Joe Biden", kind: .person, role: "former President of the United States"),
    Entry(name: "Barack Obama", kind: .person, role: "former President of the United States"),
    Entry(name: "Hillary Clinton", kind: .person, role: "former Secretary of State"),
    Entry(name: "Emmanuel Macron", kind: .person, role: "President of France"),
    Entry(name: "Keir Starmer", kind: .person, role: "Prime Minister of the United Kingdom"),
    Entry(name: "Friedrich Merz", kind: .person, role: "Chancellor of Germany"),
    Entry(name: "Xi Jinping", kind: .person, aliases: ["Xi"], role: "President of China"),
    Entry(name: "Benjamin Netanyahu", kind: .person, role: "Prime Minister of Israel"),
    Entry(name: "Sergio Mattarella", kind: .person, role: "President of Italy"),
    Entry(
      name: "Marco Rubio", kind: .person, affiliation: "State Department",
      role: "Secretary of State"),
    Entry(
      name: "Sergei Lavrov", kind: .person, aliases: ["Sergej Lavrov", "Sergey Lavrov"],
      affiliation: "Russian Foreign Ministry", role: "Foreign Minister of Russia"),
    Entry(
      name: "Anna Kelly", kind: .person, affiliation: "White House", role: "deputy press secretary"),
    Entry(
      name: "Karoline Leavitt", kind: .person, affiliation: "White House", role: "press secretary"),
    Entry(
      name: "Tammy Bruce", kind: .person, affiliation: "State Department", role: "spokesperson"),
    Entry(
      name: "Dmitry Peskov", kind: .person, aliases: ["Dmitrij Peskov", "Dmitri Peskov"],
      affiliation: "Kremlin", role: "spokesperson"),
    Entry(
      name: "Yuri Ushakov", kind: .person, aliases: ["Yury Ushakov", "Jurij Ushakov"],
      affiliation: "Kremlin", role: "foreign policy adviser"),
    Entry(name: "Kirill Dmitriev", kind: .person, affiliation: "Kremlin", role: "special envoy"),
    Entry(
      name: "Maria Zakharova", kind: .person, affiliation: "Russian Foreign Ministry",
      role: "spokesperson"),
    Entry(name: "Steve Witkoff", kind: .person, affiliation: "White House", role: "special envoy"),
    Entry(
      name: "Pete Hegseth", kind: .person, affiliation: "Pentagon", role: "Secretary of Defense"),
    Entry(
      name: "Antonio Tajani", kind: .person, affiliation: "Farnesina",
      role: "Foreign Minister of Italy"),
    Entry(
      name: "Ursula von der Leyen", kind: .person, aliases: ["von der Leyen"],
      affiliation: "European Commission", role: "President of the European Commission"),
    Entry(
      name: "Kaja Kallas", kind: .person, affiliation: "European Union", role: "High Representative"
    ),
    Entry(name: "Mark Rutte", kind: .person, affiliation: "NATO", role: "Secretary General"),
    Entry(
      name: "António Guterres", kind: .person, aliases: ["Antonio Guterres"],
      affiliation: "United Nations", role: "Secretary-General"),
    Entry(
      name: "Andrii Sybiha", kind: .person, aliases: ["Andrij Sybiha"],
      role: "Foreign Minister of Ukraine"),
  ]
}
