package extract

import (
	"regexp"
	"slices"
	"strings"
)

// The stance of a claim: what in its sentence hedges, denies, quotes or
// debunks it, clause by clause.

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
		if more := reDenyMore.FindTextIndex(s.tx); more != nil && (s.deny == nil || more[0] < s.deny[0]) {
			s.deny = more
		}
		if s.deny == nil {
			s.deny = reDenyAside.FindTextIndex(s.tx)
		}
		if s.deny != nil && reSayingSubject.MatchString(s.Text[s.deny[1]:]) {
			// "no news isn't always bad news": a saying, not a denial
			s.deny = nil
		}
		if s.deny != nil && personScoped(s.Text, s.deny) {
			// "no word yet on whether he'll appear in the sequel": a
			// person's part is open, not the sequel
			s.deny = nil
		}
	}
	return s.deny
}

// personScoped reports a denial at loc that speaks of one person's part:
// "no word yet on whether he'll appear in the sequel", "but he hasn't
// been announced".
func personScoped(text string, loc []int) bool {
	return reWhetherPerson.MatchString(text[loc[1]:]) || rePersonListAfter.MatchString(text[loc[1]:]) ||
		strings.Contains(text[loc[0]:loc[1]], "been") && rePersonBefore.MatchString(text[max(0, loc[0]-25):loc[0]])
}

// rePersonBefore ends the text before a passive denial whose subject is a
// person: "but he hasn't been announced".
var rePersonBefore = regexp.MustCompile(`\b(?:he|she)\s+(?:(?:has|is|was)\s*(?:not|n['’]t)\s+(?:yet\s+)?)?$`)

// rePersonListAfter follows a denial that heads a list of people: "Not
// confirmed: Linden Ashby."
var rePersonListAfter = regexp.MustCompile(`^\s*(?:yet\s+)?:\s*\p{Lu}[\p{L}'’-]+\s+\p{Lu}[\p{L}'’-]+`)

// reWhetherPerson follows a denial whose scope is one person's part.
var reWhetherPerson = regexp.MustCompile(`^\s+(?:yet\s+)?(?:on|about|as\s+to|regarding)\s+whether\s+(?:or\s+not\s+)?(?:he|she|they|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*(?:will|['’]ll|would|is|are|might|could|plans?\s+to)\s+(?:\w+\s+)?(?:appear|return|be\s+back|reprise|join|come\s+back|be\s+in\b|star\b|feature)`)

// reSayingSubject follows a "no news" that is the subject of a saying.
var reSayingSubject = regexp.MustCompile(`^["”’']?\s+(?:is|isn['’]t|is\s+not|means)\s+(?:always\s+|necessarily\s+|a\s+)?(?:good|bad|definitive|the\s+end|no\b|["“'‘])`)

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
	// nothing, nor does "could not be happier", which is joy, not doubt
	// nor a modal in a comparison ("more deeply than an ordinary sequel
	// would", "bigger than anyone could have imagined")
	c.hedges = slices.DeleteFunc(c.hedges, func(h []int) bool { return idleHedge(s.Text, h) })
	c.denied = s.denial() != nil
	c.debunk = s.debunked()
	return c
}

// idleHedge reports a hedge word at h in text that hedges nothing.
func idleHedge(text string, h []int) bool {
	// the patterns below begin at the hedge: a window of the text is
	// enough, and each looks for its words in the window only (asked of
	// the rest of the sentence, every hedge of every sentence cost a
	// search of it per pattern)
	at := text[h[0]:min(len(text), h[0]+120)]
	return reIfYou.MatchString(at) || reCouldNotBeMore.MatchString(at) ||
		modal(text[h[0]:h[1]]) && reThanBefore.MatchString(text[max(0, h[0]-60):h[0]]) ||
		// fans who "want to know what comes next" ask about the story
		// of a film they take for granted, not whether it exists
		reWantsToKnowWhat.MatchString(at) ||
		// "whether the sequel will live up to the first film" doubts its
		// quality, not whether it is made
		reQualityDoubt.MatchString(at) ||
		// "the long-hoped-for follow-up" is an awaited one, a "would-be
		// singer" an aspiring one
		strings.HasPrefix(text[h[1]:], "-for") || strings.HasPrefix(text[h[1]:], "-after") || strings.HasPrefix(text[h[1]:], "-be ")
}

