import ClaimDiffCore

/// The JSON contract, version 1: every output is one object with `"schema": "claimdiff/1"`.
public enum JSONReport {
  /// The schema tag.
  public static let schema: JSONValue = "claimdiff/1"

  /// A claim; `offsets` maps scalar ranges (for `extract`, back to the input's offsets).
  public static func claim(_ claim: Claim, offsets: (Range<Int>) -> Range<Int> = { $0 })
    -> JSONValue
  {
    var source: [String: JSONValue] = [
      "name": .string(claim.source.name), "person": .string(claim.source.person),
      "anonymous": .bool(claim.source.anonymous), "surface": .string(claim.source.surface),
      "kind": .string(claim.source.kind.rawValue),
    ]
    if let span = claim.source.span { source["span"] = .range(offsets(span)) }
    var channel: JSONValue = .null
    if let value = claim.channel {
      channel = ["name": .string(value.name), "surface": .string(value.surface)]
    }
    return [
      "id": .string(claim.id), "story": .string(claim.story),
      "version": claim.version.map(JSONValue.int) ?? .null, "sentence": .int(claim.sentence),
      "ordinal": .int(claim.ordinal), "text": .string(claim.text), "source": .object(source),
      "channel": channel, "attribution": .string(claim.attribution.rawValue),
      "modality": .string(claim.modality.rawValue), "polarity": .string(claim.polarity.rawValue),
      "times": .array(claim.times.map { time($0, offsets: offsets) }),
      "quantities": .array(claim.quantities.map { quantity($0, offsets: offsets) }),
      "event": claim.event.map { event($0, offsets: offsets) } ?? .null,
      "statedOn": .string(claim.statedOn?.description), "span": .range(offsets(claim.span)),
      "parts": .array(claim.parts.map { .range(offsets($0)) }),
    ]
  }

  static func time(_ time: TimeExpression, offsets: (Range<Int>) -> Range<Int>) -> JSONValue {
    var value: [String: JSONValue] = [
      "text": .string(time.text), "date": .string(time.date?.description),
      "granularity": .string(time.granularity.rawValue), "span": .range(offsets(time.span)),
    ]
    if let end = time.end { value["end"] = .string(end.description) }
    return .object(value)
  }

  static func quantity(_ quantity: Quantity, offsets: (Range<Int>) -> Range<Int>) -> JSONValue {
    [
      "text": .string(quantity.text), "value": .double(quantity.value),
      "unit": .string(quantity.unit), "approximate": .bool(quantity.approximate),
      "span": .range(offsets(quantity.span)),
    ]
  }

  /// An event reference.
  public static func event(_ event: EventReference, offsets: (Range<Int>) -> Range<Int> = { $0 })
    -> JSONValue
  {
    var value: [String: JSONValue] = [
      "id": .string(event.id), "type": .string(event.type.rawValue),
      "participants": .array(event.participants.map(JSONValue.string)),
      "status": .string(event.status?.rawValue), "label": .string(event.label),
      "schemaOrg": .string(event.status?.schemaOrg),
    ]
    if let place = event.place { value["place"] = .string(place) }
    if let time = event.time { value["time"] = self.time(time, offsets: offsets) }
    return .object(value)
  }

  static func version(_ info: VersionInfo) -> JSONValue {
    [
      "version": .int(info.number), "published": .string(info.published),
      "day": .string(info.day?.description), "hash": .string(info.hash),
      "claims": .int(info.claims), "bytes": .int(info.bytes), "language": .string(info.language),
      "url": .string(info.url), "seenAgain": .array(info.seenAgain.map(JSONValue.string)),
    ]
  }

  /// `log`.
  public static func log(story: String, versions: [VersionInfo]) -> JSONValue {
    ["schema": schema, "story": .string(story), "versions": .array(versions.map(version))]
  }

  /// `claims` and `show`.
  public static func claims(_ claims: [Claim], roles: [String]? = nil, version: VersionInfo? = nil)
    -> JSONValue
  {
    var list: [JSONValue] = []
    for (index, item) in claims.enumerated() {
      guard case .object(var value) = claim(item) else { continue }
      if let roles, index < roles.count { value["role"] = .string(roles[index]) }
      list.append(.object(value))
    }
    var document: [String: JSONValue] = ["schema": schema, "claims": .array(list)]
    if let version { document["version"] = self.version(version) }
    return .object(document)
  }

  /// `claims --history`.
  public static func history(story: String, _ histories: [ClaimHistory]) -> JSONValue {
    let list: [JSONValue] = histories.map { history in
      [
        "id": .string(history.id), "versions": .array(history.versions.map(JSONValue.int)),
        "steps": .array(
          history.steps.map { step in
            var value: [String: JSONValue] = [
              "version": .int(step.version), "event": .string(step.event.rawValue),
              "kinds": .array(step.kinds.map { .string($0.rawValue) }),
              "claim": step.claim.map { claim($0) } ?? .null,
            ]
            if !step.words.isEmpty { value["words"] = words(step.words) }
            return .object(value)
          }),
      ]
    }
    return ["schema": schema, "story": .string(story), "history": .array(list)]
  }

  /// A word diff: `[{"op": "equal" | "delete" | "insert", "text"}]`.
  static func words(_ edits: [WordEdit]) -> JSONValue {
    .array(edits.map { ["op": .string($0.operation.rawValue), "text": .string($0.text)] })
  }

