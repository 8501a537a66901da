import GRDB

/// The database schema, as migrations that never change once released.
enum Schema {
  /// The migrations, in order.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.execute(
        sql: """
          CREATE TABLE story (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            created TEXT NOT NULL
          );
          CREATE TABLE version (
            id INTEGER PRIMARY KEY,
            story_id INTEGER NOT NULL REFERENCES story(id),
            number INTEGER NOT NULL,
            published TEXT NOT NULL,
            day TEXT,
            url TEXT,
            hash TEXT NOT NULL,
            language TEXT NOT NULL,
            text TEXT NOT NULL,
            ingested TEXT NOT NULL,
            UNIQUE (story_id, number),
            UNIQUE (story_id, hash)
          );
          CREATE TABLE sighting (
            id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES version(id),
            seen TEXT NOT NULL
          );
          CREATE INDEX sighting_version ON sighting(version_id);
          CREATE TABLE source (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL COLLATE NOCASE,
            person TEXT COLLATE NOCASE,
            anonymous INTEGER NOT NULL,
            kind TEXT NOT NULL
          );
          CREATE UNIQUE INDEX source_identity ON source(name, ifnull(person, ''), anonymous, kind);
          CREATE INDEX source_person ON source(person);
          CREATE TABLE event (
            id INTEGER PRIMARY KEY,
            story_id INTEGER NOT NULL REFERENCES story(id),
            key TEXT NOT NULL,
            type TEXT NOT NULL,
            participants TEXT NOT NULL,
            place TEXT,
            UNIQUE (story_id, key)
          );
          CREATE TABLE claim (
            id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES version(id),
            lineage TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            sentence INTEGER NOT NULL,
            text TEXT NOT NULL,
            parts TEXT NOT NULL,
            source_id INTEGER NOT NULL REFERENCES source(id),
            source_surface TEXT,
            source_span TEXT,
            channel TEXT COLLATE NOCASE,
            channel_surface TEXT,
            attribution TEXT NOT NULL,
            modality TEXT NOT NULL,
            polarity TEXT NOT NULL,
            event_id INTEGER REFERENCES event(id),
            status TEXT,
            event_time TEXT,
            stated_on TEXT,
            times TEXT,
            quantities TEXT,
            UNIQUE (version_id, ordinal)
          );
          CREATE INDEX claim_source ON claim(source_id, version_id);
          CREATE INDEX claim_channel ON claim(channel, version_id);
          CREATE INDEX claim_lineage ON claim(lineage);
          CREATE INDEX claim_event ON claim(event_id);
          CREATE VIRTUAL TABLE claim_text USING fts5(text, content='claim', content_rowid='id');
          CREATE TRIGGER claim_text_insert AFTER INSERT ON claim BEGIN
            INSERT INTO claim_text(rowid, text) VALUES (new.id, new.text);
          END;
          CREATE TRIGGER claim_text_delete AFTER DELETE ON claim BEGIN
            INSERT INTO claim_text(claim_text, rowid, text) VALUES ('delete', old.id, old.text);
          END;
          """)
    }
    // Most claims of a new version repeat the previous version word for word. The text index
    // holds each distinct text of a claim's lineage once, at its first claim; a search finds
    // the other versions of that claim by lineage and text.
    migrator.registerMigration("v2") { db in
      try db.execute(
        sql: """
          DROP TRIGGER claim_text_insert;
          DROP TRIGGER claim_text_delete;
          CREATE TRIGGER claim_text_insert AFTER INSERT ON claim
          WHEN NOT EXISTS (
            SELECT 1 FROM claim c WHERE c.lineage = new.lineage AND c.text = new.text AND c.id < new.id)
          BEGIN
            INSERT INTO claim_text(rowid, text) VALUES (new.id, new.text);
          END;
          CREATE TRIGGER claim_text_delete AFTER DELETE ON claim
          WHEN NOT EXISTS (
            SELECT 1 FROM claim c WHERE c.lineage = old.lineage AND c.text = old.text AND c.id < old.id)
          BEGIN
            INSERT INTO claim_text(claim_text, rowid, text) VALUES ('delete', old.id, old.text);
          END;
          INSERT INTO claim_text(claim_text) VALUES ('delete-all');
          INSERT INTO claim_text(rowid, text)
            SELECT id, text FROM claim n WHERE NOT EXISTS (
              SELECT 1 FROM claim c WHERE c.lineage = n.lineage AND c.text = n.text AND c.id < n.id);
          """)
    }
    // Which claims' texts go into the text index is decided as claims are written: most
    // continue a claim of the previous version with the same text, which needs no lookup.
    // Most claims have no channel and no event: their indexes hold only the claims that do,
    // which every lookup by channel or event asks for anyway. A version's size in bytes is
    // stored, so listing versions does not read their texts.
    migrator.registerMigration("v3") { db in
      try db.execute(
        sql: """
          ALTER TABLE version ADD COLUMN bytes INTEGER;
          UPDATE version SET bytes = length(CAST(text AS BLOB));
          DROP TRIGGER claim_text_insert;
          DROP INDEX claim_channel;
          CREATE INDEX claim_channel ON claim(channel, version_id) WHERE channel IS NOT NULL;
          DROP INDEX claim_event;
          CREATE INDEX claim_event ON claim(event_id) WHERE event_id IS NOT NULL;
          """)
    }
    return migrator
  }
}
