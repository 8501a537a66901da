/// Finds the event a claim is about, with its participants, status and time.
///
/// An event is named by a noun ("incontro", "phone call"), a verb ("si sono incontrati",
/// "met") or an anaphor ("quello del 16 ottobre"). Participants come from a "tra/between/con"
/// phrase after the noun, or from the subject of a verb that makes the event happen ("hanno
/// avuto un colloquio"). A mention without participants ("l'incontro") is the latest event
/// of a compatible type the document talked about. Events after "dopo/after" are background:
/// they happened, and they are only the claim's event when the claim is about nothing else.
struct EventDetector {
  let grammar: Grammar
  /// The language's tables, read through the grammar: a copy would retain every table.
  private var lexicon: Lexicon { grammar.lexicon }
  let resolver: SourceResolver

  private var tokens: [Token] { grammar.tokens }

  private struct Mention {
    var type: EventType
    var tokens: Range<Int>
    var position: Int
    var participants: [String] = []
    var place: String?
    var status: EventStatus?
    var isBackground = false
  }

  func detect(
    _ indices: [Int], times: [TimeExpression], at timeTokens: [TimeParser.Match],
    antecedent: [String],
    speaker: String?, future: Bool = false, discourse: Discourse
  ) -> EventReference? {
    var mentions: [Mention] = []
    var position = 0
    var runs = RunLimit()
    while position < indices.count {
      let index = indices[position]
      let limit = runs.limit(at: position, in: indices)
      if let (length, verbEvent) = lexicon.verbEvents.match(tokens, at: index, limit: limit) {
        var mention = Mention(
          type: verbEvent.type, tokens: index..<(index + length), position: position)
        mention.status = verbEvent.status
        mention.participants = resolver.people(
          in: Array(indices[..<position]), discourse: discourse)
        mention.participants += participants(
          indices, after: position + length, speaker: speaker, discourse: discourse)
        if mention.participants.count == 1 { mention.participants += antecedent }
        mentions.append(mention)
        position += length
        continue
      }
      if let (length, type) = lexicon.eventNouns.match(tokens, at: index, limit: limit) {
        mentions.append(
          noun(
            type, indices, at: position, length: length, antecedent: antecedent, speaker: speaker,
            discourse: discourse))
        position += length
        continue
      }
      if lexicon.eventAnaphors.contains(tokens[index]), let type = discourse.lastEventType,
        position + 1 < indices.count, grammar.roles(indices[position + 1]).contains(.preposition)
      {
        mentions.append(
          noun(
            type, indices, at: position, length: 1, antecedent: antecedent, speaker: speaker,
            discourse: discourse))
      }
      position += 1
    }
    guard !mentions.isEmpty else { return nil }
    let status = statusCue(indices)
    for index in mentions.indices {
      if mentions[index].isBackground {
        mentions[index].status = .occurred
      } else if let status, status.precedence >= (mentions[index].status?.precedence ?? -1) {
        mentions[index].status = status
      } else if mentions[index].status == nil && future {
        // "seguirà un vertice", "the summit will be held": an event in the future is planned.
        mentions[index].status = .scheduled
      }
    }
    let main = mentions.first { !$0.isBackground } ?? mentions[0]
    var chosen: EventReference?
    for mention in mentions {
      var reference = identify(mention, discourse: discourse)
      reference.time = time(for: mention, times: times, at: timeTokens)
      // A bare mention that refers to nothing known and says nothing of its status is a
      // word, not an event worth tracking ("la trattativa resta aperta").
      let isAnonymous = reference.participants.isEmpty && reference.place == nil
      if isAnonymous && reference.status == nil { continue }
      discourse.note(reference, isMain: !mention.isBackground)
      if mention.tokens == main.tokens { chosen = reference }
    }
    return chosen
  }

  private func noun(
    _ type: EventType, _ indices: [Int], at position: Int, length: Int, antecedent: [String],
    speaker: String?, discourse: Discourse
  ) -> Mention {
    let index = indices[position]
    var mention = Mention(type: type, tokens: index..<(index + length), position: position)
    // "dopo la telefonata", "after the call": up to two determiners or adjectives back.
    var back = position - 1
    while back >= 0 && position - back <= 3 {
      if grammar.lexicon.backgroundPrepositions.contains(tokens[indices[back]]) {
        mention.isBackground = true
        break
      }
      guard grammar.isDeterminer(indices[back]) || grammar.isNominal(indices[back]) else { break }
      back -= 1
    }
    mention.participants = participants(
      indices, after: position + length, speaker: speaker, discourse: discourse)
    mention.place = place(indices, after: position + length, discourse: discourse)
    if mention.participants.count <= 1, let verb = occurrenceVerb(indices, before: position) {
      mention.status = .occurred
      let subject = resolver.people(in: Array(indices[..<verb]), discourse: discourse)
      let people = subject.isEmpty ? antecedent : subject
      mention.participants = Array(Set(mention.participants + people))
    }
    return mention
  }

  /// "hanno avuto un colloquio", "held talks": a verb right before the noun that makes it happen.
  private func occurrenceVerb(_ indices: [Int], before position: Int) -> Int? {
    var back = position - 1
    while back >= 0 && position - back <= 3 {
      let index = indices[back]
      if grammar.lexicon.occurrenceVerbs.contains(tokens[index]) { return back }
      guard grammar.isDeterminer(index) || grammar.isAdverb(index) || grammar.isDayWord(index)
      else { return nil }
      back -= 1
    }
    return nil
  }

