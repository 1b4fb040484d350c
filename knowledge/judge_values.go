package knowledge

import (
	"fmt"
	"sort"
	"strings"

	"github.com/purplehearts/bot/knowledge/extract"
)

// mergeRoles folds roles that name the same character, written more or
// less fully or with a description: "Luke", "Luke Morrow" and "the
// steadfast Marine Luke" are one role, "Frankie" and "Joni" two. Each group
// is shown by its fullest proper name.
func mergeRoles(roles map[string]int) map[string]int {
	names := make([]string, 0, len(roles))
	for r := range roles {
		names = append(names, r)
	}
	sort.Strings(names)
	group := make([]int, len(names)) // index of the group's first member
	for i := range names {
		group[i] = i
		for j := range i {
			if group[j] == j && sameCharacter(names[i], names[j]) {
				group[i] = j
				break
			}
		}
	}
	out := map[string]int{}
	for g := range names {
		if group[g] != g {
			continue
		}
		best, n := "", 0
		for i, r := range names {
			if group[i] != g {
				continue
			}
			n += roles[r]
			if best == "" || fullerRole(r, best) {
				best = r
			}
		}
		out[best] = n
	}
	return out
}

// roleWords are capitalised words that describe rather than name.
var roleWords = map[string]bool{"the": true, "a": true, "an": true, "marine": true, "sergeant": true, "corporal": true, "lance": true, "private": true, "dr": true, "mr": true, "mrs": true, "ms": true}

// characterNames returns the capitalised words of a role, lower-cased,
// that name someone: "the steadfast Marine Luke" gives {"luke"}.
func characterNames(role string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(role) {
		w = strings.Trim(w, ",.;:()\"“”")
		if w == "" || w[0] < 'A' || w[0] > 'Z' || roleWords[strings.ToLower(w)] {
			continue
		}
		out[strings.ToLower(w)] = true
	}
	return out
}

func sameCharacter(a, b string) bool {
	na := characterNames(a)
	for w := range characterNames(b) {
		if na[w] {
			return true
		}
	}
	return false
}

// fullerRole reports whether a shows a character better than b: a proper
// name ("Cassie Salazar") over a description ("the aspiring singer
// Cassie"), then the longer.
func fullerRole(a, b string) bool {
	pa, pb := properName(a), properName(b)
	if pa != pb {
		return pa
	}
	return len(a) > len(b)
}

