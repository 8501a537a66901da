/// Turns the words of a source or channel into a canonical ``Source`` or ``Channel``.
///
/// Named sources come from the registry or from capitalized names; descriptions ("un
/// funzionario della Casa Bianca") become anonymous sources affiliated with the organization
/// they name; definite descriptions and pronouns ("la fonte", "the network", "he") resolve to
/// the last matching source of the ``Discourse``.
///
/// A class: the event detector holds one, and is copied for every claim; a copy of the
/// resolver's document would retain every array of it.
final class SourceResolver {
  let document: Document
  let grammar: Grammar

  init(document: Document, grammar: Grammar) {
    self.document = document
    self.grammar = grammar
  }

  private var tokens: [Token] { grammar.tokens }

  /// What the words of a noun phrase name.
  struct Parts {
    var organization: SourceRegistry.Entry?
    var person: String?
    var personEntry: SourceRegistry.Entry?
    var descriptor: Descriptor?
    var descriptorIndex: Int?
    var organizationIndex: Int?
  }

  func parts(of range: Range<Int>, discourse: Discourse) -> Parts {
    var parts = Parts()
    var index = range.lowerBound
    while index < range.upperBound {
      if let (length, entry) = grammar.registry.match(tokens, at: index, limit: range.upperBound) {
        let isSurnameOnly =
          entry.kind == .person && length == 1
          && index > range.lowerBound && tokens[index - 1].isCapitalized
          && !grammar.roles(index - 1).contains(.function)
          && grammar.registry.match(tokens, at: index - 1, limit: range.upperBound) == nil
        if !isSurnameOnly {
          if entry.kind == .person {
            if parts.person == nil {
              parts.person = entry.name
              parts.personEntry = entry
            }
          } else if parts.organization == nil {
            parts.organization = entry
            parts.organizationIndex = index
          }
          index += length
          continue
        }
      }
      if parts.descriptor == nil,
        let (length, descriptor) = grammar.lexicon.descriptors.match(
          tokens, at: index, limit: range.upperBound),
        !tokens[index].isCapitalized || index == range.lowerBound || grammar.isSentenceStart(index)
      {
        parts.descriptor = descriptor
        parts.descriptorIndex = index
        index += length
        continue
      }
      if parts.person == nil,
        let name = personName(at: index, limit: range.upperBound, discourse: discourse)
      {
        parts.person = name.name
        index += name.length
        continue
      }
      index += 1
    }
    return parts
  }

  /// The people named in `indices`, by canonical name, in order of appearance.
  ///
  /// A personal pronoun stands for `speaker` ("un vertice tra lui e Putin"); a counted
  /// description stands for the people last named with that role ("i due presidenti").
  func people(in indices: [Int], discourse: Discourse, speaker: String? = nil) -> [String] {
    mentions(in: indices, discourse: discourse, speaker: speaker).map(\.name)
  }

  /// The people named in `indices`, each with the position where it was named and the role
  /// the words before give it ("il consigliere Yuri Ushakov").
  func mentions(in indices: [Int], discourse: Discourse, speaker: String? = nil) -> [(
    name: String, role: String?
  )] {
    var found: [(name: String, role: String?)] = []
    func add(_ name: String, role: String?) {
      if !found.contains(where: { $0.name == name }) { found.append((name, role)) }
    }
    var position = 0
    var runs = RunLimit()
    while position < indices.count {
      let index = indices[position]
      let limit = runs.limit(at: position, in: indices)
      if let (length, entry) = grammar.registry.match(tokens, at: index, limit: limit) {
        if entry.kind == .person { add(entry.name, role: role(before: position, in: indices)) }
        position += length
        continue
      }
      if let name = personName(at: index, limit: limit, discourse: discourse) {
        add(name.name, role: role(before: position, in: indices))
        position += name.length
        continue
      }
      if let speaker, grammar.lexicon.objectPronouns.contains(tokens[index]) {
        add(speaker, role: nil)
      } else if let count = grammar.lexicon.numberWords[tokens[index]], count >= 2,
        index > 0, grammar.roles(index - 1).contains(.definite)
      {
        // "i due presidenti": the two people last named with that role; "i due" alone: the
        // two people last named.
        let next = position + 1 < indices.count ? indices[position + 1] : nil
        if let next,
          let (_, descriptor) = grammar.lexicon.descriptors.match(tokens, at: next, limit: next + 1)
        {
          if descriptor.kind == .person {
            let people = discourse.recentPeople(
              role: descriptor.canonical, country: nil, count: Int(count),
              registry: grammar.registry)
            if people.count == Int(count) { people.forEach { add($0, role: descriptor.canonical) } }
          }
        } else if next == nil || !grammar.isNominal(next ?? index)
          || grammar.isFiniteVerb(next ?? index)
        {
          let people = discourse.named.suffix(Int(count)).map(\.name)
          if people.count == Int(count) { people.forEach { add($0, role: nil) } }
        }
      }
      position += 1
    }
    return found
  }

  /// The role a description right before a name gives it: "il segretario di Stato Marco
  /// Rubio" is a secretary.
  private func role(before position: Int, in indices: [Int]) -> String? {
    var back = position - 1
    while back >= 0 && position - back <= 8 {
      let index = indices[back]
      if let (_, descriptor) = grammar.lexicon.descriptors.match(
        tokens, at: index, limit: index + 1),
        descriptor.kind == .person
      {
        return descriptor.canonical
      }
      guard
        grammar.isNominal(index) || grammar.isDeterminer(index)
          || grammar.lexicon.nounPhrasePrepositions.contains(tokens[index])
      else { return nil }
      back -= 1
    }
    return nil
  }

