package knowledge

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode"

	"github.com/purplehearts/bot/seeds"
)

var testNow = time.Date(2026, 11, 22, 0, 0, 0, 0, time.UTC)

// openStore opens a knowledge base at path with the embedded seeds and a
// clock fixed at now; tests and benchmarks share it.
func openStore(tb testing.TB, path string, now time.Time) *Store {
	tb.Helper()
	st, err := Open(context.Background(), path, WithSeeds(seeds.FS), WithClock(func() time.Time { return now }))
	if err != nil {
		tb.Fatalf("Open(%q): %v", path, err)
	}
	return st
}

// mustOpen opens a knowledge base on a real SQLite file, reseeded from the
// embedded seeds.
func mustOpen(t *testing.T) *Store {
	t.Helper()
	ctx := context.Background()
	st := openStore(t, filepath.Join(t.TempDir(), "kb.db"), testNow)
	t.Cleanup(func() { st.Close() })
	if _, err := st.Reseed(ctx, nil); err != nil {
		t.Fatalf("Reseed: %v", err)
	}
	return st
}

func mustFile(t *testing.T, path string) File {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return File{Name: filepath.Base(path), Data: b}
}

func verdictOf(t *testing.T, a Answer, topic Topic) Verdict {
	t.Helper()
	for _, v := range a.Topics {
		if v.Topic == topic {
			return v
		}
	}
	t.Fatalf("no %s verdict in %+v", topic, a.Topics)
	return Verdict{}
}

func valueOf(v Verdict, value string) (Value, bool) {
	for _, x := range v.Values {
		if x.Value == value {
			return x, true
		}
	}
	return Value{}, false
}

// The seeds' aggregate verdicts, as seeds-gold.json's aggregate block
// states them: nothing confirmed, the release date and the plot disputed.
func TestSeedVerdicts(t *testing.T) {
	st := mustOpen(t)
	a, err := st.Overview(context.Background(), testNow)
	if err != nil {
		t.Fatal(err)
	}
	if got := verdictOf(t, a, TopicSequel).Status; got == Confirmed || got != Disputed {
		t.Errorf("sequel = %s, want disputed (never confirmed on blogs alone)", got)
	}
	rel := verdictOf(t, a, TopicRelease)
	if rel.Status != Disputed {
		t.Errorf("release = %s, want disputed", rel.Status)
	}
	for _, want := range []struct {
		value  string
		passed bool
	}{{"2026-02-14", true}, {"2026-07-29", true}, {"2026-06-01/2026-08-31", true}, {"2025-01-01/2025-12-31", true}, {"2026-07-01/2027-03-31", false}} {
		v, ok := valueOf(rel, want.value)
		if !ok {
			t.Errorf("release values lack %s: %+v", want.value, rel.Values)
			continue
		}
		if v.Passed != want.passed {
			t.Errorf("release %s passed = %v, want %v", want.value, v.Passed, want.passed)
		}
		if len(v.Sources) == 0 || v.Sources[0].Quote == "" || v.Sources[0].URL == "" {
			t.Errorf("release %s has no citation with quote and url: %+v", want.value, v.Sources)
		}
	}
	cast := verdictOf(t, a, TopicCast)
	for _, v := range cast.Values {
		if v.Status == Confirmed {
			t.Errorf("cast %s is confirmed on blogs alone", v.Value)
		}
	}
	for _, p := range []string{"Sofia Carson", "Nicholas Galitzine"} {
		if v, ok := valueOf(cast, p); !ok || v.Status != Reported {
			t.Errorf("cast %s = %+v, want reported", p, v.Status)
		}
	}
	if v, ok := valueOf(cast, "Kacey Musgraves"); !ok || v.Status != Rumored {
		t.Errorf("Kacey Musgraves = %v, want rumored (one site)", v.Status)
	}
	if got := verdictOf(t, a, TopicPlot).Status; got != Disputed {
		t.Errorf("plot = %s, want disputed", got)
	}
	if got := verdictOf(t, a, TopicAnnouncement).Status; got != Disputed {
		t.Errorf("announcement = %s, want disputed (November 10 vs November 20)", got)
	}
}

