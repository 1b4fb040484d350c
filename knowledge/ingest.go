package knowledge

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/bits"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

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
// (ErrNoArticles), the previous knowledge base is untouched. Articles are
// read (from the seeds directory) and parsed on every core, and written
// one at a time in order, so memory does not grow with the number of files.
func (s *Store) Reseed(ctx context.Context, files []File) (Change, error) {
	s.Settle() // a write waits for the last rebuild's log to be copied: it would find the database locked
	n := len(files)
	get := func(i int) (File, error) { return files[i], nil }
	if files == nil {
		if s.seeds == nil {
			return Change{}, errors.New("reseed: no seed directory configured")
		}
		d, err := openDir(s.seeds)
		if err != nil {
			return Change{}, fmt.Errorf("reseed: %w", err)
		}
		n, get = len(d.names), d.read
	}
	// The rebuild runs on a connection of its own whose temporary storage
	// (the statement journals of its many inserts) is memory, not files:
	// on files it wrote over a gigabyte for 10,000 articles.
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return Change{}, fmt.Errorf("reseed: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `PRAGMA temp_store = MEMORY`); err != nil {
		return Change{}, fmt.Errorf("reseed: %w", err)
	}
	// Its commit does not copy the write-ahead log into the database, as
	// SQLite does at a commit past 1,000 pages: the copy of a whole
	// rebuild's log took a second, and runs after the rebuild instead.
	if _, err := conn.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 0`); err != nil {
		return Change{}, fmt.Errorf("reseed: %w", err)
	}
	defer conn.ExecContext(context.Background(), `PRAGMA wal_autocheckpoint = 1000`)
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return Change{}, fmt.Errorf("reseed: %w", err)
	}
	defer tx.Rollback()
	before, err := articleNames(ctx, tx)
	if err != nil {
		return Change{}, err
	}
	admins, err := storedAdmins(ctx, tx)
	if err != nil {
		return Change{}, err
	}
	// The search index reads the sentences: once they are gone, a rebuild
	// empties it in one step.
	for _, stmt := range []string{`DELETE FROM claims`, `DELETE FROM sentences`, `INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild')`, `DELETE FROM articles`} {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return Change{}, fmt.Errorf("reseed: clear: %w", err)
		}
	}
	w, err := s.newWriter(ctx, tx)
	if err != nil {
		return Change{}, err
	}
	defer w.close()
	c := Change{Kind: "reseed"}
	seen := map[string]string{} // fingerprint -> first article with it
	after := map[string]bool{}
	var known []storedSource
	err = s.parseInOrder(ctx, n, get, func(f *parsedFile) error {
		if f.err != nil {
			c.Problems = append(c.Problems, problemOf(f.name, f.err))
			return nil
		}
		p := f.parsed
		if other, ok := seen[p.fingerprint]; ok {
			c.Problems = append(c.Problems, Problem{File: f.name, Message: "has the same text as " + other + "; skipped"})
			return nil
		}
		seen[p.fingerprint] = f.name
		known = assignSource(&p, known)
		after[p.Name] = true
		return w.add(ctx, p)
	})
	if err != nil {
		// database/sql rolls the transaction back when ctx ends, and a
		// write racing it fails with "statement is closed": say why.
		if cerr := ctx.Err(); cerr != nil && !errors.Is(err, cerr) {
			err = fmt.Errorf("%w (%w)", cerr, err)
		}
		return Change{}, err
	}
	if len(after) == 0 {
		return Change{Problems: c.Problems}, fmt.Errorf("reseed: %w (%d files, all rejected)", ErrNoArticles, n)
	}
	for _, f := range admins {
		p, err := s.parse(f.File, f.meta, "admin")
		if err != nil {
			c.Problems = append(c.Problems, problemOf(f.Name, err))
			continue
		}
		if other, ok := seen[p.fingerprint]; ok {
			c.Problems = append(c.Problems, Problem{File: f.Name, Message: "has the same text as " + other + "; kept as one source"})
		}
		known = assignSource(&p, known)
		if err := w.add(ctx, p); err != nil {
			return Change{}, err
		}
		after[p.Name] = true
	}
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
	sort.Strings(c.Added)
	sort.Strings(c.Removed)
	if err := w.index(ctx); err != nil {
		return Change{}, err
	}
	// the writer gathered the verdicts' evidence as it went: reading it
	// back would cost the rebuild's serial end about half a second for
	// 10,000 articles
	if c, err = s.finish(ctx, tx, c, w.statusEvidence()); err != nil {
		return Change{}, err
	}
	// The rebuild went through the write-ahead log whole: it is copied
	// into the database after the rebuild has answered.
	s.checkpointAfter()
	return c, nil
}

// parsedFile is one file of a reseed: read and parsed, or why not.
type parsedFile struct {
	name   string
	file   File
	parsed parsed
	err    error
	done   chan struct{} // closed once parsed or err is set
}

