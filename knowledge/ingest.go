package knowledge

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"math/bits"
	"strings"
	"time"
	"unicode"

	"github.com/purplehearts/bot/knowledge/extract"
)

// parsed is an article read and extracted, ready to store.
type parsed struct {
	Article
	result      extract.Result
	fingerprint string
	simhash     uint64
	sourceKey   string
}

func (s *Store) parse(f File, meta ArticleMeta, origin string) (parsed, error) {
	a, err := ParseArticle(f.Name, f.Data, meta, s.tiers)
	if err != nil {
		return parsed{}, err
	}
	a.Origin = origin
	p := parsed{Article: a}
	p.result = extract.Extract(a.Body, extract.Meta{Title: a.Title, Published: a.Published})
	p.fingerprint, p.simhash = fingerprint(a.Body)
	return p, nil
}

// Reseed rebuilds the knowledge base from files (the seeds directory when
// files is nil) plus the admin-added articles already stored. Files that
// cannot be read are skipped and listed in the Change's Problems. The
// rebuild is one transaction: if it fails, or no file is readable
// (ErrNoArticles), the previous knowledge base is untouched.
func (s *Store) Reseed(ctx context.Context, files []File) (Change, error) {
	if files == nil {
		if s.seeds == nil {
			return Change{}, errors.New("reseed: no seed directory configured")
		}
		var err error
		if files, err = LoadDir(s.seeds); err != nil {
			return Change{}, fmt.Errorf("reseed: %w", err)
		}
	}
	var problems []Problem
	var seeds []parsed
	seen := map[string]string{}
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return Change{}, err
		}
		p, err := s.parse(f, ArticleMeta{}, "seed")
		if err != nil {
			problems = append(problems, problemOf(f.Name, err))
			continue
		}
		if other, ok := seen[p.fingerprint]; ok {
			problems = append(problems, Problem{File: f.Name, Message: "has the same text as " + other + "; skipped"})
			continue
		}
		seen[p.fingerprint] = f.Name
		seeds = append(seeds, p)
	}
	if len(seeds) == 0 {
		return Change{Problems: problems}, fmt.Errorf("reseed: %w (%d files, all rejected)", ErrNoArticles, len(files))
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Change{}, fmt.Errorf("reseed: %w", err)
	}
	defer tx.Rollback()
	before, err := articleNames(ctx, tx)
	if err != nil {
		return Change{}, err
	}
	admins, err := s.storedAdmins(ctx, tx, seen, &problems)
	if err != nil {
		return Change{}, err
	}
	for _, stmt := range []string{`DELETE FROM claims`, `DELETE FROM sentences`, `DELETE FROM sentences_fts`, `DELETE FROM articles`} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return Change{}, fmt.Errorf("reseed: clear: %w", err)
		}
	}
	all := append(seeds, admins...)
	assignSources(all, nil)
	if err := s.insert(ctx, tx, all); err != nil {
		return Change{}, err
	}
	after := map[string]bool{}
	for _, p := range all {
		after[p.Name] = true
	}
	c := Change{Kind: "reseed", Problems: problems}
	for n := range after {
		if !before[n] {
			c.Added = append(c.Added, n)
		}
	}
	for n := range before {
		if !after[n] {
			c.Removed = append(c.Removed, n)
		}
	}
	return s.finish(ctx, tx, c)
}

