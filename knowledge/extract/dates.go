package extract

import (
	"strconv"
	"strings"
	"time"
)

// Date is a date expression found in text, normalised to an interval of
// days. A single day has From == To.
type Date struct {
	Start, End int // byte offsets in the sentence
	Text       string
	From, To   time.Time
	// YearGiven is false for "November 10": the year came from the anchor.
	YearGiven bool
	// Relative is true for "this year", "next year".
	Relative bool
	// YearInSentence is true when the year came from a date written
	// earlier in the same sentence ("early 2026, ... late summer").
	YearInSentence bool
}

// Value is the ISO form: "2026-02-14" or "2026-06-01/2026-08-31".
func (d Date) Value() string {
	if d.From.Equal(d.To) {
		return d.From.Format(time.DateOnly)
	}
	return d.From.Format(time.DateOnly) + "/" + d.To.Format(time.DateOnly)
}

// Single is true when the expression names one day.
func (d Date) Single() bool { return d.From.Equal(d.To) }

// Overlaps reports whether two dates can both be true.
func (d Date) Overlaps(o Date) bool { return !d.To.Before(o.From) && !o.To.Before(d.From) }

// markusmobius/go-dateparser was tried first: it reads "February 14, 2026"
// and resolves "November 10" against a base date, but turns "summer 2026",
// "Valentine's Day 2026" and "late 2026" into the bare year and cannot read
// "Q3 2026". Windows are most of what articles give, so this small grammar
// covers them all; it runs only on sentences that contain a year, a month
// or a season word.
const month = `(jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sep(?:tember|t\.?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)`