// parseInOrder reads and parses files 0..n-1 (get returns each) on every
// core, and hands them to use one at a time, in order, so that which of
// two copies is kept and which source an article joins do not depend on
// timing. Only a few files are in memory at once. It stops at use's first
// error, or when ctx ends, and returns that error.
func (s *Store) parseInOrder(ctx context.Context, n int, get func(int) (File, error), use func(*parsedFile) error) error {
	workers := max(1, runtime.GOMAXPROCS(0))
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer wg.Wait()
	defer cancel()
	// The parsers may run up to two index batches ahead of use: the writer
	// stops to index a batch's sentences (tens of milliseconds), and with
	// only a few files queued the parsers would wait for it, idle.
	queue := make(chan *parsedFile, 2*indexBatch) // in file order, for use
	work := make(chan *parsedFile, 2*workers)     // for the parsers
	wg.Go(func() {
		defer close(queue)
		defer close(work)
		for i := range n {
			f, err := get(i)
			pf := &parsedFile{name: f.Name, file: f, err: err, done: make(chan struct{})}
			select {
			case queue <- pf:
			case <-ctx.Done():
				return
			}
			select {
			case work <- pf:
			case <-ctx.Done():
				return
			}
		}
	})
	for range workers {
		wg.Go(func() {
			for pf := range work {
				if pf.err == nil {
					pf.parsed, pf.err = s.parse(pf.file, ArticleMeta{}, "seed")
				}
				pf.file = File{}
				close(pf.done)
			}
		})
	}
	for pf := range queue {
		select {
		case <-pf.done:
		case <-ctx.Done():
			return ctx.Err()
		}
		if err := use(pf); err != nil {
			return err
		}
	}
	return ctx.Err()
}

// storedAdmin is an admin-added article as stored: its raw text and the
// header values it was given.
type storedAdmin struct {
	File
	meta ArticleMeta
}

