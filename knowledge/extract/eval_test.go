package extract_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/purplehearts/bot/knowledge"
	"github.com/purplehearts/bot/knowledge/extract"
)

// The hand-labelled sets live beside the repository, in ../shared/eval.
// They are test data: read here, never copied into the project.
const evalDir = "../../../shared/eval"

type evalCase struct {
	file, label   string
	dates, cast   []string
	datesHedged   []string
	article, name string
}

// devDir is the development set: ../shared/eval/dev, or another set laid
// out the same way (gold.json beside its articles) named by $EVAL_DEV, so a
// newly labelled set is measured by the same code and floors.
func devDir() string {
	if d := os.Getenv("EVAL_DEV"); d != "" {
		return d
	}
	return filepath.Join(evalDir, "dev")
}

func loadDev(t *testing.T) []evalCase {
	t.Helper()
	return loadSet(t, devDir())
}

// loadSet reads a labelled set: gold.json beside the articles it names.
func loadSet(t *testing.T, dir string) []evalCase {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Skipf("no labelled set in %s (%v): the development set sits in ../shared/eval/dev beside the repository", dir, err)
	}
	var gold []struct {
		File         string   `json:"file"`
		SequelStatus string   `json:"sequel_status"`
		Dates        []string `json:"release_date_claims"`
		Hedged       []string `json:"release_date_hedged"`
		Cast         []string `json:"cast_claims"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatalf("decode dev gold: %v", err)
	}
	var out []evalCase
	for _, g := range gold {
		out = append(out, evalCase{file: filepath.Join(dir, g.File), name: filepath.Base(g.File), label: g.SequelStatus, dates: g.Dates, datesHedged: g.Hedged, cast: g.Cast})
	}
	return out
}

func loadSeedsGold(t *testing.T) []evalCase {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(evalDir, "seeds-gold.json"))
	if err != nil {
		t.Skipf("no seeds gold (%v)", err)
	}
	var gold struct {
		Sources []struct {
			File         string `json:"file"`
			SequelStatus struct {
				Label string `json:"label"`
			} `json:"sequel_status"`
			Release struct {
				Asserted []struct {
					Text string `json:"text"`
				} `json:"asserted"`
			} `json:"release"`
			Cast struct {
				Asserted []string `json:"asserted"`
			} `json:"cast"`
		} `json:"sources"`
	}
	if err := json.Unmarshal(b, &gold); err != nil {
		t.Fatalf("decode seeds gold: %v", err)
	}
	var out []evalCase
	for _, g := range gold.Sources {
		c := evalCase{file: filepath.Join("../../seeds", g.File), name: g.File, label: g.SequelStatus.Label, cast: g.Cast.Asserted}
		for _, d := range g.Release.Asserted {
			c.dates = append(c.dates, d.Text)
		}
		out = append(out, c)
	}
	return out
}

type score struct {
	n, correct    int
	perLabel      map[string][2]int // label -> correct, total
	dtp, dfp, dfn int
	ctp, cfp, cfn int
	misses        []string
}

func (s *score) f1(tp, fp, fn int) (p, r, f float64) {
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	} else {
		p = 1
	}
	if tp+fn > 0 {
		r = float64(tp) / float64(tp+fn)
	} else {
		r = 1
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func evaluate(t *testing.T, cases []evalCase) *score {
	t.Helper()
	s := &score{perLabel: map[string][2]int{}}
	for _, c := range cases {
		data, err := os.ReadFile(c.file)
		if err != nil {
			t.Fatalf("read %s: %v", c.file, err)
		}
		a, err := knowledge.ParseArticle(c.name, data, knowledge.ArticleMeta{}, knowledge.NewTiers(nil, nil))
		if err != nil {
			// a page the knowledge base refuses (raw HTML or JSON) is read
			// as saying nothing: a miss unless its label is unclear
			t.Logf("  refused %s: %v", c.name, err)
			a = knowledge.Article{}
		}
		r := extract.Extract(a.Body, extract.Meta{Title: a.Title, Published: a.Published})
		s.n++
		pl := s.perLabel[c.label]
		pl[1]++
		if string(r.Label) == c.label {
			s.correct++
			pl[0]++
		} else {
			s.misses = append(s.misses, c.name+": label "+string(r.Label)+", want "+c.label)
		}
		s.perLabel[c.label] = pl
		// release dates the article asserts
		var dates []extract.Claim
		cast := map[string]bool{}
		for _, cl := range r.Claims {
			if cl.Stance != extract.Asserted {
				continue
			}
			switch cl.Topic {
			case extract.TopicRelease:
				dates = append(dates, cl)
			case extract.TopicCast:
				cast[cl.Value] = true
			}
		}
		matched := map[int]bool{}
		for _, g := range c.dates {
			found := false
			for i, d := range dates {
				if sameDate(g, d) {
					found = true
					matched[i] = true
				}
			}
			if found {
				s.dtp++
			} else {
				s.dfn++
				s.misses = append(s.misses, c.name+": missed date "+g)
			}
		}
		for i, d := range dates {
			if !matched[i] {
				s.dfp++
				s.misses = append(s.misses, c.name+": extra date "+d.Text+" ("+d.Value+")")
			}
		}
		want := map[string]bool{}
		for _, p := range c.cast {
			want[p] = true
			if cast[p] {
				s.ctp++
			} else {
				s.cfn++
				s.misses = append(s.misses, c.name+": missed cast "+p)
			}
		}
		for p := range cast {
			if !want[p] {
				s.cfp++
				s.misses = append(s.misses, c.name+": extra cast "+p)
			}
		}
	}
	return s
}

// sameDate matches a labelled date ("December 20", "late 2026 or early
// 2027") with an extracted claim, by text or by normalised value.
func sameDate(gold string, c extract.Claim) bool {
	g, x := strings.ToLower(gold), strings.ToLower(c.Text)
	if strings.Contains(g, x) || strings.Contains(x, g) {
		return true
	}
	for _, d := range extract.FindDates(gold, mustDate(c.Value)) {
		if d.Value() == c.Value {
			return true
		}
	}
	return false
}

func mustDate(v string) (t0 timeT) {
	from, _, _ := strings.Cut(v, "/")
	t, _ := parseDay(from)
	return t
}

func (s *score) report(t *testing.T, name string) {
	t.Helper()
	dp, dr, df := s.f1(s.dtp, s.dfp, s.dfn)
	cp, cr, cf := s.f1(s.ctp, s.cfp, s.cfn)
	t.Logf("%s: label accuracy %.2f (%d/%d)", name, float64(s.correct)/float64(s.n), s.correct, s.n)
	labels := make([]string, 0, len(s.perLabel))
	for l := range s.perLabel {
		labels = append(labels, l)
	}
	sort.Strings(labels)
	for _, l := range labels {
		t.Logf("  %-18s %d/%d", l, s.perLabel[l][0], s.perLabel[l][1])
	}
	t.Logf("%s: release dates P %.2f R %.2f F1 %.2f (tp %d fp %d fn %d)", name, dp, dr, df, s.dtp, s.dfp, s.dfn)
	t.Logf("%s: cast P %.2f R %.2f F1 %.2f (tp %d fp %d fn %d)", name, cp, cr, cf, s.ctp, s.cfp, s.cfn)
	for _, m := range s.misses {
		t.Logf("  miss: %s", m)
	}
}

// TestEvalDev measures the extractor on the hand-labelled development set
// and fails if it falls below the floors it has reached, so a change that
// makes it worse is caught. Run with -v to see the figures and misses.
func TestEvalDev(t *testing.T) {
	s := evaluate(t, loadDev(t))
	s.report(t, "dev")
	s.atLeast(t, "dev", devFloor)
}

// atLeast fails the test when a set's figures fall below its floors.
func (s *score) atLeast(t *testing.T, name string, floor floors) {
	t.Helper()
	_, _, df := s.f1(s.dtp, s.dfp, s.dfn)
	_, _, cf := s.f1(s.ctp, s.cfp, s.cfn)
	acc := float64(s.correct) / float64(s.n)
	if acc < floor.label || df < floor.dates || cf < floor.cast {
		t.Errorf("%s: label accuracy %.2f, date F1 %.2f, cast F1 %.2f; want at least %.2f, %.2f, %.2f", name, acc, df, cf, floor.label, floor.dates, floor.cast)
	}
}

// TestEvalWritten measures the extractor on testdata/written: 36 short
// articles written here in the kinds real pages come in (status checks,
// announcements, reviews, debunks, interviews, an FAQ, listicles of other
// Netflix sequels, a star's career profile, a soundtrack story, pages with
// their menus, bylines, cookie notices and related links, openings cut
// mid-word, cast lists), each
// labelled in the dev set's scheme before the extractor read it. It first
// read 26 of their 36 labels right; the floors keep what the fixes found.
func TestEvalWritten(t *testing.T) {
	// the set is the repository's own: missing, it fails rather than skips
	if _, err := os.Stat("testdata/written/gold.json"); err != nil {
		t.Fatal(err)
	}
	s := evaluate(t, loadSet(t, "testdata/written"))
	s.report(t, "written")
	s.atLeast(t, "written", writtenFloor)
}

// TestEvalScratch measures the extractor on testdata/scratch: seven sets of
// thirty articles (n1 … n7), each written from scratch and labelled in the
// dev set's scheme by a helper who never saw the code, in kinds and
// voices of its own (content farms, explainers, interviews, fact-checks,
// forums, FAQs, listings, other works named Purple Hearts, pages in
// German, French, Spanish, Portuguese and Italian). Their first readings,
// each taken before any fix for the set, were 0.67, 0.63, 0.60, 0.53,
// 0.63, 0.53 and 0.67; every set has since been used for fixes, so they
// guard what the fixes found rather than measure unseen pages. The floors
// sit a little under the pooled figures of 2026-12-03 (labels 0.88, date
// F1 0.88, cast F1 0.86).
func TestEvalScratch(t *testing.T) {
	var cases []evalCase
	for i := 1; i <= 7; i++ {
		dir := fmt.Sprintf("testdata/scratch/n%d", i)
		if _, err := os.Stat(filepath.Join(dir, "gold.json")); err != nil {
			t.Fatal(err) // the repository's own: missing, it fails rather than skips
		}
		cases = append(cases, loadSet(t, dir)...)
	}
	s := evaluate(t, cases)
	s.report(t, "scratch")
	s.atLeast(t, "scratch", scratchFloor)
}

// TestEvalSeeds checks the per-article labels, dates and cast of the seeds
// against seeds-gold.json.
func TestEvalSeeds(t *testing.T) {
	s := evaluate(t, loadSeedsGold(t))
	s.report(t, "seeds")
	if s.correct != s.n {
		t.Errorf("seeds: %d/%d labels right; want all", s.correct, s.n)
	}
	_, _, df := s.f1(s.dtp, s.dfp, s.dfn)
	_, _, cf := s.f1(s.ctp, s.cfp, s.cfn)
	if df < seedsFloor.dates || cf < seedsFloor.cast {
		t.Errorf("seeds: date F1 %.2f, cast F1 %.2f; want at least %.2f, %.2f", df, cf, seedsFloor.dates, seedsFloor.cast)
	}
}

var (
	devFloor   = floors{0.90, 0.90, 0.90}
	seedsFloor = struct{ dates, cast float64 }{0.95, 0.95}
	// testdata/written: 33/36 labels, every date and name
	writtenFloor = floors{0.90, 0.90, 0.90}
	// testdata/scratch, pooled: 184/210 labels, date F1 0.88, cast F1 0.86
	scratchFloor = floors{0.85, 0.85, 0.83}
)

// floors are the least label accuracy, release-date F1 and cast F1 a set
// must reach.
type floors struct{ label, dates, cast float64 }

type timeT = time.Time

func parseDay(s string) (time.Time, error) { return time.Parse(time.DateOnly, s) }