// storedAdmins re-reads the admin-added articles so a reseed keeps them.
func (s *Store) storedAdmins(ctx context.Context, tx *sql.Tx, seen map[string]string, problems *[]Problem) ([]parsed, error) {
	rows, err := tx.QueryContext(ctx, `SELECT name, raw, url, title, tier, published FROM articles WHERE origin = 'admin' ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("read admin articles: %w", err)
	}
	defer rows.Close()
	var out []parsed
	for rows.Next() {
		var name, raw string
		var m ArticleMeta
		if err := rows.Scan(&name, &raw, &m.URL, &m.Title, &m.Tier, &m.Published); err != nil {
			return nil, fmt.Errorf("read admin article: %w", err)
		}
		p, err := s.parse(File{Name: name, Data: []byte(raw)}, m, "admin")
		if err != nil {
			*problems = append(*problems, problemOf(name, err))
			continue
		}
		if other, ok := seen[p.fingerprint]; ok {
			*problems = append(*problems, Problem{File: name, Message: "has the same text as " + other + "; kept as one source"})
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// AddArticle stores an admin's article and rebuilds the verdicts. Bad
// input returns an error matching ErrInvalidArticle or ErrDuplicate and
// stores nothing.
func (s *Store) AddArticle(ctx context.Context, f File, meta ArticleMeta) (Change, error) {
	p, err := s.parse(f, meta, "admin")
	if err != nil {
		return Change{}, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Change{}, fmt.Errorf("add %s: %w", f.Name, err)
	}
	defer tx.Rollback()
	var other string
	err = tx.QueryRowContext(ctx, `SELECT name FROM articles WHERE name = ? OR fingerprint = ?`, f.Name, p.fingerprint).Scan(&other)
	switch {
	case err == nil && other == f.Name:
		return Change{}, &dupError{name: f.Name, msg: "an article named " + f.Name + " is already in the knowledge base"}
	case err == nil:
		return Change{}, &dupError{name: f.Name, msg: "has the same text as " + other + ", already in the knowledge base"}
	case !errors.Is(err, sql.ErrNoRows):
		return Change{}, fmt.Errorf("add %s: %w", f.Name, err)
	}
	existing, err := storedSources(ctx, tx)
	if err != nil {
		return Change{}, err
	}
	all := []parsed{p}
	assignSources(all, existing)
	if err := s.insert(ctx, tx, all); err != nil {
		return Change{}, err
	}
	return s.finish(ctx, tx, Change{Kind: "add", Added: []string{f.Name}})
}

// dupError is a duplicate article; its message is safe to show users.
type dupError struct{ name, msg string }

func (e *dupError) Error() string        { return e.name + ": " + e.msg }
func (e *dupError) Is(target error) bool { return target == ErrDuplicate }

// UserMessage returns a one-line message about err that is safe to show
// the person who supplied an article, or "" when err is internal.
func UserMessage(err error) string {
	var ae *ArticleError
	if errors.As(err, &ae) {
		return ae.Error()
	}
	var de *dupError
	if errors.As(err, &de) {
		return de.Error()
	}
	return ""
}

// RemoveArticle deletes an article (seed or admin) and rebuilds the
// verdicts; ErrNotFound if there is no such article. A removed seed comes
// back at the next reseed.
func (s *Store) RemoveArticle(ctx context.Context, name string) (Change, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Change{}, fmt.Errorf("remove %s: %w", name, err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE name = ?`, name)
	if err != nil {
		return Change{}, fmt.Errorf("remove %s: %w", name, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return Change{}, fmt.Errorf("remove %s: %w", name, ErrNotFound)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM sentences_fts WHERE article_id NOT IN (SELECT id FROM articles)`); err != nil {
		return Change{}, fmt.Errorf("remove %s: search index: %w", name, err)
	}
	return s.finish(ctx, tx, Change{Kind: "remove", Removed: []string{name}})
}

func problemOf(name string, err error) Problem {
	if msg := UserMessage(err); msg != "" {
		return Problem{File: name, Message: strings.TrimPrefix(msg, name+": ")}
	}
	return Problem{File: name, Message: err.Error()}
}

func articleNames(ctx context.Context, tx *sql.Tx) (map[string]bool, error) {
	rows, err := tx.QueryContext(ctx, `SELECT name FROM articles`)
	if err != nil {
		return nil, fmt.Errorf("list articles: %w", err)
	}
	defer rows.Close()
	out := map[string]bool{}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out[n] = true
	}
	return out, rows.Err()
}

type storedSource struct {
	key     string
	site    string
	simhash uint64
}

func storedSources(ctx context.Context, tx *sql.Tx) ([]storedSource, error) {
	rows, err := tx.QueryContext(ctx, `SELECT source_key, site, simhash FROM articles`)
	if err != nil {
		return nil, fmt.Errorf("read sources: %w", err)
	}
	defer rows.Close()
	var out []storedSource
	for rows.Next() {
		var s storedSource
		var h int64
		if err := rows.Scan(&s.key, &s.site, &h); err != nil {
			return nil, err
		}
		s.simhash = uint64(h)
		out = append(out, s)
	}
	return out, rows.Err()
}

// assignSources gives each article its independence key: its site, or,
// for a near-identical text (a syndicated or spun copy), the key of the
// article it copies.
func assignSources(ps []parsed, existing []storedSource) {
	known := append([]storedSource(nil), existing...)
	for i := range ps {
		p := &ps[i]
		p.sourceKey = p.Site
		if p.sourceKey == "" {
			p.sourceKey = "article:" + p.Name
		}
		for _, k := range known {
			if bits.OnesCount64(k.simhash^p.simhash) <= 4 {
				p.sourceKey = k.key
				break
			}
		}
		known = append(known, storedSource{key: p.sourceKey, site: p.Site, simhash: p.simhash})
	}
}

// fingerprint returns a hash of the normalised text (for exact duplicates)
// and a SimHash of its word 3-grams (for near duplicates).
func fingerprint(body string) (string, uint64) {
	words := strings.FieldsFunc(strings.ToLower(body), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	sum := sha256.Sum256([]byte(strings.Join(words, " ")))
	var acc [64]int
	for i := 0; i+2 < len(words); i++ {
		h := fnv.New64a()
		h.Write([]byte(words[i] + " " + words[i+1] + " " + words[i+2]))
		v := h.Sum64()
		for b := 0; b < 64; b++ {
			if v&(1<<b) != 0 {
				acc[b]++
			} else {
				acc[b]--
			}
		}
	}
	var sim uint64
	for b := 0; b < 64; b++ {
		if acc[b] > 0 {
			sim |= 1 << b
		}
	}
	return hex.EncodeToString(sum[:]), sim
}

// insert stores articles with their sentences and claims.
func (s *Store) insert(ctx context.Context, tx *sql.Tx, ps []parsed) error {
	art, err := tx.PrepareContext(ctx, `INSERT INTO articles (name, origin, url, title, site, tier, published, raw, body, fingerprint, simhash, source_key, label, label_quote, subject, added_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("prepare: %w", err)
	}
	defer art.Close()
	sent, err := tx.PrepareContext(ctx, `INSERT INTO sentences (article_id, idx, paragraph, start, stop, text) VALUES (?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("prepare: %w", err)
	}
	defer sent.Close()
	fts, err := tx.PrepareContext(ctx, `INSERT INTO sentences_fts (text, article_id, idx) VALUES (?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("prepare: %w", err)
	}
	defer fts.Close()
	cl, err := tx.PrepareContext(ctx, `INSERT INTO claims (article_id, topic, stance, value, person, role, slot, text, quote, start, stop, sentence)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("prepare: %w", err)
	}
	defer cl.Close()
	now := s.now().UTC().Format(time.RFC3339)
	for _, p := range ps {
		if err := ctx.Err(); err != nil {
			return err
		}
		published := ""
		if !p.Published.IsZero() {
			published = p.Published.Format(time.DateOnly)
		}
		res, err := art.ExecContext(ctx, p.Name, p.Origin, p.URL, p.Title, p.Site, string(p.Tier), published, p.Raw, p.Body,
			p.fingerprint, int64(p.simhash), p.sourceKey, string(p.result.Label), p.result.LabelQuote, p.result.Subject, now)
		if err != nil {
			return fmt.Errorf("store %s: %w", p.Name, err)
		}
		id, _ := res.LastInsertId()
		for _, st := range p.result.Sentences {
			if _, err := sent.ExecContext(ctx, id, st.Index, st.Paragraph, st.Start, st.End, st.Text); err != nil {
				return fmt.Errorf("store %s: sentence: %w", p.Name, err)
			}
			if _, err := fts.ExecContext(ctx, st.Text, id, st.Index); err != nil {
				return fmt.Errorf("store %s: search index: %w", p.Name, err)
			}
		}
		for _, c := range p.result.Claims {
			if _, err := cl.ExecContext(ctx, id, string(c.Topic), string(c.Stance), c.Value, c.Person, c.Role, c.Slot, c.Text, c.Quote, c.Start, c.End, c.Sentence); err != nil {
				return fmt.Errorf("store %s: claim: %w", p.Name, err)
			}
		}
	}
	return nil
}

// finish recomputes the verdicts, records what changed and commits.
func (s *Store) finish(ctx context.Context, tx *sql.Tx, c Change) (Change, error) {
	ev, err := loadEvidence(ctx, tx, nil)
	if err != nil {
		return Change{}, err
	}
	now := s.now()
	verdicts := judge(ev, now)
	old := map[string]Status{}
	rows, err := tx.QueryContext(ctx, `SELECT topic, value, status FROM verdicts`)
	if err != nil {
		return Change{}, fmt.Errorf("read verdicts: %w", err)
	}
	for rows.Next() {
		var t, v, st string
		if err := rows.Scan(&t, &v, &st); err != nil {
			rows.Close()
			return Change{}, err
		}
		old[t+"\x00"+v] = Status(st)
	}
	rows.Close()
	if _, err := tx.ExecContext(ctx, `DELETE FROM verdicts`); err != nil {
		return Change{}, fmt.Errorf("clear verdicts: %w", err)
	}
	cur := map[string]Status{}
	add := func(t Topic, v string, st Status) error {
		cur[string(t)+"\x00"+v] = st
		_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO verdicts (topic, value, status) VALUES (?, ?, ?)`, string(t), v, string(st))
		return err
	}
	for _, v := range verdicts {
		if err := add(v.Topic, "", v.Status); err != nil {
			return Change{}, fmt.Errorf("store verdict: %w", err)
		}
		for _, val := range v.Values {
			if err := add(v.Topic, val.Value, val.Status); err != nil {
				return Change{}, fmt.Errorf("store verdict: %w", err)
			}
		}
	}
	for _, k := range sortedKeys(cur) {
		if old[k] != cur[k] {
			t, v, _ := strings.Cut(k, "\x00")
			from := old[k]
			if from == "" {
				from = Unknown
			}
			if from != cur[k] {
				c.Verdicts = append(c.Verdicts, VerdictChange{Topic: Topic(t), Value: v, From: from, To: cur[k]})
			}
		}
	}
	for _, k := range sortedKeys(old) {
		if _, ok := cur[k]; !ok && old[k] != Unknown {
			t, v, _ := strings.Cut(k, "\x00")
			c.Verdicts = append(c.Verdicts, VerdictChange{Topic: Topic(t), Value: v, From: old[k], To: Unknown})
		}
	}
	c.At = now.UTC().Truncate(time.Second)
	detail, err := json.Marshal(c)
	if err != nil {
		return Change{}, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO changes (at, kind, detail) VALUES (?, ?, ?)`, c.At.Format(time.RFC3339), c.Kind, string(detail))
	if err != nil {
		return Change{}, fmt.Errorf("record change: %w", err)
	}
	c.ID, _ = res.LastInsertId()
	if s.beforeCommit != nil {
		if err := s.beforeCommit(); err != nil {
			return Change{}, err
		}
	}
	if err := tx.Commit(); err != nil {
		return Change{}, fmt.Errorf("commit: %w", err)
	}
	return c, nil
}
