package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Cast and crew: the people a sentence says are in the sequel, and the
// roles they play.

// actorsAs finds "Actor as Role" pairs. A role runs for a few words, so in
// "Carson as Cassie and Nicholas Galitzine as Luke" the first match eats
// the second actor's first name: the text after such an "and" is searched
// again.
func actorsAs(tx *text) [][]string {
	var out [][]string
	found := reActorAs.FindAllTextSubmatch(tx, -1)
	found = append(found, reActorAsVerb.FindAllTextSubmatch(tx, -1)...)
	for _, m := range found {
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
				n = reActorAsVerb.FindStringSubmatch(tx.s[at:])
			}
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
	// "with Elizabeth Allen Rosenbaum as executive producer": a job, not a part
	// (and "will play a run of US club dates": a band's shows)
	return slices.DeleteFunc(out, func(m []string) bool { return reCrewJob.MatchString(m[2]) || reNoPart.MatchString(m[2]) })
}

var reNoPart = regexp.MustCompile(`(?i)^(?:(?:a|an|the|some|their|its|two|three|several)\s+)?(?:run|string|set|sets|show|shows|concerts?|gigs?|dates|tour|festivals?|venues?|matches|games?|songs?|tracks?|music|guitar|drums|piano)\b`)

var reCrewJob = re(`^(?:(?:an?|the|its|their|her|his)\s+)?(?:executive\s+|co-?|lead\s+|series\s+|supervising\s+)?(?:producer|director|writer|screenwriter|showrunner|creator|composer|editor|cinematographer|narrator|host|consultant)s?\b`).scanned()

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