func properName(s string) bool {
	for _, w := range strings.Fields(s) {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return s != ""
}

// judgePeople judges cast or director: each person on their own sources.
func judgePeople(t Topic, es []evidence) Verdict {
	var v Verdict
	v.Values = valuesBy(es, func(e evidence) string { return e.Value }, func(key string, ves []evidence) Value {
		val := Value{Value: key, Text: key}
		a, h, d := sourcesOf(ves, asserted), sourcesOf(ves, hedged), sourcesOf(ves, denied)
		switch {
		case len(sourcesOf(ves, highAsserted)) > 0 && len(sourcesOf(ves, func(e evidence) bool { return e.high() && denied(e) })) == 0:
			val.Status = Confirmed
		case len(a) > 0 && len(d) > 0:
			val.Status = Disputed
		case len(d) > 0:
			val.Status = Unconfirmed
		default:
			val.Status = countStatus(len(a), len(h))
		}
		roles := map[string]int{}
		for _, e := range ves {
			if e.Role != "" {
				roles[e.Role]++
			}
		}
		roles = mergeRoles(roles)
		val.Role = topKey(roles)
		if len(roles) > 1 {
			val.Reason = "Sources give different roles: " + strings.Join(sortedKeys(roles), " vs ") + "."
		}
		return val
	})
	sort.SliceStable(v.Values, func(i, j int) bool {
		ri, rj := statusRank(v.Values[i].Status), statusRank(v.Values[j].Status)
		if ri != rj {
			return ri < rj
		}
		return len(sourceKeys(v.Values[i].Sources)) > len(sourceKeys(v.Values[j].Sources))
	})
	what := "cast"
	if t == TopicDirector {
		what = "director"
	}
	if len(v.Values) == 0 {
		v.Status = Unknown
		v.Reason = fmt.Sprintf("No article names the sequel's %s.", what)
		return v
	}
	best := v.Values[0].Status
	v.Status = best
	var names []string
	for _, val := range v.Values {
		if val.Status == best {
			names = append(names, val.Value)
		}
	}
	others := len(v.Values) - len(names)
	switch best {
	case Confirmed:
		v.Reason = fmt.Sprintf("An official or trade source names %s.", list(names, 3))
	case Reported:
		v.Reason = fmt.Sprintf("%s %s named by several independent sites, none official or trade.", list(names, 3), verb(len(names), "is", "are"))
	case Rumored:
		v.Reason = "Every name comes from a single site or from speculation; none from an official or trade source."
	default:
		v.Reason = fmt.Sprintf("Sources disagree about the %s.", what)
	}
	if others > 0 && best != Rumored {
		v.Reason += fmt.Sprintf(" %s less certain.", count(others, "other name")+verb(others, " is", " are"))
	}
	return v
}

// judgePlot judges the story: the time gap and where the couple stand are
// slots sources can contradict each other on; story sentences stand alone.
func judgePlot(es []evidence) Verdict {
	var v Verdict
	conflict := map[string]bool{}
	for _, slot := range []string{extract.SlotGap, extract.SlotCouple} {
		vals := map[string]bool{}
		for _, e := range es {
			if e.Slot == slot && asserted(e) {
				vals[e.Value] = true
			}
		}
		if len(vals) > 1 {
			conflict[slot] = true
		}
	}
	v.Values = valuesBy(es, func(e evidence) string { return e.Slot + "\x00" + e.Value }, func(key string, ves []evidence) Value {
		slot, value, _ := strings.Cut(key, "\x00")
		val := Value{Value: value, Text: value, Role: slot}
		a, h := sourcesOf(ves, asserted), sourcesOf(ves, hedged)
		switch {
		case len(sourcesOf(ves, highAsserted)) > 0:
			val.Status = Confirmed
		case conflict[slot] && len(a) > 0:
			val.Status = Disputed
		default:
			val.Status = countStatus(len(a), len(h))
		}
		if slot == extract.SlotCouple {
			val.Text = "Cassie and Luke start " + value
		}
		return val
	})
	sort.SliceStable(v.Values, func(i, j int) bool { return slotRank(v.Values[i].Role) < slotRank(v.Values[j].Role) })
	reported := false
	for _, val := range v.Values {
		if val.Status == Reported {
			reported = true
		}
	}
	switch {
	case len(v.Values) == 0:
		v.Status, v.Reason = Unknown, "No article describes the sequel's story."
	case len(conflict) > 0:
		var what []string
		if conflict[extract.SlotGap] {
			what = append(what, "how much later the story picks up")
		}
		if conflict[extract.SlotCouple] {
			what = append(what, "whether Cassie and Luke start together or apart")
		}
		v.Status, v.Reason = Disputed, "Sources tell different stories: they disagree on "+strings.Join(what, " and ")+"."
	case reported:
		v.Status, v.Reason = Reported, "Several independent sites describe the same story points; no official synopsis exists in the sources."
	default:
		v.Status, v.Reason = Rumored, "Each plot detail comes from a single site or from speculation."
	}
	for i := range v.Values {
		if v.Values[i].Role == extract.SlotStory {
			v.Values[i].Role = ""
		}
	}
	return v
}

func slotRank(s string) int {
	switch s {
	case extract.SlotGap:
		return 0
	case extract.SlotCouple:
		return 1
	}
	return 2
}

// judgeSlot judges a topic with one slot (production, trailer): distinct
// asserted values from different sources contradict each other.
func judgeSlot(es []evidence) Verdict {
	var v Verdict
	assertedVals := map[string]sourceSet{}
	for _, e := range es {
		if asserted(e) || e.Stance == extract.Denied {
			if assertedVals[e.Value] == nil {
				assertedVals[e.Value] = sourceSet{}
			}
			assertedVals[e.Value][e.Source] = true
		}
	}
	// the values an official or trade source asserts: one outranks what
	// other sources say of the slot
	hiVals := map[string]bool{}
	for _, e := range es {
		if highAsserted(e) {
			hiVals[e.Value] = true
		}
	}
	v.Values = valuesBy(es, func(e evidence) string { return e.Value }, func(key string, ves []evidence) Value {
		val := Value{Value: key, Text: slotText(key)}
		if sl := ves[0].Slot; sl == "starts" || sl == "wrapped" {
			val.Text = sl + " " + ves[0].Text
			// "late September", read against the article's date, needs
			// its year once the article is not beside it
			if _, date, ok := strings.Cut(key, " "); ok && !reYear.MatchString(ves[0].Text) {
				if iv := parseInterval(date); !iv.from.IsZero() {
					val.Text += iv.from.Format(" 2006")
				}
			}
		}
		a, h := sourcesOf(ves, func(e evidence) bool { return asserted(e) || e.Stance == extract.Denied }), sourcesOf(ves, hedged)
		switch {
		case hiVals[key] && len(hiVals) == 1:
			val.Status = Confirmed
		case hiVals[key]:
			val.Status = Disputed
		case len(hiVals) == 1 && len(a) > 0:
			val.Status = Contradicted
			val.Reason = "An official or trade source says otherwise."
		case len(a) > 0 && len(assertedVals) > 1:
			val.Status = Disputed
		default:
			val.Status = countStatus(len(a), len(h))
		}
		return val
	})
	switch {
	case len(v.Values) == 0:
		v.Status, v.Reason = Unknown, "No article says anything about this."
	case len(hiVals) == 1:
		for _, val := range v.Values {
			if hiVals[val.Value] {
				v.Status, v.Reason = Confirmed, fmt.Sprintf("An official or trade source says %s; other sources are contradicted by it.", val.Text)
			}
		}
	case len(assertedVals) > 1:
		v.Status, v.Reason = Disputed, fmt.Sprintf("Sources disagree: %s.", joinTexts(v.Values))
	default:
		v.Status = v.Values[0].Status
		v.Reason = fmt.Sprintf("%s, by %s.", upperFirst(joinTexts(v.Values)), count(len(sourceKeys(v.Values[0].Sources)), "site"))
	}
	return v
}

func slotText(v string) string {
	switch v {
	case "released":
		return "a trailer is out"
	case "not_released":
		return "no official trailer yet"
	}
	if phase, date, ok := strings.Cut(v, " "); ok {
		return phase + " " + displayDate(parseInterval(date), date)
	}
	return v
}

func joinTexts(vs []Value) string {
	var t []string
	for _, v := range vs {
		t = append(t, v.Text)
	}
	return strings.Join(t, " vs ")
}

// valuesBy groups evidence by key and builds one Value per group, with
// its citations, in order of first appearance.
func valuesBy(es []evidence, key func(evidence) string, build func(string, []evidence) Value) []Value {
	groups := map[string][]evidence{}
	var order []string
	for _, e := range es {
		k := key(e)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], e)
	}
	out := make([]Value, 0, len(order))
	for _, k := range order {
		v := build(k, groups[k])
		v.Sources = citations(groups[k])
		out = append(out, v)
	}
	return out
}

