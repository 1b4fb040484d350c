-- The knowledge base as first released; later files change it, each applied
-- once (PRAGMA user_version counts them).
CREATE TABLE IF NOT EXISTS articles (
	id          INTEGER PRIMARY KEY,
	name        TEXT NOT NULL UNIQUE,
	origin      TEXT NOT NULL CHECK (origin IN ('seed', 'admin')),
	url         TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	site        TEXT NOT NULL DEFAULT '',
	tier        TEXT NOT NULL CHECK (tier IN ('official', 'trade', 'other')),
	published   TEXT NOT NULL DEFAULT '',
	raw         TEXT NOT NULL,
	body        TEXT NOT NULL,
	fingerprint TEXT NOT NULL,
	simhash     INTEGER NOT NULL,
	source_key  TEXT NOT NULL,
	label       TEXT NOT NULL,
	label_quote TEXT NOT NULL DEFAULT '',
	subject     TEXT NOT NULL,
	added_at    TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS sentences (
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	paragraph  INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	stop       INTEGER NOT NULL,
	text       TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
);

-- Full-text search over sentences for free-text questions. FTS4 ships in
-- mattn/go-sqlite3's default build (FTS5 needs a build tag).
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts4 (text, article_id, idx, notindexed=article_id, notindexed=idx, tokenize=porter);

CREATE TABLE IF NOT EXISTS claims (
	id         INTEGER PRIMARY KEY,
	article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
	topic      TEXT NOT NULL,
	stance     TEXT NOT NULL,
	value      TEXT NOT NULL,
	person     TEXT NOT NULL DEFAULT '',
	role       TEXT NOT NULL DEFAULT '',
	slot       TEXT NOT NULL DEFAULT '',
	text       TEXT NOT NULL,
	quote      TEXT NOT NULL,
	start      INTEGER NOT NULL,
	stop       INTEGER NOT NULL,
	sentence   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_topic ON claims (topic);
CREATE INDEX IF NOT EXISTS claims_article ON claims (article_id);

-- The verdicts of the last build, to say what a rebuild changed.
CREATE TABLE IF NOT EXISTS verdicts (
	topic  TEXT NOT NULL,
	value  TEXT NOT NULL,
	status TEXT NOT NULL,
	PRIMARY KEY (topic, value)
);

CREATE TABLE IF NOT EXISTS changes (
	id     INTEGER PRIMARY KEY,
	at     TEXT NOT NULL,
	kind   TEXT NOT NULL,
	detail TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS pins (
	message_id TEXT PRIMARY KEY,
	channel_id TEXT NOT NULL,
	guild_id   TEXT NOT NULL DEFAULT '',
	topic      TEXT NOT NULL,
	hash       TEXT NOT NULL,
	created_at TEXT NOT NULL
);
