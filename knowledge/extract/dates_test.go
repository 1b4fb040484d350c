package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/purplehearts/bot/knowledge/extract"
)

// TestFindDates checks the date forms articles use, each normalised to a
// day or a window, and days without a year resolved against the article's
// date.
func TestFindDates(t *testing.T) {
	published := time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		sentence string
		anchor   time.Time
		want     []string // Value() of each date found, in order
	}{
		{"It premieres February 14, 2026 on Netflix.", time.Time{}, []string{"2026-02-14"}},
		{"It lands on 14 February 2026.", time.Time{}, []string{"2026-02-14"}},
		{"Expect it on Valentine's Day 2026.", time.Time{}, []string{"2026-02-14"}},
		{"It is coming in summer 2026.", time.Time{}, []string{"2026-06-01/2026-08-31"}},
		{"Look for it in late 2026 or early 2027.", time.Time{}, []string{"2026-07-01/2027-03-31"}},
		{"A Q3 2026 release is planned.", time.Time{}, []string{"2026-07-01/2026-09-30"}},
		{"Filming starts in the second half of 2026.", time.Time{}, []string{"2026-07-01/2026-12-31"}},
		{"It arrives in June 2026.", time.Time{}, []string{"2026-06-01/2026-06-30"}},
		{"It is set for 2027.", time.Time{}, []string{"2027-01-01/2027-12-31"}},
		{"Netflix is eyeing a 2027 debut.", time.Time{}, []string{"2027-01-01/2027-12-31"}},
		// days and windows without a year take the article's
		{"It premieres November 15.", published, []string{"2026-11-15"}},
		{"It premieres November 15.", time.Time{}, nil},
		{"Production starts this fall.", published, []string{"2026-09-01/2026-11-30"}},
		{"It could arrive next summer.", published, []string{"2027-06-01/2027-08-31"}},
		// "this" season is the one under way or the next to come; a winter
		// spans the turn of the year
		{"It is coming this winter.", time.Date(2026, 8, 2, 0, 0, 0, 0, time.UTC), []string{"2026-12-01/2027-02-28"}},
		{"It is coming this winter.", time.Date(2027, 1, 20, 0, 0, 0, 0, time.UTC), []string{"2026-12-01/2027-02-28"}},
		{"It is coming next winter.", time.Date(2027, 1, 20, 0, 0, 0, 0, time.UTC), []string{"2027-12-01/2028-02-28"}},
		{"It lands this spring.", time.Date(2026, 11, 3, 0, 0, 0, 0, time.UTC), []string{"2027-03-01/2027-05-31"}},
		{"Filming wrapped in late September.", published, []string{"2026-09-21/2026-09-30"}},
		{"Filming wrapped in late September.", time.Time{}, nil},
		{"Shooting begins in early March 2027.", time.Time{}, []string{"2027-03-01/2027-03-10"}},
		{"The original premiered on July 29, 2022.", time.Time{}, []string{"2022-07-29"}},
		{"Nothing about dates here, and it is too late.", published, nil},
	} {
		var got []string
		for _, d := range extract.FindDates(tc.sentence, tc.anchor) {
			got = append(got, d.Value())
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("FindDates(%q, %s) = %v, want %v", tc.sentence, tc.anchor.Format(time.DateOnly), got, tc.want)
		}
	}
}

// TestSeasonParts checks a part of a season, with its year or resolved
// against the article's date.
func TestSeasonParts(t *testing.T) {
	anchor := time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want string }{
		{"a release slated for late summer 2026", "2026-08-01/2026-08-31"},
		{"a release slated for late summer", "2026-08-01/2026-08-31"},
		{"expected in early spring", "2026-03-01/2026-03-31"},
		{"set for mid-fall 2026", "2026-10-01/2026-10-31"},
	} {
		ds := extract.FindDates(tc.text, anchor)
		if len(ds) != 1 || ds[0].Value() != tc.want {
			t.Errorf("FindDates(%q) = %+v, want one date %s", tc.text, ds, tc.want)
		}
	}
	// with no date for the article, a year given earlier in the sentence
	text := "Filming starts in early 2026, with a release slated for late summer."
	ds := extract.FindDates(text, time.Time{})
	if len(ds) != 2 || ds[1].Value() != "2026-08-01/2026-08-31" {
		t.Errorf("FindDates(%q, no anchor) = %+v, want early 2026 and late summer 2026", text, ds)
	}
}
