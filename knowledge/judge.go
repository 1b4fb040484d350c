package knowledge

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/purplehearts/bot/knowledge/extract"
)

// evidence is a claim with the article it comes from.
type evidence struct {
	Claim
	File   string
	URL    string
	Site   string
	Tier   Tier
	Source string // independence key: one per site or near-duplicate text
}

func (e evidence) high() bool { return e.Tier == TierOfficial || e.Tier == TierTrade }

func (e evidence) citation() Citation {
	return Citation{File: e.File, URL: e.URL, Site: e.Site, Tier: e.Tier, Stance: e.Stance, Quote: e.Quote}
}

// judge computes the verdicts on every topic from the evidence, as of now.
// The four topics fans ask about are always present; the others only when
// some article speaks of them.
func judge(ev []evidence, now time.Time) []Verdict {
	byTopic := map[Topic][]evidence{}
	for _, e := range ev {
		byTopic[e.Topic] = append(byTopic[e.Topic], e)
	}
	var out []Verdict
	for _, t := range extract.Topics {
		es := byTopic[t]
		if len(es) == 0 && t != TopicSequel && t != TopicRelease && t != TopicCast && t != TopicPlot {
			continue
		}
		out = append(out, judgeTopic(t, es, ev, now))
	}
	return out
}

func judgeTopic(t Topic, es, all []evidence, now time.Time) Verdict {
	var v Verdict
	switch t {
	case TopicSequel:
		v = judgeSequel(es)
	case TopicRelease, TopicAnnouncement:
		v = judgeDates(t, es, all, now)
	case TopicCast, TopicDirector:
		v = judgePeople(t, es)
	case TopicPlot:
		v = judgePlot(es)
	default:
		v = judgeSlot(es)
	}
	v.Topic = t
	v.Sources = citations(es)
	if v.Values == nil {
		v.Values = []Value{}
	}
	return v
}

// sourceSet counts independent sources.
type sourceSet map[string]bool

func sourcesOf(es []evidence, keep func(evidence) bool) sourceSet {
	s := sourceSet{}
	for _, e := range es {
		if keep(e) {
			s[e.Source] = true
		}
	}
	return s
}

func asserted(e evidence) bool { return e.Stance == extract.Asserted }
func hedged(e evidence) bool   { return e.Stance == extract.Hedged }
func denied(e evidence) bool   { return e.Stance == extract.Denied || e.Stance == extract.Quoted }
func highAsserted(e evidence) bool {
	return e.high() && e.Stance == extract.Asserted
}

// countStatus is the status of something asserted by n independent other
// sources and hedged by h.
func countStatus(n, h int) Status {
	switch {
	case n >= 2:
		return Reported
	case n == 1 || h > 0:
		return Rumored
	}
	return Unknown
}

