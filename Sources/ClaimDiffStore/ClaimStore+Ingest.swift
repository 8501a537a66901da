import ClaimDiffCore
import Foundation
import GRDB

extension ClaimStore {
  /// A version read and extracted, ready to be written.
  struct Prepared {
    var story: String
    var text: String
    var hash: String
    var published: String
    var day: Day?
    var url: String?
    /// The claims; `nil` when the story already holds this content, which is then only seen
    /// again.
    var extraction: Extraction?
    /// Each claim's columns, encoded where the claims were extracted, not in the transaction.
    var rows: ClaimRows?
    /// Each claim's key, which lineage compares.
    var keys: [ClaimKey]
  }

  /// What the store writes of each claim of a version besides its ids and the claim's own
  /// fields: its columns encoded as JSON, one after the other in one text.
  ///
  /// A text per column would be an allocation or two per claim where it is encoded, and a
  /// free where the batch is freed.
  struct ClaimRows {
    /// The columns of each claim, in this order.
    enum Column: Int, CaseIterable {
      case parts, span, eventTime, participants, times, quantities
    }

    /// Every claim's columns, one after the other, in UTF-8.
    private let bytes: [UInt8]
    /// Where each claim's columns start in `bytes`, and where each ends; -1 for NULL.
    private let bounds: [Int32]

    init(_ claims: UnsafeBufferPointer<Claim>) {
      guard let first = claims.baseAddress else {
        (bytes, bounds) = ([], [])
        return
      }
      var json = UTF8Writer(capacity: 128 * claims.count)
      var bounds: [Int32] = []
      bounds.reserveCapacity(2 * Column.allCases.count * claims.count)
      func column(_ write: Bool, _ body: (inout UTF8Writer) -> Void) {
        guard write else {
          bounds += [-1, -1]
          return
        }
        bounds.append(Int32(json.byteCount))
        body(&json)
        bounds.append(Int32(json.byteCount))
      }
      for index in claims.indices {
        let claim = first + index
        column(true) { Coding.append(claim.pointee.parts, to: &$0) }
        column(claim.pointee.source.span != nil) { json in
          claim.pointee.source.span.map { Coding.append($0, to: &json) }
        }
        column(claim.pointee.event?.time != nil) { json in
          claim.pointee.event?.time.map { Coding.append($0, to: &json) }
        }
        column(claim.pointee.event != nil) { json in
          claim.pointee.event.map { Coding.append($0.participants, to: &json) }
        }
        column(!claim.pointee.times.isEmpty) { Coding.append(claim.pointee.times, to: &$0) }
        column(!claim.pointee.quantities.isEmpty) {
          Coding.append(claim.pointee.quantities, to: &$0)
        }
      }
      self.bytes = json.bytes
      self.bounds = bounds
    }

    /// Calls `body` with a reader of the columns.
    func withColumns<Result>(_ body: (Columns) throws -> Result) rethrows -> Result {
      try bytes.withUnsafeBufferPointer { bytes in
        try bounds.withUnsafeBufferPointer { bounds in
          try body(Columns(bytes: bytes, bounds: bounds))
        }
      }
    }

    /// The columns' bytes, valid while ``withColumns(_:)`` runs.
    struct Columns {
      fileprivate let bytes: UnsafeBufferPointer<UInt8>
      fileprivate let bounds: UnsafeBufferPointer<Int32>

      /// The bytes of a claim's column; `nil` for NULL.
      subscript(claim: Int, column: Column) -> UnsafeBufferPointer<UInt8>? {
        let at = 2 * (claim * Column.allCases.count + column.rawValue)
        let (start, end) = (Int(bounds[at]), Int(bounds[at + 1]))
        guard start >= 0 else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
      }
    }
  }

  /// Ingests one version.
  ///
  /// Content identical to a stored version of the story (after normalizing spacing, Unicode
  /// and quote style) adds no version: it is recorded as that version seen again.
  public func ingest(_ request: IngestRequest, extractor: Extractor, now: Date = Date())
    throws(ClaimDiffError) -> IngestOutcome
  {
    let outcomes = try ingest([request], extractor: extractor, now: now)
    guard let outcome = outcomes.first else { throw .store("nothing was ingested") }
    return outcome
  }