// Two articles from one site are one source: 000 and 002 share
// todaycnews.com, so the greenlight has two independent sources, not three.
func TestOneSiteIsOneSource(t *testing.T) {
	st := mustOpen(t)
	arts, err := st.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	sites := map[string]int{}
	for _, a := range arts {
		sites[a.Site]++
	}
	if sites["todaycnews.com"] != 2 {
		t.Fatalf("sites = %v, want two todaycnews.com articles", sites)
	}
	v, err := st.Topic(context.Background(), TopicSequel, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(v.Reason, "3 sites say") {
		t.Errorf("sequel reason = %q, want it to count 3 independent sites (not 4 articles)", v.Reason)
	}
}

// An official announcement outranks the blogs: the sequel, the release and
// its date read confirmed, and the blogs' other dates contradicted.
func TestOfficialAnnouncementConfirms(t *testing.T) {
	st := mustOpen(t)
	ctx := context.Background()
	c, err := st.AddArticle(ctx, mustFile(t, "testdata/official.txt"), ArticleMeta{})
	if err != nil {
		t.Fatal(err)
	}
	a, err := st.Overview(ctx, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if got := verdictOf(t, a, TopicSequel).Status; got != Confirmed {
		t.Errorf("sequel = %s, want confirmed", got)
	}
	rel := verdictOf(t, a, TopicRelease)
	if rel.Status != Confirmed {
		t.Errorf("release = %s (%s), want confirmed", rel.Status, rel.Reason)
	}
	if v, ok := valueOf(rel, "2027-09-18"); !ok || v.Status != Confirmed {
		t.Errorf("2027-09-18 = %+v, want confirmed", v)
	}
	if v, _ := valueOf(rel, "2026-02-14"); v.Status != Contradicted {
		t.Errorf("2026-02-14 = %s, want contradicted", v.Status)
	}
	if v, _ := valueOf(verdictOf(t, a, TopicCast), "Sofia Carson"); v.Status != Confirmed {
		t.Errorf("Sofia Carson = %s, want confirmed by the official source", v.Status)
	}
	changed := map[string]bool{}
	for _, vc := range c.Verdicts {
		changed[string(vc.Topic)+"/"+vc.Value+":"+string(vc.To)] = true
	}
	for _, want := range []string{"sequel/:confirmed", "release/:confirmed", "release/2027-09-18:confirmed"} {
		if !changed[want] {
			t.Errorf("change lacks %s: %+v", want, c.Verdicts)
		}
	}
}

// An official listing gives the month and the day: one release, told
// twice, not two dates that dispute each other.
func TestOfficialListingConfirms(t *testing.T) {
	a := overviewWith(t, "testdata/official-listing.txt")
	// the listing states no status: its date presupposes the sequel
	if got := verdictOf(t, a, TopicSequel); got.Status != Confirmed {
		t.Errorf("sequel = %s (%s), want confirmed by the official listing's date", got.Status, got.Reason)
	}
	rel := verdictOf(t, a, TopicRelease)
	if rel.Status != Confirmed {
		t.Errorf("release = %s (%s), want confirmed", rel.Status, rel.Reason)
	}
	if v, ok := valueOf(rel, "2027-02-12"); !ok || v.Status != Confirmed {
		t.Errorf("2027-02-12 = %+v, want confirmed", v)
	}
	if v, _ := valueOf(rel, "2026-02-14"); v.Status != Contradicted {
		t.Errorf("2026-02-14 = %s, want contradicted", v.Status)
	}
}

// An official trailer page: the trailer is out and outranks the blogs'
// "no official trailer yet"; the film is coming, not out.
func TestOfficialTrailerConfirms(t *testing.T) {
	a := overviewWith(t, "testdata/official-trailer.txt")
	tr := verdictOf(t, a, TopicTrailer)
	if tr.Status != Confirmed {
		t.Errorf("trailer = %s (%s), want confirmed", tr.Status, tr.Reason)
	}
	if v, _ := valueOf(tr, "not_released"); v.Status != Contradicted {
		t.Errorf("not_released = %s, want contradicted", v.Status)
	}
	seq := verdictOf(t, a, TopicSequel)
	if seq.Status != Confirmed {
		t.Errorf("sequel = %s (%s), want confirmed", seq.Status, seq.Reason)
	}
	if v, _ := valueOf(seq, "released"); v.Status == Confirmed {
		t.Errorf("sequel released = confirmed: the trailer is out, not the film")
	}
}

func TestBadInput(t *testing.T) {
	big := bytes.Repeat([]byte("Purple Hearts 2 is coming. "), 10<<20/27+1)
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty.txt", []byte("  \n"), "is empty"},
		{"binary.txt", []byte{0x89, 'P', 'N', 'G', 0, 0, 1, 2}, "binary"},
		{"huge.txt", big, "over the 1.0 MB limit"},
		{"latin1.txt", []byte("Purple Hearts 2 est confirm\xe9 pour 2026."), "not valid UTF-8"},
		{"page.txt", []byte("<!DOCTYPE html><html><body><p>Purple Hearts 2</p></body></html>"), "is HTML"},
		{"noclose.txt", []byte("url: https://example.com/a\ntitle: A\nPurple Hearts 2 is confirmed.\n"), "no closing '---'"},
		{"tier.txt", []byte("url: https://example.com/a\ntier: gossip\n---\nPurple Hearts 2 is confirmed.\n"), `unknown tier "gossip"`},
	}
	ctx := context.Background()
	st := mustOpen(t)
	before, err := st.Overview(ctx, testNow)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := st.AddArticle(ctx, File{Name: c.name, Data: c.data}, ArticleMeta{})
			if !errors.Is(err, ErrInvalidArticle) {
				t.Fatalf("AddArticle(%s) = %v, want ErrInvalidArticle", c.name, err)
			}
			msg := UserMessage(err)
			if !strings.Contains(msg, c.name) || !strings.Contains(msg, c.want) || strings.Contains(msg, "\n") {
				t.Errorf("message %q: want one line naming %s and saying %q", msg, c.name, c.want)
			}
		})
	}
	// a duplicate: a seed's text under another name
	dup := mustFile(t, "../seeds/000_4577ca7f1c12c52e.txt")
	dup.Name = "copy.txt"
	if _, err := st.AddArticle(ctx, dup, ArticleMeta{}); !errors.Is(err, ErrDuplicate) || !strings.Contains(UserMessage(err), "same text as 000_4577ca7f1c12c52e.txt") {
		t.Errorf("AddArticle(duplicate) = %v, want ErrDuplicate naming the original", err)
	}
	after, err := st.Overview(ctx, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(after.Topics) != len(before.Topics) || verdictOf(t, after, TopicRelease).Status != verdictOf(t, before, TopicRelease).Status {
		t.Errorf("rejected articles changed the knowledge base")
	}
	// The same bad files in a reseed: each is named, the rest ingested.
	files, err := LoadDir(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		files = append(files, File{Name: c.name, Data: c.data})
	}
	files = append(files, dup)
	ch, err := st.Reseed(ctx, files)
	if err != nil {
		t.Fatalf("Reseed with bad files: %v", err)
	}
	if len(ch.Problems) != len(cases)+1 {
		t.Errorf("problems = %+v, want %d", ch.Problems, len(cases)+1)
	}
	arts, _ := st.Articles(ctx)
	if len(arts) != 5 {
		t.Errorf("articles after reseed = %d, want the 5 good ones", len(arts))
	}
}

