package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"

	"github.com/purplehearts/bot/seeds"
)

// cueTexts returns real sentences (the seeds and, when present, the
// development articles) and pieces of them cut at odd places, as the
// extractor's windows cut them, plus strings made to trip the shortcuts.
func cueTexts(t testing.TB) []string {
	bodies, err := seeds.Texts()
	if err != nil {
		t.Fatal(err)
	}
	dev, _ := filepath.Glob(filepath.Join(evalDirInternal, "dev", "articles", "*.txt"))
	for _, n := range dev {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, string(b))
	}
	texts := []string{
		"", "K", "ſequel", "The \u212aelvin ſequel could be confirmed",
		"PURPLE HEARTS 2 IS OFFICIALLY GREENLIT", "xsequel sequelx _sequel 2sequel",
		"it has not been confirmed,but it could", "Q3 2026 (2027) — late 2026",
		"Part II: Cassie (Sofia Carson) returns", "n’t hasn’t hasn't", "É sequel é",
		"Netflix va-t-elle décider de poursuivre l'histoire ?", "un deuxième film", "un 2ème film",
	}
	for _, b := range bodies {
		for _, s := range Split(b) {
			texts = append(texts, s.Text)
			if i := len(s.Text) / 3; i > 0 {
				texts = append(texts, s.Text[i:], s.Text[:i], s.Text[i:2*i])
			}
		}
	}
	return texts
}

const evalDirInternal = "../../../shared/eval"

// TestCueShortcutsAgree checks that every pattern's shortcuts (the literal
// condition and the word-start scan) give exactly what Go's regexp gives
// on its own, on real text.
func TestCueShortcutsAgree(t *testing.T) {
	texts := cueTexts(t)
	indexed := make([]*text, len(texts))
	for i, s := range texts {
		indexed[i] = newText(s)
	}
	fast := 0
	for _, c := range cues {
		if c.anchored != nil {
			fast++
		}
		for i, s := range texts {
			want := c.re.FindAllStringSubmatchIndex(s, -1)
			if got := c.FindAllStringSubmatchIndex(s, -1); !equalLocs(got, want) {
				t.Fatalf("%s\non %q: all matches %v, regexp alone %v", c, s, got, want)
			}
			if got, want := c.FindStringSubmatchIndex(s), c.re.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
				t.Fatalf("%s\non %q: first match %v, regexp alone %v", c, s, got, want)
			}
			if got, want := c.MatchString(s), c.re.MatchString(s); got != want {
				t.Fatalf("%s\non %q: match %v, regexp alone %v", c, s, got, want)
			}
			if got, want := c.FindAllStringIndex(s, 2), c.re.FindAllStringIndex(s, 2); !equalLocs(got, want) {
				t.Fatalf("%s\non %q: two matches %v, regexp alone %v", c, s, got, want)
			}
			tx := indexed[i]
			if got := c.FindAllTextSubmatchIndex(tx, -1); !equalLocs(got, want) {
				t.Fatalf("%s\non indexed %q: all matches %v, regexp alone %v", c, s, got, want)
			}
			if got, want := c.FindAllTextIndex(tx, 2), c.re.FindAllStringIndex(s, 2); !equalLocs(got, want) {
				t.Fatalf("%s\non indexed %q: two matches %v, regexp alone %v", c, s, got, want)
			}
		}
	}
	// The shortcut must actually be taken by most lexicons, or the
	// benchmark figures in the README no longer hold.
	if fast < len(cues)/2 {
		t.Errorf("only %d of %d patterns search from their starts", fast, len(cues))
	}
	t.Logf("%d patterns, %d searched from their starts, %d texts", len(cues), fast, len(texts))
}

func equalLocs(a, b [][]int) bool {
	return slices.EqualFunc(a, b, func(x, y []int) bool { return slices.Equal(x, y) })
}

// FuzzCueShortcuts looks for a text on which a shortcut and the plain
// regexp disagree (go test -fuzz FuzzCueShortcuts ./knowledge/extract).
func FuzzCueShortcuts(f *testing.F) {
	for _, s := range []string{"The sequel could be confirmed.", "Netflix hasn’t announced Purple Hearts 2", "ſ\u212a", "Q3 2026"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range cues {
			want := c.re.FindAllStringSubmatchIndex(s, -1)
			if got := c.FindAllStringSubmatchIndex(s, -1); !equalLocs(got, want) {
				t.Fatalf("%s\non %q: %v, regexp alone %v", c, s, got, want)
			}
			if got := c.FindAllTextSubmatchIndex(newText(s), -1); !equalLocs(got, want) {
				t.Fatalf("%s\non indexed %q: %v, regexp alone %v", c, s, got, want)
			}
		}
	})
}

// TestSingleNamesAsRegexp holds singleNames to the pattern it writes out.
func TestSingleNamesAsRegexp(t *testing.T) {
	re := regexp.MustCompile(`(?:^|[^\p{L}’'])([A-Z][\p{Ll}]+)(?:[’']s)?(?:[^\p{L}’']|$)`)
	texts := append(cueTexts(t), "Ann Bob Cy", "McAdams and Carson’s and Carson’sa D", "É Zoë Ünal x", "\xffAnn\xff", "A Bb", "O'Neil Bo's Bo'")
	found := 0
	for _, s := range texts {
		var want [][]int
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			want = append(want, m[2:4])
		}
		got := singleNames(s)
		if !equalLocs(got, want) {
			t.Fatalf("on %q: %v, regexp %v", s, got, want)
		}
		found += len(got)
	}
	if found < 100 {
		t.Errorf("only %d single names in all the texts: the test is not exercising much", found)
	}
}

