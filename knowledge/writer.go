package knowledge

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"
)

// writer stores articles with their sentences and claims through
// statements prepared once per transaction.
type writer struct {
	art, fts    *sql.Stmt
	sent, claim *rowsInsert
	now         string
	// unindexed counts the articles written, ids first to last, whose
	// sentences are not yet in the full-text index.
	first, last int64
	unindexed   int
	// status holds, by the grouping loadStatusEvidence reads them in, the
	// film articles' claims written so far
	status map[statusKey]*statusRow
}

// statusKey groups claims as loadStatusEvidence does: one row per claim
// and independent source.
type statusKey struct {
	topic, stance, value, person, role, slot, tier, source string
}

// statusRow is one such group: its least text, and the first article and
// least sentence it comes from, which order the groups.
type statusRow struct {
	ev       evidence
	article  int64
	sentence int
}

// statusEvidence returns the evidence loadStatusEvidence would read back:
// the same rows, in the same order (ties aside).
func (w *writer) statusEvidence() []evidence {
	rows := make([]*statusRow, 0, len(w.status))
	for _, r := range w.status {
		rows = append(rows, r)
	}
	slices.SortStableFunc(rows, func(a, b *statusRow) int {
		return cmp.Or(cmp.Compare(a.article, b.article), cmp.Compare(a.sentence, b.sentence))
	})
	out := make([]evidence, len(rows))
	for i, r := range rows {
		out[i] = r.ev
	}
	return out
}

// indexBatch is how many articles' sentences enter the full-text index in
// one statement. A reseed indexes as it writes, so that the index is built
// while the parsers work on the next articles, not alone at the end; a
// batch is one INSERT ... SELECT, because a row at a time through
// database/sql would cost more than the indexing itself.
const indexBatch = 64

