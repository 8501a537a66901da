/// What the extractor remembers while reading a document: the sources and events mentioned
/// so far, so that "la fonte", "the official", "he", "l'incontro" find what they refer to.
///
/// A class: one run reads and adds to it from every parser, which would each copy a value.
final class Discourse {
  /// A source as it was mentioned.
  struct Mention {
    var source: Source
    var channel: Channel?
    var descriptor: Descriptor?
    var isOutlet: Bool
  }

  /// An event as it was mentioned.
  struct EventEntry {
    var reference: EventReference
    var isMain: Bool
  }

  private(set) var mentions: [Mention] = []
  private(set) var events: [EventEntry] = []
  /// The source and channel of the last frame, for cues without a subject ("ha aggiunto").
  var lastFrame: (source: Source, channel: Channel?, statedOn: Day?)?
  /// Full names of people met in the document, by lower-cased surname.
  private(set) var people: [String: String] = [:]
  /// People named so far, most recent last, with the role the text gave them ("consigliere").
  private(set) var named: [(name: String, role: String?)] = []

  /// Records that `name` was mentioned, with the role the text gives them if it does.
  func mention(person name: String, role: String?) {
    notePerson(name)
    let earlier = named.firstIndex { $0.name == name }
    let known = earlier.flatMap { named[$0].role }
    if let earlier { named.remove(at: earlier) }
    named.append((name, role ?? known))
  }

  /// The people most recently named whose role contains `role` ("president"), and whose
  /// role names `country` when one is given.
  func recentPeople(role: String, country: String?, count: Int, registry: SourceRegistry)
    -> [String]
  {
    var found: [String] = []
    for person in named.reversed() {
      let roles = [person.role, registry.entry(named: person.name)?.role].compactMap {
        $0?.lowercased()
      }
      guard roles.contains(where: { $0.contains(role.lowercased()) }) else { continue }
      if let country, !roles.contains(where: { $0.contains(country.lowercased()) }) { continue }
      found.append(person.name)
      if found.count == count { break }
    }
    return found
  }

  func note(_ mention: Mention) {
    mentions.append(mention)
  }

  func notePerson(_ name: String) {
    // The last word between spaces, found by bytes: a space is one byte in UTF-8.
    let bytes = name.utf8
    guard bytes.contains(0x20), let last = bytes.lastIndex(where: { $0 != 0x20 }) else { return }
    let end = bytes.index(after: last)
    let start = bytes[..<end].lastIndex(of: 0x20).map(bytes.index(after:)) ?? bytes.startIndex
    people[name[start..<end].lowercased()] = name
  }

  func person(withSurname surname: String) -> String? { people[surname.lowercased()] }

  /// The last source described by the same noun ("la fonte" → "una fonte"), or of the same
  /// kind when only the kind matches ("la rete americana" → the last outlet named).
  func resolve(_ descriptor: Descriptor) -> Mention? {
    if let same = mentions.last(where: { $0.descriptor?.canonical == descriptor.canonical }) {
      return same
    }
    switch descriptor.kind {
    case .outlet:
      return mentions.last { $0.isOutlet }
    case .person:
      return mentions.last { $0.source.kind == .anonymous && $0.descriptor?.kind == .person }
    case .organization, .document:
      return nil
    }
  }

  /// The last source a personal pronoun can stand for.
  func resolvePronoun(plural: Bool) -> Mention? {
    mentions.last { mention in
      guard !mention.isOutlet else { return false }
      if plural {
        return mention.descriptor?.isPlural ?? false || mention.source.kind == .organization
      }
      return mention.source.person != nil || mention.descriptor?.kind == .person
    }
  }

  func note(_ event: EventReference, isMain: Bool) {
    if let index = events.firstIndex(where: { $0.reference.id == event.id }) {
      events[index].isMain = events[index].isMain || isMain
      let entry = events.remove(at: index)
      events.append(entry)
    } else {
      events.append(EventEntry(reference: event, isMain: isMain))
    }
  }

  /// The event a bare mention ("l'incontro", "the call") refers to: the latest main event of
  /// the same type, else of a compatible type, else the latest background one.
  func resolveEvent(_ type: EventType) -> EventReference? {
    for candidate in type.compatibleTypes {
      // From the latest: the first main event met is the latest one, else the first met.
      var latest: Int?
      for index in events.indices.reversed()
      where events[index].reference.type == candidate
        && (!events[index].reference.participants.isEmpty || events[index].reference.place != nil)
      {
        if events[index].isMain { return events[index].reference }
        if latest == nil { latest = index }
      }
      if let latest { return events[latest].reference }
    }
    return nil
  }

  /// A known event with these participants and a compatible type ("il contatto tra Rubio e
  /// Lavrov" is the call between them), or, without participants, at the same place ("il
  /// vertice di Budapest").
  func event(compatibleWith type: EventType, participants: [String], place: String?)
    -> EventReference?
  {
    for candidate in type.compatibleTypes {
      let match = events.last { entry in
        guard entry.reference.type == candidate else { return false }
        if !participants.isEmpty { return entry.reference.participants == participants }
        return place != nil && entry.reference.place == place
      }
      if let match { return match.reference }
    }
    return nil
  }

  /// The type of the last event noun mentioned, for "quello del 16 ottobre".
  var lastEventType: EventType? { events.last?.reference.type }
}
