package knowledge

import (
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	_ "github.com/mattn/go-sqlite3" // the database/sql driver
)

// Sentinel errors callers branch on.
var (
	// ErrInvalidArticle: the file cannot be read as an article. The error
	// wrapping it is an *ArticleError that names the file and the problem.
	ErrInvalidArticle = errors.New("invalid article")
	// ErrDuplicate: the article is already in the knowledge base, under the
	// same name or with the same text.
	ErrDuplicate = errors.New("duplicate article")
	// ErrNotFound: no article or pin by that name.
	ErrNotFound = errors.New("not found")
	// ErrNoArticles: a reseed found no readable article; the previous
	// knowledge base is kept.
	ErrNoArticles = errors.New("no readable articles")
)

// File is an article as it arrives: a name and its raw bytes.
type File struct {
	Name string
	Data []byte
}

// Problem is a file that could not be ingested, with a one-line reason.
type Problem struct {
	File    string `json:"file"`
	Message string `json:"message"`
}

// VerdictChange is a verdict whose status changed in a rebuild. Value is
// empty for the topic's own status.
type VerdictChange struct {
	Topic Topic  `json:"topic"`
	Value string `json:"value,omitempty"`
	From  Status `json:"from"`
	To    Status `json:"to"`
}

// Change records what one rebuild did.
type Change struct {
	ID          int64           `json:"id"`
	At          time.Time       `json:"at"`
	Kind        string          `json:"kind"` // reseed, add, remove
	Added       []string        `json:"added"`
	Removed     []string        `json:"removed"`
	Verdicts    []VerdictChange `json:"verdicts"`
	Problems    []Problem       `json:"problems"`
	PinsUpdated int             `json:"pins_updated"`
}

// Changed reports whether the rebuild changed any article or verdict.
func (c Change) Changed() bool {
	return len(c.Added)+len(c.Removed)+len(c.Verdicts) > 0
}

// ArticleInfo describes a stored article for listings.
type ArticleInfo struct {
	Name    string        `json:"name"`
	URL     string        `json:"url"`
	Title   string        `json:"title"`
	Site    string        `json:"site"`
	Tier    Tier          `json:"tier"`
	Origin  string        `json:"origin"` // seed or admin
	Label   Label         `json:"label"`
	Subject string        `json:"subject"`
	Claims  map[Topic]int `json:"claims"`
	// Summary is a short phrase of what the article claims.
	Summary string `json:"summary"`
}

// Suggestion is one autocomplete choice.
type Suggestion struct {
	Name  string `json:"name"`  // what the user sees
	Value string `json:"value"` // what comes back as the option value
}

// Pin is an answer a moderator pinned in a channel.
type Pin struct {
	MessageID string    `json:"message_id"`
	ChannelID string    `json:"channel_id"`
	GuildID   string    `json:"guild_id"`
	Topic     string    `json:"topic"` // "overview" or a topic name
	Hash      string    `json:"hash"`  // of the rendered message last sent
	CreatedAt time.Time `json:"created_at"`
}

//go:embed schema/*.sql
var schema embed.FS

// Store is the knowledge base on a SQLite file.
type Store struct {
	db    *sql.DB
	tiers *Tiers
	seeds fs.FS
	now   func() time.Time
	// beforeCommit, when set (by tests), runs inside a rebuild just before
	// it commits; an error aborts the rebuild as a crash would.
	beforeCommit func() error
	// onFinish, when set (by tests), is given the evidence the verdicts of
	// a rebuild rest on.
	onFinish func([]evidence)
	// checkpointing is closed when the write-ahead log checkpoint that
	// the last rebuild left running is done (nil: none yet; see Settle)
	mu            sync.Mutex
	checkpointing chan struct{}
}

// Option configures a Store.
type Option func(*Store)

// WithTiers sets the site lists that give an article its tier.
func WithTiers(t *Tiers) Option { return func(s *Store) { s.tiers = t } }

// WithSeeds sets the directory Reseed(ctx, nil) reads.
func WithSeeds(fsys fs.FS) Option { return func(s *Store) { s.seeds = fsys } }

// WithClock sets the clock used to date changes.
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// Open opens (creating if needed) the knowledge base at path and applies
// the schema.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return nil, fmt.Errorf("create database directory: %w", err)
		}
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=on&_busy_timeout=5000&_journal_mode=WAL&_synchronous=NORMAL")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s := &Store{db: db, tiers: NewTiers(nil, nil), now: time.Now}
	for _, o := range opts {
		o(s)
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// migrate brings the schema up to date: it applies, in order, each
// schema/NNN_*.sql file numbered above the database's user_version, each
// in a transaction of its own that also sets user_version to its number,
// so a crash leaves the database at one version or the next. A database
// written by a newer bot is refused rather than misread.
func (s *Store) migrate(ctx context.Context) error {
	names, err := fs.Glob(schema, "schema/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	var version int
	if err := s.db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	latest := 0
	for _, n := range names {
		num, err := schemaNumber(n)
		if err != nil {
			return err
		}
		latest = num
		if num <= version {
			continue
		}
		b, err := schema.ReadFile(n)
		if err != nil {
			return err
		}
		if err := s.apply(ctx, num, string(b)); err != nil {
			return fmt.Errorf("apply %s: %w", n, err)
		}
	}
	if version > latest {
		return fmt.Errorf("the knowledge base has schema version %d, newer than this bot's %d: use a newer bot, or reseed a new database", version, latest)
	}
	return nil
}

// schemaNumber reads the NNN of schema/NNN_name.sql.
func schemaNumber(name string) (int, error) {
	base := path.Base(name)
	digits, _, ok := strings.Cut(base, "_")
	n, err := strconv.Atoi(digits)
	if !ok || err != nil || n <= 0 {
		return 0, fmt.Errorf("schema file %s: want NNN_name.sql", name)
	}
	return n, nil
}

func (s *Store) apply(ctx context.Context, num int, script string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, script); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, num)); err != nil {
		return err
	}
	return tx.Commit()
}