func judgeSequel(es []evidence) Verdict {
	positive := func(e evidence) bool { return e.Value != extract.SequelNotAnnounced }
	hiPos := sourcesOf(es, func(e evidence) bool { return highAsserted(e) && positive(e) })
	hiDen := sourcesOf(es, func(e evidence) bool { return e.high() && denied(e) })
	pos := sourcesOf(es, func(e evidence) bool { return asserted(e) && positive(e) })
	den := sourcesOf(es, func(e evidence) bool { return denied(e) })
	hed := sourcesOf(es, func(e evidence) bool { return hedged(e) && positive(e) })
	rel := sourcesOf(es, func(e evidence) bool { return asserted(e) && e.Value == extract.SequelReleased })

	var v Verdict
	switch {
	case len(hiPos) > 0 && len(hiDen) == 0:
		v.Status = Confirmed
		v.Reason = fmt.Sprintf("An %s source says the sequel is %s.", tierWord(es, hiPos), sequelWord(es, hiPos))
	case len(hiPos) > 0:
		v.Status = Disputed
		v.Reason = "Official or trade sources contradict each other on whether the sequel is happening."
	case len(hiDen) > 0:
		v.Status = Unconfirmed
		v.Reason = "An official or trade source says nothing has been announced; other sites that claim otherwise are contradicted by it."
	case len(pos) > 0 && len(den) > 0:
		v.Status = Disputed
		v.Reason = fmt.Sprintf("%s say the sequel is happening%s, but %s %s nothing has been confirmed, and no official or trade source backs either side.",
			count(len(pos), "site"), releasedNote(len(rel)), count(len(den), "site"), verb(len(den), "says", "say"))
	case len(pos) > 0:
		v.Status = countStatus(len(pos), 0)
		v.Reason = fmt.Sprintf("%s %s the sequel is happening, but no official or trade source does.", count(len(pos), "independent site"), verb(len(pos), "says", "say"))
	case len(hed) > 0:
		v.Status = Rumored
		v.Reason = "Some sites speculate about a sequel; none states it as fact."
	case len(den) > 0:
		v.Status = Unconfirmed
		v.Reason = "The sources say Netflix has not announced a sequel."
	default:
		v.Status = Unknown
		v.Reason = "No article in the knowledge base says anything about a sequel."
	}
	v.Values = valuesBy(es, func(e evidence) string {
		if e.Value == extract.SequelInProduction {
			return extract.SequelGreenlit
		}
		return e.Value
	}, func(key string, ves []evidence) Value {
		val := Value{Value: key, Text: sequelText(key)}
		a := sourcesOf(ves, asserted)
		h := sourcesOf(ves, hedged)
		switch {
		case len(sourcesOf(ves, highAsserted)) > 0:
			val.Status = Confirmed
		case len(hiPos) > 0 && key == extract.SequelNotAnnounced, len(hiDen) > 0 && key != extract.SequelNotAnnounced:
			val.Status = Contradicted
		case key == extract.SequelNotAnnounced && len(hiDen) > 0:
			// an official or trade denial outranks the other sites'
			// claims, as it does for the topic
			val.Status = Unconfirmed
		case key == extract.SequelNotAnnounced && len(pos) > 0, key != extract.SequelNotAnnounced && len(den) > 0 && len(a) > 0:
			val.Status = Disputed
		case key == extract.SequelNotAnnounced:
			val.Status = Unconfirmed
		default:
			val.Status = countStatus(len(a), len(h))
		}
		return val
	})
	return v
}

func sequelText(v string) string {
	switch v {
	case extract.SequelGreenlit:
		return "greenlit / in production"
	case extract.SequelReleased:
		return "already released"
	case extract.SequelNotAnnounced:
		return "not announced"
	}
	return v
}

func sequelWord(es []evidence, src sourceSet) string {
	for _, e := range es {
		if src[e.Source] && e.Value == extract.SequelReleased {
			return "out"
		}
	}
	return "happening"
}

func tierWord(es []evidence, src sourceSet) string {
	for _, e := range es {
		if src[e.Source] && e.Tier == TierOfficial {
			return "official"
		}
	}
	return "trade-press"
}

func releasedNote(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf(" (%d that it is already out)", n)
}