// citations lists evidence as citations, asserted first, one per article
// and sentence.
func citations(es []evidence) []Citation {
	seen := map[string]bool{}
	out := []Citation{}
	sorted := append([]evidence(nil), es...)
	sort.SliceStable(sorted, func(i, j int) bool {
		if sorted[i].high() != sorted[j].high() {
			return sorted[i].high()
		}
		return stanceRank(sorted[i].Stance) < stanceRank(sorted[j].Stance)
	})
	for _, e := range sorted {
		k := e.File + "\x00" + e.Quote
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, e.citation())
	}
	return out
}

func sourceKeys(cs []Citation) map[string]bool {
	m := map[string]bool{}
	for _, c := range cs {
		m[c.Site+c.File] = true
	}
	return m
}

func stanceRank(s Stance) int {
	switch s {
	case extract.Asserted:
		return 0
	case extract.Denied:
		return 1
	case extract.Hedged:
		return 2
	}
	return 3
}

func statusRank(s Status) int {
	for i, x := range []Status{Confirmed, Reported, Rumored, Disputed, Unconfirmed, Contradicted, Unknown} {
		if s == x {
			return i
		}
	}
	return 99
}

func topKey(m map[string]int) string {
	best, n := "", 0
	for _, k := range sortedKeys(m) {
		if m[k] > n {
			best, n = k, m[k]
		}
	}
	return best
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") && !strings.HasSuffix(noun, "ay") {
		return fmt.Sprintf("%d %sies", n, noun[:len(noun)-1])
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func verb(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

func list(names []string, max int) string {
	if len(names) > max {
		return strings.Join(names[:max], ", ") + fmt.Sprintf(" and %d more", len(names)-max)
	}
	if len(names) <= 1 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