// "Netflix announced Purple Hearts 2" is a greenlight however it is
// phrased: the sequel reads confirmed, not only its date.
func TestOfficialAnnouncementPhrasing(t *testing.T) {
	a := overviewWith(t, "testdata/official-announces.txt")
	if got := verdictOf(t, a, TopicSequel).Status; got != Confirmed {
		t.Errorf("sequel = %s, want confirmed", got)
	}
	if v, ok := valueOf(verdictOf(t, a, TopicRelease), "2027-06-04"); !ok || v.Status != Confirmed {
		t.Errorf("2027-06-04 = %+v, want confirmed", v)
	}
}

// TestTradeDenialOutranks adds a trade paper's report that no sequel is
// made (an article written here) to the seeds, whose blogs call it
// greenlit: the sequel reads unconfirmed, the blogs' greenlight as
// contradicted, and "not announced" as the trade source has it.
func TestTradeDenialOutranks(t *testing.T) {
	seq := verdictOf(t, overviewWith(t, "testdata/trade-denies.txt"), TopicSequel)
	if seq.Status != Unconfirmed {
		t.Errorf("sequel = %s (%s), want unconfirmed", seq.Status, seq.Reason)
	}
	if v, ok := valueOf(seq, "greenlit"); !ok || v.Status != Contradicted {
		t.Errorf("greenlit = %+v, want contradicted", v)
	}
	if v, ok := valueOf(seq, "not_announced"); !ok || v.Status != Unconfirmed {
		t.Errorf("not announced = %+v, want unconfirmed, as the trade source says", v)
	}
}