  /// Ingests versions in order, in one transaction: all of them are stored or none.
  ///
  /// - Complexity: extraction is O(*n*) in the text; claim lineage aligns each version with
  ///   the one before it.
  public func ingest(_ requests: [IngestRequest], extractor: Extractor, now: Date = Date())
    throws(ClaimDiffError) -> [IngestOutcome]
  {
    var prepared: [Prepared] = []
    for request in requests {
      prepared.append(try prepare(request, extractor: extractor, now: now))
    }
    let stamp = Self.timestamp(now)
    return try write { db in try insert(prepared, db: db, stamp: stamp) }
  }

  /// Validates a request and extracts its claims, outside any transaction.
  ///
  /// - Parameter known: Whether the story already holds content with this hash; such content
  ///   is not extracted again.
  func prepare(
    _ request: IngestRequest, extractor: Extractor, now: Date,
    known: (_ story: String, _ hash: String) -> Bool = { _, _ in false }
  ) throws(ClaimDiffError) -> Prepared {
    let pack = try Self.checkFields(request, packs: extractor.packs)
    // An HTML page is stored as its article text, never as tags.
    let text = HTMLText.isHTML(request.text) ? HTMLText.article(request.text) : request.text
    let document = try Document(parsing: text, language: pack, packs: extractor.packs)
    guard document.hasWords else { throw .emptyText }
    let published = request.published ?? document.header.published ?? Self.timestamp(now)
    let day = Day(iso: published)
    let hash = ContentHash.of(document)
    let extraction =
      known(request.story, hash)
      ? nil : extractor.extract(document, published: day, complete: false)
    return Prepared(
      story: request.story, text: document.normalized.text, hash: hash, published: published,
      day: day, url: request.url ?? document.header.url, extraction: extraction,
      rows: extraction.map { $0.claims.withUnsafeBufferPointer(ClaimRows.init) },
      keys: extraction.map { $0.claims.withUnsafeBufferPointer(Self.keys) } ?? [])
  }

  /// The key of each claim, read in place: a key path, or a closure given each claim, would
  /// copy it out first.
  private static func keys(_ claims: UnsafeBufferPointer<Claim>) -> [ClaimKey] {
    guard let first = claims.baseAddress else { return [] }
    return claims.indices.map { ClaimKey((first + $0).pointee.text) }
  }

  /// What one transaction has already read or written, so a batch of versions of the same
  /// story does not read it back from the database version after version.
  struct WriteCache {
    /// The last version of a story as this transaction knows it: what alignment reads.
    struct Story {
      var number: Int
      var keys: [ClaimKey]
      /// The version's claims, when this transaction wrote it: their texts and sources are
      /// read from them, only where alignment asks.
      var claims: [Claim]
      /// Each claim's text and who said it (``ClaimAligner/who(_:)``), when the version was
      /// read back instead.
      var read: (texts: [String], who: [String])?
      var lineages: [String]
      /// The most recent lineage of each claim text in the story's versions so far; read
      /// from the database on first use.
      var earlier: [ClaimKey: String]?
      /// Every version of the story so far, oldest first, when this transaction wrote them
      /// all: `earlier` is then made from them, not read back.
      var history: [(keys: [ClaimKey], lineages: [String])]?

      func text(_ index: Int) -> String { read?.texts[index] ?? claims[index].text }

      func who(_ index: Int) -> String { read?.who[index] ?? ClaimAligner.who(claims[index]) }
    }

    /// Where the writer's statements copy the texts they bind.
    let texts = BoundTexts()
    var sources = SourceIDs()
    var stories: [String: Int64] = [:]
    /// Claims whose text goes into the text index, and claims whose text goes in unless an
    /// earlier claim of the lineage had it: the index takes them when the transaction ends.
    var indexed: (add: [Int64], check: [Int64]) = ([], [])
    var last: [Int64: Story] = [:]
    /// Events by story and key, and the first event of a type at a place in a story.
    var events: [EventKey: Int64] = [:]

