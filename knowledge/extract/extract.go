package extract

import (
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// OriginalYear is the year the original film came out: a date in or before
// it is never a date of the sequel.
const OriginalYear = 2022

// Meta is what is known about an article besides its text.
type Meta struct {
	Title     string
	Published time.Time
}

type context int

const (
	ctxNeutral context = iota
	ctxSequel
	ctxOriginal
)

// sentenceInfo is what one pass over a sentence learns.
type sentenceInfo struct {
	Sentence
	ctx       context
	seq, orig bool       // explicit mentions
	hedged    bool       // by its paragraph or heading
	names     []nameSpan // person-shaped runs, found once
	tx        *text      // Text, indexed for the patterns
	sequels   [][]int    // reSequel's matches in it, found once
	// stance cues, found on first use (see cued): most sentences carry
	// no claim and are never asked
	stanceCues
	// role patterns, found once for collectRoles and cast
	roleParen, actorAs [][]string // "Role (Actor)", "Actor as Role"
	singles            [][]int    // capitalised words standing alone
	tableRow           []string   // "Actor | Role |"
	// the first denial cue, found on first use (see denial)
	deny      []int
	denyFound bool
	// whether it calls something fake, found on first use (see debunked)
	fake, fakeFound bool
}

// debunked reports whether the sentence calls something fake or false,
// finding it on first use: the article's label asks it of every sequel
// sentence, which need not find the rest of their stance cues for it.
func (s *sentenceInfo) debunked() bool {
	if !s.fakeFound {
		s.fakeFound = true
		s.fake = reDebunk.MatchText(s.tx)
	}
	return s.fake
}

// denial returns the indices of the sentence's first denial cue, or nil,
// finding it on first use: both the stance cues and the sequel claims ask.
func (s *sentenceInfo) denial() []int {
	if !s.denyFound {
		s.denyFound = true
		s.deny = reDeny.FindTextIndex(s.tx)
	}
	return s.deny
}

type span struct{ start, end int }

// stanceCues are what decides a claim's stance in a sentence.
type stanceCues struct {
	found   bool
	hedges  [][]int // hedge cues in the sentence
	clauses []span  // its clauses, found only once a hedge asks (see hedgedAt)
	debunk  bool    // the sentence calls something fake or false
	denied  bool    // a denial cue applies
	quoted  []span  // quotation spans
}

// cued returns the sentence's stance cues, finding them on first use.
func (s *sentenceInfo) cued() *stanceCues {
	c := &s.stanceCues
	if c.found {
		return c
	}
	c.found = true
	tx := s.tx
	c.quoted = quoteSpans(tx)
	if c.quoted == nil {
		c.hedges = reHedge.FindAllTextIndex(tx, -1)
	} else {
		c.hedges = reHedge.FindAllStringIndex(unquoted(s.Text, c.quoted), -1)
	}
	// "If you loved the first film, ..." speaks to the reader and hedges
	// nothing
	c.hedges = slices.DeleteFunc(c.hedges, func(h []int) bool { return reIfYou.MatchString(s.Text[h[0]:]) })
	c.denied = s.denial() != nil
	c.debunk = s.debunked()
	return c
}

// Extract reads an article body and returns its claims and label.
func Extract(body string, meta Meta) Result {
	sents := Split(body)
	if !readsEnglish(body) {
		return foreign(sents)
	}
	infos := classify(sents, meta)
	x := &extraction{infos: infos, meta: meta, body: body}
	x.roles = collectRoles(infos)
	x.surnames = map[string]string{}
	x.crew = map[string]bool{}
	x.people = collectPeople(infos, x.roles, x.crew)
	anchor := meta.Published
	for i := range infos {
		s := &infos[i]
		x.sequel(s)
		anchor = x.dates(s, anchor)
		x.cast(s)
		x.plot(s)
		x.trailer(s)
	}
	res := Result{Claims: x.claims, Sentences: sents}
	res.Subject = subject(infos)
	res.Label, res.LabelQuote = label(x.claims, infos)
	if res.Label == SaysUnconfirmed || res.Label == Debunks {
		// An article that says no sequel is confirmed states nothing about
		// its cast or date as fact: "Carson would return", a date "fans
		// expect", a star's other film are at most rumour there.
		for i := range res.Claims {
			if c := &res.Claims[i]; c.Stance == Asserted && (c.Topic == TopicCast || c.Topic == TopicRelease) {
				c.Stance = Hedged
			}
		}
	}
	if fantasyCast(infos) {
		// "my dream cast for Purple Hearts 2": every name is a wish
		for i := range res.Claims {
			if c := &res.Claims[i]; c.Stance == Asserted && c.Topic == TopicCast {
				c.Stance = Hedged
			}
		}
	}
	if res.Label == Debunks {
		// What a fact-check reports only to refute it is quoted, not
		// rumoured: its "premieres August 14" is the fake's claim.
		for i := range res.Claims {
			if res.Claims[i].Stance == Hedged {
				res.Claims[i].Stance = Quoted
			}
		}
	}
	return res
}

type extraction struct {
	infos    []sentenceInfo
	meta     Meta
	body     string
	roles    map[string]bool
	surnames map[string]string
	people   map[string]string // surname -> full name
	crew     map[string]bool   // people named beside a crew cue
	claims   []Claim
}

func (x *extraction) add(s *sentenceInfo, c Claim) {
	c.Quote, c.Start, c.End, c.Sentence = s.Text, s.Start, s.End, s.Index
	for _, o := range x.claims {
		if o.Topic == c.Topic && o.Value == c.Value && o.Stance == c.Stance && o.Sentence == c.Sentence {
			return
		}
	}
	x.claims = append(x.claims, c)
}

// classify decides, sentence by sentence, whether the text speaks of the
// sequel or of the original film, and whether it hedges.
func classify(sents []Sentence, meta Meta) []sentenceInfo {
	infos := make([]sentenceInfo, len(sents))
	articleCtx := ctxNeutral
	if reSequel.MatchString(meta.Title) {
		articleCtx = ctxSequel
	}
	// Every sentence is indexed, and searched for mentions of the sequel,
	// before the first three are asked whether they name it.
	texts := make([]text, len(sents))
	for i, s := range sents {
		texts[i].index(s.Text)
		infos[i] = sentenceInfo{Sentence: s, tx: &texts[i], sequels: reSequel.FindAllTextIndex(&texts[i], -1)}
	}
	for i := 0; i < len(sents) && i < 3 && articleCtx == ctxNeutral; i++ {
		if infos[i].sequels != nil {
			articleCtx = ctxSequel
		}
	}
	cur, para := articleCtx, -1
	paraHedged, headingHedged := false, false
	for i, s := range sents {
		in := infos[i]
		tx := in.tx
		if s.Paragraph != para {
			para = s.Paragraph
			if cur == ctxOriginal {
				cur = articleCtx
			}
			paraHedged = !s.Heading && reParaHedge.MatchText(tx)
		}
		if s.Heading {
			// A section heading ("Potential release date") hedges what
			// follows; the article's own headline hedges it only where it
			// hedges the sequel itself ("Weigh In on Potential Sequel"),
			// not a detail ("... and Shocking Baby Rumors").
			if headline(i, s.Text, meta.Title) {
				headingHedged = hedgesTheSequel(tx, in.sequels)
			} else {
				headingHedged = reHedgeHeading.MatchText(tx)
			}
		}
		in.seq = sequelMention(tx, in.sequels)
		// the title alone, with no sequel named, is the original film
		// ("Purple Hearts stars Sofia Carson as Cassie")
		in.orig = originalMention(tx) || (!in.seq && reTitle.MatchText(tx))
		switch {
		case in.seq:
			cur = ctxSequel
		case in.orig:
			cur = ctxOriginal
		}
		in.ctx = cur
		in.hedged = paraHedged || headingHedged || question(s.Text)
		in.names = findNames(tx)
		in.roleParen = reRoleParen.FindAllTextSubmatch(tx, -1)
		in.actorAs = actorsAs(tx)
		in.singles = singleNames(s.Text)
		in.tableRow = reTableRow.FindTextSubmatch(tx)
		infos[i] = in
	}
	return infos
}

var reTitle = re(`\b` + title + `\b`)

// actorsAs finds "Actor as Role" pairs. A role runs for a few words, so in
// "Carson as Cassie and Nicholas Galitzine as Luke" the first match eats
// the second actor's first name: the text after such an "and" is searched
// again.
func actorsAs(tx *text) [][]string {
	var out [][]string
	for _, m := range reActorAs.FindAllTextSubmatch(tx, -1) {
		out = append(out, m)
		role := m[2]
		for {
			i := strings.Index(role, " and ")
			if i < 0 || i+5 >= len(role) || !unicode.IsUpper(rune(role[i+5])) {
				break
			}
			at := strings.Index(tx.s, m[0]) + len(m[0]) - len(role) + i + 5
			n := reActorAs.FindStringSubmatch(tx.s[at:])
			if n == nil || !strings.HasPrefix(tx.s[at:], n[0]) {
				// "Carson and Galitzine as Cassie and Luke": respectively
				start := strings.Index(tx.s, m[0])
				if prev := nameBefore(tx.s[:start], " and "); prev != "" {
					out[len(out)-1] = []string{m[0], m[1], role[i+5:]}
					out = append(out, []string{prev + " and " + m[0], prev, role[:i]})
				}
				break
			}
			out[len(out)-1] = []string{m[0], m[1], role[:i]}
			out = append(out, n)
			m, role = n, n[2]
		}
	}
	return out
}

// nameBefore returns the person's name that ends s just before sep
// ("Sofia Carson" in "stars Sofia Carson and "), or "".
func nameBefore(s, sep string) string {
	if !strings.HasSuffix(s, sep) {
		return ""
	}
	s = s[:len(s)-len(sep)]
	ns := findNames(plain(s))
	if len(ns) == 0 || ns[len(ns)-1].End != len(s) {
		return ""
	}
	return ns[len(ns)-1].Name
}

// hedgesTheSequel reports a heading hedge next to a mention of the sequel
// ("Potential Sequel", "Purple Hearts 2 rumors").
func hedgesTheSequel(tx *text, sequels [][]int) bool {
	for _, h := range reHedgeHeading.FindAllTextIndex(tx, -1) {
		for _, m := range sequels {
			if h[0] <= m[1]+3 && m[0] <= h[1]+3 { // they overlap or nearly meet
				return true
			}
		}
	}
	return false
}

// headline reports whether heading i of an article is its headline rather
// than a section heading: one of the first three lines (a page's own
// breadcrumbs or section name may come first), the title itself, or a
// heading too long to be a section's.
func headline(i int, text, title string) bool {
	return i <= 2 || text == title || len(strings.Fields(text)) > 12
}

var reQuote = compile(`[“"]([^”"]{3,})[”"]`)

func quoteSpans(t *text) []span {
	var out []span
	for _, m := range reQuote.FindAllTextIndex(t, -1) {
		out = append(out, span{m[0], m[1]})
	}
	return out
}

// unquoted blanks out quoted speech, so that a star's "could" does not
// hedge the narrator's own statement around it.
func unquoted(s string, q []span) string {
	if len(q) == 0 {
		return s
	}
	b := []byte(s)
	for _, sp := range q {
		for i := sp.start; i < sp.end; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

func inQuote(q []span, pos int) bool {
	for _, sp := range q {
		if pos >= sp.start && pos < sp.end {
			return true
		}
	}
	return false
}

// stance of a claim found at pos in s.
func (s *sentenceInfo) stance(pos int) Stance {
	c := s.cued()
	switch {
	case inQuote(c.quoted, pos) && c.debunk:
		return Quoted
	case c.debunk && !c.denied:
		return Quoted
	case s.hedged || s.hedgedAt(pos) || s.askedAt(pos):
		return Hedged
	}
	return Asserted
}

// onlyLeakHedges reports whether every hedge in the clause holding pos is
// a word for a leak, which hedges what was leaked but not that it exists.
func (s *sentenceInfo) onlyLeakHedges(pos int) bool {
	if question(s.Text) {
		return false
	}
	cl := s.clauseAt(pos)
	for _, h := range s.cued().hedges {
		if h[0] >= cl.start && h[0] < cl.end && !reLeakWord.MatchString(s.Text[h[0]:h[1]]) {
			return false
		}
	}
	return true
}

// askedAt reports whether the clause holding pos asks rather than states:
// a question mark follows in it ("Release Date Confirmed Or Canceled?").
func (s *sentenceInfo) askedAt(pos int) bool {
	if strings.IndexByte(s.Text[pos:], '?') < 0 {
		return false // most sentences: their clauses need not be found
	}
	return strings.IndexByte(s.Text[pos:s.clauseAt(pos).end], '?') >= 0
}

// clauseAt returns the clause holding pos.
func (s *sentenceInfo) clauseAt(pos int) span {
	for _, c := range s.clausesFound() {
		if pos >= c.start && pos < c.end {
			return c
		}
	}
	return span{0, len(s.Text)}
}

// question reports a sentence that ends with a question mark, perhaps
// inside quotation marks.
func question(text string) bool {
	return strings.HasSuffix(strings.TrimRight(text, " \"”’'"), "?")
}

// hedgedAt reports whether a hedge governs position pos: a hedge in the
// same clause, or one in a framing first clause ("Reportedly, ...",
// "Rumors suggest ...").
func (s *sentenceInfo) hedgedAt(pos int) bool {
	cues := s.cued()
	if len(cues.hedges) == 0 {
		return false // most sentences: their clauses need not be found
	}
	cl := s.clauseAt(pos)
	for _, h := range cues.hedges {
		if h[0] >= cl.start && h[0] < cl.end {
			return true
		}
		if len(cues.clauses) > 0 && h[0] < cues.clauses[0].end && h[0] < 25 && cl.start > 0 {
			return true
		}
	}
	return false
}

var reClauseBreak = compile(`[;:—–]|,\s+(?:but|while|although|though|and|as|because|so|yet|which|who)\s|\s(?:but|while|whereas|although|though|because)\s|,\s`)

// clausesFound returns the sentence's clauses, finding them on first use.
func (s *sentenceInfo) clausesFound() []span {
	c := s.cued()
	if c.clauses == nil {
		c.clauses = clauses(s.tx) // never empty: the last clause ends the text
	}
	return c.clauses
}

// clauses splits a sentence at clause breaks.
func clauses(t *text) []span {
	breaks := reClauseBreak.FindAllTextIndex(t, -1)
	out := make([]span, 0, len(breaks)+1)
	start := 0
	for _, m := range breaks {
		out = append(out, span{start, m[0]})
		start = m[0]
	}
	return append(out, span{start, len(t.s)})
}

var reBookSequel = re(`(?:book|novel|literary|direct)\s+$`).scanned()

// sequelMention reports a mention of the sequel, not counting a book
// sequel ("there is no book sequel").
func sequelMention(t *text, sequels [][]int) bool {
	for _, m := range sequels {
		if reBookSequel.MatchString(t.s[max(0, m[0]-12):m[0]]) {
			continue
		}
		return true
	}
	return false
}

// originalMention reports a mention of the original film, not counting a
// comparison ("up from the original's budget").
func originalMention(t *text) bool {
	for _, m := range reOriginal.FindAllTextIndex(t, -1) {
		rest := t.s[m[1]:]
		if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue
		}
		return true
	}
	return false
}

// sequel finds statements about whether the sequel exists.
func (x *extraction) sequel(s *sentenceInfo) {
	text := s.Text
	about := s.seq || (s.ctx == ctxSequel && !s.orig)
	if !about {
		return
	}
	if loc := s.denial(); loc != nil {
		after := text[loc[0]:min(len(text), loc[1]+40)]
		onlyTrailer := reTrailer.MatchString(after) && !reSequel.MatchString(after) && !reStatusWord.MatchString(after)
		if !onlyTrailer {
			x.add(s, Claim{Topic: TopicSequel, Stance: Denied, Value: SequelNotAnnounced, Text: text[loc[0]:loc[1]]})
			return
		}
	}
	if loc := reReleased.FindTextIndex(s.tx); loc != nil && s.stance(loc[0]) == Asserted && !releaseOfOther(text, loc[0]) {
		seqBefore := false
		// "Since its release, Purple Hearts 2 has..." names it after
		if m := s.sequels; m != nil && (m[0][0] < loc[1] || strings.HasPrefix(strings.ToLower(text[loc[0]:]), "since its")) {
			seqBefore = true
		}
		// with the sequel only in the context, another title as the
		// subject ("The Life List is out now") is another film's release
		// (a person, "Sofia Carson once again delivers", is not a title)
		if seqBefore || (!s.seq && !s.orig && s.ctx == ctxSequel && !reOriginalPast.MatchText(s.tx) && !reOtherTitleBefore.MatchString(text[:loc[0]])) {
			x.add(s, Claim{Topic: TopicSequel, Stance: s.stance(0), Value: SequelReleased, Text: text[loc[0]:loc[1]]})
			return
		}
	}
	if loc := reSetPresup.FindTextIndex(s.tx); loc != nil && s.seq {
		// Footage or photos from the sequel's set (the sentence names it:
		// "on the set" under a sequel headline may be the original's)
		// presuppose that it is
		// being made, however the leak itself is hedged ("leaked set
		// photos", "whispers from the set"); a modal still governs ("would
		// need him back on the set"), and a debunk's set photos are the
		// fake's.
		st := s.stance(loc[0])
		if st == Hedged && !s.askedAt(loc[0]) && s.onlyLeakHedges(loc[0]) {
			st = Asserted
		}
		x.add(s, Claim{Topic: TopicSequel, Stance: st, Value: SequelInProduction, Text: text[loc[0]:loc[1]]})
		return
	}
	for _, c := range []struct {
		re    *cue
		value string
	}{{reProduction, SequelInProduction}, {reGreenlit, SequelGreenlit}} {
		var best *Claim
		for _, loc := range c.re.FindAllTextIndex(s.tx, -1) {
			cl := Claim{Topic: TopicSequel, Stance: s.stance(loc[0]), Value: c.value, Text: text[loc[0]:loc[1]]}
			if best == nil || best.Stance != Asserted && cl.Stance == Asserted {
				best = &cl
			}
		}
		if best != nil {
			x.add(s, *best)
			return
		}
	}
}

// dates finds release, announcement and production dates. It returns the
// anchor for the next sentence: the last full date seen.
func (x *extraction) dates(s *sentenceInfo, anchor time.Time) time.Time {
	ds := findDates(s.tx, anchor)
	if anchor.IsZero() {
		// a day without a year takes the year of a full date earlier in
		// the same sentence; only then is a second pass needed
		for _, d := range ds {
			if d.YearGiven && d.Single() {
				if again := findDates(s.tx, d.From); len(again) > len(ds) {
					ds = again
				}
				break
			}
		}
	}
	for _, d := range ds {
		if d.YearGiven && d.Single() || (d.YearGiven && !d.Relative && d.To.Sub(d.From) < 40*24*time.Hour) {
			if x.meta.Published.IsZero() {
				anchor = d.From
			}
		}
	}
	if s.Heading && !s.seq {
		return anchor
	}
	for _, d := range ds {
		if d.To.Year() <= OriginalYear || reAsOf.MatchString(s.Text[:d.Start]) {
			continue
		}
		if s.ctx == ctxOriginal && !s.seq && !d.YearGiven {
			continue
		}
		kind := nearestCue(s.tx, d)
		titleYear := strings.HasPrefix(d.Text, "(")
		if titleYear {
			if m := s.sequels; m == nil || d.Start-m[0][1] > 3 {
				continue
			}
			kind = "release"
		}
		if kind == "" {
			continue
		}
		st := s.stance(d.Start)
		switch kind {
		case "release":
			slot := "upcoming"
			if reReleased.MatchText(s.tx) || titleYear {
				slot = "released"
			}
			if s.cued().denied && reReleaseDate.MatchText(s.tx) {
				st = Denied
			}
			x.add(s, Claim{Topic: TopicRelease, Stance: st, Value: d.Value(), Text: d.Text, Slot: slot})
		case "announcement":
			if !d.Single() {
				continue
			}
			x.add(s, Claim{Topic: TopicAnnouncement, Stance: st, Value: d.Value(), Text: d.Text})
		case "production":
			phase := "starts"
			if reWrap.MatchText(s.tx) {
				phase = "wrapped"
			}
			x.add(s, Claim{Topic: TopicProduction, Stance: st, Value: phase + " " + d.Value(), Text: d.Text, Slot: phase})
		}
	}
	if (s.seq || s.ctx == ctxSequel) && len(ds) == 0 && reReleaseDate.MatchText(s.tx) && (s.cued().denied || reDateTBA.MatchText(s.tx)) || reNoReleaseDate.MatchText(s.tx) && s.cued().denied {
		x.add(s, Claim{Topic: TopicRelease, Stance: Denied, Value: "none", Text: "no release date"})
	}
	return anchor
}

var reAsOf = re(`\b(?:as\s+of|updated|published|posted)\s*(?:on\s+)?$`).scanned()

// nearestCue classifies a date by the closest cue word around it: a
// release, an announcement or a production milestone. Cues across a
// strong break (";", a dash, a colon) count for less.
func nearestCue(t *text, d Date) string {
	s := t.s
	best, bestDist := "", 1<<30
	for _, c := range []struct {
		kind string
		re   *cue
	}{{"release", reReleaseCue}, {"announcement", reAnnounceCue}, {"production", reProductionCue}} {
		for _, m := range c.re.FindAllTextIndex(t, -1) {
			if c.kind == "release" && releaseOfOther(s, m[0]) {
				continue
			}
			var dist int
			var between string
			if m[1] <= d.Start {
				between = s[m[1]:d.Start]
				dist = d.Start - m[1]
			} else if m[0] >= d.End {
				between = s[d.End:m[0]]
				dist = (m[0] - d.End) * 3 / 2
			} else {
				continue
			}
			if strings.ContainsAny(between, ";:—()") || strings.Contains(between, " – ") {
				dist += 60
			} else if strings.Contains(between, ",") {
				// "Production kicks off in early 2026, with a release
				// slated for...": the cue across a comma is the weaker
				dist += 25
			}
			if dist < bestDist {
				best, bestDist = c.kind, dist
			}
		}
	}
	if bestDist > 90 {
		return ""
	}
	return best
}

var (
	rePressBefore   = re(`\bpress\s+$`).scanned()
	reTrailerBefore = re(`\b(?:teaser|trailer|first[\s-]look|poster|clip|single|song|album|soundtrack)s?\b[,\s]*(?:(?:was|were|is|are|has|have|had|been|just|officially|finally|first|also)\s+)*$`).scanned()
)

// releaseOfOther reports a release word at pos that is not the film's: a
// press release or drop, or the release of its trailer, poster or song
// ("The trailer, dropped on November 15").
func releaseOfOther(s string, pos int) bool {
	before := s[max(0, pos-40):pos]
	return rePressBefore.MatchString(before) || reTrailerBefore.MatchString(before)
}

// cast finds people said to be in the sequel, and its director.
func (x *extraction) cast(s *sentenceInfo) {
	text := s.Text
	sequelish := s.seq || (s.ctx == ctxSequel && !s.orig)
	if !sequelish || len(s.names) == 0 && len(s.singles) == 0 {
		return // every claim below is about a name in the sentence
	}
	originalNarration := reOriginalPast.MatchText(s.tx) && !reAgain.MatchText(s.tx)
	// the director
	if loc := reDirectorCue.FindTextIndex(s.tx); loc != nil {
		after := !reDirectsAfter.MatchString(text[loc[0]:])
		for _, n := range s.names {
			if after && n.Start >= loc[1] && n.Start-loc[1] < 30 || (!after && n.End <= loc[0] && loc[0]-n.End < 25) {
				x.add(s, Claim{Topic: TopicDirector, Stance: s.stance(n.Start), Value: n.Name, Person: n.Name, Role: "director", Text: n.Name})
				x.surnames[lastWord(n.Name)] = "crew:" + n.Name
			}
		}
	}
	strong := map[string]string{} // actor -> role from a strong pattern
	for _, m := range s.roleParen {
		role, actor := m[1], personIn(m[2])
		if actor != "" && !notName[firstWord(role)] {
			strong[actor] = role
		}
	}
	for _, m := range reActorParen.FindAllTextSubmatch(s.tx, -1) {
		if a := personIn(m[1]); a != "" && !x.roles[a] {
			if _, ok := strong[a]; !ok && personIn(roleOf(m[2])) == "" {
				strong[a] = roleOf(m[2])
			}
		}
	}
	for _, m := range s.actorAs {
		if a := personIn(m[1]); a != "" && !x.roles[a] {
			strong[a] = roleOf(m[2])
		}
	}
	if m := s.tableRow; m != nil && personIn(m[1]) != "" {
		strong[personIn(m[1])] = roleOf(m[2])
	}
	cue := reCastCue.MatchText(s.tx) || s.seq && reCastCueWeak.MatchText(s.tx)
	if cue && (s.Heading || titleCase(text)) {
		cue = false
	}
	for _, n := range s.names {
		role, isStrong := strong[n.Name]
		if x.roles[n.Name] || characters[n.Name] || (!isStrong && (!cue || x.crew[n.Name] || inTableCell(text, n))) || originalNarration && !isStrong {
			continue
		}
		if !isStrong && (x.crewNear(text, n) || comparison(text, n)) {
			continue
		}
		if strings.HasPrefix(x.surnames[lastWord(n.Name)], "crew:") {
			continue
		}
		x.surnames[lastWord(n.Name)] = n.Name
		x.add(s, Claim{Topic: TopicCast, Stance: s.stance(n.Start), Value: n.Name, Person: n.Name, Role: role, Text: n.Name})
	}
	// "Carson and Galitzine are back": a surname alone, of a person the
	// article has named in full.
	if cue {
		for _, m := range s.singles {
			w := text[m[0]:m[1]]
			full, ok := x.people[w]
			if !ok || x.roles[full] || characters[full] || x.crew[full] || strings.Contains(text, full) {
				continue
			}
			if strings.HasPrefix(x.surnames[w], "crew:") || x.crewNear(text, nameSpan{Start: m[0], End: m[1], Name: w}) {
				continue
			}
			x.add(s, Claim{Topic: TopicCast, Stance: s.stance(m[0]), Value: full, Person: full, Text: w})
		}
	}
}

var reComparison = re(`(?:think|like|meets|à\s+la|a\s+la|channel\w*|inspired\s+by|reminiscent\s+of|vibes?|compared\s+to|the\next)\s+(?:[\p{L}'’]+\s+){0,2}$`).scanned()

// comparison reports a name used as a comparison ("think Dolly Parton
// meets Sheryl Crow"), not as a cast member.
func comparison(text string, n nameSpan) bool {
	return reComparison.MatchString(text[max(0, n.Start-30):n.Start])
}

// inTableCell reports a name in a table row's later cells ("| Lead Role |").
func inTableCell(text string, n nameSpan) bool {
	return strings.Contains(text[:n.Start], "|")
}

func (x *extraction) crewNear(text string, n nameSpan) bool {
	before := text[max(0, n.Start-35):n.Start]
	after := text[n.End:min(len(text), n.End+12)]
	if reDirectorCue.MatchString(before) || reCrewCue.MatchString(before) {
		return true
	}
	return reSpeaker.MatchString(after)
}

// personIn returns the person's name that ends s ("Starring Sofia Carson"
// gives "Sofia Carson"), or "" when s does not end in a name.
func personIn(s string) string {
	s = strings.TrimSpace(s)
	ns := findNames(plain(s))
	if len(ns) == 0 || ns[len(ns)-1].End != len(s) {
		return ""
	}
	return ns[len(ns)-1].Name
}

func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

func lastWord(s string) string {
	f := strings.Fields(s)
	return f[len(f)-1]
}

// collectRoles finds the character names of an article: the outside of
// "Cassie Salazar (Sofia Carson)" and the object of "Sofia Carson as Cassie
// Salazar", so that a character is never listed as an actor.
func collectRoles(infos []sentenceInfo) map[string]bool {
	roles := map[string]bool{}
	n := 0
	for _, s := range infos {
		n += len(s.singles)
	}
	alone := make(map[string]int, n) // sized once: it would grow many times
	for _, s := range infos {
		for _, m := range s.roleParen {
			if personIn(m[2]) != "" {
				roles[strings.TrimSpace(m[1])] = true
			}
		}
		for _, m := range s.actorAs {
			if r := personIn(m[2]); r != "" && r == strings.TrimSpace(m[2]) {
				roles[r] = true
			}
		}
		for _, m := range s.singles {
			alone[s.Text[m[0]:m[1]]]++
		}
	}
	// A two-word name whose first word is used alone again and again while
	// its last word is not ("Cassie", never "Salazar") is a character.
	for _, s := range infos {
		for _, n := range s.names {
			f := strings.Fields(n.Name)
			if alone[f[0]] >= 3 && alone[f[len(f)-1]] == 0 && s.tableRow == nil {
				roles[n.Name] = true
			}
		}
	}
	return roles
}

// collectPeople maps each surname to the one full name the article uses
// with it; a surname shared by two people maps to neither.
func collectPeople(infos []sentenceInfo, roles, crew map[string]bool) map[string]string {
	people := map[string]string{}
	for _, s := range infos {
		for _, n := range s.names {
			if roles[n.Name] {
				continue
			}
			last := lastWord(n.Name)
			before := s.Text[max(0, n.Start-35):n.Start]
			if reCrewCue.MatchString(before) && !reCastCue.MatchString(before) || reDirectorCue.MatchString(before) {
				crew[n.Name] = true
			}
			if old, ok := people[last]; ok && old != n.Name {
				people[last] = ""
				continue
			}
			people[last] = n.Name
		}
	}
	for k, v := range people {
		if v == "" {
			delete(people, k)
		}
	}
	return people
}

// singleNames returns the capitalised words that stand alone, as
// [start, end) pairs: the first group of every match of the pattern
// `(?:^|[^\p{L}’'])([A-Z][\p{Ll}]+)(?:[’']s)?(?:[^\p{L}’']|$)`, found
// left to right without overlap. It is written out by hand because that
// pattern can begin at nearly any character, so regexp would sweep every
// sentence; TestSingleNamesAsRegexp holds the two to the same answers.
// (A match takes the character after the word, so of "Sofia Carson" only
// "Sofia" stands alone: collectRoles relies on that.)
func singleNames(s string) [][]int {
	var flat []int // the pairs, end to end: one allocation, not one each
	from := 0
	for q := 0; q < len(s); q++ {
		if s[q] < 'A' || s[q] > 'Z' {
			continue
		}
		p := q // where the match begins: q itself at ^, else the rune before
		if q > 0 {
			r, w := utf8.DecodeLastRuneInString(s[:q])
			if unicode.IsLetter(r) || r == '’' || r == '\'' {
				continue
			}
			p = q - w
		}
		if p < from {
			continue
		}
		end := q + 1
		for end < len(s) {
			r, w := utf8.DecodeRuneInString(s[end:])
			if !unicode.IsLower(r) {
				break
			}
			end += w
		}
		if end == q+1 {
			continue
		}
		after := end
		for _, poss := range []string{"’s", "'s"} {
			if strings.HasPrefix(s[end:], poss) && !nameChar(s[end+len(poss):]) {
				after = end + len(poss)
			}
		}
		if after == end && nameChar(s[end:]) {
			continue
		}
		if flat == nil {
			flat = make([]int, 0, 8) // room for most sentences' names
		}
		flat = append(flat, q, end)
		if after < len(s) {
			_, w := utf8.DecodeRuneInString(s[after:])
			after += w // the character after the word is part of the match
		}
		from = after
	}
	if flat == nil {
		return nil
	}
	out := make([][]int, len(flat)/2)
	for i := range out {
		out[i] = flat[2*i : 2*i+2 : 2*i+2]
	}
	return out
}

// nameChar reports whether s begins with a letter or an apostrophe: a
// character that continues a word.
func nameChar(s string) bool {
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || r == '’' || r == '\''
}

// plot finds what the sequel's story is said to be.
func (x *extraction) plot(s *sentenceInfo) {
	if s.Heading || s.orig && !s.seq || s.ctx != ctxSequel {
		return
	}
	text := s.Text
	if m := reGap.FindTextSubmatchIndex(s.tx); m != nil && !reGapSince.MatchString(text[m[0]:min(len(text), m[1]+30)]) {
		if !reGapBefore.MatchString(text[max(0, m[0]-12):m[0]]) {
			g := 2
			if m[2] < 0 {
				g = 4
			}
			n := numberWord(text[m[g]:m[g+1]])
			x.add(s, Claim{Topic: TopicPlot, Stance: s.stance(0), Slot: SlotGap, Value: n + " years later", Text: text[m[0]:m[1]]})
		}
	}
	mentionsCouple := reCoupleWords.MatchText(s.tx)
	if mentionsCouple {
		switch {
		case reApart.MatchText(s.tx):
			x.add(s, Claim{Topic: TopicPlot, Stance: s.stance(0), Slot: SlotCouple, Value: "apart", Text: reApart.FindText(s.tx)})
		case reTogether.MatchText(s.tx):
			x.add(s, Claim{Topic: TopicPlot, Stance: s.stance(0), Slot: SlotCouple, Value: "together", Text: reTogether.FindText(s.tx)})
		}
		if rePlotCue.MatchText(s.tx) && len(text) > 40 && !reCastCue.MatchText(s.tx) && !s.seq && reCouple.MatchText(s.tx) {
			x.add(s, Claim{Topic: TopicPlot, Stance: s.stance(0), Slot: SlotStory, Value: shorten(text, 200), Text: shorten(text, 200)})
		}
	}
}

// trailer finds whether a trailer is said to be out.
func (x *extraction) trailer(s *sentenceInfo) {
	if !reTrailer.MatchText(s.tx) || s.ctx == ctxOriginal && !s.seq {
		return
	}
	if reTrailerNone.MatchText(s.tx) {
		x.add(s, Claim{Topic: TopicTrailer, Stance: Denied, Slot: "trailer", Value: "not_released", Text: reTrailerNone.FindText(s.tx)})
		return
	}
	if reTrailerOut.MatchText(s.tx) {
		x.add(s, Claim{Topic: TopicTrailer, Stance: s.stance(0), Slot: "trailer", Value: "released", Text: reTrailer.FindText(s.tx)})
	}
}

func numberWord(s string) string {
	words := map[string]string{"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10"}
	if n, ok := words[strings.ToLower(s)]; ok {
		return n
	}
	return strings.ToLower(s)
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndex(s[:n], " ")
	if cut < n/2 {
		cut = n
	}
	return strings.TrimRight(s[:cut], " ,;:—-") + "…"
}

// foreign reads an article in another language. The cues are English: in
// another language they would find names and dates without the words that
// say what they are, so only the commonest statement is read, that nothing
// is confirmed ("noch keine Ankündigung", "nessuna conferma"), or that a
// sequel is only a possibility.
func foreign(sents []Sentence) Result {
	res := Result{Sentences: sents, Subject: "film", Label: Unclear}
	for _, s := range sents {
		tx := newText(s.Text)
		if loc := reForeignDeny.FindTextIndex(tx); loc != nil {
			res.Claims = append(res.Claims, Claim{Topic: TopicSequel, Stance: Denied, Value: SequelNotAnnounced, Text: s.Text[loc[0]:loc[1]],
				Quote: s.Text, Start: s.Start, End: s.End, Sentence: s.Index})
			if res.Label == Unclear {
				res.Label, res.LabelQuote = SaysUnconfirmed, s.Text
			}
		}
	}
	if res.Label == Unclear {
		for _, s := range sents {
			if reForeignWonder.MatchString(s.Text) {
				res.Label, res.LabelQuote = SaysUnconfirmed, s.Text
				break
			}
		}
	}
	return res
}

var (
	// "not confirmed", "no announcement yet" in German, French, Spanish,
	// Italian and Portuguese.
	reForeignDeny = re(`\b(?:noch\s+(?:keine|nicht)|bisher\s+(?:keine|nicht|weder)|weder\s+bestätigt|nicht\s+(?:offiziell\s+)?bestätigt|keine\s+(?:offizielle|bestätigung)|pas\s+(?:encore\s+)?(?:été\s+)?(?:confirmé|annoncé)|aucune\s+(?:confirmation|annonce)|no\s+(?:ha\s+)?(?:sido\s+)?(?:confirmad|anunciad)\w*|(?:aún|todavía)\s+no|sin\s+confirmación|non\s+(?:è\s+)?(?:ancora\s+)?(?:stat[oa]\s+)?(?:confermat|annunciat)\w*|nessuna\s+(?:conferma|notizia)|não\s+(?:foi\s+)?(?:confirmad|anunciad)\w*|ainda\s+não)`)
	// a sequel as a possibility
	reForeignWonder = re(`\b(?:möglich|possibilit|posibilidad|possibilidade)\S*.{0,80}\b(?:sequel|fortsetzung|zweite[nr]?\s+teil|seguito|secondo\s+film|secuela|segunda\s+parte|suite|continuação)`)
)

// englishWords are the commonest English function words: they make up
// about a third of any English text, and next to none of another
// language's.
var englishWords = map[string]bool{"the": true, "and": true, "of": true, "to": true, "a": true, "in": true, "is": true, "that": true, "for": true, "it": true, "with": true, "as": true, "was": true, "on": true, "be": true, "are": true, "this": true, "by": true, "but": true, "has": true, "have": true, "not": true, "will": true, "their": true, "they": true, "her": true, "his": true, "from": true, "at": true, "an": true}

// readsEnglish reports whether body reads as English: at least one word in
// twelve is a common English function word. A text too short to tell is
// taken as English.
func readsEnglish(body string) bool {
	n, hits := 0, 0
	var buf [8]byte // a function word is short: longer words need no look-up
	w := 0
	for i := 0; i <= len(body) && n < 400; i++ {
		c := byte(' ')
		if i < len(body) {
			c = body[i]
		}
		switch {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '\'' || c >= 0x80:
			if w < len(buf) {
				buf[w] = c | 0x20 // ASCII letters to lower case; others never match
			}
			w++
		case w > 0:
			n++
			if w <= len(buf) && englishWords[string(buf[:w])] {
				hits++
			}
			w = 0
		}
	}
	return n < 40 || hits*12 >= n
}

// subject tells a film article from one about another work of the same
// name (a video game, a song).
func subject(infos []sentenceInfo) string {
	game, film := 0, 0
	for _, in := range infos {
		game += len(reOffTopicMedium.FindAllTextIndex(in.tx, -1))
	}
	if game < 3 {
		return "film" // the film words need not be counted
	}
	for _, in := range infos {
		film += len(reFilmWords.FindAllTextIndex(in.tx, -1))
	}
	if game > film {
		return "other"
	}
	return "film"
}

// label reads the article's sequel claims as a whole.
func label(claims []Claim, infos []sentenceInfo) (Label, string) {
	var pos, rel, den, hedge, quoted []Claim
	for _, c := range claims {
		if c.Topic != TopicSequel {
			continue
		}
		switch {
		case c.Stance == Denied:
			den = append(den, c)
		case c.Stance == Quoted:
			quoted = append(quoted, c)
		case c.Stance == Hedged:
			hedge = append(hedge, c)
		case c.Value == SequelReleased:
			rel = append(rel, c)
		default:
			pos = append(pos, c)
		}
	}
	first := func(cs []Claim) string {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].Sentence < cs[j].Sentence })
		return cs[0].Quote
	}
	nPos := len(pos) + len(rel)
	if nPos == 0 {
		// A fact-check: it calls a claim about the sequel fake and asserts
		// none. One such sentence is enough beside the claim it reports,
		// or beside no more denials than it has debunks (more, and it is
		// a status check that mentions a fake); alone it takes two.
		reported := slices.ContainsFunc(claims, func(c Claim) bool { return c.Stance == Hedged || c.Stance == Quoted })
		if n, q := debunks(infos); n >= 2 || n >= 1 && (reported || len(den) > 0 && len(den) <= n) {
			if len(den) > 0 {
				q = first(den)
			}
			return Debunks, q
		}
	}
	switch {
	case len(den) > 0 && len(quoted) > 0 && nPos == 0:
		return Debunks, first(den)
	case len(den) > 0 && nPos == 0:
		return SaysUnconfirmed, first(den)
	case len(den) > 0 && nPos >= 3*len(den):
		if len(rel) > len(pos) {
			return SaysReleased, first(rel)
		}
		return AssertsConfirmed, first(pos)
	case len(den) > 0 && len(den) >= 3*nPos:
		return SaysUnconfirmed, first(den)
	case len(den) > 0:
		return Unclear, first(den)
	}
	switch {
	case len(rel) > 0:
		return SaysReleased, first(rel)
	case len(pos) > 0:
		return AssertsConfirmed, first(pos)
	}
	// No status stated: a release date or a cast stated as fact presupposes
	// a sequel that exists (or is out, when the date is past tense).
	var out, upcoming, cast []Claim
	for _, c := range claims {
		switch {
		case c.Stance != Asserted:
		case c.Topic == TopicRelease && c.Value != "none" && c.Slot == "released":
			out = append(out, c)
		case c.Topic == TopicRelease && c.Value != "none":
			upcoming = append(upcoming, c)
		case c.Topic == TopicCast:
			cast = append(cast, c)
		}
	}
	switch {
	case len(out) > 0:
		return SaysReleased, first(out)
	case len(upcoming) > 0:
		return AssertsConfirmed, first(upcoming)
	}
	wonder := wondering(infos)
	if len(hedge) == 0 && len(quoted) == 0 {
		// A cast stated as fact presupposes the sequel unless anything
		// about the sequel is hedged (a fantasy cast, a plot "in
		// speculation"); its story told as fact ("Purple Hearts 2 picks up
		// where the first film left off"), or its release awaited, unless
		// the sequel itself is called rumour: speculation about its
		// casting, or a plot it "is expected to" follow, doubt the
		// details, not the film, and a follow-up that "could" do more
		// wonders about its story, not whether it exists.
		if len(cast) > 0 && wonder == "" && !hedgesSequel(infos, false) {
			return AssertsConfirmed, first(cast)
		}
		if q := narrated(infos); q != "" && !hedgesSequel(infos, true) {
			// and told as a film audiences have already seen, it is out
			if r := received(infos); r != "" && !awaited(infos) {
				return SaysReleased, r
			}
			return AssertsConfirmed, q
		}
	}
	switch {
	case len(hedge) > 0 || len(quoted) > 0:
		return SaysUnconfirmed, first(append(hedge, quoted...))
	case wonder != "":
		// Nothing said about the status: an article that only wonders
		// ("possibility", "could") about the sequel is still unconfirmed.
		return SaysUnconfirmed, wonder
	}
	return Unclear, ""
}