// overviewWith returns the overview of a store of the seeds and the
// article in file, added by an admin.
func overviewWith(t *testing.T, file string) Answer {
	t.Helper()
	st := mustOpen(t)
	ctx := context.Background()
	if _, err := st.AddArticle(ctx, mustFile(t, file), ArticleMeta{}); err != nil {
		t.Fatal(err)
	}
	a, err := st.Overview(ctx, testNow)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// A reseed that fails before it commits, or that finds nothing readable,
// leaves the previous knowledge base answering.
func TestReseedIsAtomic(t *testing.T) {
	ctx := context.Background()
	st := mustOpen(t)
	before, _ := st.Overview(ctx, testNow)
	st.beforeCommit = func() error { return errors.New("simulated crash") }
	official := mustFile(t, "testdata/official.txt")
	if _, err := st.Reseed(ctx, []File{official}); err == nil {
		t.Fatal("Reseed with a crash succeeded")
	}
	st.beforeCommit = nil
	after, err := st.Overview(ctx, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if verdictOf(t, after, TopicSequel).Status != verdictOf(t, before, TopicSequel).Status {
		t.Errorf("a crashed reseed changed the sequel verdict")
	}
	if arts, _ := st.Articles(ctx); len(arts) != 5 {
		t.Errorf("articles after crashed reseed = %d, want 5", len(arts))
	}
	if _, err := st.Reseed(ctx, []File{{Name: "bad.txt", Data: nil}}); !errors.Is(err, ErrNoArticles) {
		t.Errorf("Reseed(all bad) = %v, want ErrNoArticles", err)
	}
	if arts, _ := st.Articles(ctx); len(arts) != 5 {
		t.Errorf("articles after empty reseed = %d, want 5", len(arts))
	}
}

// Admin articles live in the database: they survive reseeds and restarts.
func TestAdminArticlesSurvive(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	st, err := Open(ctx, path, WithSeeds(seeds.FS))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Reseed(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddArticle(ctx, mustFile(t, "testdata/official.txt"), ArticleMeta{}); err != nil {
		t.Fatal(err)
	}
	c, err := st.Reseed(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Removed) != 0 {
		t.Errorf("reseed removed %v, want the admin article kept", c.Removed)
	}
	st.Close()
	st, err = Open(ctx, path, WithSeeds(seeds.FS))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	v, err := st.Topic(ctx, TopicSequel, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if v.Status != Confirmed {
		t.Errorf("after restart sequel = %s, want confirmed (admin article kept)", v.Status)
	}
	c, err = st.RemoveArticle(ctx, "official.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Removed) != 1 || len(c.Verdicts) == 0 {
		t.Errorf("remove change = %+v, want one removed article and changed verdicts", c)
	}
	last, err := st.LastChange(ctx)
	if err != nil || last.ID != c.ID || last.Kind != "remove" {
		t.Errorf("LastChange = %+v, %v; want the removal", last, err)
	}
	if _, err := st.RemoveArticle(ctx, "official.txt"); !errors.Is(err, ErrNotFound) {
		t.Errorf("second remove = %v, want ErrNotFound", err)
	}
}

func TestAsk(t *testing.T) {
	st := mustOpen(t)
	cases := []struct {
		q      string
		topic  Topic
		value  string
		status Status
	}{
		{"when does it come out?", TopicRelease, "", Disputed},
		{"is there a purple hearts 2?", TopicSequel, "", Disputed},
		{"is Kacey Musgraves in it?", TopicCast, "Kacey Musgraves", Rumored},
		{"is Taylor Swift in it?", TopicCast, "Taylor Swift", Unknown},
		{"what's the plot?", TopicPlot, "", Disputed},
		// the suggestion the slash command offers: the trailer, not the
		// sequel, first
		{"Is there a trailer?", TopicTrailer, "", Disputed},
		{"is there a purple hearts 2 and when is it out?", TopicSequel, "", Disputed},
		// "who" beside a word of another role asks for that role (the
		// slash command suggests "Who is directing it?")
		{"Who is directing it?", TopicDirector, "", Reported},
		{"who directs it?", TopicDirector, "", Reported},
		{"Who is in the cast?", TopicCast, "", Reported},
		{"when was it announced?", TopicAnnouncement, "", Disputed},
		{"when does filming start?", TopicProduction, "", Disputed},
		{"when is the release date?", TopicRelease, "", Disputed},
		{"is it on Netflix yet?", TopicRelease, "", Disputed},
		// a part the question names: who plays it
		{"who plays Luke?", TopicCast, "Nicholas Galitzine", Reported},
		{"¿Habrá Purple Hearts 2?", TopicSequel, "", Disputed},
		// a question the knowledge base has no topic for: the overview,
		// which opens with the sequel, not a topic its words happen to hit
		{"will there be a purple hearts 3?", TopicSequel, "", Disputed},
	}
	for _, c := range cases {
		a, err := st.Ask(context.Background(), c.q, testNow)
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Topics) == 0 || a.Topics[0].Topic != c.topic {
			t.Errorf("Ask(%q) topics = %v, want %s first", c.q, topicsOf(a), c.topic)
			continue
		}
		v := a.Topics[0]
		if c.value != "" {
			if len(v.Values) != 1 || v.Values[0].Value != c.value || v.Values[0].Status != c.status {
				t.Errorf("Ask(%q) = %+v, want only %s %s", c.q, v.Values, c.value, c.status)
			}
		} else if v.Status != c.status {
			t.Errorf("Ask(%q) status = %s, want %s", c.q, v.Status, c.status)
		}
	}
	sugg, err := st.Suggest(context.Background(), "kacey", 25)
	if err != nil || len(sugg) == 0 || !strings.Contains(sugg[0].Name, "Kacey Musgraves") {
		t.Errorf("Suggest(kacey) = %+v, %v", sugg, err)
	}
}

func topicsOf(a Answer) []Topic {
	var out []Topic
	for _, v := range a.Topics {
		out = append(out, v.Topic)
	}
	return out
}

func TestPins(t *testing.T) {
	ctx := context.Background()
	st := mustOpen(t)
	p := Pin{MessageID: "m1", ChannelID: "c1", GuildID: "g1", Topic: "overview", Hash: "h1"}
	if err := st.SavePin(ctx, p); err != nil {
		t.Fatal(err)
	}
	p.Hash = "h2"
	if err := st.SavePin(ctx, p); err != nil {
		t.Fatal(err)
	}
	pins, err := st.Pins(ctx)
	if err != nil || len(pins) != 1 || pins[0].Hash != "h2" {
		t.Fatalf("Pins = %+v, %v; want one pin with hash h2", pins, err)
	}
	if err := st.DeletePin(ctx, "m1"); err != nil {
		t.Fatal(err)
	}
	if err := st.DeletePin(ctx, "m1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("DeletePin twice = %v, want ErrNotFound", err)
	}
}

// TestStatusEvidenceJudgesAlike checks that the slim evidence a reseed
// judges from (one row per distinct claim and source, no quotes) gives
// every topic and value the status the full evidence gives: on the seeds
// and the development articles when present, then with the official test
// articles added, at dates before, between and after the claimed release
// dates.
func TestStatusEvidenceJudgesAlike(t *testing.T) {
	ctx := context.Background()
	files, err := LoadDir(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	if dev, err := LoadDir(os.DirFS("../../shared/eval/dev/articles")); err == nil {
		files = append(files, dev...)
	}
	official := []File{mustFile(t, "testdata/official.txt"), mustFile(t, "testdata/official-announces.txt")}
	for _, corpus := range [][]File{files, append(slices.Clone(files), official...)} {
		st := openStore(t, filepath.Join(t.TempDir(), "kb.db"), testNow)
		defer st.Close()
		if _, err := st.Reseed(ctx, corpus); err != nil {
			t.Fatalf("Reseed: %v", err)
		}
		full, err := loadEvidence(ctx, st.db, nil)
		if err != nil {
			t.Fatal(err)
		}
		slim, err := loadStatusEvidence(ctx, st.db)
		if err != nil {
			t.Fatal(err)
		}
		// the evidence a reseed's writer gathers is the rows read back
		if gathered := gatheredEvidence(t, st, corpus); !sameRows(gathered, slim) {
			t.Errorf("%d articles: the writer gathered %d evidence rows, the knowledge base holds %d, or other ones", len(corpus), len(gathered), len(slim))
		}
		if len(slim) >= len(full) {
			t.Errorf("slim evidence has %d rows, full %d: nothing was merged", len(slim), len(full))
		}
		for _, now := range []time.Time{time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC), testNow, time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC)} {
			want, got := statuses(judge(full, now)), statuses(judge(slim, now))
			if !maps.Equal(got, want) {
				t.Errorf("%d articles at %s: slim evidence judges\n%v\nfull evidence judges\n%v", len(corpus), now.Format(time.DateOnly), got, want)
			}
		}
	}
}

func statuses(vs []Verdict) map[string]Status {
	m := map[string]Status{}
	for _, v := range vs {
		m[string(v.Topic)] = v.Status
		for _, val := range v.Values {
			m[string(v.Topic)+"/"+val.Value] = val.Status
		}
	}
	return m
}

// TestReseedDirUnreadableFile reseeds from a directory in which one entry
// cannot be read: it is reported by name and the others are ingested.
func TestReseedDirUnreadableFile(t *testing.T) {
	ctx := context.Background()
	good, err := fs.ReadFile(seeds.FS, "000_4577ca7f1c12c52e.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := fstest.MapFS{
		"good.txt":       {Data: good},
		"folder.txt/x":   {Data: []byte("not an article")},
		"notes.markdown": {Data: []byte("ignored")},
	}
	st, err := Open(ctx, filepath.Join(t.TempDir(), "kb.db"), WithSeeds(dir), WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	c, err := st.Reseed(ctx, nil)
	if err != nil {
		t.Fatalf("Reseed: %v", err)
	}
	if !slices.Equal(c.Added, []string{"good.txt"}) {
		t.Errorf("added %v, want [good.txt]", c.Added)
	}
	if len(c.Problems) != 1 || c.Problems[0].File != "folder.txt" || !strings.Contains(c.Problems[0].Message, "read") {
		t.Errorf("problems %+v, want one for folder.txt saying it cannot be read", c.Problems)
	}
}

// TestReseedCancelled cancels a reseed while it runs: it returns the
// context's error, and the knowledge base still answers from the articles
// it had.
func TestReseedCancelled(t *testing.T) {
	st := mustOpen(t)
	files, err := LoadDir(seeds.FS)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 200 { // enough that the cancel lands mid-way
		f := files[i%len(files)]
		files = append(files, File{Name: fmt.Sprintf("copy%03d_%s", i, f.Name), Data: append([]byte(fmt.Sprintf("url: https://site%d.example/a\n---\nStory %d.\n", i, i)), f.Data...)})
	}
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(50 * time.Millisecond)
		cancel()
	}()
	if _, err := st.Reseed(ctx, files); !errors.Is(err, context.Canceled) {
		t.Fatalf("Reseed cancelled: err %v, want context.Canceled", err)
	}
	arts, err := st.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 5 {
		t.Errorf("after a cancelled reseed the knowledge base has %d articles, want the 5 it had", len(arts))
	}
}

// TestFingerprintAsBefore holds fingerprint to the plain way of computing
// it (split into lower-cased words, hash/fnv per trigram, a count per bit),
// so that stored fingerprints and simhashes keep their meaning.
func TestFingerprintAsBefore(t *testing.T) {
	plainWay := func(body string) (string, uint64) {
		words := strings.FieldsFunc(strings.ToLower(body), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		sum := sha256.Sum256([]byte(strings.Join(words, " ")))
		var acc [64]int
		for i := 0; i+2 < len(words); i++ {
			h := fnv.New64a()
			h.Write([]byte(words[i] + " " + words[i+1] + " " + words[i+2]))
			v := h.Sum64()
			for b := range 64 {
				if v&(1<<b) != 0 {
					acc[b]++
				} else {
					acc[b]--
				}
			}
		}
		var sim uint64
		for b := range 64 {
			if acc[b] > 0 {
				sim |= 1 << b
			}
		}
		return hex.EncodeToString(sum[:]), sim
	}
	bodies := []string{"", "one", "one two", "One, TWO; three!", "Été 2026 — ÇA\xffva\x00 ok ok ok", strings.Repeat("purple hearts two ", 400)}
	texts, err := seeds.Texts()
	if err != nil || len(texts) == 0 {
		t.Fatalf("seed texts: %d, %v", len(texts), err)
	}
	for _, b := range append(bodies, texts...) {
		gotSum, gotSim := fingerprint(b)
		wantSum, wantSim := plainWay(b)
		if gotSum != wantSum || gotSim != wantSim {
			t.Errorf("fingerprint(%.40q) = %s %x, plain way %s %x", b, gotSum, gotSim, wantSum, wantSim)
		}
	}
}

// TestSearchIndexFollowsArticles checks that the full-text index holds
// every stored sentence, and nothing else, after a reseed, after an admin
// adds an article and after one is removed, and that a free-text search
// finds the added article's words.
func TestSearchIndexFollowsArticles(t *testing.T) {
	ctx := context.Background()
	st := mustOpen(t)
	checkIndex(t, st, "after reseed")
	article := "Purple Hearts 2 will premiere on Netflix on March 3, 2027, the streamer said from Zanzibar.\n"
	if _, err := st.AddArticle(ctx, File{Name: "zanzibar.txt", Data: []byte(article)}, ArticleMeta{}); err != nil {
		t.Fatalf("AddArticle: %v", err)
	}
	checkIndex(t, st, "after an added article")
	topics, err := st.searchTopics(ctx, "zanzibar")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(topics, TopicRelease) {
		t.Errorf("search for a word only the added article has found topics %v, want release among them", topics)
	}
	if _, err := st.RemoveArticle(ctx, "zanzibar.txt"); err != nil {
		t.Fatalf("RemoveArticle: %v", err)
	}
	checkIndex(t, st, "after a removed article")
	if n := matches(t, st, "zanzibar"); n != 0 {
		t.Errorf("after a removed article: the search index still finds its word in %d sentences", n)
	}
}

// checkIndex fails the test unless the full-text index holds exactly the
// stored sentences: FTS4's integrity-check compares the index with the
// sentences table it reads (a sentence missing from the index, or an
// index entry whose sentence is gone, makes it fail), and a database
// whose index lost a sentence must fail the check, or it checks nothing.
func checkIndex(t *testing.T, st *Store, when string) {
	t.Helper()
	ctx := context.Background()
	var n int
	if err := st.db.QueryRowContext(ctx, `SELECT count(*) FROM sentences`).Scan(&n); err != nil || n == 0 {
		t.Fatalf("%s: %d sentences (%v)", when, n, err)
	}
	if _, err := st.db.ExecContext(ctx, `INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("%s: the search index does not match the %d sentences: %v", when, n, err)
	}
}

// matches counts the sentences a full-text search for q finds.
func matches(t *testing.T, st *Store, q string) int {
	t.Helper()
	var n int
	if err := st.db.QueryRowContext(context.Background(), `SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH ?`, q).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestIndexCheckFails checks checkIndex's premise: integrity-check fails
// once a sentence has left the index.
func TestIndexCheckFails(t *testing.T) {
	ctx := context.Background()
	st := mustOpen(t)
	if _, err := st.db.ExecContext(ctx, `DELETE FROM sentences_fts WHERE docid = (SELECT max(id) FROM sentences)`); err != nil {
		t.Fatal(err)
	}
	// The sentence is back in the table the index reads, not in the index.
	if _, err := st.db.ExecContext(ctx, `INSERT INTO sentences_fts (sentences_fts) VALUES ('integrity-check')`); err == nil {
		t.Error("integrity-check passed with a sentence missing from the search index")
	}
}

func TestSearchIndexEveryBatch(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, filepath.Join(t.TempDir(), "kb.db"), testNow)
	t.Cleanup(func() { st.Close() })
	files, _ := syntheticArticles(t, 2*indexBatch+3)
	if _, err := st.Reseed(ctx, files); err != nil {
		t.Fatalf("Reseed(%d articles): %v", len(files), err)
	}
	checkIndex(t, st, fmt.Sprintf("Reseed(%d articles)", len(files)))
	// Each synthetic article's byline names a reporter of its own.
	last := fmt.Sprintf("reporter%05d", len(files)-1)
	if n := matches(t, st, last); n != 1 {
		t.Errorf("Reseed(%d articles): the search finds the last article's byline in %d sentences, want 1", len(files), n)
	}
}

// TestReseedTruncatesLog checks that a reseed does not leave its
// write-ahead log, which held the whole rebuild, on disk at that size.
func TestReseedTruncatesLog(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kb.db")
	st := openStore(t, path, testNow)
	defer st.Close()
	if _, err := st.Reseed(context.Background(), nil); err != nil {
		t.Fatalf("Reseed: %v", err)
	}
	st.Settle()
	db, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if wal, err := os.Stat(path + "-wal"); err == nil && wal.Size() > 0 {
		t.Errorf("after a reseed the write-ahead log is %d bytes (the database %d)", wal.Size(), db.Size())
	}
}

// gatheredEvidence reseeds a new store with files, as st was, and returns
// the evidence its writer gathered for the verdicts.
func gatheredEvidence(t *testing.T, st *Store, files []File) []evidence {
	t.Helper()
	var got []evidence
	fresh := openStore(t, filepath.Join(t.TempDir(), "kb.db"), testNow)
	defer fresh.Close()
	fresh.onFinish = func(ev []evidence) { got = ev }
	if _, err := fresh.Reseed(context.Background(), files); err != nil {
		t.Fatalf("Reseed: %v", err)
	}
	return got
}

// sameRows reports whether two evidence lists hold the same rows, in any
// order (SQL leaves the order of ties open).
func sameRows(a, b []evidence) bool {
	key := func(e evidence) string { return fmt.Sprintf("%+v", e) }
	ka, kb := make([]string, len(a)), make([]string, len(b))
	for i := range a {
		ka[i] = key(a[i])
	}
	for i := range b {
		kb[i] = key(b[i])
	}
	slices.Sort(ka)
	slices.Sort(kb)
	return slices.Equal(ka, kb)
}