// hedges reports whether text holds a hedge that hedges something,
// quoted speech included.
func hedges(t *text) bool {
	for _, h := range reHedge.FindAllTextIndex(t, -1) {
		if !idleHedge(t.s, h) {
			return true
		}
	}
	return false
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

// quotesAClaim reports pos inside a quotation that the sentence introduces
// as a headline, post or claim of someone else's ("a headline like this
// one, from a site we won't link: \"Purple Hearts 2 arrives August 14\"").
func (s *sentenceInfo) quotesAClaim(q []span, pos int) bool {
	if pos < s.quoteRun || s.claimed {
		return true
	}
	// a quotation the splitter cut off: "The post reads: \"BREAKING: Netflix
	// officially confirms Purple Hearts 2!"
	if o := openQuote(s.Text); o >= 0 && pos > o && s.quotesAClaimAt(o) {
		return true
	}
	for _, sp := range q {
		if pos >= sp.start && pos < sp.end {
			after := s.Text[sp.end:min(len(s.Text), sp.end+50)]
			return s.quotesAClaimAt(sp.start) || reClaimOutro.MatchString(after) || reTitledThingAfter.MatchString(after)
		}
	}
	return false
}

// quotesAClaimAt reports a quotation opening at start that the sentence
// introduces as someone else's claim.
func (s *sentenceInfo) quotesAClaimAt(start int) bool {
	return reClaimIntro.MatchString(s.Text[max(0, start-90):start])
}

// reClaimOutro follows a quotation of a fan's post: "\"I watched Purple
// Hearts 2 three times last night,\" one fan posted on X."
var reClaimOutro = regexp.MustCompile(`(?i)^["”’']?\s*,?\s*["”’']?\s*(?:one|a|another|some|many|several|other)?\s*(?:fans?|users?|viewers?|commenters?|people|accounts?|posters?|tiktokers?)\s+(?:posted|wrote|tweeted|said|claimed|commented|insisted|added)\b`)

// reTitledThingAfter follows a quotation that is the title of a page, a
// post or a video: "another \"PURPLE HEARTS 2 RELEASE DATE REVEALED\"
// article".
var reTitledThingAfter = regexp.MustCompile(`(?i)^["”’']?\s*(?:articles?|headlines?|posts?|videos?|stor(?:y|ies)|clickbait|tweets?|tiktoks?|thumbnails?|graphics?|captions?|pages?|sites?|websites?|blogs?|memes?)\b`)

// reClaimSays opens a sentence that tells what a post, a video or a
// claim says ("The post says production began on July 1", "One viral
// tweet claimed ..."). A report or a story is not one: "The report says
// Netflix has greenlit it" attributes a statement the article relays.
var reClaimSays = regexp.MustCompile(`^(?:(?:But|And|However|Still),?\s+)?(?:The|That|This|One|Another|A|Each|Every)\s+(?:[\w-]+\s+){0,2}(?:post|claim|video|caption|tweet|rumou?r|poster|headline|screenshot|image|thread|clip|graphic|meme|tiktok)s?\s+(?:also\s+|further\s+|even\s+)?(?:says|said|claims?|claimed|states?|stated|alleges|alleged|suggests|suggested|insists|insisted|promises|promised)\b`)

var reClaimIntro = regexp.MustCompile(`(?i)\b(?:headlines?|articles?|posts?|claims?|captions?|stor(?:y|ies)|tweets?|titles?|descriptions?)\b[^"“”]{0,70}[:,]\s*$|\b(?:text|words|caption|tagline|banner|card|poster|image|graphic|tile|description|thumbnail)\b[^"“”.]{0,40}\b(?:reads?|reading|says|said|saying)\s*:?\s*$|\b(?:the\s+(?:text|words|caption|tagline)|captioned|headlined|titled|entitled|(?:described|called|labell?ed|billed|touted)\s+(?:it|them|the\s+[\w-]+)\s+as)\s*$`)

// stance of a claim found at pos in s.
func (s *sentenceInfo) stance(pos int) Stance {
	c := s.cued()
	switch {
	case inQuote(c.quoted, pos) && c.debunk:
		return Quoted
	case c.debunk && !c.denied:
		return Quoted
	case s.quotesAClaim(c.quoted, pos):
		return Quoted
	case reClaimSays.MatchString(s.Text):
		// "The post says production began on July 1": the post's claim,
		// told
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
	t := strings.TrimRight(text, " \"”’'")
	if strings.HasSuffix(t, "?") {
		return true
	}
	// a headline asks without its question mark ("Is 'Purple Hearts 2'
	// Really in the Works for Netflix", "The Truth: Will There Be ...")
	return t != "" && !strings.ContainsAny(t[len(t)-1:], ".!") && reAskingHead.MatchString(t)
}

var reAskingHead = regexp.MustCompile(`(?i)^(?:[^:.!?]+:\s+)?(?:when\s+|where\s+|why\s+|how\s+soon\s+)?(?:is|are|will|would|does|do|did|has|have|could|can|should)\s+(?:there|it|netflix|the|a|an|this|that|purple|['‘’"“])`)

// hedgedAt reports whether a hedge governs position pos: a hedge in the
// same clause, or one in a framing first clause ("Reportedly, ...",
// "Rumors suggest ...").
func (s *sentenceInfo) hedgedAt(pos int) bool {
	cues := s.cued()
	if reReportWord.MatchText(s.tx) && s.reportedAfter() {
		return true
	}
	if len(cues.hedges) == 0 {
		return false // most sentences: their clauses need not be found
	}
	cl := s.clauseAt(pos)
	for _, h := range cues.hedges {
		if h[0] > pos && reReportsOn.MatchString(s.Text[h[0]:]) {
			// "a role insiders say complicates everything": a report
			// followed by what it reports hedges that, not what came
			// before it ("..., sources say." does)
			continue
		}
		if h[0] >= cl.start && h[0] < cl.end {
			return true
		}
		if h[0] >= cl.end && h[0]-cl.end < 40 && reQualifier.MatchString(s.Text[cl.end:]) {
			// "The release date is getting closer, at least in the rumor
			// mill": the clause after qualifies this one
			return true
		}
		if len(cues.clauses) > 0 && h[0] < cues.clauses[0].end && h[0] < 25 && cl.start > 0 && !rePastPlan.MatchString(s.Text[h[0]:h[1]]) {
			// (a plan that was, "originally slated for 2026", hedges
			// its own clause, not the plan that replaced it)
			return true
		}
	}
	return false
}

// modalsOnlyBefore reports a sentence hedged only by its own modal verbs
// ("could", "might", "may", "would"), each before position at: nothing
// in its paragraph, and no rumour or report, hedges it.
func (s *sentenceInfo) modalsOnlyBefore(at int) bool {
	hs := s.cued().hedges
	if s.hedged || len(hs) == 0 || reReportWord.MatchText(s.tx) {
		return false
	}
	for _, h := range hs {
		if h[0] >= at || !modal(s.Text[h[0]:h[1]]) {
			return false
		}
	}
	return true
}

var rePastPlan = regexp.MustCompile(`^(?i:originally|initially|previously)\s`)

// modal reports a hedge that is a modal verb alone.
func modal(h string) bool {
	return strings.EqualFold(h, "could") || strings.EqualFold(h, "might") || strings.EqualFold(h, "may") || strings.EqualFold(h, "would")
}

var reWantsToKnowWhat = re(`^(?:fans\s+)?wants?\s+to\s+(?:know|see|find\s+out|learn|discover)\s+(?:what|how|who|where|which)\b`).scanned()

var reThanBefore = re(`\bthan\s+(?:[^\s,;:.!?—–]+\s+){0,5}$`).scanned()

// reportedAfter reports a sentence whose last clause attributes it all to
// unnamed sources: "..., insiders say.", "..., according to sources."
func (s *sentenceInfo) reportedAfter() bool {
	cls := s.clausesFound()
	last := cls[len(cls)-1]
	return last.start > 0 && reTrailingReport.MatchString(s.Text[last.start:]) && !reNamedReport.MatchString(s.Text[last.start:])
}

// reQualifier opens a clause that says where the one before it comes from:
// rumour, fans' theories, viral posts.
var reQualifier = regexp.MustCompile(`(?i)^[,;:—–\s]*(?:at\s+least\s+|or\s+so\s+)?(?:according\s+to|(?:in|on|per)\s+(?:the\s+)?(?:rumou?r|fan|viral|social|tiktok|online|internet)|if\s+(?:you\s+)?(?:believe|trust|go\s+by)|so\s+(?:the\s+)?(?:rumou?rs?|fans?|insiders?)\s+(?:say|claim))`)

// reNamedReport is a report an outlet is named for ("according to a report
// from Variety", "per a Deadline report"): that is sourcing, not rumour.
var reNamedReport = regexp.MustCompile(`\b(?:reports?|sources?|story|article|scoop)\s+(?:from|by|in|at|of)\s+(?:the\s+)?\p{Lu}|\b(?:according\s+to|per)\s+(?:an?\s+|the\s+)?(?:(?:new|recent|exclusive|latest)\s+)?\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*)*\s+(?:report|story|article|scoop|exclusive)`)

var (
	reReportWord     = re(`insider|source|report|rumou?r|whisper|tipster|close\s+to`).scanned()
	reTrailingReport = re(`^[,;:—–\s]*(?:according\s+to|per|as\s+(?:told|reported)\s+by)\s+(?:\w+\s+){0,3}?(?:insiders?|sources?|reports?|rumou?rs?|whispers?|tipsters?|people\s+close|those\s+close)\b[^.!?]*[.!?"”'’]*\s*$|` +
		`^[,;:—–\s]*(?:(?:a|an|one|several|two|multiple|some)\s+)?(?:\w+\s+){0,2}?(?:insiders?|sources?|reports?|rumou?rs?|whispers?|tipsters?|people\s+close\s+to\s+[^.!?]*?)\s+(?:say|says|said|claim|claims|claimed|suggest|suggests|suggested|allege|alleges|alleged|believe|believes)\s*[.!?"”'’]*\s*$`)
)

var reReportsOn = re(`^(?:insiders?|sources?|reports?|rumou?rs?|whispers?)\s+(?:say|says|said|claim|claims|suggest|suggests|believe|believes|indicate|indicates)\s+[a-z]`).scanned()

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