// hedgesSequel reports whether any sentence about the sequel hedges ("the
// release date draws closer in speculation", "I'm going to fantasy cast").
// With doubt, only a sentence naming the sequel counts, and only a hedge
// that doubts a thing exists (rumour, speculation, a leak, "if"), not a
// modal on its details ("is expected to pick up").
func hedgesSequel(infos []sentenceInfo, doubt bool) bool {
	for i := range infos {
		s := &infos[i]
		if !s.seq && (doubt || s.ctx != ctxSequel || s.orig) {
			continue
		}
		// a question about the story ("Will they overcome it?") is not a
		// hedge on the sequel; wondering catches one about the sequel
		if s.hedged && !question(s.Text) && !doubt {
			return true
		}
		for _, h := range s.cued().hedges {
			if !doubt || reDoubt.MatchString(s.Text[h[0]:h[1]]) {
				return true
			}
		}
	}
	return false
}

// narrated returns the first sentence in which the sequel, named, tells
// its story as fact ("Purple Hearts 2 picks up where..."), or in which its
// release is awaited ("as the film gears up for its release"), or "".
func narrated(infos []sentenceInfo) string {
	for i := range infos {
		s := &infos[i]
		if s.Heading || !s.seq && (s.ctx != ctxSequel || s.orig) {
			continue
		}
		if loc := reAwaitedRelease.FindTextIndex(s.tx); loc != nil && s.stance(loc[0]) == Asserted {
			return s.Text
		}
		if !s.seq {
			continue
		}
		if loc := reSequelNarrates.FindTextIndex(s.tx); loc != nil && s.stance(loc[0]) == Asserted {
			return s.Text
		}
	}
	return ""
}

