import Foundation

/// Known sources: organizations, outlets, platforms and people, with their names in each
/// language and their affiliations.
///
/// The registry maps surface forms ("Casa Bianca", "Cnn", "Cremlino", "Trump") to canonical
/// sources. Users extend it with a JSON file (see ``init(json:)``); sources it does not know
/// are still captured with their surface form.
public struct SourceRegistry: Sendable {
  /// One known source.
  public struct Entry: Codable, Sendable, Hashable {
    /// What kind of source an entry is.
    public enum Kind: String, Codable, Sendable, Hashable {
      /// An institution.
      case organization
      /// A news outlet: a source when it reports, a channel when others speak to it.
      case outlet
      /// A platform where people post ("Truth", "X"): only ever a channel.
      case platform
      /// A person.
      case person
    }

    /// The canonical name.
    public var name: String
    /// What kind of source this is.
    public var kind: Kind
    /// Other names in any language; a person's surname is added automatically.
    public var aliases: [String]
    /// The organization a person speaks for ("White House" for a press secretary).
    public var affiliation: String?
    /// The person's role, for display.
    public var role: String?

    /// Creates an entry.
    public init(
      name: String, kind: Kind, aliases: [String] = [], affiliation: String? = nil,
      role: String? = nil
    ) {
      self.name = name
      self.kind = kind
      self.aliases = aliases
      self.affiliation = affiliation
      self.role = role
    }

    enum CodingKeys: String, CodingKey { case name, kind, aliases, affiliation, role }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      name = try container.decode(String.self, forKey: .name)
      kind = try container.decode(Kind.self, forKey: .kind)
      aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
      affiliation = try container.decodeIfPresent(String.self, forKey: .affiliation)
      role = try container.decodeIfPresent(String.self, forKey: .role)
    }
  }

  /// The entries, in the order they were added.
  public private(set) var entries: [Entry] = []
  private var phrases = PhraseTable<Alias>()

  /// Where an alias leads, and whether it must be written in capitals to count ("UN" is the
  /// United Nations; "Un" opening a sentence is an article).
  private struct Alias: Sendable {
    var entry: Int
    var isAcronym: Bool
  }
  private var byName: [String: Int] = [:]
  private var aliases: [String: Alias] = [:]

  /// Creates a registry from entries; a later entry with the same name replaces an earlier one.
  public init(_ entries: [Entry]) {
    for entry in entries { add(entry) }
  }

  /// Reads entries from JSON, `{"sources": [{"name", "kind", "aliases"?, "affiliation"?,
  /// "role"?}]}`, and adds them to the standard registry.
  public init(json data: Data) throws(ClaimDiffError) {
    struct File: Decodable { var sources: [Entry] }
    let file: File
    do {
      file = try JSONDecoder().decode(File.self, from: data)
    } catch let DecodingError.dataCorrupted(context) {
      throw .malformedRegistry(reason: "not valid JSON (\(context.debugDescription))")
    } catch let DecodingError.keyNotFound(key, _) {
      throw .malformedRegistry(reason: "an entry has no '\(key.stringValue)'")
    } catch {
      throw .malformedRegistry(
        reason: "expected {\"sources\": [{\"name\", \"kind\", \"aliases\"}]} with kinds "
          + "organization, outlet, platform or person")
    }
    self = .standard
    for entry in file.sources { add(entry) }
  }

  /// Adds or replaces `entry`.
  public mutating func add(_ entry: Entry) {
    let index: Int
    if let existing = byName[entry.name.lowercased()] {
      entries[existing] = entry
      index = existing
    } else {
      index = entries.count
      entries.append(entry)
    }
    var names = [entry.name] + entry.aliases
    if entry.kind == .person, let surname = entry.name.split(separator: " ").last,
      surname.count > 2
    {
      names.append(String(surname))
    }
    for name in names {
      byName[name.lowercased()] = index
      let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
      var isAcronym = letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
      let key = Self.phraseKey(name)
      // "Usa" and "USA" share a key: the spelling that is not an acronym decides.
      if let earlier = aliases[key], earlier.entry == index {
        isAcronym = isAcronym && earlier.isAcronym
      }
      aliases[key] = Alias(entry: index, isAcronym: isAcronym)
      phrases.insert(key, Alias(entry: index, isAcronym: isAcronym))
    }
  }

  /// The entry a name or alias refers to, ignoring case.
  public func entry(named name: String) -> Entry? {
    byName[name.lowercased()].map { entries[$0] }
  }

  /// The canonical name for `name` when it is a known name or alias; `name` otherwise.
  public func canonicalName(_ name: String) -> String {
    entry(named: name)?.name ?? name
  }

  /// The longest entry whose name starts at `tokens[index]`.
  func match(_ tokens: [Token], at index: Int, limit: Int) -> (length: Int, entry: Entry)? {
    // Names are written as names: a phrase without a capitalized word is none, and most words
    // of a text are not capitalized, so those are answered without looking anything up.
    let end = min(limit, tokens.count, index + phrases.longest)
    guard index < end, (index..<end).contains(where: { tokens[$0].isCapitalized }),
      let (length, alias) = phrases.match(tokens, at: index, limit: limit)
    else { return nil }
    let words = tokens[index..<(index + length)]
    // Names are written as names: "casa bianca" or "truth" in lower case are common words.
    guard words.contains(where: \.isCapitalized) else { return nil }
    if alias.isAcronym && !words.allSatisfy({ $0.flags.contains(.allCaps) || $0.kind != .word }) {
      return nil
    }
    return (length, entries[alias.entry])
  }

  /// The tokens a name is matched by: lower case, split at spaces and after apostrophes.
  static func phraseKey(_ name: String) -> String {
    var words: [String] = []
    for word in name.lowercased().split(separator: " ") {
      var word = String(word)
      if word.hasSuffix(".") { word.removeLast() }
      if let apostrophe = word.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }),
        word.index(after: apostrophe) < word.endIndex, apostrophe > word.startIndex
      {
        words.append(String(word[...apostrophe]))
        words.append(String(word[word.index(after: apostrophe)...]))
      } else {
        words.append(word)
      }
    }
    return words.joined(separator: " ")
  }
}