// storedAdmins reads the admin-added articles so a reseed keeps them.
func storedAdmins(ctx context.Context, tx *sql.Tx) ([]storedAdmin, error) {
	rows, err := tx.QueryContext(ctx, `SELECT name, raw, url, title, tier, published FROM articles WHERE origin = 'admin' ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("read admin articles: %w", err)
	}
	defer rows.Close()
	var out []storedAdmin
	for rows.Next() {
		var a storedAdmin
		var raw string
		if err := rows.Scan(&a.Name, &raw, &a.meta.URL, &a.meta.Title, &a.meta.Tier, &a.meta.Published); err != nil {
			return nil, fmt.Errorf("read admin article: %w", err)
		}
		a.Data = []byte(raw)
		out = append(out, a)
	}
	return out, rows.Err()
}

// AddArticle stores an admin's article and rebuilds the verdicts. Bad
// input returns an error matching ErrInvalidArticle or ErrDuplicate and
// stores nothing.
func (s *Store) AddArticle(ctx context.Context, f File, meta ArticleMeta) (Change, error) {
	s.Settle() // a write waits for the last rebuild's log to be copied: it would find the database locked
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
	assignSource(&p, existing)
	w, err := s.newWriter(ctx, tx)
	if err != nil {
		return Change{}, err
	}
	defer w.close()
	if err := w.add(ctx, p); err != nil {
		return Change{}, err
	}
	if err := w.index(ctx); err != nil {
		return Change{}, err
	}
	return s.finish(ctx, tx, Change{Kind: "add", Added: []string{f.Name}}, nil)
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
	s.Settle() // a write waits for the last rebuild's log to be copied: it would find the database locked
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Change{}, fmt.Errorf("remove %s: %w", name, err)
	}
	defer tx.Rollback()
	// The search index finds the words to remove in the sentences, so it
	// goes first.
	if _, err := tx.ExecContext(ctx, `DELETE FROM sentences_fts WHERE docid IN
		(SELECT s.id FROM sentences s JOIN articles a ON a.id = s.article_id WHERE a.name = ?)`, name); err != nil {
		return Change{}, fmt.Errorf("remove %s: search index: %w", name, err)
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE name = ?`, name)
	if err != nil {
		return Change{}, fmt.Errorf("remove %s: %w", name, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return Change{}, fmt.Errorf("remove %s: %w", name, ErrNotFound)
	}
	return s.finish(ctx, tx, Change{Kind: "remove", Removed: []string{name}}, nil)
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

// assignSource gives an article its independence key: its site, or, for
// a near-identical text (a syndicated or spun copy), the key of the article
// it copies. It returns known with the article added.
func assignSource(p *parsed, known []storedSource) []storedSource {
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
	return append(known, storedSource{key: p.sourceKey, site: p.Site, simhash: p.simhash})
}

// fingerprint returns a hash of the normalised text (for exact duplicates)
// and a SimHash of its word 3-grams (for near duplicates). The text is
// normalised to its words (runs of letters and digits), lower-cased and
// joined by single spaces. A reseed fingerprints every article, so this is
// one pass without a string per word.
func fingerprint(body string) (string, uint64) {
	norm := make([]byte, 0, len(body))
	ends := make([]int, 0, len(body)/4) // where each word ends in norm
	inWord := false
	for i := 0; i < len(body); {
		if c := body[i]; c < utf8.RuneSelf {
			i++
			if lower := asciiWord[c]; lower != 0 {
				if !inWord && len(norm) > 0 {
					norm = append(norm, ' ')
				}
				inWord = true
				norm = append(norm, lower)
			} else if inWord {
				ends = append(ends, len(norm))
				inWord = false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(body[i:])
		i += size
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			if inWord {
				ends = append(ends, len(norm))
				inWord = false
			}
			continue
		}
		if !inWord && len(norm) > 0 {
			norm = append(norm, ' ')
		}
		inWord = true
		norm = utf8.AppendRune(norm, unicode.ToLower(r))
	}
	if inWord {
		ends = append(ends, len(norm))
	}
	sum := sha256.Sum256(norm)

	// SimHash: bit b is set when most trigram hashes have it set. Each
	// hash's bits are added as bytes, eight counters to a word, and
	// moved to wider counters before a byte can overflow.
	var set [64]int
	var lanes [8]uint64
	pending, trigrams := 0, 0
	flush := func() {
		for j := range lanes {
			for i := range 8 {
				set[8*j+i] += int(lanes[j] >> (8 * i) & 0xff)
			}
			lanes[j] = 0
		}
		pending = 0
	}
	for i := 0; i+2 < len(ends); i++ {
		start := 0
		if i > 0 {
			start = ends[i-1] + 1
		}
		// FNV-1a (hash/fnv's New64a), inline: three words and the spaces
		// between.
		v := uint64(fnvOffset64)
		for _, c := range norm[start:ends[i+2]] {
			v ^= uint64(c)
			v *= fnvPrime64
		}
		for j := range lanes {
			lanes[j] += bitBytes[byte(v>>(8*j))]
		}
		trigrams++
		if pending++; pending == 255 {
			flush()
		}
	}
	flush()
	var sim uint64
	for b := range 64 {
		if 2*set[b] > trigrams {
			sim |= 1 << b
		}
	}
	return hex.EncodeToString(sum[:]), sim
}

// The 64-bit FNV-1a parameters, as in hash/fnv.
const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// asciiWord[c] is c lower-cased when the ASCII byte c is a letter or a
// digit, else 0.
var asciiWord = func() (t [utf8.RuneSelf]byte) {
	for c := range byte(utf8.RuneSelf) {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			t[c] = c
		case 'A' <= c && c <= 'Z':
			t[c] = c + 'a' - 'A'
		}
	}
	return t
}()

// bitBytes[x] has byte i set to 1 when bit i of x is set.
var bitBytes = func() (t [256]uint64) {
	for x := range 256 {
		for i := range 8 {
			if x&(1<<i) != 0 {
				t[x] |= 1 << (8 * i)
			}
		}
	}
	return t
}()

// loadStatusEvidence reads what the verdicts' statuses rest on: one row
// per distinct claim of each independent source, without the quotes and
// articles that only citations need. finish stores statuses alone, and
// reading every claim with its sentence would make a reseed's memory grow
// with the size of the knowledge base (10,000 articles hold about half a
// million claims). The statuses equal those judged from all the evidence:
// judging counts sources, never claims (TestStatusEvidenceJudgesAlike).
func loadStatusEvidence(ctx context.Context, q queryer) ([]evidence, error) {
	// The articles' few columns are read once, not once per claim: a row
	// lookup per claim went through each article's text (the columns after
	// body sit in its overflow pages) and read 640 MB for 10,000 articles.
	return readEvidence(ctx, q, `WITH film_articles AS MATERIALIZED (SELECT id, tier, source_key FROM articles WHERE subject = 'film')
		SELECT c.topic, c.stance, c.value, c.person, c.role, c.slot, MIN(c.text), '', 0, 0, 0,
			'', '', '', a.tier, a.source_key
		FROM claims c JOIN film_articles a ON a.id = c.article_id
		GROUP BY c.topic, c.stance, c.value, c.person, c.role, c.slot, a.tier, a.source_key
		ORDER BY MIN(a.id), MIN(c.sentence)`)
}

// finish recomputes the verdicts, records what changed and commits. The
// verdicts rest on ev, or, when it is nil, on the claims read back from tx.
func (s *Store) finish(ctx context.Context, tx *sql.Tx, c Change, ev []evidence) (Change, error) {
	if ev == nil {
		var err error
		if ev, err = loadStatusEvidence(ctx, tx); err != nil {
			return Change{}, err
		}
	}
	if s.onFinish != nil {
		s.onFinish(ev)
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