// fantasyCast reports an article that says its casting is a wish: a
// fantasy or dream cast, a wish list, who would star.
func fantasyCast(infos []sentenceInfo) bool {
	for i := range infos {
		if reFantasyCast.MatchText(infos[i].tx) {
			return true
		}
	}
	return false
}

// awaited reports a sentence about the sequel awaiting its release.
func awaited(infos []sentenceInfo) bool {
	for i := range infos {
		s := &infos[i]
		if (s.seq || s.ctx == ctxSequel && !s.orig) && reAwaitedRelease.MatchText(s.tx) {
			return true
		}
	}
	return false
}

// received returns the first sentence naming the sequel that tells how
// audiences or critics have taken it ("Purple Hearts 2 has captured the
// attention of audiences"), or "".
func received(infos []sentenceInfo) string {
	for i := range infos {
		s := &infos[i]
		if s.seq && !s.Heading && reReceived.MatchText(s.tx) && !s.cued().denied {
			return s.Text
		}
	}
	return ""
}

// wondering returns the first sentence that wonders whether there will be
// a sequel ("the possibility of a sequel"), or "".
func wondering(infos []sentenceInfo) string {
	for i := range infos {
		s := &infos[i]
		if s.Heading && headline(i, s.Text, "") {
			continue // a headline that asks is the question, not an answer
		}
		// (the words first: they are cheaper; a star's quoted "we'll see"
		// wonders too, so the hedge is looked for in quotes as well)
		if (s.seq || s.ctx == ctxSequel) && reSequelWord.MatchText(s.tx) && reWondering.MatchText(s.tx) && (s.hedged || reHedge.MatchText(s.tx) || reWeWillSee.MatchText(s.tx)) {
			return s.Text
		}
	}
	return ""
}

