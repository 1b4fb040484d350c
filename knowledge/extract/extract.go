package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
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
	ctxOther // another numbered film: "The Gray Man 2 is also in the works"
)

// sentenceInfo is what one pass over a sentence learns.
type sentenceInfo struct {
	Sentence
	ctx       context
	seq, orig bool       // explicit mentions
	hedged    bool       // by its paragraph or heading
	link      bool       // a link to another article: "Read next: ..."
	detail    bool       // under a heading that asks of a detail: "Who's directing?"
	quoteRun  int        // the end of a claim's quotation the sentence before opened, or 0
	claimed   bool       // under a fact-check's heading that tells the claim: "What the video shows"
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

// Extract reads an article body and returns its claims and label.
func Extract(body string, meta Meta) Result {
	sents := Split(body)
	if !readsEnglish(body) {
		return foreign(sents)
	}
	infos := classify(sents, meta)
	if !slices.ContainsFunc(infos, func(s sentenceInfo) bool { return s.seq }) && !titleNamesSequel(meta.Title) {
		// An article that never speaks of a sequel says nothing about one:
		// its dates, cast and story are another film's ("He can next be
		// seen in the reboot, set for a 2026 release"), or the original's.
		return Result{Sentences: sents, Subject: subject(infos), Label: Unclear}
	}
	x := &extraction{infos: infos, meta: meta, body: body}
	x.roles = collectRoles(infos)
	x.surnames = map[string]string{}
	x.crew = map[string]bool{}
	x.people = collectPeople(infos, x.roles, x.crew)
	anchor := meta.Published
	for i := range infos {
		s := &infos[i]
		if s.link {
			continue
		}
		x.sequel(s)
		anchor = x.dates(s, anchor)
		x.cast(s)
		x.plot(s)
		x.trailer(s)
	}
	// Only the title names the sequel ("Sofia Carson and Her Director
	// Discuss a Possible Sequel"), and the text tells of the original's
	// making: it puts no one in the sequel, and a title that wonders about
	// one says it is not confirmed.
	// (A text that speaks of "the new season" or says "Purple Hearts is
	// back" tells of the sequel without naming it.)
	titleOnly := !slices.ContainsFunc(infos, func(s sentenceInfo) bool {
		return s.seq && !s.Heading || !s.Heading && (reSequelWord.MatchText(s.tx) || reNewInstalment.MatchText(s.tx))
	})
	if titleOnly {
		hedgeAsserted(x.claims, TopicCast)
	}
	res := Result{Claims: x.claims, Sentences: sents}
	res.Subject = subject(infos)
	res.Label, res.LabelQuote = label(x.claims, infos)
	if titleOnly {
		if res.Label == Unclear && !slices.ContainsFunc(res.Claims, func(c Claim) bool { return c.Topic == TopicSequel }) && titleWonders(meta.Title) {
			res.Label, res.LabelQuote = SaysUnconfirmed, meta.Title
		}
	}
	if res.Label != SaysReleased && res.Label != AssertsConfirmed && len(x.narrated) > 0 {
		// an actor in a scene counts as cast only in a sequel that is
		// made or out: elsewhere the scene is a wish, or the original
		res.Claims = slices.DeleteFunc(slices.Clone(res.Claims), func(c Claim) bool {
			return c.Topic == TopicCast && slices.Contains(x.narrated, narration{c.Sentence, c.Value})
		})
	}
	if res.Label == SaysUnconfirmed || res.Label == Debunks {
		// An article that says no sequel is confirmed states nothing about
		// its cast or date as fact: "Carson would return", a date "fans
		// expect", a star's other film are at most rumour there.
		hedgeAsserted(res.Claims, TopicCast, TopicRelease)
	}
	if res.Label == Unclear && asks(res.Claims, infos) && !slices.ContainsFunc(res.Claims, func(c Claim) bool { return c.Topic == TopicSequel && c.Stance == Denied }) {
		// An article that asks whether there will be a sequel and never
		// answers states no cast or date for it as fact either: its "the
		// movie stars Sofia Carson" is the film it asks about. (One that
		// answers "not yet" and states a cast anyway is unclear for
		// contradicting itself, and its cast is stated.)
		hedgeAsserted(res.Claims, TopicCast, TopicRelease)
	}
	if fantasyCast(infos) {
		// "my dream cast for Purple Hearts 2": every name is a wish
		hedgeAsserted(res.Claims, TopicCast)
	}
	if res.Label == AssertsConfirmed || res.Label == SaysReleased {
		res.Claims = presupposed(res.Claims, res.Label, res.LabelQuote, sents)
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

// hedgeAsserted makes the claims on these topics that an article states as
// fact rumour: the article as a whole says they are not known.
func hedgeAsserted(claims []Claim, topics ...Topic) {
	for i := range claims {
		if c := &claims[i]; c.Stance == Asserted && slices.Contains(topics, c.Topic) {
			c.Stance = Hedged
		}
	}
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
	narrated []narration // actors acting in the story told
	// the names found in sentences written in sentence case, where a run
	// of capitalised words is a name (in a headline it may be "Secret
	// Baby"); filled on first use
	plainNames map[string]bool
}

// knownName returns the name a capitalised run in a headline-style
// sentence stands for: itself, or the longest name it begins with, when
// the article names that person in a sentence in sentence case; else "".
func (x *extraction) knownName(run string) string {
	if x.plainNames == nil {
		x.plainNames = map[string]bool{}
		for i := range x.infos {
			s := &x.infos[i]
			if len(s.names) == 0 || everyWordCapitalised(s.Text) {
				continue
			}
			for _, n := range s.names {
				x.plainNames[n.Name] = true
			}
		}
	}
	for name := run; name != ""; {
		if x.plainNames[name] {
			return name
		}
		i := strings.LastIndexByte(name, ' ')
		if i < 0 {
			break
		}
		name = name[:i]
	}
	return ""
}

// narration is a cast claim of an actor acting in the story told: its
// sentence and person.
type narration struct {
	sentence int
	person   string
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
	if titleNamesSequel(meta.Title) {
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
		if sequelMention(infos[i].tx, infos[i].sequels) {
			articleCtx = ctxSequel
		}
	}
	cur, para := articleCtx, -1
	paraHedged, headingHedged, listHedged := false, false, false
	otherSection := false // a heading named another work: its section is that work's
	origSection := false  // a heading named the original film only: its section is the original's
	detailSection := false
	claimSection := false // a fact-check's "The claim", "What the video shows"
	for i, s := range sents {
		in := infos[i]
		tx := in.tx
		// a list item's heading, "1. The Gray Man 2", which Punkt splits
		// after its number, heads a section too
		item := i > 0 && sents[i-1].Paragraph == s.Paragraph && listNumber(sents[i-1].Text) && (i+1 == len(sents) || sents[i+1].Paragraph != s.Paragraph)
		if s.Heading || item {
			otherSection, origSection = false, false
			// (a short heading: a caption is long, and tells what a
			// picture shows)
			detailSection = s.Heading && len(strings.Fields(s.Text)) <= 8 && reDetailHeading.MatchText(tx)
			claimSection = s.Heading && len(strings.Fields(s.Text)) <= 8 && reClaimHeading.MatchString(s.Text)
		}
		if s.Paragraph != para {
			para = s.Paragraph
			if (cur == ctxOriginal || cur == ctxOther) && !otherSection && !origSection {
				cur = articleCtx
			}
			paraHedged = !s.Heading && reParaHedge.MatchText(tx)
		}
		listItem := reListItem.MatchString(s.Text)
		if s.Heading && !listItem {
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
		if otherSection && in.seq && !reTitle.MatchText(tx) {
			in.seq = false // "the sequel" in another work's section is that work's
		}
		if linkLine(s.Text) {
			// another article's title, linked: it says nothing here
			in.link, in.seq, in.ctx = true, false, ctxOther
			infos[i] = in
			continue
		}
		// the title alone, with no sequel named, is the original film
		// ("Purple Hearts stars Sofia Carson as Cassie")
		in.orig = originalMention(tx, cur == ctxSequel) || (!in.seq && titleNamed(tx, cur == ctxSequel))
		switch {
		case in.seq:
			cur = ctxSequel
		case !reTitle.MatchText(tx) && (otherNumbered(s.Text) || reOtherWork.MatchText(tx)):
			cur = ctxOther
			// ("1. The Gray Man 2", then "Status: Confirmed. Netflix
			// announced the sequel back in 2022")
			otherSection = s.Heading || item
		case in.orig:
			cur = ctxOriginal
			// ("Q: Where can I watch Purple Hearts?", then "The film is
			// streaming on Netflix"): not the article's own headline
			origSection = s.Heading && !headline(i, s.Text, meta.Title)
		}
		in.ctx = cur
		if !in.seq && reThirdFilm.MatchText(tx) {
			// "Netflix hasn't commented on the possibility of a third
			// film": that sentence is of the film after the sequel
			in.ctx = ctxOther
		}
		in.hedged = paraHedged || headingHedged || question(s.Text) || listItem && listHedged
		// the items of a list that a hedged line introduces ("these are
		// the names fans hope to see back:") are hedged with it
		switch {
		case strings.HasSuffix(strings.TrimSpace(s.Text), ":"):
			listHedged = in.hedged || len(in.cued().hedges) > 0
		case !listItem:
			listHedged = false
		}
		in.detail = detailSection && !s.Heading
		in.claimed = claimSection && !s.Heading
		in.names = findNames(tx)
		// "Sofia Carson (Cassie Salazar)": a character in the brackets
		// puts the actor outside them
		in.roleParen = slices.DeleteFunc(reRoleParen.FindAllTextSubmatch(tx, -1), func(m []string) bool { return characters[personIn(m[2])] })
		in.actorAs = actorsAs(tx)
		in.singles = singleNames(s.Text)
		if in.tableRow = reTableRow.FindTextSubmatch(tx); in.tableRow != nil && reByline.MatchString(s.Text) {
			in.tableRow = nil // "By Jane Smith | Published Oct 3, 2024 | 4 min read"
		}
		infos[i] = in
	}
	claimQuoteRuns(infos)
	return infos
}

// claimQuoteRuns marks the sentences that go on with a claim's quotation
// the sentence before opened: the splitter ends a sentence inside
// "IT'S OFFICIAL!! Purple Hearts 2 is coming", and the second one carries
// no sign, in itself, that it is the caption's.
func claimQuoteRuns(infos []sentenceInfo) {
	for i := 1; i < len(infos); i++ {
		prev, s := &infos[i-1], &infos[i]
		if s.Paragraph != prev.Paragraph {
			continue
		}
		open := openQuote(prev.Text)
		if open < 0 {
			continue
		}
		if !(prev.quotesAClaimAt(open) || prev.debunked() || prev.quoteRun > 0 || prev.claimed) {
			continue
		}
		// (its first quotation mark closes the one left open)
		end := strings.IndexAny(s.Text, "\"”")
		if end < 0 {
			continue
		}
		_, w := utf8.DecodeRuneInString(s.Text[end:])
		if openQuote(s.Text[end+w:]) < 0 {
			s.quoteRun = end + w
		}
	}
}

// openQuote returns where a quotation opens that the text does not close,
// or -1.
func openQuote(t string) int {
	at := -1
	for i, r := range t {
		switch r {
		case '“':
			at = i
		case '”':
			at = -1
		case '"':
			if at >= 0 {
				at = -1
			} else {
				at = i
			}
		}
	}
	return at
}

var reTitle = re(`\b` + title + `\b`)

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

var (
	reBookSequel   = re(`(?:book|novel|literary|direct)\s+$`).scanned()
	reSequelOfKind = re(`^\s+(?:series|show|novel|book|spin-?off)\b`).scanned()
	// "every Netflix sequel", "other sequels": sequels in general
	reSequelsAtLarge = re(`(?:every|all|other|many|more|best|biggest|upcoming\s+netflix|netflix['’]s\s+next)\s+(?:netflix\s+)?$`).scanned()
)

// titleNamesSequel reports an article title that names the sequel (not a
// book's, nor "every Netflix sequel").
func titleNamesSequel(title string) bool {
	t := plain(title)
	return sequelMention(t, reSequel.FindAllTextIndex(t, -1))
}

// reNewInstalment speaks of the sequel without naming it.
var reNewInstalment = re(`\bnew\s+(?:season|chapter|instal+ment|film|movie|episodes)\b|\bis\s+back\b`).scanned()

// reListItem opens a list's item: "- ", "• ", "* ".
var reListItem = regexp.MustCompile(`^\s*[-•*–]\s+\S`)

// listNumber reports a list item's number alone: "1.", "12)".
func listNumber(s string) bool {
	n := strings.TrimRight(s, ".)")
	if len(n) == 0 || len(n) > 2 || len(s)-len(n) != 1 {
		return false
	}
	for i := range len(n) {
		if n[i] < '0' || n[i] > '9' {
			return false
		}
	}
	return true
}

// titleWonders reports a title that asks about the sequel or calls it a
// possibility ("'Purple Hearts' 2? Sofia Carson Weighs In on a Potential
// Sequel").
func titleWonders(title string) bool {
	t := plain(title)
	return titleNamesSequel(title) && (strings.Contains(title, "?") || reWondering.MatchText(t) || reHedge.MatchText(t))
}

// otherNumbered reports a sentence naming another film by its number ("The
// Gray Man 2", "Enola Holmes 3"): with Purple Hearts unnamed, the sentence
// speaks of that one. It looks at the word before each lone number, by
// hand: a regexp over every sentence with a number in it cost more than
// the rest of the sentence's classification.
func otherNumbered(s string) bool {
	if !strings.ContainsAny(s, "23456789") && !strings.Contains(s, " I") {
		return false // most sentences, at a byte's cost
	}
	for i := 1; i < len(s); i++ {
		if s[i-1] != ' ' {
			continue
		}
		n := 0 // the number's length: a digit 2-9, or II, III, IV
		switch c := s[i]; {
		case c >= '2' && c <= '9':
			n = 1
		case strings.HasPrefix(s[i:], "III"):
			n = 3
		case strings.HasPrefix(s[i:], "II"), strings.HasPrefix(s[i:], "IV"):
			n = 2
		}
		if n == 0 || i+n < len(s) && isWordByte(s[i+n]) {
			continue
		}
		// the word before it: capitalised, not the first of the sentence,
		// and no "Season", "June", "War"
		end := i - 1
		start := strings.LastIndexByte(s[:end], ' ') + 1
		w := strings.TrimRight(s[start:end], "’'")
		if start > 0 && w != "" && w[0] >= 'A' && w[0] <= 'Z' && !notNumbered[w] {
			return true
		}
	}
	return false
}

// reThirdFilm names the film after the sequel.
var reThirdFilm = re(`\b(?:third|3rd)\s+(?:` + title + `\s+)?(?:film|movie|installment|instalment|chapter|part|outing|entry)\b|\b` + title + `\s*(?:3|iii|three)\b|\bthreequel\b`)

// reOtherWork finds a star's other work named as such ("her new
// action-thriller, Carry-On, starring alongside ...", "a new romcom from
// Netflix", "cast in a new Amazon film"): with Purple Hearts unnamed, the
// sentence speaks of that one. A film or movie counts only as one someone
// is cast in, indefinitely: "Netflix's new film" may be the sequel.
var reOtherWork = re(`\b(?:her|his|their|netflix['’]s|a)\s+(?:new|latest|upcoming|next)\s+(?:[\w-]+\s+){0,2}?(?:action-thriller|thriller|rom-?com|romcom|comedy|horror|series|show|album|single|song|project|venture)\b|\b(?:cast|starring|star|role)\s+(?:in|for|on)\s+(?:a|an)\s+(?:new\s+|upcoming\s+)?(?:[\w-]+\s+){0,2}?(?:film|movie|series|show|thriller|project|drama)\b|\b(?:film|movie|project|series|show)\s+(?:[\w-]+\s+){0,3}?(?:titled|called|named)\s+["“‘']`)

// notNumbered are capitalised words a number follows that are no film:
// "Season 2", "Part II", "June 2", "World War 2".
var notNumbered = wordSet(`Season Part Chapter Episode Volume Vol Book Top Number No Day Phase Act War Level Round Stage Gen Week Page Step Camp Apollo
January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`)

// sequelMention reports a mention of the sequel, not counting a book
// sequel ("there is no book sequel") or sequels at large ("every Netflix
// sequel coming in 2026").
func sequelMention(t *text, sequels [][]int) bool {
	for _, m := range sequels {
		if m[0] == 0 {
			return true
		}
		before := t.s[max(0, m[0]-20):m[0]]
		if reBookSequel.MatchString(before) || !hasPrefixFold(t.s[m[0]:m[1]], "purple") && reSequelsAtLarge.MatchString(before) {
			continue
		}
		// "Freeform's short-lived sequel series Pretty Little Liars": a
		// show's, or a book's; the film's would be a film
		if !hasPrefixFold(t.s[m[0]:m[1]], "purple") && reSequelOfKind.MatchString(t.s[m[1]:min(len(t.s), m[1]+12)]) {
			continue
		}
		return true
	}
	return false
}

// titleNamed reports the film's title named, not as a look back from
// inside the sequel's telling ("a year and a half since Purple Hearts came
// on streaming, and the platform still did not announce...").
func titleNamed(t *text, inSequel bool) bool {
	if !inSequel {
		return reTitle.MatchText(t)
	}
	for _, m := range reTitle.FindAllTextIndex(t, -1) {
		if !inSequel || m[0] == 0 || !reBackTo.MatchString(t.s[max(0, m[0]-40):m[0]]) {
			return true
		}
	}
	return false
}

// originalMention reports a mention of the original film, not counting a
// comparison ("up from the original's budget").
func originalMention(t *text, inSequel bool) bool {
	for _, m := range reOriginal.FindAllTextIndex(t, -1) {
		rest := t.s[m[1]:]
		if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue
		}
		before := t.s[max(0, m[0]-40):m[0]]
		if m[0] > 0 && reComparedTo.MatchString(before) {
			continue // "a quieter sequel than the first film"
		}
		if inSequel && m[0] > 0 && (reBackTo.MatchString(before) || reRelativeBefore.MatchString(t.s[max(0, m[0]-90):m[0]]) || thatLooksBack(before)) {
			// told of the sequel, a look back ("her career has taken off
			// following her viral hit from Season 1") is still the sequel
			continue
		}
		return true
	}
	return false
}

// otherTitleSubject reports a sentence whose subject, all of it before
// pos, is a capitalised title that is no person ("Lightning Rod is out
// now": an album's release, in an article about a star).
func otherTitleSubject(s *sentenceInfo, pos int) bool {
	subj := strings.TrimSpace(s.Text[:pos])
	if (strings.HasSuffix(subj, " which") || strings.HasSuffix(subj, ", which")) && !s.seq && reOtherTheTitle.MatchString(subj) {
		return true // "... stars in The Life List, a romantic comedy, which is out now"
	}
	if !reCapitalisedRun.MatchString(subj) || subj == "It" || subj == "This" || subj == "That" || subj == "They" || subj == "Netflix" {
		return false // ("It is out now": the sequel)
	}
	if cue := strings.ToLower(s.Text[pos:]); strings.HasPrefix(cue, "is ") || strings.HasPrefix(cue, "are ") {
		return true // what "is out now" or "is streaming" is a work, not a person
	}
	for _, n := range s.names {
		if n.Start == 0 && n.End >= len(subj)-1 {
			return false // a person: "Sofia Carson once again delivers"
		}
	}
	return true
}

var reOtherTheTitle = regexp.MustCompile(`\bThe\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`)

var reCapitalisedRun = regexp.MustCompile(`^["“‘']?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|and|a|in|on)\s+)*\p{Lu}[\p{L}'’-]*){0,5}["”’']?$`)

// thatLooksBack reports a relative clause on a noun that ends the text
// before a mention of the original: "eighteen months after the beach
// reunion that closed the original" looks back from the sequel. (After a
// verb of saying, "that" opens what was said: "Carson said that the first
// film..." speaks of the original.)
func thatLooksBack(before string) bool {
	m := reThatBefore.FindStringSubmatch(before)
	return m != nil && !sayingVerb[strings.ToLower(m[1])]
}

var reThatBefore = regexp.MustCompile(`\b(\p{L}+)\s+(?:that|which)\s+(?:[^\s,;:.!?—–]+\s+){1,6}$`)

var sayingVerb = wordSetLower("said says say told tells revealed reveals confirmed confirms noted notes added adds explained explains admitted admits claimed claims believes believe thinks think hopes hope knew know knows felt feels shared shares stated states argued argues suggested suggests insisted insists wrote writes announced announces so such")

// reBackTo ends the text before a mention of the original that a sentence
// about the sequel looks back to: "from Season 1", "since the first film",
// "after her viral hit in Season 1".
var reBackTo = re(`\b(?:from|since|following|follows|after|at\s+the\s+end\s+of|by\s+the\s+end\s+of)\s+(?:(?:the|her|his|their|its)\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:(?:in|of)\s+(?:the\s+)?)?$`).scanned()

// reRelativeBefore ends the text before a mention of the original inside
// a relative clause about someone ("directed by Elizabeth Allen Rosenbaum,
// who steered the first film, the new chapter..."): it tells who they
// are, and the sentence is still the sequel's.
var reRelativeBefore = re(`,\s+(?:who|whose)\s+(?:[^\s,;:.!?—–]+\s+){0,10}$`).scanned()

// reComparedTo ends the text before a mention of the original film that a
// sentence about something else measures against: "than the first film",
// "unlike the original". ("That" is not one: "Carson said that the first
// film starred ..." speaks of the original.) It is asked of the 40 bytes
// before the mention: Go's regexp finds a match that ends the text by
// trying every position before it.
var reComparedTo = regexp.MustCompile(`[\p{L},]\s+(?:than|unlike)\s+(?:in\s+|with\s+)?$`)

// reDetailSubjectBefore ends the text before a denial whose subject is a
// detail, not the sequel: "Pricing has not been announced".
var reDetailSubjectBefore = regexp.MustCompile(`(?i)` + `\b(?:details(?:\s+of\s+the\s+(?:plot|story))?|plot(?:\s+details)?|synopsis|storyline|pric(?:e|es|ing)|budget|runtime|run\s*time|tracklist|soundtrack|album|tour\s+dates|tickets?|merch\w*|episode)\s+(?:details\s+)?(?:still\s+|yet\s+)?$`)

// reThirdObject follows a denial whose object is the film after the
// sequel: "Netflix hasn't announced a third film".
var reThirdObject = regexp.MustCompile(`(?i)` + `^\s*(?:a|any|the|plans\s+for\s+a)?\s*(?:third|3rd|fourth)\s+(?:film|movie|installment|instalment|chapter|part|outing|entry)\b|^\s*` + title + `\s*(?:3|iii|three)\b`)

// reOtherThingSubject opens a sentence whose subject is a thing other than
// a film: "The full episode, which also covers his recent projects, is
// available on all major podcast platforms".
var reOtherThingSubject = regexp.MustCompile(`(?i)^(?:the|a|an|this|its|his|her|their|our)?\s*(?:[\w'’-]+\s+){0,2}?(?:episode|podcast|interview|demo|beta|soundtrack|album|song|single|article|conversation|audio|playlist|tracklist|book|novel|audiobook)s?(?:[\s,]|$)`)

// sequel finds statements about whether the sequel exists.
func (x *extraction) sequel(s *sentenceInfo) {
	text := s.Text
	about := s.seq || (s.ctx == ctxSequel && !s.orig)
	if !about {
		return
	}
	// under "Who's directing?", "That hasn't been announced yet" denies
	// the director, not the sequel; a sentence that names the sequel
	// still speaks of it
	if loc := s.denial(); loc != nil && !(s.detail && !s.seq) {
		after := text[loc[0]:min(len(text), loc[1]+40)]
		onlyTrailer := reTrailer.MatchString(after) && !reSequel.MatchString(after) && !reStatusWord.MatchString(after)
		// "a release date has not been set" leaves open whether the
		// sequel is made: it denies a date (see dates), not the film
		around := text[max(0, loc[0]-40):min(len(text), loc[1]+40)]
		onlyDate := reReleaseDate.MatchString(around) && !reStatusWord.MatchString(around)
		// nor does "no cast has been announced" ("Purple Hearts 2 is a
		// go, but no cast has been announced")
		onlyCast := reCastDenied.MatchString(text[max(0, loc[0]-25):min(len(text), loc[1]+25)]) ||
			reDetailObject.MatchString(text[loc[1]:min(len(text), loc[1]+40)]) ||
			reDetailSubjectBefore.MatchString(text[max(0, loc[0]-30):loc[0]]) ||
			reThirdObject.MatchString(text[loc[1]:min(len(text), loc[1]+40)]) ||
			len(s.names) > 0 && s.names[len(s.names)-1].End <= loc[0] && namesThenDenial(text, s.names[len(s.names)-1].End, loc[0])
		if !onlyTrailer && !onlyDate && !onlyCast {
			x.add(s, Claim{Topic: TopicSequel, Stance: Denied, Value: SequelNotAnnounced, Text: text[loc[0]:loc[1]]})
			return
		}
	}
	if loc := reReleased.FindTextIndex(s.tx); loc != nil && s.stance(loc[0]) == Asserted && !releaseOfOther(text, loc[0]) && !reOtherThingSubject.MatchString(text[:loc[0]]) && !releasedInOriginalYear(text[loc[0]:loc[1]]) && !reTrailerOfBefore.MatchString(text[max(0, loc[0]-60):loc[0]]) && !originalsDay(text[loc[0]:min(len(text), loc[1]+25)]) && !releasedInOriginalYear(text[loc[1]:]) && !reFutureBefore.MatchString(text[max(0, loc[0]-30):loc[0]]) {
		seqBefore := false
		// "Since its release, Purple Hearts 2 has..." names it after,
		// but "with Purple Hearts marking a year since its release" is
		// the original's
		// ("Ever since it came out, Purple Hearts 2 has had viewers
		// hooked" too)
		since := strings.ToLower(text[loc[0]:])
		sinceIts := (strings.HasPrefix(since, "since its") || strings.HasPrefix(since, "since it ")) && !originalBefore(s, loc[0])
		// and "Released on 3 October 2025, Purple Hearts 2 has..." opens
		// with the clause that tells it
		opens := loc[0] < 3 && !originalBefore(s, len(text))
		if m := s.sequels; m != nil && (m[0][0] < loc[1] || sinceIts || opens && subjectAfterClause(text, loc[1], m[0][0])) {
			seqBefore = true
		}
		// with the sequel only in the context, another title as the
		// subject ("The Life List is out now") is another film's release
		// (a person, "Sofia Carson once again delivers", is not a title)
		if seqBefore || (!s.seq && !s.orig && s.ctx == ctxSequel && !reOriginalPast.MatchText(s.tx) && !reOtherTitleBefore.MatchString(text[max(0, loc[0]-100):loc[0]]) && !otherTitleSubject(s, loc[0])) {
			x.add(s, Claim{Topic: TopicSequel, Stance: s.stance(0), Value: SequelReleased, Text: text[loc[0]:loc[1]]})
			return
		}
	}
	if loc := x.setPresup(s); loc != nil {
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
			if reOtherObjectBefore.MatchString(text[max(0, loc[0]-30):loc[0]]) {
				continue // "no cast has been announced": the cast's, not the sequel's
			}
			if reSinceBefore.MatchString(text[max(0, loc[0]-14):loc[0]]) {
				continue // "have remained close since filming wrapped": a shoot long past
			}
			if c := text[loc[0]:loc[1]]; len(c) >= 8 && hasPrefixFold(c[len(c)-8:], "official") && reOfficialNounAfter.MatchString(text[loc[1]:min(len(text), loc[1]+30)]) {
				continue // "as soon as there is official news": news awaited, not the film official
			}
			if cue := text[loc[0]:loc[1]]; (containsFold(cue, "confirm") || containsFold(cue, "announc")) && reWishAfter.MatchString(text[loc[1]:min(len(text), loc[1]+60)]) {
				continue // "Sofia Carson has confirmed what fans long suspected: she would love to play Cassie again"
			}
			if reHabitBefore.MatchString(text[max(0, loc[0]-30):loc[0]]) && reVerbPresent.MatchString(text[loc[0]:loc[1]]) {
				continue // "The streamer tends to be loud when it greenlights a follow-up": a habit
			}
			if reOriginalObjectAfter.MatchString(text[loc[1]:min(len(text), loc[1]+40)]) {
				continue // "Netflix has officially confirmed that the original was one of its most-watched": the original's
			}
			if reGenericObjectAfter.MatchString(text[loc[1]:min(len(text), loc[1]+40)]) {
				continue // "giving the green light to movie sequels": sequels at large
			}
			if reGenericSubjectBefore.MatchString(text[max(0, loc[0]-40):loc[0]]) {
				continue // "big titles often slip even after they are announced": titles at large
			}
			if loc[1]-loc[0] == len("the announcement") && strings.EqualFold(text[loc[0]:loc[1]], "the announcement") && reAwaitedBefore.MatchString(text[max(0, loc[0]-16):loc[0]]) {
				continue // "look for the announcement itself": one still awaited
			}
			if reWhatIsBefore.MatchString(text[max(0, loc[0]-12):loc[0]]) {
				continue // "lists of what is shooting in the region": whatever is
			}
			if whichOfOther(s, loc[0]) {
				continue // "the He-Man adaptation, which is coming": that one's
			}
			if c.value == SequelInProduction && heldOtherWork(s, loc[0]) {
				continue // "she has Last Night at the Lobster in the works": another film
			}
			if negatedBefore(text, loc[0]) || reNegatedAfter.MatchString(text[loc[1]:min(len(text), loc[1]+12)]) {
				if s.detail && !s.seq || personScoped(text, loc) || len(s.names) > 0 && namesThenDenial(text, s.names[len(s.names)-1].End, strings.LastIndex(text[:loc[0]], "none")+len("none ")) {
					continue // the director's (under "Who's directing?"), or one person's part, or a list's ("...and Anthony Ippolito; none has been announced")
				}
				// "There is no Purple Hearts sequel in the works",
				// "Netflix never greenlit it": the cue, denied
				x.add(s, Claim{Topic: TopicSequel, Stance: Denied, Value: SequelNotAnnounced, Text: text[loc[0]:loc[1]]})
				return
			}
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

// reHeldTitleBefore is a title someone "has" just before "in the works".
var reHeldTitleBefore = compile(`\b(?:has|have|had|with)\s+(?:["“‘]?[A-Z0-9][\p{L}0-9'’-]*["”’]?\s+(?:(?:at|of|the|and|in|on|a|an|to)\s+)*){1,6}$`).scanned()

// reWhichBefore ends the text before a cue that a relative pronoun opens.
var reWhichBefore = re(`\b(?:which|that)\s+$`).scanned()

// whichOfOther reports a status cue at p in a relative clause whose
// antecedent is not the sequel ("the He-Man adaptation which is coming").
func whichOfOther(s *sentenceInfo, p int) bool {
	m := reWhichBefore.FindStringIndex(s.Text[max(0, p-8):p])
	if m == nil {
		return false
	}
	at := max(0, p-8) + m[0]
	for _, q := range s.sequels {
		if q[1] <= at && at-q[1] < 25 {
			return false // "Purple Hearts 2, which is coming in 2026"
		}
	}
	return true
}

// heldOtherWork reports a production cue at p whose object is a title
// that is not the sequel's ("she has Last Night at the Lobster in the
// pipeline").
func heldOtherWork(s *sentenceInfo, p int) bool {
	from := max(0, p-80)
	m := reHeldTitleBefore.FindStringIndex(s.Text[from:p])
	if m == nil {
		return false
	}
	for _, q := range s.sequels {
		if q[1] > from+m[0] && q[0] < p {
			return false // "Netflix has Purple Hearts 2 in the works"
		}
	}
	return true
}

// reNarrating opens what follows the sequel named as a subject
// (reSequelNarrates) when it tells the sequel's story or what it sets out
// to do. It is asked only there: in the pattern itself, the verbs made
// each alternative too large for regexp's backtracker.
var reNarrating = regexp.MustCompile(`^(?i)(?:is\s+(?:starting|beginning|continuing|picking\s+up|following|exploring|telling)|picks?\s+up|follows|spends\s+(?:most|much|the\s+bulk|its)|explores|dives|delves|digs|introduces|revisits|continues|carries\s+(?:on|forward)|resumes|centers|centres|focuses|tackles|examines|sees|finds|brings\s+back|returns\s+to|weaves|deepens|expands|builds\s+on|reunites|portrays|depicts|charts|traces|tells|unfolds|opens|begins|starts|offers|hands|presents|plunges|thrusts|is\s+set\s+(?:in|during|(?:\w+\s+){0,2}(?:years?|months?)\s+(?:after|later))|(?:promises|is\s+(?:poised|primed|set|ready|gearing\s+up|meant|designed)|aims|sets\s+out|seeks)\s+to\s+[a-z]+|promises\s+(?:richer|deeper|more|bigger|new|an?)\b|is\s+(?:more\s+than\s+(?:just\s+)?a\s+sequel|an?\s+(?:gripping|absorbing|compelling|moving|captivating|heartfelt|powerful|riveting|engaging|touching|poignant|stirring|tender|satisfying|worthy|rich|sweeping|remarkable|beautiful|stunning|emotional|mature|bold)\s+(?:sequel|follow[\s-]?up|film|movie|romance|drama|continuation|story|chapter|look|case\s+study)))\b`)

// reReviewOf is a heading's "Review:" before the title it reviews.
// reAskedOf opens a question about the film its title names.
var reAskedOf = regexp.MustCompile(`^(?i:what|who|how|why|where)\s+(?:is|are|was|does|did)\s+(?:in\s+)?$`)

// reLabelBefore is a one-word label that opens a sentence ("Verdict: ").
var reLabelBefore = regexp.MustCompile(`^\p{L}+:\s*["“‘']?$`)

var reReviewOf = re(`^(?:movie\s+|film\s+)?review\s*[:–—-]\s*["“‘']?$`).scanned()

// reFutureBefore ends the text before a release cue that tells what is
// to come ("set to hit Netflix on 18 July 2025"), not what came.
var reFutureBefore = re(`\b(?:(?:set|slated|scheduled|due|expected|going|poised|ready|about)\s+to|will(?:\s+\w+)?|to)\s+$`).scanned()

// reJumpTo ends the text before a date the telling jumps to.
var reJumpTo = re(`\b(?:fast[\s-]?forward|jump\s+ahead|flash\s+forward|skip\s+ahead|cut)\s+to\s+$`).scanned()

// releasedHere reports whether sentence s, or the one after it, says the
// sequel is out.
func (x *extraction) releasedHere(s *sentenceInfo) bool {
	for i := s.Index; i <= s.Index+1 && i < len(x.infos); i++ {
		n := &x.infos[i]
		if n.seq && reReleased.MatchText(n.tx) && n.stance(0) == Asserted {
			return true
		}
	}
	return false
}

// originalsDay reports a release cue dated the original film's premiere
// ("the film released on July 29", "premiered on Netflix in July 2022": the
// cue and the words just after it) or its year: the original's release,
// not the sequel's.
// releasedInOriginalYear reports the rest of a sentence after a release
// cue that ends by dating it in the original's year: "Netflix released
// Purple Hearts 2, the follow-up to the first film, in 2022" tells the
// original's release under the sequel's name.
func releasedInOriginalYear(rest string) bool {
	m := reInYearEnd.FindStringSubmatch(rest)
	if m == nil || len(rest) >= 120 {
		return false
	}
	year, _ := strconv.Atoi(m[1])
	return year <= OriginalYear
}

var reInYearEnd = regexp.MustCompile(`\b(?:in|on\s+\w+\s+\d{1,2},|in\s+[A-Z][a-z]+)\s+((?:19|20)\d\d)\s*[.!]?$`)

// originalsPremiere reports the original's premiere day written without
// its year, "July 29".
func originalsPremiere(d Date) bool {
	return !d.YearGiven && d.From.Month() == time.July && d.From.Day() == 29
}

func originalsDay(cue string) bool {
	for _, d := range findDates(plain(cue), time.Date(OriginalYear, 1, 1, 0, 0, 0, 0, time.UTC)) {
		if d.YearGiven && d.To.Year() <= OriginalYear || originalsPremiere(d) {
			return true
		}
	}
	return false
}

// subjectAfterClause reports whether the mention at p is the subject the
// sentence's opening clause, ending at end, leads to ("Released on 3
// October 2025, the sequel..."), not a later word ("Released on Netflix on
// the 29th, the film has become a craze, and fans call for a sequel").
func subjectAfterClause(text string, end, p int) bool {
	c := strings.Index(text[end:], ", ")
	return c >= 0 && p >= end+c+2 && p-(end+c+2) < 5
}

// reBetaBefore is the text before a date that a beta or a demo has: "a
// closed beta is planned for \"late this year\"".
var reBetaBefore = regexp.MustCompile(`(?i)\b(?:a|an|the|its)\s+(?:closed\s+|open\s+|public\s+|free\s+|playable\s+)?(?:beta|demo|playtest)\s+(?:is|are|will|was|has|arrives|launches|opens)\b[^.;]*$`)

// reOriginalNamedBefore is the text before a date in a sentence whose
// subject is the original, named so: "The original Purple Hearts,
// released in March 2023," (a game's, whose year is not the film's).
var reOriginalNamedBefore = regexp.MustCompile(`(?i)^(?:[^.;:!?]{0,30}\s)?(?:the\s+)?(?:original|first)\s+(?:film\s+|movie\s+|game\s+|book\s+|novel\s+|song\s+)?["“‘']?purple\s+hearts\b[^.;:!?]{0,40}$`)

// originalBefore reports whether the last title named before position p
// of a sentence is the original film's, not the sequel's.
func originalBefore(s *sentenceInfo, p int) bool {
	last := -1
	for _, m := range reTitle.FindAllTextIndex(s.tx, -1) {
		if m[0] < p {
			last = m[0]
		}
	}
	if last < 0 {
		return false
	}
	for _, m := range s.sequels {
		if m[0] <= last && last < m[1] {
			return false
		}
	}
	return true
}

// dates finds release, announcement and production dates. It returns the
// anchor for the next sentence: the last full date seen.
func (x *extraction) dates(s *sentenceInfo, anchor time.Time) time.Time {
	ds := findDates(s.tx, anchor)
	if anchor.IsZero() {
		// findDates carries a year forward within the sentence; a day
		// without a year that comes before the sentence's full date
		// ("on March 3 ... in 2026") needs this second pass
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
		if d.To.Year() <= OriginalYear || reAsOf.MatchString(s.Text[max(0, d.Start-40):d.Start]) {
			continue
		}
		if d.Single() && originalsPremiere(d) && !s.seq {
			continue // "The film premiered July 29": the original's day, whatever year it is given
		}
		// "Fast-forward to July 18, 2025. Purple Hearts 2 is here": the
		// day the telling jumps to is the day it came out, as the next
		// sentence says
		ahead := d.YearGiven && reJumpTo.MatchString(s.Text[max(0, d.Start-30):d.Start]) && x.releasedHere(s)
		if !ahead && (s.ctx == ctxOriginal && !s.seq && (!d.YearGiven && !d.YearInSentence || reOriginalNamedBefore.MatchString(s.Text[:d.Start])) || (s.ctx == ctxOther || s.ctx == ctxNeutral) && !s.seq) {
			// a date in a sentence about nothing yet named is no date of
			// the sequel ("Next up is Masters of the Universe, which
			// arrives on June 5, 2026")
			continue
		}
		kind := nearestCue(s.tx, d)
		if d.Start == 0 && listsSequel(s, d) {
			// a listing's line, "Feb. 12: Purple Hearts 2": the day
			// the title it names comes out
			kind = "release"
		}
		if ahead {
			kind = "release"
		}
		titleYear := strings.HasPrefix(d.Text, "(")
		if titleYear {
			// "Purple Hearts 2 (2026)", or a headline that opens with the
			// sequel and its subtitle ("Purple Hearts 2: Echoes of Devotion
			// (2026)")
			m := s.sequels
			// (or a sentence that does: "Verdict: Purple Hearts 2: Echoes
			// of Devotion (2026) is a sequel about holding on")
			// (or asks of it: "What is Purple Hearts 2: Echoes of Devotion
			// (2026) really about?")
			headed := m != nil && (m[0][0] < 3 || reReviewOf.MatchString(s.Text[:m[0][0]]) || reLabelBefore.MatchString(s.Text[:m[0][0]]) || reAskedOf.MatchString(s.Text[:m[0][0]])) && reSubtitle.MatchString(s.Text[m[0][1]:d.Start])
			if m == nil || d.Start-m[0][1] > 3 && !headed {
				continue
			}
			kind = "release"
		}
		if kind == "" && x.answersRelease(s) {
			kind = "release"
		}
		if kind == "" || kind == "release" && (!s.seq && reOtherThingSubject.MatchString(s.Text[:d.Start]) || reBetaBefore.MatchString(s.Text[:d.Start])) {
			// ("A closed beta is planned for next year": the beta's day)
			continue
		}
		st := s.stance(d.Start)
		if titleYear && st == Hedged && question(s.Text) && len(s.cued().hedges) == 0 {
			// a question about the film its title names presupposes the
			// title, year and all
			st = Asserted
		}
		if ahead {
			st = Asserted // as the sentence that says it is out
		}
		if reNotReleased.MatchString(s.Text[max(0, d.Start-40):d.Start]) {
			st = Denied // "will not be released in 2026"
		}
		switch kind {
		case "release":
			slot := "upcoming"
			// (not "after the original debuted in July 2022")
			if loc := reReleased.FindTextIndex(s.tx); loc != nil && !reFutureBefore.MatchString(s.Text[max(0, loc[0]-30):loc[0]]) && !releasedInOriginalYear(s.Text[loc[0]:loc[1]]) || titleYear || ahead {
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
			if dn := s.denial(); dn != nil && dn[0] < d.Start && s.cued().denied {
				st = Denied // "Netflix Did Not Announce 'Purple Hearts 2' for February 14, 2026"
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

// plansProduction reports a production cue in the clause before a word
// that plans something, at p: "filming is scheduled for March", not
// "aiming for late 2026, with production due to start in early 2026".
func plansProduction(s string, made [][]int, p int) bool {
	for _, m := range made {
		if m[1] <= p && p-m[1] < 40 && !strings.ContainsAny(s[m[1]:p], ",;:—()") && !strings.Contains(s[m[1]:p], " and ") {
			return true
		}
	}
	return false
}

// answersRelease reports a sentence that answers a question about the
// release, or stands in a section about it, so a date it gives with no
// cue of its own is the release's: "When will it be released? The target
// is late 2026 or early 2027", or a date under a "Release date" heading.
// (The article's headline heads no section.)
func (x *extraction) answersRelease(s *sentenceInfo) bool {
	releases := func(p *sentenceInfo) bool {
		return reReleaseCue.MatchText(p.tx) || reReleaseDate.MatchText(p.tx)
	}
	if question(s.Text) {
		return false
	}
	for j := s.Index - 1; j >= 0 && j >= s.Index-8; j-- {
		p := &x.infos[j]
		switch {
		case p.Heading && (headline(j, p.Text, x.meta.Title) || p.ctx == ctxOther || p.ctx == ctxOriginal && !p.seq):
			return false
		case p.Heading:
			return releases(p)
		case j == s.Index-1 && question(p.Text):
			return releases(p)
		}
	}
	return false
}

// linkLine reports a page's link to another of its articles ("Read next:
// ..."); the regexp runs only where a colon comes early.
func linkLine(s string) bool {
	i := strings.IndexByte(s, ':')
	return i > 0 && i <= 26 && reLinkLine.MatchString(s)
}

// reLinkLine is a page's link to another of its articles.
var reLinkLine = regexp.MustCompile(`(?i)^(?:related(?:\s+(?:article|story|post|news))?|read\s+(?:next|more|also)|also\s+read|more|see\s+also|you\s+may\s+also\s+like|recommended|trending(?:\s+now)?|must\s+read|don['’]t\s+miss)\s*:`)

// reByline is a page's byline or date line, which a table row's shape
// ("Name | ... |") can take.
var reByline = regexp.MustCompile(`(?i)^\s*(?:by|written\s+by|posted\s+by|author:?)\s|\|\s*(?:published|updated|posted)\b|\bmin(?:ute)?s?\s+read\b|` +
	// a blog's navigation row: "Newer Post | Older Post | Home"
	`(?:^|\|)\s*(?:newer|older|next|previous|prev)\s+(?:posts?|articles?|entr(?:y|ies))\s*(?:\||$)|\|\s*home\s*$`)

// reSubtitle is a film's subtitle between its title and the year.
var reSubtitle = regexp.MustCompile(`^\s*[:–—-]\s*(?:[\p{L}\d'’&,]+\s+){0,6}[\p{L}\d'’&]+\s*$`)

// reNotReleased ends the text before a date the release is denied for.
var reNotReleased = regexp.MustCompile(`(?i)\b(?:will|would|does|did|is|was)\s*(?:not|n['’]t)\s+(?:be\s+)?(?:released|releasing|premiere|premiering|arrive|arriving|come\s+out|coming\s+out|debut|hit\s+\w+)\b[^.;]{0,20}$`)

var reAsOf = re(`\b(?:as\s+of|updated|published|posted|date)\s*:?\s*(?:on\s+)?$`).scanned()

// nearestCue classifies a date by the closest cue word around it: a
// release, an announcement or a production milestone. Cues across a
// strong break (";", a dash, a colon) count for less.
func nearestCue(t *text, d Date) string {
	s := t.s
	best, bestDist := "", 1<<30
	lead := strings.TrimSpace(s[:d.Start])
	opening := (lead == "" || lead == "On" || lead == "In") && strings.HasPrefix(s[d.End:], ",")
	for _, c := range []struct {
		kind string
		re   *cue
	}{{"release", reReleaseCue}, {"announcement", reAnnounceCue}, {"production", reProductionCue}, {"release?", reSlatedFor}} {
		var made [][]int
		if c.kind == "release?" {
			// "slated for 2026" is the release's, unless it says when
			// production is ("filming is scheduled for March")
			made = reProductionCue.FindAllTextIndex(t, -1)
			c.kind = "release"
		}
		for _, m := range c.re.FindAllTextIndex(t, -1) {
			if c.kind == "release" && releaseOfOther(s, m[0]) || plansProduction(s, made, m[0]) {
				continue
			}
			if c.kind == "announcement" && reReportsBefore.MatchString(s[max(0, m[0]-20):m[0]]) {
				continue // "..., Deadline can reveal": the outlet reporting, not the film announced
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
			if opening && m[0] >= d.End {
				// "On July 18, 2025, fans got their answer: Purple Hearts 2
				// has arrived": the date that opens a sentence times it all
			} else if strings.ContainsAny(between, ";:—()") || strings.Contains(between, " – ") {
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

// reDetailHeading is a section heading that asks of, or names, a detail of
// the sequel other than its existence or its date: "Who's directing?",
// "Plot", "Will there be new characters?". Not "What we know about it" or
// "The story so far": those sections are of the sequel itself.
// reClaimHeading is a fact-check's heading over the claim it takes apart:
// "The claim", "What the poster claims", "What the video shows".
var reClaimHeading = regexp.MustCompile(`(?i)^(?:the\s+)?(?:claims?|rumou?rs?)\s*[:?]?$|^what\s+(?:the|this|that)\s+(?:[\w-]+\s+)?(?:posts?|videos?|clips?|posters?|images?|trailers?|tweets?|screenshots?|captions?|rumou?rs?|claims?|headlines?)\s+(?:shows?|says?|claims?|promises?|shared)\b`)

var reDetailHeading = re(`\b(?:direct\w*|writ(?:er|ers|ing|ten)|screenplay|script|synopsis|plot|trailer|teaser|cast|casting|characters?|soundtrack|title|who['’]s\s+(?:in|back|returning))\b`)

// reDetailObject follows a denial whose object is such a detail: "Netflix
// hasn't released an official synopsis".
var reDetailObject = regexp.MustCompile(`^\s+(?:a|an|the|any)\s+(?:official\s+|proper\s+|full\s+|first\s+)?(?:synopsis|plot|logline|trailer|teaser|poster|title|cast\s+list|director|writer|script|details?)\b`)

// reCastDenied opens a denial whose object is the cast: "no cast has
// been announced", "no casting news".
var reCastDenied = re(`\bno\s+(?:(?:official|other|new|additional|further|more|returning)\s+){0,3}(?:cast|casting|stars?|actors?)\b`).scanned()

// reOtherObjectBefore ends the text before a status cue whose subject is a
// detail of the sequel, not the sequel: "no cast has been announced", "no
// release date has been set".
var reOtherObjectBefore = re(`\b(?:cast(?:\s+members?|\s+list)?|casting|trailer|teaser|poster|release\s+date|premiere\s+date|details|plot|synopsis|title|pric(?:e|es|ing)|budget|runtime)\s+(?:(?:has|have|is|are|was|were)\s*(?:not\s+|n['’]t\s+)?(?:yet\s+)?(?:been\s+)?(?:officially\s+)?)?$`).scanned()

// negatedBefore reports a status cue at pos that a negation governs: a
// "not", "never", "no" or "n't" a few words before it in its clause ("is
// not currently in production", "no Purple Hearts sequel in the works"),
// or a denial of what follows ("Netflix denied that Purple Hearts 2 is in
// production").
func negatedBefore(text string, pos int) bool {
	before := text[max(0, pos-60):pos]
	// "Netflix isn't a stranger to giving the green light to sequels":
	// two negatives, no denial
	return reNegatedBefore.MatchString(before) && !reLitotes.MatchString(before)
}

// reWishAfter follows a "confirmed" whose object is a wish: "has
// confirmed what fans long suspected: she would love to play Cassie
// again", "confirmed she'd be open to it".
var reWishAfter = regexp.MustCompile(`(?i)^[^.;!?]{0,40}?\b(?:would|['’]d)\s+(?:(?:really|absolutely|definitely|totally)\s+)?(?:love|like|be\s+(?:open|happy|up\s+for|keen|down|thrilled|game))\b|^[^.;!?]{0,40}?\b(?:is|was|are|were|remains?)\s+(?:still\s+)?open\s+to\b`)

// reHabitBefore ends the text before a status verb in a clause of habit:
// "when it greenlights a follow-up to one of its hits".
var reHabitBefore = regexp.MustCompile(`(?i)\b(?:when|whenever|if|once|every\s+time)\s+(?:it|netflix|the\s+streamer|the\s+studio|a\s+streamer|streamers|studios)\s+$`)

// reVerbPresent is a status verb in the present tense: "greenlights",
// "confirms", "announces", "orders".
var reVerbPresent = regexp.MustCompile(`(?i)^(?:officially\s+)?(?:greenlights|green-lights|confirms|announces|orders|renews)\b`)

// reOfficialNounAfter follows "is official" when it is an adjective on
// a noun: "there is official news".
var reOfficialNounAfter = regexp.MustCompile(`(?i)^\s+(?:news|word|confirmation|announcements?|info\w*|details?|statements?|updates?|sources?|channels?|accounts?|sites?|pages?|trailers?|posters?)\b`)

// reSinceBefore ends the text before a status cue that dates something
// past: "since filming wrapped".
var reSinceBefore = regexp.MustCompile(`(?i)(?:\b(?:\w+ed|ever|close|friends|together|touch|years|months|ago)\s+|^|[,;]\s+)since\s+$`)

// reOriginalObjectAfter follows a status cue whose object is the original
// film: "confirmed that the original was one of its most-watched films".
var reOriginalObjectAfter = regexp.MustCompile(`(?i)` + `^\s*(?:that\s+)?(?:the\s+(?:original|first\s+(?:film|movie|one)|2022\s+(?:film|movie|original))|its\s+predecessor)\b`)

var reGenericObjectAfter = re(`^\s*(?:to|for|on|its\s+share\s+of|plenty\s+of|many|several|numerous|other|a\s+(?:number|lot|slew|string|handful)\s+of)\s+(?:[\w-]+\s+){0,2}(?:sequels|films|movies|projects|franchises|shows|series)\b|^\s*(?:sequels|follow-ups|films|movies|projects|franchises)\b`).scanned()

// reGenericSubjectBefore ends the text before a status cue whose subject
// is films or games at large, in a clause of time: "even after they are
// announced", "once sequels are greenlit".
var reGenericSubjectBefore = re(`\b(?:after|once|when|until|before|unless|if)\s+(?:they|titles|games|films|movies|sequels|projects|shows|series)\s+(?:are|get|have\s+been)?\s*$`).scanned()

// reWhatIsBefore ends the text before a cue whose subject is "what":
// "lists of what is shooting in the region" speak of films at large.
var reWhatIsBefore = regexp.MustCompile(`(?i)\bwhat(?:\s+is|['’]s)?\s+(?:currently\s+|now\s+)?$`)

// reAwaitedBefore ends the text before "the announcement" when it is one
// still awaited: "look for the announcement itself", "until the
// announcement".
var reAwaitedBefore = regexp.MustCompile(`(?i)\b(?:for|await\w*|until|without|before|ahead\s+of|pending)\s+$`)

// reNegatedAfter opens the text after a status cue that it negates
// ("Netflix has announced neither a greenlight nor a release date").
var reNegatedAfter = re(`^\s+(?:neither|nothing|none|no)\b`).scanned()

var reLitotes = re(`\bstranger\s+to\s+$`).scanned()

var reNegatedBefore = re(`(?:\b(?:not|never|no|none|nothing|nobody|no\s+one|without|yet\s+to|neither)|n['’]t)\s+(?:[^\s,;:.!?—–]+\s+){0,3}$|\b(?:nothing|nobody|no\s+one|none)['’]s\s+(?:[^\s,;:.!?—–]+\s+){0,3}$|(?:\bnot|n['’]t)\s+(?:quite\s+)?(?:the\s+)?same\s+(?:thing\s+)?as\s+(?:[^\s,;:.!?—–]+\s+){0,4}$|\b(?:until|unless|before)\s+(?:netflix|the\s+streamer|the\s+studio|someone|somebody|they)\s+(?:[^\s,;:.!?—–]+\s+){0,2}$|\bneither\s+(?:[^\s,;:.!?—–]+\s+){1,6}nor\s+(?:[^\s,;:.!?—–]+\s+){0,8}$|\bneither\s+(?:of\s+them\s+|(?:the\s+)?[\w-]+\s+(?:[\w-]+\s+)?)?(?:has|have|had|is|was|did)\s+(?:[^\s,;:.!?—–]+\s+){0,4}$|\b(?:a\s+long\s+way|far|a\s+far\s+cry)\s+from\s+(?:an?\s+|the\s+|any\s+)?(?:official\s+)?$|\bno\s+(?:[^\s,;:.!?—–]+\s+){0,4}(?:has|have|had|is|are|was|were)\s+(?:yet\s+|ever\s+)?(?:been\s+)?(?:officially\s+)?$|\b(?:denied|denies|deny|denying|refuted|dismissed)\s+(?:reports?\s+|claims?\s+|rumou?rs?\s+)?that\s+(?:[^\s,;:.!?—–]+\s+){0,5}$|\bno\s+(?:[^\s,;:.!?—–]+\s+){0,3}(?:has|have|had)\s+(?:yet\s+|ever\s+)?(?:reported|announced|confirmed|mentioned|seen|shown|found)\s+(?:that\s+(?:[^\s,;:.!?—–]+\s+){0,4})?(?:an?\s+|any\s+|the\s+)?(?:official\s+)?$|\bnone\s+of\s+(?:[^\s,;:.!?—–]+\s+){0,3}(?:has|have|had)\s+(?:ever\s+)?(?:said|claimed|suggested|confirmed|announced|hinted)\s+(?:that\s+)?(?:[^\s,;:.!?—–]+\s+){0,4}$|\b(?:taken|mistaken|misread|read|interpreted|seen)\s+(?:it\s+|this\s+|that\s+|them\s+)?as\s+(?:an?\s+)?(?:sign|confirmation|proof|evidence)\s+that\s+(?:[^\s,;:.!?—–]+\s+){0,5}$|\bno\s+(?:sign|signs|indication|word|news|hint|evidence)\b[^.;!?]*\bthat\s+(?:[^\s,;:.!?—–]+\s+){0,5}$`).scanned()

// presupposed adds the sequel's status to an article that presupposes it
// without stating it ("Purple Hearts 2 premieres February 12, 2027"): its
// label says the sequel is made or out, and the verdicts, which read the
// sequel's own claims, should count it too. The claim cites the sentence
// the label rests on.
func presupposed(claims []Claim, l Label, quote string, sents []Sentence) []Claim {
	value := SequelGreenlit
	if l == SaysReleased {
		value = SequelReleased
	}
	for _, c := range claims {
		if c.Topic == TopicSequel && c.Stance == Asserted && (c.Value == value || l == AssertsConfirmed && c.Value == SequelInProduction) {
			return claims // stated
		}
	}
	for _, s := range sents {
		if s.Text == quote {
			return append(claims, Claim{Topic: TopicSequel, Stance: Asserted, Value: value, Text: quote,
				Quote: s.Text, Start: s.Start, End: s.End, Sentence: s.Index})
		}
	}
	return claims
}

// listsSequel reports a line that opens with date d and then, after a
// colon or a dash, names the sequel: a release listing's entry.
func listsSequel(s *sentenceInfo, d Date) bool {
	rest := strings.TrimLeft(s.Text[d.End:], " ")
	for _, sep := range []string{":", "–", "—", "-"} {
		if after, ok := strings.CutPrefix(rest, sep); ok {
			at := len(s.Text) - len(strings.TrimLeft(after, " "))
			for _, m := range s.sequels {
				if m[0] == at {
					return true
				}
			}
		}
	}
	return false
}

// reSlatedFor dates something planned: the release, where nothing else is.
var reSlatedFor = re(`\b(?:(?:slated|scheduled|planned|targeted|set|penciled|pencilled|aiming|aimed|eyeing|earmarked)\s+(?:in\s+)?for|targeting|eyeing|(?:is|are|was|now)\s+due\s+(?:out\s+)?(?:in|on|by|for|this|next))\b`).scanned()

// reReportsBefore ends the text before an outlet's word for its own
// report: "Deadline can reveal", "we can exclusively reveal".
var reReportsBefore = re(`\b(?:can|could)\s+(?:now\s+)?(?:exclusively\s+)?$`).scanned()

var (
	rePressBefore = re(`\bpress\s+$`).scanned()
	// ("a Tudum teaser nobody saw coming, dropped November 15")
	reTrailerBefore = re(`\b(?:teaser|trailer|first[\s-]look|poster|clip|single|song|album|soundtrack)s?\b(?:(?:\s+[\w'’-]+){1,4}\s*,\s*|[,\s]*)(?:(?:was|were|is|are|has|have|had|been|just|officially|finally|first|also)\s+)*$`).scanned()
)

// reTrailerOfBefore ends the text before a release word whose subject is
// the film's trailer, not the film: "the official trailer for Purple Hearts
// 2 is here".
var reTrailerOfBefore = re(`\b(?:trailer|teaser|poster|first[\s-]look|clip|featurette|soundtrack|song|single)s?\s+(?:for|of|from|to)\s+(?:the\s+)?(?:[\w'’:-]+\s+){0,4}?(?:purple[\s-]+hearts?\s*)?$|\b(?:demo|beta|playtest|pre-?orders?|trailer|teaser|soundtrack)\s+(?:version\s+)?$`).scanned()

// releaseOfOther reports a release word at pos that is not the film's: a
// press release or drop, or the release of its trailer, poster or song
// ("The trailer, dropped on November 15").
func releaseOfOther(s string, pos int) bool {
	before := s[max(0, pos-40):pos]
	return rePressBefore.MatchString(before) || reTrailerBefore.MatchString(before)
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
	if !reTrailer.MatchText(s.tx) || (s.ctx == ctxOriginal || s.ctx == ctxOther) && !s.seq {
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

// Patterns used inside the functions above, compiled once.
var (
	reStatusWord       = re(`greenl|green\s+l|announce|confirm`).scanned()
	reReleaseDate      = re(`(?:release|launch|premiere|debut)\s+date`).scanned()
	reWrap             = re(`wrap`).scanned()
	reWeWillSee        = re(`we['’]ll\s+(?:just\s+)?(?:have\s+to\s+)?see|(?:it['’]s|is)\s+(?:all\s+)?up\s+to\s+(?:netflix|the\s+streamer|them)\b`).scanned()
	reDateTBA          = re(`release\s+date\s*(?:is\s+)?[:\-–—]?\s*(?:still\s+)?(?:tba|tbd|tbc|to\s+be\s+(?:announced|determined|confirmed)|unknown)\b`).scanned()
	reNoReleaseDate    = re(`(?:no|confirmed|official)\s+release\s+date`).scanned()
	reAgain            = re(`once\s+again|again`).scanned()
	reDirectsAfter     = re(`^(?:directs|directing|helms|helming|returns\s+to\s+the\s+helm|(?:to|will|would)\s+direct\b)`).scanned()
	reSpeaker          = re(`^\s*,?\s*(?:told|said|says|tweeted|posted|wrote|added|explained|revealed|who\s+(?:wrote|directed|produced))`).scanned()
	reGapSince         = re(`ago|since\s+(?:the\s+)?(?:original|premiere|release|first)`).scanned()
	reCouple           = re(`\b(?:cassie|luke)\b`)
	reCoupleWords      = re(`\b(?:cassie|luke|the\s+couple|they|their)\b`)
	reTrailerOut       = re(`\b(?:views|unveil\w*|dropped|released|debuted|racking|clocked|opens\s+with|tagline|is\s+(?:finally\s+)?(?:here|out)|has\s+arrived|watch\s+the\s+(?:official\s+|new\s+|first\s+)?(?:trailer|teaser))\b`)
	reSequelWord       = re(`sequel|part\s+(?:2|two|ii)\b|purple\s+hearts?\s+2|follow[\s-]?up|second\s+(?:film|movie|installment|part|chapter|one)|repris|return`).scanned()
	reIfYou            = re(`^if\s+(?:you\b|[^,;.]*\b(?:had|has|left|made|got|kept)\s+you\b)`).scanned()
	reCouldNotBeMore   = re(`^(?:could|couldn['’]t)\s*(?:not\s+)?be\s+(?:any\s+)?(?:happier|prouder|more\s+(?:excited|thrilled|grateful|ready))\b`).scanned()
	reDoubt            = re(`^(?:rumou?r|speculat|leak|whisper|unconfirmed|fan|hop|wish|possib|potential|whether|if|fantasy|dream|imagine|petition|demand|claim|purport|supposedly|allegedly|reportedly)`).scanned()
	reFantasyCast      = re(`\b(?:fantasy[\s-]cast\w*|dream[\s-]cast\w*|(?:cast|casting)\s+wish[\s-]?list|wish[\s-]?list\s+(?:for|of)\s+(?:the\s+)?(?:cast|sequel|purple)|who\s+(?:would|should|could)\s+(?:star|play)|(?:i|we)['’]d\s+cast)\b`)
	reOtherTitleBefore = compile(`\b(?:The|A|An)\s+[A-Z][\p{L}'’]*(?:\s+(?:of|the|and|a|[A-Z][\p{L}'’]*))*\s*$`).scanned()
	reReceived         = re(`\b(?:has|have)\s+(?:already\s+)?(?:captured|captivated|won\s+over|garnered|received|resonated|struck\s+a\s+chord|left\s+(?:audiences|viewers|fans)|topped|dominated|(?:caught|grabbed|drawn|attracted)\s+the\s+(?:eye|attention)\s+of)\b|\b(?:has|have)\s+(?:had\s+)?on\s+(?:audiences|viewers|fans|those\s+who\s+(?:watched|saw)|people\s+who\s+(?:watched|saw))|\bcontinues\s+to\s+(?:capture|captivate|win\s+over|top|dominate)\s+(?:audiences|viewers|hearts|the\s+charts)|\b(?:critics|audiences|viewers)\s+have\s+(?:praised|embraced|called|loved|hailed)\b|\b(?:speaks|resonates|connects)\s+(?:\w+\s+)?(?:to|with)\s+(?:viewers|audiences)\b|\b(?:has|have)\s+(?:already\s+)?(?:split|divided)\s+(?:viewers|audiences|fans|critics)\b`)
	// more of the same, in a pattern of its own: one pattern with all of
	// them had too many alternatives to split, and ran whole, in regexp's
	// slowest matcher, at every "the", "as" and "with"
	reAwaitedMore    = re(`\bwait(?:ing)?(?:\s+\w+ly)?\s+for\s+(?:it|the\s+(?:sequel|film|movie))\s+to\s+(?:come\s+out|be\s+released|arrive|drop|premiere|hit)\b|\b(?:anticipation|excitement|buzz|hype)\s+(?:is\s+)?(?:builds|building|grows|growing|mounts|mounting)\s+(?:for|around|ahead\s+of)\s+(?:the\s+sequel|` + title + `\s*(?:2|ii|two))\b|\b(?:anticipation|excitement|buzz|hype)\s+(?:for|around)\s+(?:the\s+sequel|` + title + `\s*(?:2|ii|two))\s+(?:is\s+)?(?:builds|building|grows|growing|mounts|mounting)\b|\b(?:eagerly|much|highly|hotly|keenly|long)[\s-](?:awaited|anticipated)\s+(?:film|movie|sequels?|follow[\s-]?ups?|second\s+(?:film|movie|installment))\b`)
	reAwaitedRelease = re(`\b(?:gears?\s+up\s+for|eagerly\s+(?:await|anticipat)(?:e|es|ed|ing|s)?|the\s+lead[\s-]up\s+to|countdown\s+to|counting\s+down\s+to)\s+(?:its|the\s+(?:film|movie|sequel)['’]s)\s+(?:release|premiere|debut)\b|\b(?:as|with)\s+(?:the|its)\s+(?:release|premiere|debut)(?:\s+date)?\s+(?:(?:fast\s+)?(?:approaches|approaching|nears|nearing)|draws\s+(?:near|closer)|drawing\s+(?:near|closer)|(?:just\s+)?around\s+the\s+corner)\b|\bahead\s+of\s+(?:its|the)\s+(?:(?:film|movie|sequel)['’]s\s+)?(?:release|premiere|debut)\b|\b(?:approaching|upcoming|impending)\s+(?:release|premiere)(?:\s+date)?\s+(?:of|for)\s+(?:the\s+sequel|` + title + `\s*(?:2|ii|two))\b`)
	reSequelNarrates = re(`\b(?:` + title + `\s*(?:2|ii|two|part\s*(?:2|ii|two))|(?:the|this)\s+(?:sequel|follow[\s-]?up|(?:new|second)\s+(?:film|movie|installment|instalment|chapter|outing)))["”’']?\s+(?:(?:also|then|now|further|even)\s+)?`)
	reWondering      = re(`possib|potential|chances?\s+(?:of|for|that)|\w['’]d\s|might|could|would|unlikely|slim|doubtful|we['’]ll\s+see|remains\s+to\s+be\s+seen|time\s+will\s+tell|whether\s+(?:or\s+not|there|netflix|a|the|it|we|purple)\b|will\s+there|talks|conversations|discussions|on\s+the\s+table|consider(?:s|ing|ed)?\b|up\s+to\s+(?:netflix|the\s+streamer|them)\b`).scanned()
	reClaimWord      = re(`poster|trailer|date|claim|report|rumou?r|news|stor(?:y|ies)|posts?\b|pages?\b|announcement|image|video|photo|article|headline|screenshots?\b|graphics?\b|captions?\b|thumbnails?\b|clips?\b|tweets?\b|tiktoks?\b|footage|edits?\b|memes?\b`).scanned()
	reLeakWord       = re(`^(?:leak\w*|whispers?|insiders?)$`).scanned()
	reSetPresup      = re(`\bset\s+(?:photos?|pictures?|footage|images?|visits?)\b|\b(?:on|from|at|inside)\s+the\s+(?:[\w-]+\s+){0,3}(?:set|soundstage|sound\s+stage)(?:\s+of\b|\s*[,.;:—–]|\s+(?:where|in|on|for|during|at|and|as|when|while|is|was)\b)`).scanned()
)

// setPresup finds footage or photos from the set in a sentence that names
// the sequel (asked only there: the pattern begins at every "on the").
func (x *extraction) setPresup(s *sentenceInfo) []int {
	if !s.seq {
		return nil
	}
	return reSetPresup.FindTextIndex(s.tx)
}

var reGapBefore = re(`\b(?:it's|it’s)\s+been\b|\bover\b|\bfor\s+$`).scanned()