// cast finds people said to be in the sequel, and its director.
func (x *extraction) cast(s *sentenceInfo) {
	text := s.Text
	if len(s.names) == 0 && len(s.singles) == 0 {
		return // every claim below is about a name in the sentence
	}
	originalNarration := reOriginalPast.MatchText(s.tx) && !reAgain.MatchText(s.tx)
	sequelish := s.seq || (s.ctx == ctxSequel && !s.orig) ||
		// after a sentence on the original ("a video set to footage from
		// the original film. Carson and Galitzine both return."), a
		// return is to the film after it
		s.ctx == ctxOriginal && !s.orig && !originalNarration && reReturnCue.MatchText(s.tx)
	if !sequelish {
		return
	}
	// the director
	if loc := reDirectorCue.FindTextIndex(s.tx); loc != nil && !otherWorkBefore(s, loc[0]) {
		after := !reDirectsAfter.MatchString(text[loc[0]:])
		title := strings.EqualFold(text[loc[0]:loc[1]], "director")
		for _, n := range s.names {
			if title && n.Start >= loc[1] && reSpeaks.MatchString(text[n.End:]) {
				// "director Elizabeth Allen Rosenbaum expressed openness
				// to a sequel": who she is, from the original, not a
				// claim that she directs this one
				continue
			}
			if after && n.Start >= loc[1] && n.Start-loc[1] < 30 && !clauseBreak(text[loc[1]:n.Start]) || (!after && n.End <= loc[0] && loc[0]-n.End < 25) {
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
		if reFormatParen.MatchString(m[2]) {
			continue // "The Long Quiet (Documentary)": a title and its kind, in a listing
		}
		if a := personIn(m[1]); a != "" && !x.roles[a] {
			if _, ok := strong[a]; !ok && (personIn(roleOf(m[2])) == "" || characters[roleOf(m[2])]) {
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
	// "Roman Knight, the music producer played by Jacob Elordi": who plays
	// a part in the sequel's story, unless the sentence tells the original
	// or the part is one of its leads ("Cassie and Luke are played by
	// Sofia Carson and Nicholas Galitzine" holds of both films)
	var appositive map[string]int // actor -> where the comma before "played by" is (made when needed)
	if !originalNarration && !s.orig {
		for _, loc := range rePlayedBy.FindAllTextIndex(s.tx, -1) {
			if namesLead(text[max(0, loc[0]-60):loc[0]]) && !reAgain.MatchText(s.tx) {
				continue // unless they are "again at the heart of it"
			}
			next := loc[1] // where the next name played by must begin
			for _, n := range s.names {
				if n.Start > next {
					// "played by Sofia Carson and Nicholas Galitzine"
					if sep := text[next:n.Start]; sep == " and " || sep == ", " || sep == ", and " {
						next = n.Start
					}
				}
				if n.Start == next && !x.roles[n.Name] && !characters[n.Name] {
					next = n.End
					if _, ok := strong[n.Name]; !ok {
						strong[n.Name] = ""
					}
					if c := strings.LastIndex(text[:loc[0]], ", "); c >= 0 {
						if appositive == nil {
							appositive = map[string]int{}
						}
						appositive[n.Name] = c
					}
				}
			}
		}
	}
	// "Roman Knight's, the smooth music producer Jacob Elordi plays": the
	// same appositive, the actor named before his verb
	if !originalNarration && !s.orig {
		for _, n := range s.names {
			if x.roles[n.Name] || characters[n.Name] || !rePlaysAfter.MatchString(text[n.End:min(len(text), n.End+12)]) {
				continue
			}
			before := text[max(0, n.Start-60):n.Start]
			if m := reRoleNounBefore.FindStringIndex(before); m != nil && !namesLead(before) {
				strong[n.Name] = "" // (not what "plays" is followed by: "plays with real menace")
				if c := strings.LastIndex(text[:n.Start], ", "); c >= 0 {
					if appositive == nil {
						appositive = map[string]int{}
					}
					appositive[n.Name] = c
				}
			}
		}
	}
	cue := castCue(s.tx) || s.seq && reCastCueWeak.MatchText(s.tx)
	// a headline's names say nothing ("Sofia Carson Returns To Netflix"),
	// but a sentence that ends as one, however many names it holds, does
	if cue && (s.Heading || titleCase(text) && !strings.HasSuffix(strings.TrimRight(text, "\"”’'"), ".")) {
		cue = false
	}

	headlineCase := everyWordCapitalised(text)
	for _, n := range s.names {
		if headlineCase {
			// "Sofia Carson and Nicholas Galitzine Reunite ... Plot Twist
			// Involving a Secret Baby": only the people the article
			// names in its sentences count, without the words after
			name := x.knownName(n.Name)
			if name == "" {
				continue
			}
			n.End -= len(n.Name) - len(name)
			n.Name = name
		}
		role, isStrong := strong[n.Name]
		narrated := !isStrong && !cue && !s.hedged && !originalNarration && !x.crew[n.Name] && !x.roles[n.Name] && !characters[n.Name] &&
			s.ctx == ctxSequel && !s.Heading && (strings.TrimSpace(text[:n.Start]) == "" || reOpeningPhrase.MatchString(text[:n.Start])) && reNarratedSubject.MatchString(text[n.End:])
		if narrated && !x.crewNear(text, n) {
			// "Sofia Carson stands alone, barefoot on cracked tile": an
			// actor acting in the story told; it counts only where the
			// article says the sequel is made or out (see Extract)
			x.narrated = append(x.narrated, narration{s.Index, n.Name})
			x.add(s, Claim{Topic: TopicCast, Stance: s.stance(n.Start), Value: n.Name, Person: n.Name, Text: n.Name})
			continue
		}
		if x.roles[n.Name] || characters[n.Name] || (!isStrong && (!cue || x.crew[n.Name] || inTableCell(text, n))) || originalNarration && !isStrong {
			continue
		}
		if !isStrong && (x.crewNear(text, n) || comparison(text, n) || attributive(text, n) || rePlaceBefore.MatchString(text[max(0, n.Start-8):n.Start])) {
			continue
		}
		if strings.HasPrefix(x.surnames[lastWord(n.Name)], "crew:") {
			continue
		}
		x.surnames[lastWord(n.Name)] = n.Name
		stance := s.stance(n.Start)
		if m := reWhoClauseAfter.FindStringIndex(text[n.End:]); m != nil && stance == Asserted {
			// "Chosen Jacobs, who played Frankie, could return": the
			// verb after the clause says what is said of him
			stance = s.stance(n.End + m[1])
		}
		if reNameNegated.MatchString(text[n.End:]) || namesDenied(s, n.End) {
			// "Sofia Carson will not return", "Jenna Ortega is not in
			// the cast": named, and denied
			stance = Denied
		}
		if c, ok := appositive[n.Name]; ok && stance == Hedged && s.modalsOnlyBefore(c) {
			// "The child might belong to Roman Knight, the producer
			// played by Jacob Elordi": the modal hedges what the child
			// might be, not who plays the man it names
			stance = Asserted
		}
		x.add(s, Claim{Topic: TopicCast, Stance: stance, Value: n.Name, Person: n.Name, Role: role, Text: n.Name})
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
			st := s.stance(m[0])
			if reNameNegated.MatchString(text[m[1]:]) {
				st = Denied // "Carson won't return"
			}
			x.add(s, Claim{Topic: TopicCast, Stance: st, Value: full, Person: full, Text: w})
		}
	}
}

// namesDenied reports a name in a list that a denial closes: "Its cast
// also included Chosen Jacobs, Linden Ashby and Kat Cunning; none has been
// announced for the sequel", "Other original cast members like Linden
// Ashby and Kat Cunning haven't been locked in yet".
func namesDenied(s *sentenceInfo, end int) bool {
	d := s.denial()
	return d != nil && d[0] >= end && namesThenDenial(s.Text, end, d[0])
}

// namesThenDenial reports the text from end to at as the rest of a list of
// names closed by a pronoun of the denial's ("; none"), or a list that
// cast members head ("Other original cast members like ...").
func namesThenDenial(text string, end, at int) bool {
	if at < end {
		return false
	}
	gap := text[end:at]
	if reNamesThenNone.MatchString(gap) || reNamesThenNone.MatchString(gap+firstWord(text[at:])+" ") {
		return true
	}
	return reNamesOnly.MatchString(gap) && reCastMembersLike.MatchString(text[:end])
}

var (
	reNamesThenNone   = regexp.MustCompile(`^(?:,?\s*(?:and\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})*\s*[;,—–]\s*(?:but\s+)?(?:none\s+(?:of\s+them\s+)?|neither\s+of\s+them\s+|they\s+|all\s+of\s+them\s+)$`)
	reNamesOnly       = regexp.MustCompile(`^(?:,?\s*(?:and\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})*\s*$`)
	reCastMembersLike = regexp.MustCompile(`(?i)\bcast\s+members?\s+(?:like|such\s+as|including)\s+[^.;!?]*$`)
)

// rePlaceBefore ends the text before a place's name: "production is
// scheduled to begin in San Diego". A person's name rarely follows these.
var rePlaceBefore = regexp.MustCompile(`\b(?:in|near|outside|around)\s+$`)

// reFormatParen is what a listing puts in brackets after a title: its
// kind, its network, its year.
var reFormatParen = regexp.MustCompile(`(?i)^\s*(?:netflix\s+)?(?:original\s+)?(?:documentary|docuseries|docu-series|series|limited\s+series|film|movie|special|stand-up(?:\s+special)?|k-drama|anime|reality(?:\s+series)?|season\s+\d+|\d{4})\b`)

// reReturnCue is an actor's return to a part.
var reReturnCue = re(`\b(?:both|all|also|will|set\s+to)\s+return\b|\breturn(?:s|ing)?\s+as\b|\brepris(?:e|es|ing)\b|\b(?:are|is)\s+(?:both\s+|all\s+|also\s+)?back\s+(?:as|for)\b`)

// reWhoClauseAfter is a relative clause between a name and its verb.
var reWhoClauseAfter = regexp.MustCompile(`^,\s+who\s+[^,;:.!?]{1,60},\s+`)

// castCue reports a cast cue in t that is not "back for" after a verb
// whose subject is no actor ("scroll back for those", "look back at").
func castCue(t *text) bool {
	for _, m := range reCastCue.FindAllTextIndex(t, -1) {
		if !strings.HasPrefix(strings.ToLower(t.s[m[0]:m[1]]), "back") || !reNotReturnBefore.MatchString(t.s[max(0, m[0]-12):m[0]]) {
			return true
		}
	}
	return false
}

var reNotReturnBefore = regexp.MustCompile(`(?i)\b(?:scroll|scrolling|look|looking|looked|check|checking|go|going|head|flip|think|thinking|date[sd]?|dating|way|hold|held|cut|push(?:ed)?|set|pull(?:ed)?|fight|fought|sit)\s+$`)

// reOpeningPhrase is a sentence's opening phrase before its subject:
// "About 38 minutes into the sequel, Sofia Carson stands alone".
var reOpeningPhrase = regexp.MustCompile(`^[^,;:.!?"“”]{3,60}[,:]\s*$`)

// reNarratedSubject is what follows a name that opens a sentence of told
// story: a verb in the present tense, not one of speaking or thinking, or
// a review's "is magnetic as Cassie".
var reNarratedSubject = regexp.MustCompile(`^\s+(?:once\s+again\s+|now\s+|also\s+)?(?:(?:stands|sits|walks|runs|carries|enters|arrives|sings|performs|returns|steps|stares|wakes|holds|fights|struggles|faces|delivers|captures|brings|shines|plays|embodies|navigates|balances|juggles|grapples|finds|leaves|moves|lives|tours|watches|breaks|falls|kisses|cries|screams|smiles|dances|drives|rushes|hides|waits|gives|lends|makes|turns|shoulders|conveys|underplays|anchors|sells|nails|excels|impresses|infuses|imbues|portrays|inhabits|channels|commands|elevates|grounds|steals|owns|radiates|handles|tempers|wears|charts|mines|layers)\b|is\s+(?:[\p{L}-]+\s+){1,2}as\s+\p{Lu})`)

// namesLead reports a text that names one of the original's leads, by
// first name or in full.
func namesLead(s string) bool {
	for full := range characters {
		if strings.Contains(s, firstWord(full)) {
			return true
		}
	}
	return false
}

// everyWordCapitalised reports a headline in title case: every word of
// four letters or more capitalised, verbs too ("Reunite", "Involving"),
// and at least six of them. A sentence full of names still has its verbs
// in lower case ("reunites Sofia Carson and Nicholas Galitzine as ...").
func everyWordCapitalised(s string) bool {
	long := 0
	for i := 0; i < len(s); {
		// a word: from here to the next space, after its opening quotes
		j := strings.IndexByte(s[i:], ' ')
		if j < 0 {
			j = len(s) - i
		}
		w := s[i : i+j]
		i += j + 1
		for len(w) > 0 && (w[0] == '"' || w[0] == '\'' || w[0] == '(') {
			w = w[1:]
		}
		if strings.HasPrefix(w, "“") || strings.HasPrefix(w, "‘") {
			w = w[len("“"):]
		}
		if len(w) < 4 {
			continue // (fewer than four bytes: fewer than four letters)
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case r < utf8.RuneSelf && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'):
			continue
		case r >= utf8.RuneSelf && !unicode.IsLetter(r):
			continue
		case utf8.RuneCountInString(w) < 4:
			continue
		case !unicode.IsUpper(r):
			return false
		}
		long++
	}
	return long >= 6
}

// reNameNegated opens what follows a person whose part the sentence
// denies: "will not return", "won't be back", "has not joined".
var reNameNegated = re(`^\s+(?:(?:will|is|are|was|were|has|have|had|does|did|would)\s+(?:not|never)\b|(?:won['’]t|isn['’]t|aren['’]t|wasn['’]t|hasn['’]t|haven['’]t|doesn['’]t|didn['’]t|wouldn['’]t|never)\b)`).scanned()

// reSpeaks opens what follows a person who speaks, or is told of, rather
// than one who does the work: "expressed openness", "said", "met Carson".
var reSpeaks = re(`^\s*,?\s*(?:has\s+|had\s+|also\s+|once\s+)?(?:told|said|says|tweeted|posted|wrote|added|explained|revealed|expressed|mentioned|noted|hinted|shared|teased|spoke|speaks|weighed|opened\s+up|admitted|discussed|commented|stated|recalled|joked|met|praised)\b`).scanned()

var rePlaysAfter = re(`^\s+(?:plays|portrays)\b`).scanned()

// reRoleNounBefore ends a part described before the actor who plays it
// ("the smooth, inked music producer ").
var reRoleNounBefore = re(`,\s+(?:the|a|an)\s+(?:[\p{Ll}][\p{Ll},'’-]*\s+){0,4}(?:producer|singer|musician|manager|mentor|rival|soldier|marine|veteran|friend|sister|brother|father|mother|dad|mom|boss|agent|doctor|nurse|officer|sergeant|star|bandmate|love\s+interest|villain|newcomer|character)\s+$`).scanned()

var rePlayedBy = re(`\b(?:played|portrayed)\s+by\s+`).scanned()

var reComparison = re(`(?:think|like|meets|à\s+la|a\s+la|channel\w*|inspired\s+by|reminiscent\s+of|vibes?|compared\s+to|the\next)\s+(?:[\p{L}'’]+\s+){0,2}$`).scanned()

// comparison reports a name used as a comparison ("think Dolly Parton
// meets Sheryl Crow"), not as a cast member.
func comparison(text string, n nameSpan) bool {
	return reComparison.MatchString(text[max(0, n.Start-30):n.Start])
}

// attributive reports a name that modifies the noun after it ("turn up
// the Taylor Swift playlist", "a Sofia Carson song"): a thing, not a
// person in the cast.
func attributive(text string, n nameSpan) bool {
	// "cue up some Taylor Swift": her songs, not her
	if b := text[max(0, n.Start-5):n.Start]; len(b) == 5 && (strings.EqualFold(b, "some ") || strings.EqualFold(b, "more ")) {
		return true
	}
	before := strings.ToLower(text[max(0, n.Start-4):n.Start])
	if !strings.HasSuffix(before, "the ") && !strings.HasSuffix(before, " a ") && !strings.HasSuffix(before, "an ") && before != "a " {
		return false
	}
	after := strings.TrimLeft(text[n.End:], " ")
	return after != "" && after != text[n.End:] && after[0] >= 'a' && after[0] <= 'z' && !strings.HasPrefix(after, "as ") && !strings.HasPrefix(after, "and ")
}

// inTableCell reports a name in a table row's later cells ("| Lead Role |").
func inTableCell(text string, n nameSpan) bool {
	return strings.Contains(text[:n.Start], "|")
}

func (x *extraction) crewNear(text string, n nameSpan) bool {
	before := clauseBefore(text, n.Start)
	end := n.End
	if rest := text[end:]; strings.HasPrefix(rest, ", who ") || strings.HasPrefix(rest, ", whose ") {
		// "Elizabeth Allen Rosenbaum, who directed the first one, is back
		// in the director's chair": what she is, then what she does
		if j := strings.IndexByte(rest[2:], ','); j >= 0 && j < 70 {
			if reWhoMade.MatchString(rest[:j+2]) {
				return true // who directed, wrote or produced something
			}
			end += j + 2
		}
	}
	after := text[end:min(len(text), end+12)]
	// (not the crew who tell of the name: "producers revealed that Sofia
	// Carson and Nicholas Galitzine will return")
	if (reDirectorCue.MatchString(before) || reCrewCue.MatchString(before)) && !reToldThat.MatchString(before) {
		return true
	}
	// "Elizabeth Allen Rosenbaum back in the director's chair"
	if reSpeaker.MatchString(after) {
		return true
	}
	behind := text[end:min(len(text), end+40)]
	if strings.Contains(behind, " the ") && reBehindCamera.MatchString(behind) {
		return true
	}
	// "Liz Garcia tapped to write the script", "Jane Doe will direct"
	return reCrewAfter.MatchString(text[end:min(len(text), end+45)])
}

var reWhoMade = re(`^,\s+who(?:\s+\w+)?\s+(?:directed|wrote|penned|produced|created|helmed|co-wrote|co-directed)\b`).scanned()

// clauseBreak reports whether s holds the start of another clause.
func clauseBreak(s string) bool {
	for _, sep := range clauseSeps {
		if strings.Contains(s, sep) {
			return true
		}
	}
	return false
}

var clauseSeps = []string{", and ", ", but ", "; ", ", while "}

// clauseBefore returns up to 35 bytes of text before p, from the start of
// the clause p is in: a crew word in the clause before is another
// person's ("Rosenbaum is on board as executive producer, and it has Sofia
// Carson back").
var reToldThat = regexp.MustCompile(`(?i)\b(?:revealed|announced|confirmed|said|says|told\s+\w+|shared|teased|explained|added)\s+that\s+$`)

func clauseBefore(text string, p int) string {
	before := text[max(0, p-35):p]
	for _, sep := range clauseSeps {
		if i := strings.LastIndex(before, sep); i >= 0 {
			before = before[i+len(sep):]
		}
	}
	return before
}

var reCrewAfter = re(`^,?\s+(?:(?:created|creates|wrote|writes|penned|directed|directs|produced|executive[\s-]produced|showran)\b|(?:(?:is|was|are|has\s+been|comes)\s+)?(?:on\s+board|aboard|attached|back|returning|returns|signed\s+on)\s+as\s+(?:an?\s+|the\s+)?(?:executive\s+|co-?)?(?:producer|director|writer|screenwriter|showrunner|creator|composer)|(?:is\s+|was\s+|has\s+been\s+|have\s+been\s+)?(?:(?:tapped|set|hired|brought\s+on|attached|on\s+board|signed\s+on|returning)\s+to\s+(?:write|pen|direct|produce|helm|score|compose)|(?:will\s+|to\s+)(?:write|pen|direct|produce|helm)\b|(?:writes|pens|penned|wrote)\s+the\s+(?:script|screenplay)))`).scanned()

var reBehindCamera = re(`^,?\s+(?:is\s+|returns\s+|once\s+again\s+)?(?:back\s+)?(?:in\s+the\s+director['’]s\s+chair|behind\s+the\s+camera|at\s+the\s+helm)`).scanned()

// reInTheWorks is a work said to be in the works: whose, heldOtherWork says.
var reInTheWorks = re(`\bin\s+the\s+(?:works|pipeline)\b`).scanned()

// otherWorkBefore reports another film held in the works before position
// p ("she has Last Night at the Lobster in the pipeline, directed by Wagner
// Moura"): what p says is that film's.
func otherWorkBefore(s *sentenceInfo, p int) bool {
	for _, m := range reInTheWorks.FindAllTextIndex(s.tx, -1) {
		if m[1] <= p && heldOtherWork(s, m[0]) {
			return true
		}
	}
	return false
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
	actors := map[string]bool{}      // who an "Actor as Role" or "Role (Actor)" names as the actor
	for _, s := range infos {
		for _, m := range s.roleParen {
			if a := personIn(m[2]); a != "" {
				roles[strings.TrimSpace(m[1])] = true
				actors[a] = true
			}
		}
		for _, m := range s.actorAs {
			if a := personIn(m[1]); a != "" {
				actors[a] = true
			}
			// ("will play Ava Morrow, Luke's estranged younger sister")
			if r := personIn(m[2]); r != "" && (r == strings.TrimSpace(m[2]) || strings.HasPrefix(m[2], r+",")) {
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
			// (not an actor the article casts: "new songs from Sofia",
			// "Sofia Carson as Cassie Salazar")
			if alone[f[0]] >= 3 && alone[f[len(f)-1]] == 0 && s.tableRow == nil && !actors[n.Name] {
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
		if len(s.names) == 0 || everyWordCapitalised(s.Text) {
			continue // a headline's runs of capitals ("Fan Theory About Luke Morrow Leaves") are no names to expand a surname to
		}
		for _, n := range s.names {
			if roles[n.Name] {
				continue
			}
			last := lastWord(n.Name)
			before := clauseBefore(s.Text, n.Start)
			if (reCrewCue.MatchString(before) && !reCastCue.MatchString(before) || reDirectorCue.MatchString(before)) && !reToldThat.MatchString(before) {
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