// debunks counts an article's sentences calling a claim about the sequel
// fake, and returns the first.
func debunks(infos []sentenceInfo) (n int, first string) {
	for i := range infos {
		s := &infos[i]
		if (s.seq || s.ctx == ctxSequel) && s.debunked() && reClaimWord.MatchText(s.tx) {
			if n++; n == 1 {
				first = s.Text
			}
		}
	}
	return n, first
}

// Patterns used inside the functions above, compiled once.
var (
	reStatusWord       = re(`greenl|green\s+l|announce|confirm`).scanned()
	reReleaseDate      = re(`release\s+date`).scanned()
	reWrap             = re(`wrap`).scanned()
	reWeWillSee        = re(`we['’]ll\s+(?:just\s+)?(?:have\s+to\s+)?see`).scanned()
	reDateTBA          = re(`release\s+date\s*(?:is\s+)?[:\-–—]?\s*(?:still\s+)?(?:tba|tbd|tbc|to\s+be\s+(?:announced|determined|confirmed)|unknown)\b`).scanned()
	reNoReleaseDate    = re(`(?:no|confirmed|official)\s+release\s+date`).scanned()
	reAgain            = re(`once\s+again|again`).scanned()
	reDirectsAfter     = re(`^(?:directs|directing|helms|helming|returns\s+to\s+the\s+helm|(?:to|will|would)\s+direct\b)`).scanned()
	reSpeaker          = re(`^\s*,?\s*(?:told|said|says|tweeted|posted|wrote|added|explained|revealed|who\s+(?:wrote|directed|produced))`).scanned()
	reGapSince         = re(`ago|since\s+(?:the\s+)?(?:original|premiere|release|first)`).scanned()
	reCouple           = re(`\b(?:cassie|luke)\b`)
	reCoupleWords      = re(`\b(?:cassie|luke|the\s+couple|they|their)\b`)
	reTrailerOut       = re(`\b(?:views|unveil\w*|dropped|released|debuted|racking|clocked|opens\s+with|tagline)\b`)
	reSequelWord       = re(`sequel|part\s+2|purple\s+hearts?\s+2|follow[\s-]?up`).scanned()
	reIfYou            = re(`^if\s+you\b`).scanned()
	reDoubt            = re(`^(?:rumou?r|speculat|leak|whisper|unconfirmed|fan|hop|wish|possib|potential|whether|if|fantasy|dream|imagine|petition|demand|claim|purport|supposedly|allegedly|reportedly)`).scanned()
	reFantasyCast      = re(`\b(?:fantasy[\s-]cast\w*|dream[\s-]cast\w*|(?:cast|casting)\s+wish[\s-]?list|wish[\s-]?list\s+(?:for|of)\s+(?:the\s+)?(?:cast|sequel|purple)|who\s+(?:would|should|could)\s+(?:star|play)|(?:i|we)['’]d\s+cast)\b`)
	reOtherTitleBefore = compile(`\b(?:The|A|An)\s+[A-Z][\p{L}'’]*(?:\s+(?:of|the|and|a|[A-Z][\p{L}'’]*))*\s*$`).scanned()
	reReceived         = re(`\b(?:has|have)\s+(?:already\s+)?(?:captured|captivated|won\s+over|garnered|received|resonated|struck\s+a\s+chord|left\s+(?:audiences|viewers|fans)|topped|dominated)\b|\b(?:has|have)\s+had\s+on\s+(?:audiences|viewers)|\bcontinues\s+to\s+(?:capture|captivate|win\s+over|top|dominate)\s+(?:audiences|viewers|hearts|the\s+charts)|\b(?:critics|audiences|viewers)\s+have\s+(?:praised|embraced|called|loved|hailed)\b`)
	reAwaitedRelease   = re(`\b(?:gears?\s+up\s+for|eagerly\s+(?:await|anticipat)(?:e|es|ed|ing|s)?|the\s+lead[\s-]up\s+to|countdown\s+to)\s+(?:its|the\s+(?:film|movie|sequel)['’]s)\s+(?:release|premiere|debut)\b|\bas\s+(?:the|its)\s+(?:release|premiere)(?:\s+date)?\s+(?:approaches|nears|draws\s+(?:near|closer))\b|\banticipation\s+builds\s+for\s+` + title + `\s*(?:2|ii|two)\b|\b(?:approaching|upcoming|impending)\s+(?:release|premiere)(?:\s+date)?\s+(?:of|for)\s+(?:the\s+sequel|` + title + `\s*(?:2|ii|two))\b`)
	reSequelNarrates   = re(`\b(?:` + title + `\s*(?:2|ii|two|part\s*(?:2|ii|two))|(?:the|this)\s+(?:sequel|follow[\s-]?up|new\s+(?:film|movie|installment|chapter)))["”’']?\s+(?:(?:also|then|now|further|even)\s+)?(?:picks?\s+up|follows|explores|dives|delves|introduces|revisits|continues|centers|centres|tackles|sees|finds|brings\s+back|returns\s+to|(?:promises|is\s+(?:poised|set))\s+to\s+(?:explore|delve|dive|take|deliver|captivate|bring|continue))\b`)
	reWondering        = re(`possib|potential|might|could|would|unlikely|slim|doubtful|we['’]ll\s+see|remains\s+to\s+be\s+seen|time\s+will\s+tell|whether\s+(?:or\s+not|there|netflix|a|the|it|we|purple)\b|will\s+there`).scanned()
	reClaimWord        = re(`poster|trailer|date|claim|report|rumou?r|news|stor(?:y|ies)|posts?\b|pages?\b|announcement|image|video|photo`).scanned()
	reLeakWord         = re(`^(?:leak\w*|whispers?|insiders?)$`).scanned()
	reSetPresup        = re(`\bset\s+(?:photos?|pictures?|footage|images?|visits?)\b|\b(?:on|from|at|inside)\s+the\s+(?:[\w-]+\s+){0,3}(?:set|soundstage|sound\s+stage)(?:\s+of\b|\s*[,.;:—–]|\s+(?:where|in|on|for|during|at|and|as|when|while|is|was)\b)`).scanned()
)

var reGapBefore = re(`\b(?:it's|it’s)\s+been\b|\bover\b|\bfor\s+$`).scanned()