  /// A person's name at `index`: two to four capitalized words that are not a registry
  /// organization and do not follow a preposition ("segretario di Stato Usa" is a title), or
  /// a surname already met in full.
  private func personName(at index: Int, limit: Int, discourse: Discourse) -> (
    name: String, length: Int
  )? {
    guard tokens[index].isCapitalized, tokens[index].kind == .word,
      !grammar.roles(index).contains(.function)
    else { return nil }
    let afterPreposition = index > 0 && grammar.roles(index - 1).contains(.preposition)
    var end = index
    while end < limit && tokens[end].isCapitalized && tokens[end].kind == .word
      && !grammar.roles(end).contains(.function)
      && grammar.lexicon.descriptors.match(tokens, at: end, limit: limit) == nil
    {
      if end > index, grammar.registry.match(tokens, at: end, limit: limit) != nil { break }
      end += 1
    }
    let count = end - index
    if count >= 2 && count <= 4 && !afterPreposition {
      // The words as written, one space between them, made a string once.
      let length = (index..<end).reduce(count - 1) { $0 + tokens[$1].range.count }
      let bytes = document.bytes
      let name = String(unsafeUninitializedCapacity: length) { buffer in
        var position = 0
        for word in index..<end {
          if word > index {
            buffer[position] = UInt8(ascii: " ")
            position += 1
          }
          for offset in tokens[word].range {
            buffer[position] = bytes[offset]
            position += 1
          }
        }
        return position
      }
      return (name, count)
    }
    if count == 1, let full = discourse.person(withSurname: document.string(tokens[index].range)) {
      return (full, 1)
    }
    return nil
  }

  /// The source a noun phrase names.
  func source(_ range: Range<Int>, discourse: Discourse) -> (Source, Channel?, Discourse.Mention) {
    let surface = document.string(tokens: range)
    let span = document.scalarRange(tokens: range)
    func mention(_ source: Source, _ channel: Channel? = nil, _ descriptor: Descriptor? = nil)
      -> (Source, Channel?, Discourse.Mention)
    {
      var source = source
      source.surface = surface
      source.span = span
      let isOutlet = source.kind == .outlet || descriptor?.kind == .outlet
      return (
        source, channel,
        Discourse.Mention(
          source: source, channel: channel, descriptor: descriptor, isOutlet: isOutlet)
      )
    }
    if range.count == 1 && grammar.isPronoun(range.lowerBound) {
      let plural = grammar.roles(range.lowerBound).contains(.plural)
      if let earlier = discourse.resolvePronoun(plural: plural) {
        return mention(earlier.source, earlier.channel, earlier.descriptor)
      }
      return mention(
        Source(
          name: plural ? "unnamed sources" : "unnamed source", anonymous: true, kind: .anonymous))
    }
    let parts = parts(of: range, discourse: discourse)
    if let person = parts.person {
      let affiliation = parts.personEntry?.affiliation ?? parts.organization?.name
      return mention(
        Source(name: affiliation ?? person, person: person, kind: .person), nil, parts.descriptor)
    }
    if let organization = parts.organization {
      let describedPerson =
        parts.descriptor?.kind == .person
        && (parts.descriptorIndex ?? .max) < (parts.organizationIndex ?? .min)
      if describedPerson {
        return mention(
          Source(name: organization.name, anonymous: true, kind: .anonymous), nil, parts.descriptor)
      }
      let kind: Source.Kind = organization.kind == .outlet ? .outlet : .organization
      return mention(Source(name: organization.name, kind: kind), nil, parts.descriptor)
    }
    if let descriptor = parts.descriptor {
      let definite =
        grammar.roles(range.lowerBound).contains(.definite)
        || (range.lowerBound > 0 && grammar.roles(range.lowerBound - 1).contains(.definite)
          && grammar.roles(range.lowerBound - 1).contains(.preposition))
      if definite, let earlier = discourse.resolve(descriptor) {
        return mention(earlier.source, earlier.channel, descriptor)
      }
      // "il presidente americano" is the American president named last.
      if definite && descriptor.kind == .person && !descriptor.isPlural {
        let country = range.lazy.compactMap { self.grammar.lexicon.nationalities[self.tokens[$0]] }
          .first
        if let person = discourse.recentPeople(
          role: descriptor.canonical, country: country, count: 1, registry: grammar.registry
        ).first {
          let affiliation = grammar.registry.entry(named: person)?.affiliation
          return mention(
            Source(name: affiliation ?? person, person: person, kind: .person), nil, descriptor)
        }
      }
      switch descriptor.kind {
      case .person:
        let name = "anonymous " + descriptor.canonical + (descriptor.isPlural ? "s" : "")
        return mention(Source(name: name, anonymous: true, kind: .anonymous), nil, descriptor)
      case .outlet, .organization, .document:
        return mention(Source(name: bareName(range), kind: .unknown), nil, descriptor)
      }
    }
    return mention(Source(name: bareName(range), kind: .unknown))
  }

  /// The channel a phrase names ("Cnn" → CNN, "la rete americana" → the last network named).
  func channel(_ range: Range<Int>, discourse: Discourse) -> Channel {
    let surface = document.string(tokens: range)
    let name =
      grammar.registry.match(tokens, at: range.lowerBound, limit: range.upperBound)?.entry.name
      ?? source(range, discourse: discourse).0.name
    return Channel(name: name, surface: surface, span: document.scalarRange(tokens: range))
  }

  /// The phrase without a leading article: "the report" → "report".
  private func bareName(_ range: Range<Int>) -> String {
    var start = range.lowerBound
    while start < range.upperBound - 1 && grammar.isDeterminer(start) { start += 1 }
    return document.string(tokens: start..<range.upperBound)
  }
}