// Close closes the database.
func (s *Store) Close() error {
	s.Settle()
	return s.db.Close()
}

// Settle waits until the write-ahead log of the last rebuild has been
// copied into the database and truncated. A rebuild answers as soon as it
// commits: the log holds the new knowledge base, and readers read it
// there; the copy, about a second for 10,000 articles, runs after it.
// The next write (Reseed, AddArticle, RemoveArticle) waits for it: the
// copy holds the database's write lock.
func (s *Store) Settle() {
	s.mu.Lock()
	done := s.checkpointing
	s.mu.Unlock()
	if done != nil {
		<-done
	}
}

// checkpointAfter copies the write-ahead log into the database and
// truncates it, in the background; Settle waits for it.
func (s *Store) checkpointAfter() {
	done := make(chan struct{})
	s.mu.Lock()
	prev := s.checkpointing
	s.checkpointing = done
	s.mu.Unlock()
	go func() {
		defer close(done)
		if prev != nil {
			<-prev
		}
		// a reader that holds the log delays the truncation, not the
		// answer; if this fails, the next checkpoint does it
		s.db.ExecContext(context.Background(), `PRAGMA wal_checkpoint(TRUNCATE)`)
	}()
}

// Empty reports whether the knowledge base has no article yet.
func (s *Store) Empty(ctx context.Context) (bool, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&n); err != nil {
		return false, fmt.Errorf("count articles: %w", err)
	}
	return n == 0, nil
}

// LastChange returns the most recent rebuild's record, or ErrNotFound.
func (s *Store) LastChange(ctx context.Context) (Change, error) {
	var c Change
	var id int64
	var at, detail string
	err := s.db.QueryRowContext(ctx, `SELECT id, at, detail FROM changes ORDER BY id DESC LIMIT 1`).Scan(&id, &at, &detail)
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNotFound
	}
	if err != nil {
		return c, fmt.Errorf("read last change: %w", err)
	}
	if err := json.Unmarshal([]byte(detail), &c); err != nil {
		return c, fmt.Errorf("decode change %d: %w", c.ID, err)
	}
	c.ID = id
	c.At, _ = time.Parse(time.RFC3339, at)
	return c, nil
}

// SetPinsUpdated records how many pinned answers a change updated.
func (s *Store) SetPinsUpdated(ctx context.Context, changeID int64, n int) error {
	_, err := s.db.ExecContext(ctx, `UPDATE changes SET detail = json_set(detail, '$.pins_updated', ?) WHERE id = ?`, n, changeID)
	if err != nil {
		return fmt.Errorf("record pins updated: %w", err)
	}
	return nil
}

// Pins lists the pinned answers.
func (s *Store) Pins(ctx context.Context) ([]Pin, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT message_id, channel_id, guild_id, topic, hash, created_at FROM pins ORDER BY created_at`)
	if err != nil {
		return nil, fmt.Errorf("list pins: %w", err)
	}
	defer rows.Close()
	var out []Pin
	for rows.Next() {
		var p Pin
		var at string
		if err := rows.Scan(&p.MessageID, &p.ChannelID, &p.GuildID, &p.Topic, &p.Hash, &at); err != nil {
			return nil, fmt.Errorf("read pin: %w", err)
		}
		p.CreatedAt, _ = time.Parse(time.RFC3339Nano, at)
		out = append(out, p)
	}
	return out, rows.Err()
}

// SavePin stores a pin, replacing one with the same message ID.
func (s *Store) SavePin(ctx context.Context, p Pin) error {
	if p.CreatedAt.IsZero() {
		p.CreatedAt = s.now()
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO pins (message_id, channel_id, guild_id, topic, hash, created_at) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (message_id) DO UPDATE SET channel_id = excluded.channel_id, guild_id = excluded.guild_id, topic = excluded.topic, hash = excluded.hash`,
		p.MessageID, p.ChannelID, p.GuildID, p.Topic, p.Hash, p.CreatedAt.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("save pin %s: %w", p.MessageID, err)
	}
	return nil
}

// DeletePin removes a pin; ErrNotFound if there is none.
func (s *Store) DeletePin(ctx context.Context, messageID string) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM pins WHERE message_id = ?`, messageID)
	if err != nil {
		return fmt.Errorf("delete pin %s: %w", messageID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("pin %s: %w", messageID, ErrNotFound)
	}
	return nil
}