func (s *Store) newWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{
		now:   s.now().UTC().Format(time.RFC3339),
		sent:  newRowsInsert(tx, `INSERT INTO sentences (article_id, idx, paragraph, start, stop) VALUES `, 5),
		claim: newRowsInsert(tx, `INSERT INTO claims (article_id, topic, stance, value, person, role, slot, text, start, stop, sentence) VALUES `, 11),
	}
	for _, st := range []struct {
		dst  **sql.Stmt
		text string
	}{
		{&w.art, `INSERT INTO articles (name, origin, url, title, site, tier, published, raw, body, fingerprint, simhash, source_key, label, label_quote, subject, added_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		// each article's text is read once for its sentences (the outer
		// loop's large column is cached), not once per sentence as a
		// read through the view sentence_texts would
		{&w.fts, `INSERT INTO sentences_fts (docid, text)
			SELECT s.id, CAST(substr(CAST(a.body AS BLOB), s.start + 1, s.stop - s.start) AS TEXT)
			FROM articles a CROSS JOIN sentences s ON s.article_id = a.id WHERE a.id BETWEEN ? AND ?`},
	} {
		stmt, err := tx.PrepareContext(ctx, st.text)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("prepare: %w", err)
		}
		*st.dst = stmt
	}
	return w, nil
}

// index adds to the full-text index the sentences of the articles
// written since it last ran.
func (w *writer) index(ctx context.Context) error {
	if w.unindexed == 0 {
		return nil
	}
	if _, err := w.fts.ExecContext(ctx, w.first, w.last); err != nil {
		return fmt.Errorf("search index: %w", err)
	}
	w.unindexed = 0
	return nil
}

func (w *writer) close() {
	for _, st := range []*sql.Stmt{w.art, w.fts} {
		if st != nil {
			st.Close()
		}
	}
	w.sent.close()
	w.claim.close()
}

// rowsInsert inserts rows into one table several to a statement, so that
// database/sql's and the driver's work per statement is paid once for up to
// rowsPerInsert rows. It is a small saving (a few percent of the writer's
// instructions in a reseed): most of a row's cost is SQLite's own.
type rowsInsert struct {
	tx    *sql.Tx
	head  string // INSERT INTO ... VALUES
	cols  int
	args  []any             // the values of the rows to insert, row after row
	stmts map[int]*sql.Stmt // by number of rows, prepared when first needed
}

// rowsPerInsert is the most rows one statement inserts.
const rowsPerInsert = 32

func newRowsInsert(tx *sql.Tx, head string, cols int) *rowsInsert {
	return &rowsInsert{tx: tx, head: head, cols: cols, stmts: map[int]*sql.Stmt{}}
}

// add queues a row of r.cols values.
func (r *rowsInsert) add(vals ...any) { r.args = append(r.args, vals...) }

// flush inserts the queued rows, in order.
func (r *rowsInsert) flush(ctx context.Context) error {
	defer func() {
		clear(r.args)
		r.args = r.args[:0]
	}()
	for args := r.args; len(args) > 0; {
		n := min(len(args)/r.cols, rowsPerInsert)
		st, err := r.stmt(ctx, n)
		if err != nil {
			return err
		}
		if _, err := st.ExecContext(ctx, args[:n*r.cols]...); err != nil {
			return err
		}
		args = args[n*r.cols:]
	}
	return nil
}

func (r *rowsInsert) stmt(ctx context.Context, n int) (*sql.Stmt, error) {
	if st, ok := r.stmts[n]; ok {
		return st, nil
	}
	var b strings.Builder
	b.WriteString(r.head)
	row := "(?" + strings.Repeat(", ?", r.cols-1) + ")"
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(row)
	}
	st, err := r.tx.PrepareContext(ctx, b.String())
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	r.stmts[n] = st
	return st, nil
}

func (r *rowsInsert) close() {
	for _, st := range r.stmts {
		st.Close()
	}
}

// gather adds claim c of article id to the verdicts' evidence.
func (w *writer) gather(id int64, p parsed, c Claim) {
	k := statusKey{string(c.Topic), string(c.Stance), c.Value, c.Person, c.Role, c.Slot, string(p.Tier), p.sourceKey}
	r, ok := w.status[k]
	if !ok {
		if w.status == nil {
			w.status = map[statusKey]*statusRow{}
		}
		w.status[k] = &statusRow{ev: evidence{Claim: Claim{Topic: c.Topic, Stance: c.Stance, Value: c.Value, Person: c.Person, Role: c.Role, Slot: c.Slot, Text: c.Text},
			Tier: p.Tier, Source: p.sourceKey}, article: id, sentence: c.Sentence}
		return
	}
	r.ev.Text = min(r.ev.Text, c.Text)
	r.article = min(r.article, id)
	r.sentence = min(r.sentence, c.Sentence)
}

// add stores one article.
func (w *writer) add(ctx context.Context, p parsed) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	published := ""
	if !p.Published.IsZero() {
		published = p.Published.Format(time.DateOnly)
	}
	raw := "" // a seed is read from its file at every reseed
	if p.Origin == "admin" {
		raw = p.Raw
	}
	res, err := w.art.ExecContext(ctx, p.Name, p.Origin, p.URL, p.Title, p.Site, string(p.Tier), published, raw, p.Body,
		p.fingerprint, int64(p.simhash), p.sourceKey, string(p.result.Label), p.result.LabelQuote, p.result.Subject, w.now)
	if err != nil {
		return fmt.Errorf("store %s: %w", p.Name, err)
	}
	id, _ := res.LastInsertId()
	if w.unindexed == 0 {
		w.first = id
	}
	w.last = id
	w.unindexed++
	for _, st := range p.result.Sentences {
		w.sent.add(id, st.Index, st.Paragraph, st.Start, st.End)
	}
	if err := w.sent.flush(ctx); err != nil {
		return fmt.Errorf("store %s: sentences: %w", p.Name, err)
	}
	for _, c := range p.result.Claims {
		if p.result.Subject == "film" {
			w.gather(id, p, c)
		}
		w.claim.add(id, string(c.Topic), string(c.Stance), c.Value, c.Person, c.Role, c.Slot, c.Text, c.Start, c.End, c.Sentence)
	}
	if err := w.claim.flush(ctx); err != nil {
		return fmt.Errorf("store %s: claims: %w", p.Name, err)
	}
	if w.unindexed == indexBatch {
		return w.index(ctx)
	}
	return nil
}