  /// People after a participant preposition close to the noun ("tra A e B", "with C").
  private func participants(
    _ indices: [Int], after start: Int, speaker: String?, discourse: Discourse
  ) -> [String] {
    var position = start
    var skipped = 0
    while position < indices.count && skipped < 6 {
      let index = indices[position]
      if grammar.lexicon.participantPrepositions.contains(tokens[index]) { break }
      // Adjectives, a date, a status word may stand between the noun and "tra": "quello del
      // 16 ottobre tra…", "un incontro previsto tra…".
      guard
        grammar.isNominal(index) || grammar.isAdverb(index) || grammar.isParticiple(index)
          || grammar.isDeterminer(index) || grammar.isTimeWord(index)
          || grammar.lexicon.nounPhrasePrepositions.contains(tokens[index])
          || grammar.lexicon.statusCues.startsPhrase(tokens[index])
      else { return [] }
      position += 1
      skipped += 1
    }
    guard position < indices.count,
      grammar.lexicon.participantPrepositions.contains(tokens[indices[position]].key)
    else { return [] }
    var end = position + 1
    while end < indices.count {
      let index = indices[end]
      let roles = grammar.roles(index)
      if grammar.isFiniteVerb(index) || roles.contains(.relative) || roles.contains(.complementizer)
        || grammar.isFinalPunctuation(index)
      {
        break
      }
      end += 1
    }
    return resolver.people(
      in: Array(indices[(position + 1)..<end]), discourse: discourse, speaker: speaker)
  }

  /// "vertice di Budapest", "un vertice tra lui e Putin a Budapest": a capitalized name after
  /// a place preposition, within the event's phrase, that is not a person or an institution.
  private func place(_ indices: [Int], after start: Int, discourse: Discourse) -> String? {
    var position = start
    while position + 1 < indices.count && position - start < 10 {
      let index = indices[position]
      if grammar.isFiniteVerb(index) || grammar.roles(index).contains(.relative)
        || grammar.isFinalPunctuation(index)
      {
        return nil
      }
      let next = indices[position + 1]
      if let base = grammar.preposition(index), grammar.lexicon.placePrepositions.contains(base),
        next == index + 1, tokens[next].isCapitalized, tokens[next].kind == .word,
        !grammar.roles(next).contains(.function),
        grammar.registry.match(tokens, at: next, limit: next + 1) == nil,
        resolver.people(in: [next], discourse: discourse).isEmpty
      {
        return String(decoding: resolver.document.bytes[tokens[next].range], as: UTF8.self)
      }
      position += 1
    }
    return nil
  }

  /// The strongest status cue of the claim, negated when a negation comes shortly before it.
  private func statusCue(_ indices: [Int]) -> EventStatus? {
    var best: EventStatus?
    var position = 0
    var runs = RunLimit()
    while position < indices.count {
      let index = indices[position]
      let limit = runs.limit(at: position, in: indices)
      guard let (length, cue) = grammar.lexicon.statusCues.match(tokens, at: index, limit: limit)
      else {
        position += 1
        continue
      }
      let window = indices[max(0, position - 4)..<position]
      let negated = window.contains { grammar.roles($0).contains(.negation) }
      let status = negated ? cue.negated : cue.status
      if let status, status.precedence >= (best?.precedence ?? -1) { best = status }
      position += length
    }
    return best
  }

  /// The event's identity: its own participants or place, or the event a bare mention is.
  private func identify(_ mention: Mention, discourse: Discourse) -> EventReference {
    let participants = mention.participants.sorted()
    if participants.isEmpty && mention.place == nil,
      let known = discourse.resolveEvent(mention.type)
    {
      return EventReference(
        id: known.id, type: known.type, participants: known.participants, place: known.place,
        status: mention.status)
    }
    if let known = discourse.event(
      compatibleWith: mention.type, participants: participants, place: mention.place)
    {
      return EventReference(
        id: known.id, type: known.type, participants: known.participants, place: known.place,
        status: mention.status)
    }
    let id = EventReference.identifier(
      type: mention.type, participants: participants, place: mention.place)
    return EventReference(
      id: id, type: mention.type, participants: participants, place: mention.place,
      status: mention.status)
  }

  /// The time of the claim closest after the event's words, else the first one; for a
  /// postponement, the last one after them.
  ///
  /// `times` are the claim's times, found at the tokens of `matches`.
  private func time(for mention: Mention, times: [TimeExpression], at matches: [TimeParser.Match])
    -> TimeExpression?
  {
    let after = matches.firstIndex { $0.tokens.lowerBound >= mention.tokens.upperBound }
    if mention.isBackground { return after.map { times[$0] } }
    // "planned for Wednesday, was postponed to Friday": the new date comes last.
    if mention.status == .postponed || mention.status == .rescheduled,
      let target = matches.lastIndex(where: { $0.tokens.lowerBound >= mention.tokens.upperBound })
    {
      return times[target]
    }
    return (after ?? times.indices.first).map { times[$0] }
  }
}
