import ClaimDiffCore
import GRDB

/// A source with how many claims it has, as source and as channel.
public struct SourceCount: Sendable, Hashable {
  /// The source (for a channel-only row, a source named after the channel).
  public var source: Source
  /// Claims the source asserts.
  public var asSource: Int
  /// Claims others made through it ("told CNN").
  public var asChannel: Int
}

/// A claim found by source, and whether the source asserted it or carried it.
public struct SourcedClaim: Sendable, Hashable {
  /// How the source takes part in the claim.
  public enum Role: String, Sendable, Hashable {
    /// The source asserts the claim.
    case source
    /// Someone else said it through the source ("told CNN").
    case channel
  }

  /// The claim.
  public var claim: Claim
  /// How the source takes part.
  public var role: Role
}

extension ClaimStore {
  /// The slugs of all stories, sorted.
  public func stories() throws(ClaimDiffError) -> [String] {
    try read { db in try String.fetchAll(db, sql: "SELECT slug FROM story ORDER BY slug") }
  }

  /// The versions of `story`, oldest first.
  public func versions(of story: String) throws(ClaimDiffError) -> [VersionInfo] {
    try read { db in
      try versionInfos(storyID: try requireStory(story, db: db), slug: story, db: db)
    }
  }

  /// One version with its claims; the last one when `number` is `nil`.
  public func version(_ number: Int?, of story: String) throws(ClaimDiffError) -> VersionClaims {
    try read { db in
      let storyID = try requireStory(story, db: db)
      let infos = try versionInfos(storyID: storyID, slug: story, db: db)
      guard let last = infos.last else { throw ClaimDiffError.unknownStory(story) }
      let wanted = number ?? last.number
      guard let info = infos.first(where: { $0.number == wanted }) else {
        throw ClaimDiffError.unknownVersion(story: story, version: wanted, last: last.number)
      }
      let claims = try fetchClaims(
        db, where: "v.story_id = ? AND v.number = ?", arguments: [storyID, wanted])
      return VersionClaims(info: info, claims: claims)
    }
  }

  /// Two versions of `story` with their claims, the second read on a connection of its own
  /// while the first is read on the store's: a diff's two loads on two cores.
  ///
  /// - Parameter listed: The story's versions (``versions(of:)``), when the caller has read
  ///   them already.
  /// - Throws: ``ClaimDiffError`` for an unknown story or version.
  public func versions(
    _ first: Int, _ second: Int, of story: String, listed: [VersionInfo]? = nil
  ) throws(ClaimDiffError) -> (VersionClaims, VersionClaims) {
    let (storyID, infos) = try read { db in
      let storyID = try requireStory(story, db: db)
      return (storyID, try listed ?? versionInfos(storyID: storyID, slug: story, db: db))
    }
    let found = try [first, second].map { number throws(ClaimDiffError) in
      guard let info = infos.first(where: { $0.number == number }) else {
        throw .unknownVersion(story: story, version: number, last: infos.last?.number ?? 0)
      }
      return info
    }
    @Sendable func claims(_ db: Database, _ number: Int) throws -> [Claim] {
      try fetchClaims(
        db, where: "v.story_id = ? AND v.number = ?", arguments: [storyID, number])
    }
    // Versions are never rewritten, so two read transactions see the same claims as one.
    guard let reader = try? openReader() else {
      return (
        VersionClaims(info: found[0], claims: try read { try claims($0, first) }),
        VersionClaims(info: found[1], claims: try read { try claims($0, second) })
      )
    }
    defer { try? reader.close() }
    let (earlier, later) = concurrently({ [self] () -> Result<[Claim], ClaimDiffError> in
      Result { try reader.read { try claims($0, second) } }.mapError {
        Self.wrap($0, path: path ?? ":memory:")
      }
    }) { () -> Result<[Claim], ClaimDiffError> in
      Result { () throws(ClaimDiffError) in try read { try claims($0, first) } }
    }
    return (
      VersionClaims(info: found[0], claims: try earlier.get()),
      VersionClaims(info: found[1], claims: try later.get())
    )
  }

  /// Every version of `story` with its claims, oldest first.
  public func allVersions(of story: String) throws(ClaimDiffError) -> [VersionClaims] {
    try read { db in
      let storyID = try requireStory(story, db: db)
      let infos = try versionInfos(storyID: storyID, slug: story, db: db)
      let claims = try fetchClaims(db, where: "v.story_id = ?", arguments: [storyID])
      let byVersion = Dictionary(grouping: claims) { $0.version ?? 0 }
      return infos.map { VersionClaims(info: $0, claims: byVersion[$0.number] ?? []) }
    }
  }