    /// The ids of the sources written, by identity (``Source/identity``).
    ///
    /// A dictionary keyed by identity would hash its strings with SipHash, and check their
    /// normalization, for every claim. Texts are NFC, so the identity's bytes are hashed, and
    /// an open-addressing table finds the source's entry.
    struct SourceIDs {
      private var slots = [Int32](repeating: -1, count: 256)
      private var entries:
        [(hash: UInt64, name: String, person: String?, anonymous: Bool, id: Int64)] = []

      /// The hash of the identity of `claim`'s source.
      static func hash(_ claim: UnsafePointer<Claim>) -> UInt64 {
        func bytesHash(_ text: String) -> UInt64 {
          if let hash = text.utf8.withContiguousStorageIfAvailable(ClaimKey.hash) { return hash }
          var text = text
          return text.withUTF8(ClaimKey.hash)
        }
        var hash = bytesHash(claim.pointee.source.name)
        if claim.pointee.source.person != nil {
          hash =
            ((hash ^ 0xFF) &* 0xFF51_AFD7_ED55_8CCD) ^ bytesHash(claim.pointee.source.person ?? "")
        }
        hash = (hash ^ (claim.pointee.source.anonymous ? 0xFD : 0xFC)) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
      }

      /// The id of the source with the identity of `claim`'s source, whose hash is `hash`.
      func id(of claim: UnsafePointer<Claim>, hash: UInt64) -> Int64? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 {
          let index = Int(slots[slot])
          if entries[index].hash == hash
            && entries[index].anonymous == claim.pointee.source.anonymous
            && entries[index].name == claim.pointee.source.name
            && entries[index].person == claim.pointee.source.person
          {
            return entries[index].id
          }
          slot = (slot + 1) & mask
        }
        return nil
      }

      /// Records the id of the source with the identity of `claim`'s source, which has none yet.
      mutating func add(_ claim: UnsafePointer<Claim>, hash: UInt64, id: Int64) {
        let source = claim.pointee.source
        entries.append((hash, source.name, source.person, source.anonymous, id))
        if entries.count * 2 > slots.count {
          slots = [Int32](repeating: -1, count: slots.count * 2)
          for index in entries.indices { place(index) }
        } else {
          place(entries.count - 1)
        }
      }

