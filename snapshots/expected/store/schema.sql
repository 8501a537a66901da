CREATE INDEX claim_channel ON claim(channel, version_id) WHERE channel IS NOT NULL;
CREATE INDEX claim_event ON claim(event_id) WHERE event_id IS NOT NULL;
CREATE INDEX claim_lineage ON claim(lineage);
CREATE INDEX claim_source ON claim(source_id, version_id);
CREATE INDEX sighting_version ON sighting(version_id);
CREATE UNIQUE INDEX source_identity ON source(name, ifnull(person, ''), anonymous, kind);
CREATE INDEX source_person ON source(person);
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
CREATE VIRTUAL TABLE claim_text USING fts5(text, content='claim', content_rowid='id');
CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  story_id INTEGER NOT NULL REFERENCES story(id),
  key TEXT NOT NULL,
  type TEXT NOT NULL,
  participants TEXT NOT NULL,
  place TEXT,
  UNIQUE (story_id, key)
);
CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY);
CREATE TABLE sighting (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES version(id),
  seen TEXT NOT NULL
);
CREATE TABLE source (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE,
  person TEXT COLLATE NOCASE,
  anonymous INTEGER NOT NULL,
  kind TEXT NOT NULL
);
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
  ingested TEXT NOT NULL, bytes INTEGER,
  UNIQUE (story_id, number),
  UNIQUE (story_id, hash)
);