  /// Claims of the latest version of each story (or of `version`), optionally only those of
  /// one source: asserted by it, or made through it as a channel.
  ///
  /// `name` matches a source's canonical name or person (an alias is first turned into its
  /// canonical name by the caller), ignoring case; when nothing matches exactly, names that
  /// contain it match.
  public func claims(
    story: String?, version: Int?, source name: String?, allVersions: Bool = false
  ) throws(ClaimDiffError) -> [SourcedClaim] {
    try read { db in
      var conditions: [String] = []
      var arguments: StatementArguments = []
      if let story {
        conditions.append("v.story_id = ?")
        _ = arguments.append(contentsOf: [try requireStory(story, db: db)])
        if let version {
          let last =
            try Int.fetchOne(
              db,
              sql:
                "SELECT max(number) FROM version WHERE story_id = (SELECT id FROM story WHERE slug = ?)",
              arguments: [story]) ?? 0
          guard version >= 1 && version <= last else {
            throw ClaimDiffError.unknownVersion(story: story, version: version, last: last)
          }
          conditions.append("v.number = ?")
          _ = arguments.append(contentsOf: [version])
        }
      }
      if version == nil && !allVersions {
        conditions.append(
          "v.number = (SELECT max(number) FROM version WHERE story_id = v.story_id)")
      }
      guard let name else {
        let claims = try fetchClaims(
          db, where: conditions.joined(separator: " AND "), arguments: arguments)
        return claims.map { SourcedClaim(claim: $0, role: .source) }
      }
      for exact in [true, false] {
        let match = exact ? "= ?" : "LIKE ? ESCAPE '\\'"
        let value = exact ? name : "%" + Self.escapeLike(name) + "%"
        let bySource = conditions + ["(s.name \(match) OR s.person \(match))"]
        var sourceArguments = arguments
        _ = sourceArguments.append(contentsOf: [value, value])
        let asSource = try fetchClaims(
          db, where: bySource.joined(separator: " AND "), arguments: sourceArguments)
        let byChannel = conditions + ["c.channel \(match)"]
        var channelArguments = arguments
        _ = channelArguments.append(contentsOf: [value])
        let asChannel = try fetchClaims(
          db, where: byChannel.joined(separator: " AND "), arguments: channelArguments)
        let ids = Set(asSource.map { "\($0.story ?? "")/\($0.version ?? 0)/\($0.ordinal)" })
        var found = asSource.map { SourcedClaim(claim: $0, role: .source) }
        found += asChannel.filter {
          !ids.contains("\($0.story ?? "")/\($0.version ?? 0)/\($0.ordinal)")
        }
        .map { SourcedClaim(claim: $0, role: .channel) }
        if !found.isEmpty {
          return found.sorted {
            ($0.claim.story ?? "", $0.claim.version ?? 0, $0.claim.ordinal)
              < ($1.claim.story ?? "", $1.claim.version ?? 0, $1.claim.ordinal)
          }
        }
      }
      return []
    }
  }

  /// Sources with their claim counts in the latest version of `story` (or of every story).
  public func sources(story: String?) throws(ClaimDiffError) -> [SourceCount] {
    try read { db in
      var condition = "v.number = (SELECT max(number) FROM version WHERE story_id = v.story_id)"
      var arguments: StatementArguments = []
      if let story {
        condition += " AND v.story_id = ?"
        _ = arguments.append(contentsOf: [try requireStory(story, db: db)])
      }
      var counts: [String: SourceCount] = [:]
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT s.name, s.person, s.anonymous, s.kind, count(*) AS total
          FROM claim c JOIN version v ON v.id = c.version_id JOIN source s ON s.id = c.source_id
          WHERE \(condition) GROUP BY s.id
          """, arguments: arguments)
      for row in rows {
        let source = Source(
          name: row["name"], person: row["person"], anonymous: row["anonymous"],
          kind: Source.Kind(rawValue: row["kind"]) ?? .unknown)
        counts[source.label, default: SourceCount(source: source, asSource: 0, asChannel: 0)]
          .asSource += row["total"] as Int
      }
      let channels = try Row.fetchAll(
        db,
        sql: """
          SELECT c.channel, count(*) AS total FROM claim c JOIN version v ON v.id = c.version_id
          WHERE \(condition) AND c.channel IS NOT NULL GROUP BY c.channel
          """, arguments: arguments)
      for row in channels {
        let name: String = row["channel"]
        let key = counts.keys.first { $0.caseInsensitiveCompare(name) == .orderedSame } ?? name
        counts[
          key,
          default: SourceCount(source: Source(name: name, kind: .outlet), asSource: 0, asChannel: 0)
        ]
        .asChannel += row["total"] as Int
      }
      return counts.values.sorted {
        ($0.asSource + $0.asChannel, $1.source.label) > (
          $1.asSource + $1.asChannel, $0.source.label
        )
      }
    }
  }

  // MARK: - Rows

  func requireStory(_ slug: String, db: Database) throws -> Int64 {
    guard
      let id = try Int64.fetchOne(db, sql: "SELECT id FROM story WHERE slug = ?", arguments: [slug])
    else { throw ClaimDiffError.unknownStory(slug) }
    return id
  }

  func versionInfos(storyID: Int64, slug: String, db: Database) throws -> [VersionInfo] {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT v.id, v.number, v.published, v.day, v.url, v.hash, v.language,
          ifnull(v.bytes, length(CAST(v.text AS BLOB))) AS bytes,
          (SELECT count(*) FROM claim c WHERE c.version_id = v.id) AS claims
        FROM version v WHERE v.story_id = ? ORDER BY v.number
        """, arguments: [storyID])
    let sightings = try Row.fetchAll(
      db,
      sql: """
        SELECT s.version_id, s.seen FROM sighting s JOIN version v ON v.id = s.version_id
        WHERE v.story_id = ? ORDER BY s.id
        """, arguments: [storyID])
    let seen = Dictionary(grouping: sightings) { $0["version_id"] as Int64 }
    return rows.map { row in
      VersionInfo(
        story: slug, number: row["number"], published: row["published"],
        day: (row["day"] as String?).flatMap { Day(iso: $0) }, url: row["url"], hash: row["hash"],
        language: row["language"], bytes: row["bytes"], claims: row["claims"],
        seenAgain: (seen[row["id"]] ?? []).map { $0["seen"] })
    }
  }