// judgeDates judges a topic whose values are dates or windows for one
// slot: two values that cannot both be true contradict each other.
func judgeDates(t Topic, es, all []evidence, now time.Time) Verdict {
	premiered := false // an official or trade source reports the premiere
	for _, e := range all {
		if e.Topic == TopicSequel && e.Value == extract.SequelReleased && highAsserted(e) {
			premiered = true
		}
	}
	var dated []evidence
	noneSaid := sourceSet{}
	for _, e := range es {
		if e.Value == "none" {
			noneSaid[e.Source] = true
			continue
		}
		dated = append(dated, e)
	}
	hiVals := map[string]bool{}
	for _, e := range dated {
		if highAsserted(e) {
			hiVals[e.Value] = true
		}
	}
	// Official or trade dates agree when each overlaps every other: a day
	// inside the month a listing gives ("February 2027", "Feb. 12") is the
	// same release, told more precisely.
	hiAgree := len(hiVals) > 0
	for a := range hiVals {
		for b := range hiVals {
			if !parseInterval(a).overlaps(parseInterval(b)) {
				hiAgree = false
			}
		}
	}
	conflicts := func(val string, ves []evidence) bool {
		a := parseInterval(val)
		for _, o := range dated {
			if o.Value == val || !asserted(o) || !anyAsserted(ves) {
				continue
			}
			if !a.overlaps(parseInterval(o.Value)) && !sourcesOf(ves, asserted)[o.Source] {
				return true
			}
		}
		return false
	}
	var v Verdict
	v.Values = valuesBy(dated, func(e evidence) string { return e.Value }, func(key string, ves []evidence) Value {
		iv := parseInterval(key)
		val := Value{Value: key, Text: displayDate(iv, ves[0].Text)}
		val.Passed = !iv.to.IsZero() && iv.to.Before(now) && !premiered
		a, h := sourcesOf(ves, asserted), sourcesOf(ves, hedged)
		switch {
		case hiVals[key] && hiAgree:
			val.Status = Confirmed
		case hiVals[key]:
			val.Status = Disputed
		case len(hiVals) > 0 && !overlapsAny(iv, hiVals):
			val.Status = Contradicted
			val.Reason = "An official or trade source gives another date."
		case len(a) > 0 && conflicts(key, ves):
			val.Status = Disputed
		default:
			val.Status = countStatus(len(a), len(h))
		}
		if val.Passed {
			val.Reason = strings.TrimSpace(val.Reason + " This date has passed and no source reports a premiere.")
			if t == TopicAnnouncement {
				val.Passed = false
				val.Reason = ""
			}
		}
		return val
	})
	sortByDate(v.Values)
	what := "release date"
	if t == TopicAnnouncement {
		what = "announcement date"
	}
	disputed, passed, rumored, reported := 0, 0, 0, 0
	for _, val := range v.Values {
		switch val.Status {
		case Disputed:
			disputed++
		case Rumored:
			rumored++
		case Reported:
			reported++
		}
		if val.Passed {
			passed++
		}
	}
	switch {
	case hiAgree:
		v.Status = Confirmed
		v.Reason = fmt.Sprintf("An official or trade source gives the %s; other dates are contradicted by it.", what)
	case len(hiVals) > 1:
		v.Status = Disputed
		v.Reason = fmt.Sprintf("Official or trade sources give different %ss.", what)
	case disputed > 0:
		v.Status = Disputed
		v.Reason = fmt.Sprintf("Sources disagree: %s give %s, none of them official or trade.", count(len(sourcesOf(dated, asserted)), "site"), count(len(v.Values), "different "+what))
	case reported > 0:
		v.Status = Reported
		v.Reason = fmt.Sprintf("Several independent sites give the same %s, but no official or trade source does.", what)
	case rumored > 0:
		v.Status = Rumored
		v.Reason = fmt.Sprintf("Only one site gives a %s, or sites only speculate.", what)
	case len(noneSaid) > 0:
		v.Status = Unconfirmed
		v.Reason = fmt.Sprintf("The sources say no %s has been announced.", what)
	default:
		v.Status = Unknown
		v.Reason = fmt.Sprintf("No article gives a %s.", what)
	}
	if passed > 0 && t == TopicRelease && v.Status != Confirmed {
		v.Reason += fmt.Sprintf(" %s passed with no premiere reported.", count(passed, "claimed date")+verb(passed, " has", " have"))
	}
	return v
}

func anyAsserted(es []evidence) bool {
	for _, e := range es {
		if asserted(e) {
			return true
		}
	}
	return false
}

func overlapsAny(iv interval, vals map[string]bool) bool {
	for k := range vals {
		if iv.overlaps(parseInterval(k)) {
			return true
		}
	}
	return false
}

type interval struct{ from, to time.Time }

var reYear = regexp.MustCompile(`\b20\d\d\b`)

// displayDate writes a date value for fans: a day or a whole month or year
// in full, a window as the article wrote it when that names its year.
func displayDate(iv interval, written string) string {
	switch {
	case iv.from.IsZero():
		return written
	case iv.from.Equal(iv.to):
		return iv.from.Format("January 2, 2006")
	case iv.from.Day() == 1 && iv.from.Month() == 1 && iv.to.Month() == 12 && iv.to.Day() == 31 && iv.from.Year() == iv.to.Year():
		return iv.from.Format("2006")
	case iv.from.Day() == 1 && iv.to.Equal(iv.from.AddDate(0, 1, -1)):
		return iv.from.Format("January 2006")
	case reYear.MatchString(written):
		return strings.Trim(written, "()")
	}
	return iv.from.Format("January 2, 2006") + " – " + iv.to.Format("January 2, 2006")
}

func parseInterval(s string) interval {
	a, b, ok := strings.Cut(s, "/")
	from, err := time.Parse(time.DateOnly, a)
	if err != nil {
		return interval{}
	}
	if !ok {
		return interval{from, from}
	}
	to, err := time.Parse(time.DateOnly, b)
	if err != nil {
		return interval{from, from}
	}
	return interval{from, to}
}

func (a interval) overlaps(b interval) bool {
	if a.from.IsZero() || b.from.IsZero() {
		return true
	}
	return !a.to.Before(b.from) && !b.to.Before(a.from)
}

func sortByDate(vs []Value) {
	sort.SliceStable(vs, func(i, j int) bool { return vs[i].Value < vs[j].Value })
}