// TestNameRunsAsRegexp holds nameRuns to the pattern it writes out.
func TestNameRunsAsRegexp(t *testing.T) {
	re := regexp.MustCompile(nameShape)
	texts := append(cueTexts(t), "Ann Bob Cy", "Sofia Carson- x", "José Garcia and Zoë Ünal", "Carson’ Bob’ Al-",
		"Mary J. Blige and J. Lo", "A B. Cd Ef", "Ann  Bob\tCy Dd Ee Ff", "Ann Bo’s Cy", "xAnn Bob _Ann Bob", "Ann Bob\xff Cy", "Ann B. Cee", "Ann Béé", "Ann A. Bee")
	found := 0
	for _, s := range texts {
		want := re.FindAllStringIndex(s, -1)
		got := nameRuns(s)
		if !equalLocs(got, want) {
			t.Fatalf("on %q: %v, regexp %v", s, got, want)
		}
		found += len(got)
	}
	// and on random strings of the characters that matter
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"Ab", "A. ", "Bé", "A", "B", "J", "a", "b", "é", "É", "’", "'", "-", ".", " ", "  ", "\t", "_", "1", "(", "\xff"}
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(14) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		if got, want := nameRuns(s), re.FindAllStringIndex(s, -1); !equalLocs(got, want) {
			t.Fatalf("on %q: %v, regexp %v", s, got, want)
		}
	}
	if found < 100 {
		t.Errorf("only %d name runs in all the texts: the test is not exercising much", found)
	}
}

// TestCondsAsContainsFold holds the one-pass literal automaton to
// containsFold: on every real sentence each numbered condition is met
// exactly when one of its literals is there.
func TestCondsAsContainsFold(t *testing.T) {
	texts := append(cueTexts(t), "A SEQUEL!", "follow\tup", "Follow-Up", "sequelsequel", "", "x")
	checked, met := 0, 0
	for _, s := range texts {
		tx := newText(s)
		if !tx.indexed {
			continue
		}
		for _, c := range append(slices.Clone(cues), &cue{cond: relativeCond, lits: relativeLits}) {
			conds := append([]int{c.cond}, c.altConds...)
			lists := append([][]string{c.lits}, c.altLits...)
			for k, cond := range conds {
				if cond < 0 {
					continue
				}
				want := mayContain(lists[k], s)
				if got := tx.conds.has(cond); got != want {
					t.Fatalf("on %q, condition %q: automaton says %v, containsFold %v", s, lists[k], got, want)
				}
				checked++
				if want {
					met++
				}
			}
		}
	}
	if checked < 1000 || met < 100 {
		t.Errorf("checked %d conditions, %d met: the test is not exercising much", checked, met)
	}
}

// TestNoLongBoundedRepeats keeps the cues' alternatives free of bounded
// repeats with a large maximum ("once again[^.]{0,60}played by" among a
// cue's alternatives): Simplify turns one into that many nested options,
// and splitting the cue into alternatives then took 15 s of CPU at the
// first extraction of every process, so every bot command. A short repeat
// ("(?:\w+\s+){0,3}"), or a long one outside any alternation, is fine.
func TestNoLongBoundedRepeats(t *testing.T) {
	const most = 12
	for _, c := range cues {
		tree, err := syntax.Parse(c.re.String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		var walk func(r *syntax.Regexp, inAlt bool)
		walk = func(r *syntax.Regexp, inAlt bool) {
			if r.Op == syntax.OpRepeat && r.Max > most && inAlt {
				t.Errorf("cue %q repeats %s up to %d times inside an alternation; keep such repeats to %d or use *", c.re.String(), r.Sub[0], r.Max, most)
			}
			for _, s := range r.Sub {
				walk(s, inAlt || r.Op == syntax.OpAlternate)
			}
		}
		walk(tree, false)
	}
}

// TestCondsNumbered checks that every literal condition the automaton can
// decide has a number: past condSet's width the last ones numbered (the
// dates' relative words among them) were searched for one literal at a
// time, in every sentence, and nothing else showed it.
func TestCondsNumbered(t *testing.T) {
	starts()
	if condsFull || relativeCond < 0 {
		t.Fatalf("more literal conditions than condSet holds (%d): widen condSet", maxConds)
	}
}

// TestCuesBacktrack keeps every pattern's programs small enough for
// regexp's backtracker (500 instructions): a larger one runs in its slowest
// matcher, at every candidate of every sentence. It happened twice as the
// lexicons grew: an alternative that grew too large, and a pattern with so
// many alternatives that it was not split and ran whole (15 % more
// instructions per pass over the seeds, unnoticed by any other test).
func TestCuesBacktrack(t *testing.T) {
	const maxBacktrack = 500 // regexp's maxBacktrackProg
	size := func(re *regexp.Regexp) int {
		tree, err := syntax.Parse(re.String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		prog, err := syntax.Compile(tree.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		return len(prog.Inst)
	}
	starts() // splits the patterns
	for _, c := range cues {
		if c.alts == nil {
			if n := size(c.re); n > maxBacktrack {
				t.Errorf("pattern of %d instructions, not split into alternatives: %.100s", n, c.re)
			}
			continue
		}
		for i := range c.alts {
			if c.alts[i].plain != nil {
				continue
			}
			if anchored, _ := c.alts[i].progs(); size(anchored) > maxBacktrack {
				t.Errorf("alternative of %d instructions: %.100s", size(anchored), anchored)
			}
		}
	}
}
