package extract

import "testing"

// TestSplitHeadings checks which lines Split keeps whole as headings: a
// short or title-case line without closing punctuation, even one that asks
// first; not a line of several sentences that stops short, as a page's
// opening cut mid-word does (it was read as one heading, all its sentences
// one), nor one long sentence cut off.
func TestSplitHeadings(t *testing.T) {
	for _, tc := range []struct {
		line    string
		heading bool
		n       int // sentences
	}{
		{"Purple Hearts 2 Release Date, Cast and Plot", true, 1},
		{"'Purple Hearts' 2? Sofia Carson and the Director Weigh In on a Sequel", true, 1},
		{"There is no release date for Purple Hearts 2. Given Netflix's timelines, it would likely arrive in 2026 at the earl", false, 2},
		{"Netflix has not confirmed a sequel.", false, 1},
		// one long sentence in sentence case, cut off: text
		{"Luke, honorably discharged but haunted by his service, channels his discipline into running a veterans' outreach prog", false, 1},
		{"Is There a Purple Hearts 2 Coming Out on Netflix? The Star on a Potential Sequel", true, 1},
		// the platform X ends a sentence; an initial does not
		{"Within hours the hashtag had 800,000 mentions on X. Sofia Carson and Nicholas Galitzine are reuniting for the sequel.", false, 2},
		{"The film was produced by Michael X. Smith and his team at the studio in Texas, who also made the first film.", false, 1},
	} {
		got := Split(tc.line + "\n")
		if len(got) != tc.n || got[0].Heading != tc.heading {
			t.Errorf("Split(%q): %d sentences, heading %v; want %d, %v", tc.line, len(got), len(got) > 0 && got[0].Heading, tc.n, tc.heading)
		}
		for _, s := range got {
			if tc.line[s.Start:s.End] != s.Text {
				t.Errorf("Split(%q): offsets %d-%d do not hold %q", tc.line, s.Start, s.End, s.Text)
			}
		}
	}
}
