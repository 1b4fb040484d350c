package knowledge

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/purplehearts/bot/seeds"
)

// TestMigrateFirstSchema opens a knowledge base written in the first
// schema (sentences copied into the search index, quotes repeated in the
// claims, raw files kept for seeds), filled by the rows the first writer
// wrote for the seeds and an admin's article, and checks that Open
// upgrades it in place: the same answers, the index whole, the admin's
// file kept, the seeds' dropped.
func TestMigrateFirstSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite3", "file:"+path+"?_foreign_keys=on")
	if err != nil {
		t.Fatal(err)
	}
	first, err := schema.ReadFile("schema/001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, string(first)); err != nil {
		t.Fatalf("first schema: %v", err)
	}
	fresh := mustOpen(t) // today's schema, for the parsing and the answers to match
	files, err := LoadDir(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	admin := File{Name: "admin.txt", Data: []byte("url: https://www.netflix.com/tudum/articles/purple-hearts-2\n---\nNetflix confirmed Purple Hearts 2 will premiere on March 3, 2027.\n")}
	if _, err := fresh.AddArticle(ctx, admin, ArticleMeta{}); err != nil {
		t.Fatalf("AddArticle: %v", err)
	}
	var known []storedSource
	for i, f := range append(files, admin) {
		origin := "seed"
		if f.Name == admin.Name {
			origin = "admin"
		}
		p, err := fresh.parse(f, ArticleMeta{}, origin)
		if err != nil {
			t.Fatal(err)
		}
		known = assignSource(&p, known)
		id := int64(i + 1)
		if _, err := db.ExecContext(ctx, `INSERT INTO articles (id, name, origin, url, title, site, tier, published, raw, body, fingerprint, simhash, source_key, label, label_quote, subject, added_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, p.Name, origin, p.URL, p.Title, p.Site, string(p.Tier), "", p.Raw, p.Body,
			p.fingerprint, int64(p.simhash), p.sourceKey, string(p.result.Label), p.result.LabelQuote, p.result.Subject, "2026-11-01T00:00:00Z"); err != nil {
			t.Fatal(err)
		}
		for _, s := range p.result.Sentences {
			if _, err := db.ExecContext(ctx, `INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?)`, id, s.Index, s.Paragraph, s.Start, s.End, s.Text); err != nil {
				t.Fatal(err)
			}
			if _, err := db.ExecContext(ctx, `INSERT INTO sentences_fts (text, article_id, idx) VALUES (?, ?, ?)`, s.Text, id, s.Index); err != nil {
				t.Fatal(err)
			}
		}
		for _, c := range p.result.Claims {
			if _, err := db.ExecContext(ctx, `INSERT INTO claims (article_id, topic, stance, value, person, role, slot, text, quote, start, stop, sentence)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, id, string(c.Topic), string(c.Stance), c.Value, c.Person, c.Role, c.Slot, c.Text, c.Quote, c.Start, c.End, c.Sentence); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	st := openStore(t, path, testNow)
	defer st.Close()
	var version int
	if err := st.db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil || version != 3 {
		t.Fatalf("after Open: schema version %d (%v), want 3", version, err)
	}
	checkIndex(t, st, "after the upgrade")
	if n := matches(t, st, "premiere"); n == 0 {
		t.Error("after the upgrade: a search for 'premiere' finds nothing")
	}
	want, err := fresh.Overview(ctx, testNow)
	if err != nil {
		t.Fatal(err)
	}
	got, err := st.Overview(ctx, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the upgraded knowledge base answers otherwise than a new one:\n got %+v\nwant %+v", got, want)
	}
	var seedRaw, adminRaw string
	if err := st.db.QueryRowContext(ctx, `SELECT (SELECT max(raw) FROM articles WHERE origin = 'seed'), (SELECT raw FROM articles WHERE origin = 'admin')`).Scan(&seedRaw, &adminRaw); err != nil {
		t.Fatal(err)
	}
	if seedRaw != "" || adminRaw != string(admin.Data) {
		t.Errorf("after the upgrade: a seed's raw file %.30q (want none), the admin's %.30q (want its file)", seedRaw, adminRaw)
	}
	// A reseed keeps the admin's article, read from its stored file.
	c, err := st.Reseed(ctx, nil)
	if err != nil {
		t.Fatalf("Reseed after the upgrade: %v", err)
	}
	if len(c.Added) != 0 || len(c.Removed) != 0 {
		t.Errorf("Reseed after the upgrade: added %v, removed %v; want neither", c.Added, c.Removed)
	}
	checkIndex(t, st, "after a reseed of the upgraded base")
}

// TestNewerSchemaRefused checks that a knowledge base from a newer bot is
// not opened, with a message saying why.
func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "new.db")
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `PRAGMA user_version = 99`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	st, err := Open(ctx, path, WithClock(func() time.Time { return testNow }))
	if err == nil {
		st.Close()
		t.Fatal("Open of a schema version 99 knowledge base succeeded")
	}
	if !strings.Contains(err.Error(), "newer") {
		t.Errorf("Open: %v; want it to say the knowledge base is newer", err)
	}
}