  static func contradiction(_ contradiction: Contradiction) -> JSONValue {
    [
      "kind": .string(contradiction.kind.rawValue),
      "claims": .array(contradiction.claims.map { claim($0) }),
      "explanation": .string(contradiction.explanation),
    ]
  }

  /// `diff`.
  public static func diff(_ diff: ClaimDiff) -> JSONValue {
    let changes: [JSONValue] = diff.changes.map { change in
      var value: [String: JSONValue] = [
        "kind": .string(change.kind.rawValue),
        "kinds": .array(change.kinds.map { .string($0.rawValue) }),
        "before": change.before.map { claim($0) } ?? .null,
        "after": change.after.map { claim($0) } ?? .null,
      ]
      if !change.words.isEmpty { value["words"] = words(change.words) }
      if let how = change.reattribution { value["reattribution"] = .string(how.rawValue) }
      if let similarity = change.similarity, change.before != nil && change.after != nil {
        value["similarity"] = .double((similarity * 1000).rounded() / 1000)
      }
      return .object(value)
    }
    let updates: [JSONValue] = diff.statusUpdates.map { update in
      [
        "event": event(update.event), "from": .string(update.from?.rawValue),
        "to": .string(update.to.rawValue), "before": update.before.map { claim($0) } ?? .null,
        "after": claim(update.after),
      ]
    }
    var summary: [String: JSONValue] = [:]
    for kind in Change.Kind.allCases { summary[kind.rawValue] = .int(diff.count(kind)) }
    summary["status-updates"] = .int(diff.statusUpdates.count)
    summary["contradictions"] = .int(diff.contradictions.count)
    summary["unchanged"] = .int(diff.unchanged)
    summary["suppressed"] = .int(diff.suppressed)
    return [
      "schema": schema, "story": .string(diff.to.story), "from": .int(diff.from.number),
      "to": .int(diff.to.number),
      "versions": ["from": version(diff.from), "to": version(diff.to)],
      "changes": .array(changes), "statusUpdates": .array(updates),
      "contradictions": .array(diff.contradictions.map(contradiction)),
      "summary": .object(summary), "notes": .array(diff.notes.map(JSONValue.string)),
      "corrections": .array(diff.corrections.map { claim($0) }),
      "correction": .string(
        !diff.corrections.isEmpty ? "noted" : diff.isSilentlyChanged ? "silent" : nil),
    ]
  }

  /// `timeline`.
  public static func timeline(story: String, _ timelines: [EventTimeline]) -> JSONValue {
    let events: [JSONValue] = timelines.map { timeline in
      [
        "event": event(timeline.event),
        "statuses": .array(
          timeline.entries.map { entry in
            [
              "status": .string(entry.status.rawValue), "date": .string(entry.date?.description),
              "said": .string(entry.said?.description), "version": .int(entry.version),
              "claim": claim(entry.claim),
            ]
          }),
      ]
    }
    return ["schema": schema, "story": .string(story), "events": .array(events)]
  }

  /// `contradictions`.
  public static func contradictions(story: String, _ contradictions: [Contradiction]) -> JSONValue {
    [
      "schema": schema, "story": .string(story),
      "contradictions": .array(contradictions.map(contradiction)),
    ]
  }

  /// `sources`.
  public static func sources(_ counts: [SourceCountValue]) -> JSONValue {
    let list: [JSONValue] = counts.map { count in
      [
        "name": .string(count.source.name), "person": .string(count.source.person),
        "anonymous": .bool(count.source.anonymous), "kind": .string(count.source.kind.rawValue),
        "claims": .int(count.asSource), "asChannel": .int(count.asChannel),
      ]
    }
    return ["schema": schema, "sources": .array(list)]
  }

  /// `extract`: offsets in Unicode scalars of the input text.
  public static func extraction(_ extraction: Extraction, id: JSONValue? = nil) -> JSONValue {
    let offsets = { (range: Range<Int>) in extraction.normalized.originalRange(range) }
    var value: [String: JSONValue] = [
      "schema": schema, "language": .string(extraction.language),
      "published": .string(extraction.header.published),
      "sentences": .array(extraction.sentences.map { .range(offsets($0)) }),
      "claims": .array(extraction.claims.map { claim($0, offsets: offsets) }),
      "attributions": .array(
        extraction.attributions.map { attribution in
          [
            "source": attribution.source.map { .range(offsets($0)) } ?? .null,
            "cue": attribution.cue.map { .range(offsets($0)) } ?? .null,
            "content": .array(attribution.content.map { .range(offsets($0)) }),
            "claims": .array(attribution.claims.map(JSONValue.int)),
          ]
        }),
      "events": .array(extraction.events.map { event($0, offsets: offsets) }),
    ]
    if let id { value["id"] = id }
    return .object(value)
  }
}

/// A source with its claim counts, as the report reads it.
public struct SourceCountValue: Sendable {
  /// The source.
  public var source: Source
  /// Claims it asserts.
  public var asSource: Int
  /// Claims made through it.
  public var asChannel: Int

  /// Creates a count.
  public init(source: Source, asSource: Int, asChannel: Int) {
    self.source = source
    self.asSource = asSource
    self.asChannel = asChannel
  }
}