var (
	reDate = compile(`(?i)\b(?:` +
		// 1-3: Month D(th), YYYY / Month Dth
		month + `\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(20\d\d)\b)?` +
		// 4-6: D Month YYYY
		`|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + month + `\b,?\s*(20\d\d)?\b` +
		// 7-8: Month YYYY
		`|` + month + `\s+(?:of\s+)?(20\d\d)\b` +
		// 9-10: early/mid/late YYYY
		`|(early|mid|late|end\s+of|beginning\s+of|start\s+of|the\s+end\s+of)[\s-]+(20\d\d)\b` +
		// 11-12: season YYYY
		`|(spring|summer|fall|autumn|winter|holiday\s+season|holidays|holiday)\s+(?:of\s+)?(20\d\d)\b` +
		// 13-14: Q3 YYYY
		`|q([1-4])\s+(20\d\d)\b` +
		// 15-16: first quarter of YYYY, second half of YYYY
		`|(first|second|third|fourth|1st|2nd|3rd|4th)\s+(quarter|half)\s+(?:of\s+)?(20\d\d)\b` +
		// 18-19: holidays
		`|(valentine'?s\s+day|valentine’s\s+day|christmas(?:\s+day)?|christmas\s+eve|new\s+year'?s\s+(?:day|eve)|halloween|thanksgiving|independence\s+day|fourth\s+of\s+july)\s+(?:of\s+)?(20\d\d)\b` +
		// 20: (YYYY) after a title
		`)|\((20\d\d)\)|\b(?:` +
		// 21: relative years
		`(later\s+this\s+year|this\s+year|next\s+year|early\s+next\s+year|later\s+next\s+year)` +
		// 22: in YYYY / by YYYY / (pushed) to YYYY
		`|(?:in|by|until|till|for|to|into|sometime\s+in|around)\s+(20\d\d)\b` +
		// 23: a year before a release noun: "eyeing a 2027 debut"
		`|(?:a|an|the|its|their)\s+(20\d\d)\s+(?:netflix\s+|theatrical\s+|streaming\s+)?(?:debut|release|premiere|launch|bow|arrival)\b` +
		// 24-25: a season relative to the article's date: "this fall"
		`|(this|next)\s+(spring|summer|fall|autumn|winter)\b` +
		// 26-28: part of a month, the year optional: "late September"
		`|(early|mid|late|end\s+of|beginning\s+of)[\s-]+` + month + `\b(?:,?\s+(20\d\d)\b)?` +
		// 29-31: part of a season, the year optional: "late summer"
		`|(early|mid|late)[\s-]+(spring|summer|fall|autumn|winter)\b(?:,?\s+(?:of\s+)?(20\d\d)\b)?` +
		// 32-34: ISO 2026-02-14
		`|(20\d\d)-(\d\d)-(\d\d)\b` +
		// 35-37: 2/14/2026 (month first, as American pages write it, unless
		// the first number cannot be a month: 14/2/2026)
		`|(\d{1,2})/(\d{1,2})/(20\d\d)\b` +
		`)`)
	reOrJoin = compile(`^\s*(?:or|to|and|–|-|—|through|until)\s*$`).scanned()
)

// FindDates returns the date expressions in a sentence. anchor supplies
// the year for a day given without one, and "this year"; a zero anchor
// leaves such days out.
func FindDates(s string, anchor time.Time) []Date { return findDates(plain(s), anchor) }

func findDates(t *text, anchor time.Time) []Date {
	s := t.s
	// Every form needs a digit or one of relativeLits: most sentences
	// have none and skip the match.
	if !strings.ContainsAny(s, "0123456789") && !t.holds(relativeCond, relativeLits) {
		return nil
	}
	var out []Date
	inSentence := false // the anchor is a year written in this sentence
	for _, m := range reDate.FindAllTextSubmatchIndex(t, -1) {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return s[m[2*i]:m[2*i+1]]
		}
		d := Date{Start: m[0], End: m[1], Text: strings.TrimSpace(s[m[0]:m[1]]), YearGiven: true}
		switch {
		case g(1) != "":
			mon, day := monthNum(g(1)), atoi(g(2))
			if g(3) == "" {
				d.YearGiven = false
				if anchor.IsZero() || day < 1 || day > 31 {
					continue
				}
				d.From = time.Date(anchor.Year(), mon, day, 0, 0, 0, 0, time.UTC)
			} else {
				d.From = time.Date(atoi(g(3)), mon, day, 0, 0, 0, 0, time.UTC)
			}
			d.To = d.From
		case g(5) != "":
			mon, day := monthNum(g(5)), atoi(g(4))
			y := atoi(g(6))
			if y == 0 {
				if anchor.IsZero() {
					continue
				}
				y, d.YearGiven = anchor.Year(), false
			}
			d.From = time.Date(y, mon, day, 0, 0, 0, 0, time.UTC)
			d.To = d.From
		case g(7) != "":
			y, mon := atoi(g(8)), monthNum(g(7))
			d.From = time.Date(y, mon, 1, 0, 0, 0, 0, time.UTC)
			d.To = d.From.AddDate(0, 1, -1)
		case g(9) != "":
			y := atoi(g(10))
			switch w := strings.Fields(strings.ToLower(g(9))); w[len(w)-1] {
			case "early", "beginning", "start":
				d.From, d.To = ymd(y, 1, 1), ymd(y, 3, 31)
				if w[0] != "early" {
					d.From, d.To = ymd(y, 1, 1), ymd(y, 2, 28)
				}
			case "mid":
				d.From, d.To = ymd(y, 4, 1), ymd(y, 9, 30)
			case "late":
				d.From, d.To = ymd(y, 7, 1), ymd(y, 12, 31)
			default: // end of
				d.From, d.To = ymd(y, 10, 1), ymd(y, 12, 31)
			}
		case g(11) != "":
			y := atoi(g(12))
			d.From, d.To = season(strings.ToLower(g(11)), y)
		case g(13) != "":
			q, y := atoi(g(13)), atoi(g(14))
			d.From = ymd(y, time.Month(3*q-2), 1)
			d.To = d.From.AddDate(0, 3, -1)
		case g(15) != "":
			n := ordinal(g(15))
			y := atoi(g(17))
			months := 3
			if strings.EqualFold(g(16), "half") {
				months = 6
				if n > 2 {
					continue
				}
			}
			d.From = ymd(y, time.Month(months*(n-1)+1), 1)
			d.To = d.From.AddDate(0, months, -1)
		case g(18) != "":
			y := atoi(g(19))
			d.From = holiday(strings.ToLower(g(18)), y)
			d.To = d.From
		case g(20) != "":
			y := atoi(g(20))
			d.From, d.To = ymd(y, 1, 1), ymd(y, 12, 31)
		case g(21) != "":
			if anchor.IsZero() {
				continue
			}
			d.Relative, d.YearGiven = true, false
			y := anchor.Year()
			switch w := strings.Join(strings.Fields(strings.ToLower(g(21))), " "); w {
			case "later this year":
				d.From, d.To = anchor.AddDate(0, 0, 1), ymd(y, 12, 31)
			case "this year":
				d.From, d.To = ymd(y, 1, 1), ymd(y, 12, 31)
			case "early next year":
				d.From, d.To = ymd(y+1, 1, 1), ymd(y+1, 3, 31)
			case "later next year":
				d.From, d.To = ymd(y+1, 7, 1), ymd(y+1, 12, 31)
			default:
				d.From, d.To = ymd(y+1, 1, 1), ymd(y+1, 12, 31)
			}
		case g(22) != "" || g(23) != "":
			year := g(22) + g(23)
			y := atoi(year)
			d.From, d.To = ymd(y, 1, 1), ymd(y, 12, 31)
			// keep the year only: "in 2026" reads as the year
			yi := strings.Index(d.Text, year)
			d.Start += yi
			d.End = d.Start + len(year)
			d.Text = year
		case g(26) != "":
			y := atoi(g(28))
			if y == 0 {
				if anchor.IsZero() {
					continue
				}
				y, d.YearGiven = anchor.Year(), false
			}
			first := ymd(y, monthNum(g(27)), 1)
			last := first.AddDate(0, 1, -1)
			switch w := strings.Fields(strings.ToLower(g(26))); w[0] {
			case "early", "beginning":
				d.From, d.To = first, ymd(y, first.Month(), 10)
			case "mid":
				d.From, d.To = ymd(y, first.Month(), 11), ymd(y, first.Month(), 20)
			default: // late, end of
				d.From, d.To = ymd(y, first.Month(), 21), last
			}
		case g(29) != "":
			w := strings.ToLower(g(30))
			if y := atoi(g(31)); y != 0 {
				d.From, d.To = season(w, y)
			} else {
				if anchor.IsZero() {
					continue
				}
				// the season under way at the article's date, or the next
				d.YearGiven = false
				d.From, d.To = relativeSeason(w, anchor, false)
			}
			// its first, middle or last month
			switch strings.ToLower(g(29)) {
			case "early":
				d.To = d.From.AddDate(0, 1, -1)
			case "mid":
				d.From, d.To = d.From.AddDate(0, 1, 0), d.From.AddDate(0, 2, -1)
			default:
				d.From = ymd(d.To.Year(), d.To.Month(), 1)
			}
		case g(32) != "":
			y, mon, day := atoi(g(32)), atoi(g(33)), atoi(g(34))
			if mon < 1 || mon > 12 || day < 1 || day > 31 {
				continue
			}
			d.From = ymd(y, time.Month(mon), day)
			d.To = d.From
		case g(35) != "":
			mon, day, y := atoi(g(35)), atoi(g(36)), atoi(g(37))
			if mon > 12 {
				mon, day = day, mon
			}
			if mon < 1 || mon > 12 || day < 1 || day > 31 {
				continue
			}
			d.From = ymd(y, time.Month(mon), day)
			d.To = d.From
		case g(24) != "":
			if anchor.IsZero() {
				continue
			}
			d.Relative, d.YearGiven = true, false
			d.From, d.To = relativeSeason(strings.ToLower(g(25)), anchor, strings.EqualFold(g(24), "next"))
		}
		d.YearInSentence = !d.YearGiven && !d.Relative && inSentence
		out = append(out, d)
		if d.YearGiven && d.From.Year() > anchor.Year() {
			// a later year given earlier in the sentence dates what
			// follows ("early 2026, with a release slated for late
			// summer"), where the article has no date or the last one
			// was older (the original film's)
			anchor, inSentence = ymd(d.From.Year(), 1, 1), true
		}
	}
	return joinAlternatives(s, out)
}

// relativeLits are the words that can make a date without digits ("this
// year", "next summer", "late September"), lower-cased, a zero byte for
// any space (as containsFold reads them).
var relativeLits = []string{"year", "this\x00", "next\x00", "early", "mid", "late", "end\x00of", "beginning\x00of"}

// season returns the window of a season (or the holidays) of year y.
func season(w string, y int) (time.Time, time.Time) {
	switch w {
	case "spring":
		return ymd(y, 3, 1), ymd(y, 5, 31)
	case "summer":
		return ymd(y, 6, 1), ymd(y, 8, 31)
	case "fall", "autumn":
		return ymd(y, 9, 1), ymd(y, 11, 30)
	case "winter":
		return ymd(y, 1, 1), ymd(y, 2, 28)
	}
	return ymd(y, 11, 15), ymd(y, 12, 31)
}

// relativeSeason returns the window of "this" season as of anchor (the one
// under way, or else the next to come) or of the "next" one after it. A
// winter spans the turn of the year: "this winter" in August is December
// to February.
func relativeSeason(w string, anchor time.Time, next bool) (time.Time, time.Time) {
	y := anchor.Year()
	window := func(y int) (time.Time, time.Time) {
		if w == "winter" {
			return ymd(y, 12, 1), ymd(y+1, 2, 28)
		}
		return season(w, y)
	}
	if w == "winter" && anchor.Month() <= time.February {
		y-- // the winter that began last December
	}
	from, to := window(y)
	if to.Before(anchor) {
		y++
		from, to = window(y)
	}
	if next {
		from, to = window(y + 1)
	}
	return from, to
}

// joinAlternatives merges "late 2026 or early 2027" into one window.
func joinAlternatives(s string, ds []Date) []Date {
	for i := 0; i+1 < len(ds); i++ {
		a, b := ds[i], ds[i+1]
		if reOrJoin.MatchString(s[a.End:b.Start]) && !a.Single() && !b.Single() {
			a.End, a.Text = b.End, s[a.Start:b.End]
			if b.To.After(a.To) {
				a.To = b.To
			}
			if b.From.Before(a.From) {
				a.From = b.From
			}
			ds[i] = a
			ds = append(ds[:i+1], ds[i+2:]...)
			i--
		}
	}
	return ds
}

func ymd(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func ordinal(s string) int {
	switch strings.ToLower(s) {
	case "first", "1st":
		return 1
	case "second", "2nd":
		return 2
	case "third", "3rd":
		return 3
	}
	return 4
}

func monthNum(s string) time.Month {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), s[:3]) {
			return m
		}
	}
	return time.January
}

func holiday(name string, y int) time.Time {
	switch {
	case strings.HasPrefix(name, "valentine"):
		return ymd(y, 2, 14)
	case name == "christmas eve":
		return ymd(y, 12, 24)
	case strings.HasPrefix(name, "christmas"):
		return ymd(y, 12, 25)
	case strings.HasPrefix(name, "new year") && strings.HasSuffix(name, "eve"):
		return ymd(y, 12, 31)
	case strings.HasPrefix(name, "new year"):
		return ymd(y, 1, 1)
	case name == "halloween":
		return ymd(y, 10, 31)
	case name == "thanksgiving":
		d := ymd(y, 11, 1)
		for d.Weekday() != time.Thursday {
			d = d.AddDate(0, 0, 1)
		}
		return d.AddDate(0, 0, 21)
	}
	return ymd(y, 7, 4)
}