  private static func escapeLike(_ text: String) -> String {
    var escaped = ""
    for character in text {
      if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
      escaped.append(character)
    }
    return escaped
  }

  func fetchClaims(_ db: Database, where condition: String, arguments: StatementArguments) throws
    -> [Claim]
  {
    let filter = condition.isEmpty ? "" : "WHERE \(condition)"
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT c.lineage, st.slug, v.number, c.sentence, c.ordinal, c.text, c.parts,
          s.name, s.person, s.anonymous, c.source_surface, s.kind, c.source_span,
          c.channel, c.channel_surface, c.attribution, c.modality, c.polarity, c.times,
          c.quantities, c.stated_on, e.key, e.type, e.participants, e.place, c.status,
          c.event_time, c.source_id, c.event_id
        FROM claim c
        JOIN version v ON v.id = c.version_id
        JOIN story st ON st.id = v.story_id
        JOIN source s ON s.id = c.source_id
        LEFT JOIN event e ON e.id = c.event_id
        \(filter)
        ORDER BY st.slug, v.number, c.ordinal
        """, arguments: arguments)
    var claims: [Claim] = []
    var known = Known()
    while let row = try rows.next() { claims.append(Self.claim(from: row, known: &known)) }
    return claims
  }

  /// Sources and events already read, by id: the claims of a version share a few of each,
  /// and their strings are read once.
  struct Known {
    var sources: [Int64: Source] = [:]
    var events: [Int64: EventReference] = [:]
  }

  /// A claim from a row of ``fetchClaims(_:where:arguments:)``, its columns read by position.
  static func claim(from row: Row, known: inout Known) -> Claim {
    let sourceID: Int64 = row[27]
    var source =
      known.sources[sourceID]
      ?? Source(
        name: row[7], person: row[8], anonymous: row[9],
        kind: Source.Kind(rawValue: row[11]) ?? .unknown)
    known.sources[sourceID] = source
    source.surface = row[10]
    source.span = Coding.ranges(from: row[12]).first
    let channel: Channel? = (row[13] as String?).map { Channel(name: $0, surface: row[14]) }
    var event: EventReference?
    if let eventID = row[28] as Int64?, let key = row[21] as String? {
      var reference =
        known.events[eventID]
        ?? EventReference(
          id: key, type: EventType(rawValue: row[22]),
          participants: Coding.strings(from: row[23]), place: row[24])
      known.events[eventID] = reference
      reference.status = (row[25] as String?).flatMap(EventStatus.init)
      reference.time = Coding.time(from: row[26])
      event = reference
    }
    return Claim(
      id: row[0], story: row[1], version: row[2], sentence: row[3], ordinal: row[4],
      text: row[5], parts: Coding.ranges(from: row[6]), source: source, channel: channel,
      attribution: AttributionKind(rawValue: row[15]) ?? .narrator,
      modality: Modality(rawValue: row[16]) ?? .asserted,
      polarity: Polarity(rawValue: row[17]) ?? .affirmed,
      times: Coding.times(from: row[18]), quantities: Coding.quantities(from: row[19]),
      event: event, statedOn: (row[20] as String?).flatMap { Day(iso: $0) })
  }
}