      private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[index].hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index)
      }
    }

    struct EventKey: Hashable {
      var story: Int64
      var key: String
      var place: Bool
    }
  }

  /// Writes versions in order inside the caller's transaction.
  func insert(_ versions: [Prepared], db: Database, stamp: String) throws -> [IngestOutcome] {
    var cache = WriteCache()
    let outcomes = try insert(versions, db: db, stamp: stamp, cache: &cache)
    try indexTexts(cache.indexed, db: db)
    return outcomes
  }

  /// Writes versions in order inside the caller's transaction.
  ///
  /// `cache` holds what the transaction has written so far: a transaction may write several
  /// pieces this way, then calls ``indexTexts(_:db:)`` with its `indexed` before it commits.
  func insert(_ versions: [Prepared], db: Database, stamp: String, cache: inout WriteCache)
    throws -> [IngestOutcome]
  {
    try versions.map { try insert($0, db: db, stamp: stamp, cache: &cache) }
  }

  private func insert(_ version: Prepared, db: Database, stamp: String, cache: inout WriteCache)
    throws -> IngestOutcome
  {
    let storyID = try storyID(version.story, db: db, stamp: stamp, cache: &cache)
    var find = DirectBinding(
      try db.cachedStatement(sql: "SELECT id FROM version WHERE story_id = ? AND hash = ?"),
      texts: cache.texts)
    find.bind(storyID)
    find.bind(version.hash)
    if let existing = try find.fetchInt64(db) {
      try db.cachedStatement(sql: "INSERT INTO sighting (version_id, seen) VALUES (?, ?)")
        .execute(arguments: [existing, stamp])
      guard
        let info = try versionInfos(storyID: storyID, slug: version.story, db: db)
          .first(where: { $0.hash == version.hash })
      else { throw ClaimDiffError.store("version vanished while being read") }
      return .seenAgain(info)
    }
    guard let extraction = version.extraction else {
      throw ClaimDiffError.store("'\(version.story)' lost a version while it was being written")
    }
    let number = try lastNumber(storyID: storyID, db: db, cache: &cache) + 1
    var add = DirectBinding(
      try db.cachedStatement(
        sql: """
          INSERT INTO version (
            story_id, number, published, day, url, hash, language, text, ingested, bytes)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """), texts: cache.texts)
    add.bind(storyID)
    add.bind(number)
    add.bind(version.published)
    add.bind(version.day?.description)
    add.bind(version.url)
    add.bind(version.hash)
    add.bind(extraction.language)
    add.bind(version.text)
    add.bind(stamp)
    add.bind(version.text.utf8.count)
    let versionID = try add.execute(db)
    guard let rows = version.rows else {
      throw ClaimDiffError.store("'\(version.story)' lost a version while it was being written")
    }
    let (lineages, indexing) = try lineage(
      for: extraction.claims, keys: version.keys, story: version.story, storyID: storyID,
      number: number, db: db, cache: &cache)
    let insertClaim = try db.cachedStatement(
      sql: """
        INSERT INTO claim (version_id, lineage, ordinal, sentence, text, parts, source_id,
          source_surface, source_span, channel, channel_surface, attribution, modality, polarity,
          event_id, status, event_time, stated_on, times, quantities)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    // Claims and rows are read in place, through pointers: a loop over the arrays, or even a
    // subscript of their buffers, would copy each one out.
    try extraction.claims.withUnsafeBufferPointer { claims in
      try rows.withColumns { columns in
        guard let claim = claims.baseAddress else { return }
        for index in claims.indices {
          let indexed = try insert(
            claim + index, columns: columns, index: index, lineage: lineages[index],
            versionID: versionID, storyID: storyID, statement: insertClaim, db: db,
            cache: &cache)
          switch indexing[index] {
          case .skip: break
          case .add: cache.indexed.add.append(indexed)
          case .check: cache.indexed.check.append(indexed)
          }
        }
      }
    }
    return .added(
      VersionInfo(
        story: version.story, number: number, published: version.published, day: version.day,
        url: version.url, hash: version.hash, language: extraction.language,
        bytes: version.text.utf8.count, claims: extraction.claims.count, seenAgain: []))
  }

  /// The number of a story's last version, 0 for none.
  ///
  /// The last version this transaction wrote is the story's last: the transaction holds the
  /// write lock from its start.
  private func lastNumber(storyID: Int64, db: Database, cache: inout WriteCache) throws -> Int {
    if let number = cache.last[storyID]?.number { return number }
    var last = DirectBinding(
      try db.cachedStatement(sql: "SELECT max(number) FROM version WHERE story_id = ?"),
      texts: cache.texts)
    last.bind(storyID)
    return Int(try last.fetchInt64(db) ?? 0)
  }

  /// Writes one claim with `statement`, the prepared claim insert; returns its row id.
  private func insert(
    _ claim: UnsafePointer<Claim>, columns: ClaimRows.Columns, index: Int, lineage: String,
    versionID: Int64, storyID: Int64, statement: Statement, db: Database,
    cache: inout WriteCache
  ) throws -> Int64 {
    let sourceID = try self.sourceID(of: claim, db: db, cache: &cache)
    var eventID: Int64?
    if let event = claim.pointee.event {
      eventID = try self.eventID(
        event, participants: columns[index, .participants], storyID: storyID, db: db,
        cache: &cache)
    }
    var insert = DirectBinding(statement, texts: cache.texts)
    insert.bind(versionID)
    insert.bind(lineage)
    insert.bind(claim.pointee.ordinal)
    insert.bind(claim.pointee.sentence)
    insert.bind(claim.pointee.text)
    insert.bind(columns[index, .parts])
    insert.bind(sourceID)
    insert.bind(claim.pointee.source.surface)
    insert.bind(columns[index, .span])
    insert.bind(claim.pointee.channel?.name)
    insert.bind(claim.pointee.channel?.surface)
    insert.bind(claim.pointee.attribution.rawValue)
    insert.bind(claim.pointee.modality.rawValue)
    insert.bind(claim.pointee.polarity.rawValue)
    insert.bind(eventID)
    insert.bind(claim.pointee.event?.status?.rawValue)
    insert.bind(columns[index, .eventTime])
    insert.bind(claim.pointee.statedOn?.description)
    insert.bind(columns[index, .times])
    insert.bind(columns[index, .quantities])
    return try insert.execute(db)
  }

  private func storyID(_ slug: String, db: Database, stamp: String, cache: inout WriteCache) throws
    -> Int64
  {
    if let id = cache.stories[slug] { return id }
    var find = DirectBinding(
      try db.cachedStatement(sql: "SELECT id FROM story WHERE slug = ?"), texts: cache.texts)
    find.bind(slug)
    if let id = try find.fetchInt64(db) {
      cache.stories[slug] = id
      return id
    }
    var add = DirectBinding(
      try db.cachedStatement(sql: "INSERT INTO story (slug, created) VALUES (?, ?)"),
      texts: cache.texts)
    add.bind(slug)
    add.bind(stamp)
    let id = try add.execute(db)
    cache.stories[slug] = id
    return id
  }

  /// The id of a claim's source; the claim is read in place, its source is not copied out.
  private func sourceID(of claim: UnsafePointer<Claim>, db: Database, cache: inout WriteCache)
    throws -> Int64
  {
    let hash = WriteCache.SourceIDs.hash(claim)
    if let id = cache.sources.id(of: claim, hash: hash) { return id }
    let source = claim.pointee.source
    var add = DirectBinding(
      try db.cachedStatement(
        sql: "INSERT OR IGNORE INTO source (name, person, anonymous, kind) VALUES (?, ?, ?, ?)"),
      texts: cache.texts)
    add.bind(source.name)
    add.bind(source.person)
    add.bind(source.anonymous ? 1 : 0)
    add.bind(source.kind.rawValue)
    try add.execute(db)
    var find = DirectBinding(
      try db.cachedStatement(
        sql: """
          SELECT id FROM source
          WHERE name = ? AND ifnull(person, '') = ifnull(?, '') AND anonymous = ? AND kind = ?
          """), texts: cache.texts)
    find.bind(source.name)
    find.bind(source.person)
    find.bind(source.anonymous ? 1 : 0)
    find.bind(source.kind.rawValue)
    guard let id = try find.fetchInt64(db) else {
      throw ClaimDiffError.store("source vanished while being written")
    }
    cache.sources.add(claim, hash: hash, id: id)
    return id
  }

  private func eventID(
    _ event: EventReference, participants: UnsafeBufferPointer<UInt8>?, storyID: Int64,
    db: Database,
    cache: inout WriteCache
  ) throws -> Int64 {
    // An event known only by its place ("il vertice di Budapest") is the story's event of that
    // type at that place, whoever the text names as taking part elsewhere. Once found, it
    // stays the first: later events have larger ids.
    if event.participants.isEmpty, let place = event.place {
      let key = WriteCache.EventKey(
        story: storyID, key: "\(event.type.rawValue)\u{0}\(place)", place: true)
      if let id = cache.events[key] { return id }
      var find = DirectBinding(
        try db.cachedStatement(
          sql:
            "SELECT id FROM event WHERE story_id = ? AND type = ? AND place = ? ORDER BY id LIMIT 1"
        ), texts: cache.texts)
      find.bind(storyID)
      find.bind(event.type.rawValue)
      find.bind(place)
      if let id = try find.fetchInt64(db) {
        cache.events[key] = id
        return id
      }
    }
    let key = WriteCache.EventKey(story: storyID, key: event.id, place: false)
    if let id = cache.events[key] { return id }
    var add = DirectBinding(
      try db.cachedStatement(
        sql: """
          INSERT OR IGNORE INTO event (story_id, key, type, participants, place)
          VALUES (?, ?, ?, ?, ?)
          """), texts: cache.texts)
    add.bind(storyID)
    add.bind(event.id)
    add.bind(event.type.rawValue)
    add.bind(participants)
    add.bind(event.place)
    try add.execute(db)
    var find = DirectBinding(
      try db.cachedStatement(sql: "SELECT id FROM event WHERE story_id = ? AND key = ?"),
      texts: cache.texts)
    find.bind(storyID)
    find.bind(event.id)
    guard let id = try find.fetchInt64(db) else {
      throw ClaimDiffError.store("event vanished while being written")
    }
    cache.events[key] = id
    return id
  }

  /// Whether a claim's text goes into the text index, which holds each distinct text of a
  /// lineage once, at its first claim.
  enum TextIndexing {
    /// A new lineage: its text is new.
    case add
    /// The same text as the claim it continues in the previous version: indexed already.
    case skip
    /// Another text, or a lineage that comes back: the database says whether it is new.
    case check
  }

  /// Adds the claims written to the text index, all in two statements at the end of the
  /// transaction.
  ///
  /// The index is a virtual table: each statement after a write to it makes it flush what it
  /// holds in memory to the database, so a write per claim would flush per claim.
  func indexTexts(_ indexed: (add: [Int64], check: [Int64]), db: Database) throws {
    if !indexed.add.isEmpty {
      try db.cachedStatement(
        sql: """
          INSERT INTO claim_text(rowid, text)
          SELECT c.id, c.text FROM json_each(?) j JOIN claim c ON c.id = j.value
          """
      ).execute(arguments: [Self.jsonArray(indexed.add)])
    }
    if !indexed.check.isEmpty {
      try db.cachedStatement(
        sql: """
          INSERT INTO claim_text(rowid, text)
          SELECT c.id, c.text FROM json_each(?) j JOIN claim c ON c.id = j.value
          WHERE NOT EXISTS (
            SELECT 1 FROM claim e WHERE e.lineage = c.lineage AND e.text = c.text AND e.id < c.id)
          """
      ).execute(arguments: [Self.jsonArray(indexed.check)])
    }
  }

  private static func jsonArray(_ ids: [Int64]) -> String {
    "[" + ids.map(String.init).joined(separator: ",") + "]"
  }

  /// Each claim's lineage id: the id of the claim it continues in the previous version, or
  /// of an earlier claim with the same text that comes back, or a new id; and whether its text
  /// goes into the text index.
  ///
  /// The previous version and the story's earlier texts come from `cache` when this
  /// transaction wrote them, so importing a story's versions in a row reads nothing back.
  private func lineage(
    for claims: [Claim], keys: [ClaimKey], story: String, storyID: Int64, number: Int,
    db: Database, cache: inout WriteCache
  ) throws -> (lineages: [String], indexing: [TextIndexing]) {
    var ids = [String?](repeating: nil, count: claims.count)
    var indexing = [TextIndexing](repeating: .add, count: claims.count)
    // Taken out of the cache, and put back below, so that its arrays and dictionary are
    // updated in place rather than copied.
    var known = cache.last.removeValue(forKey: storyID).flatMap {
      $0.number == number - 1 ? $0 : nil
    }
    var unmatched = claims.count
    if number > 1 {
      if known == nil { known = try alignable(storyID: storyID, number: number - 1, db: db) }
      guard var last = known else { throw ClaimDiffError.store("previous version not found") }
      // The same alignment as `diff`, so a claim keeps its id exactly when diff pairs it.
      let continued = ClaimAligner.make().continued(
        last.keys, keys,
        sameSource: { old, new in last.who(old) == ClaimAligner.who(claims[new]) })
      for (new, old) in continued.enumerated() where old >= 0 {
        ids[new] = last.lineages[old]
        indexing[new] = last.text(old) == claims[new].text ? .skip : .check
        unmatched -= 1
      }
      if unmatched > 0 {
        let earlier =
          try last.earlier ?? last.history.map(Self.earlierLineages)
          ?? earlierLineages(storyID: storyID, before: number, db: db)
        last.earlier = earlier
        // An earlier lineage comes back unless a claim of this version continues it already.
        var used: Set<String>?
        for index in claims.indices where ids[index] == nil {
          guard let id = earlier[keys[index]] else { continue }
          if used == nil { used = Set(ids.compactMap { $0 }) }
          if used?.contains(id) == false {
            ids[index] = id
            indexing[index] = .check
            unmatched -= 1
          }
        }
      }
      known = last
    }
    let prefix = unmatched > 0 ? Self.lineagePrefix(story: story) : ""
    let lineages = claims.indices.map { index in
      ids[index]
        ?? Self.newLineage(
          prefix: prefix, story: story, number: number, ordinal: claims[index].ordinal)
    }
    // What the next version of the story will read: this one, and the texts so far.
    var earlier = known?.earlier
    var history = known?.history
    known = nil
    if earlier != nil {
      history = nil
      for index in keys.indices.reversed() { earlier?[keys[index]] = lineages[index] }
    } else if number == 1 || history != nil {
      if history == nil { history = [] }
      history?.append((keys, lineages))
    }
    cache.last[storyID] = WriteCache.Story(
      number: number, keys: keys, claims: claims, read: nil, lineages: lineages,
      earlier: earlier, history: history)
    return (lineages, indexing)
  }

  /// What alignment reads of a stored version: each claim's key, who said it, and lineage.
  private func alignable(storyID: Int64, number: Int, db: Database) throws -> WriteCache.Story {
    var story = WriteCache.Story(
      number: number, keys: [], claims: [], read: ([], []), lineages: [], earlier: nil,
      history: nil)
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT c.lineage, c.text, c.channel, s.name, s.person, s.anonymous
          FROM claim c JOIN version v ON v.id = c.version_id JOIN source s ON s.id = c.source_id
          WHERE v.story_id = ? AND v.number = ? ORDER BY c.ordinal
          """), arguments: [storyID, number])
    while let row = try rows.next() {
      let text: String = row["text"]
      story.keys.append(ClaimKey(text))
      story.read?.texts.append(text)
      story.read?.who.append(
        ClaimAligner.who(
          name: row["name"], person: row["person"], anonymous: row["anonymous"],
          channel: row["channel"]))
      story.lineages.append(row["lineage"])
    }
    return story
  }

  /// The most recent lineage of each claim text in the story's versions before `number`.
  private func earlierLineages(storyID: Int64, before number: Int, db: Database) throws
    -> [ClaimKey: String]
  {
    var earlier: [ClaimKey: String] = [:]
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql: """
          SELECT c.lineage, c.text FROM claim c JOIN version v ON v.id = c.version_id
          WHERE v.story_id = ? AND v.number < ? ORDER BY v.number DESC, c.ordinal
          """), arguments: [storyID, number])
    while let row = try rows.next() {
      let key = ClaimKey(row["text"] as String)
      if earlier[key] == nil { earlier[key] = row["lineage"] }
    }
    return earlier
  }

  /// What ``earlierLineages(storyID:before:db:)`` reads, made from the versions themselves,
  /// oldest first.
  private static func earlierLineages(_ history: [(keys: [ClaimKey], lineages: [String])])
    -> [ClaimKey: String]
  {
    var earlier: [ClaimKey: String] = [:]
    for version in history.reversed() {
      for (key, lineage) in zip(version.keys, version.lineages) where earlier[key] == nil {
        earlier[key] = lineage
      }
    }
    return earlier
  }

  /// A new claim's lineage id: ``lineagePrefix(story:)``, then ten hex digits of the slug,
  /// version and ordinal.
  ///
  /// The ids of a story's claims sort together, so the lineage index takes a version's claims
  /// in a few adjacent pages instead of one page each.
  static func newLineage(prefix: String, story: String, number: Int, ordinal: Int) -> String {
    prefix + SHA256.hex(Array("\(story)/\(number)/\(ordinal)".utf8)).prefix(10)
  }

  /// What the lineage ids of a story's claims begin with: "c" and four hex digits of the slug.
  static func lineagePrefix(story: String) -> String {
    "c" + SHA256.hex(Array(story.utf8)).prefix(4)
  }

  /// Slugs are what scripts and file names use: lower-case letters, digits, `-`, `_`, `.`.
  static func validate(slug: String) throws(ClaimDiffError) {
    let allowed = slug.utf8.allSatisfy { byte in
      (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D
        || byte == 0x5F || byte == 0x2E
    }
    guard !slug.isEmpty, slug.utf8.count <= 100, allowed, slug.first != ".", slug.first != "-"
    else {
      throw .invalidValue(
        name: "story", value: slug, expected: "lower-case letters, digits, '-', '_' or '.'")
    }
  }

  static func timestamp(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: date)
  }
}
