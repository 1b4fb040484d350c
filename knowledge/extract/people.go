package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Person names are found by shape, not by a tagger: a run of two to four
// capitalised words that are not common title, place or organisation words.
// prose/v2's named-entity tagger was measured on the seeds first: it reads
// about 18 KB/s (too slow for ingest) and missed "Kacey Musgraves" while
// tagging "Netflix" as a person; context decides here instead (cast cues,
// "Role (Actor)", "Actor as Role", crew cues).

// nameShape is the shape of a person's name: two to four capitalised
// words, an initial allowed between them. nameRuns finds its matches.
const nameShape = `\b[A-Z](?:[\p{Ll}'’]|-[A-Z]?)+(?:\s+(?:[A-Z]\.\s+)?[A-Z](?:[\p{Ll}'’]|-[A-Z]?)+){1,3}\b`

// notName are capitalised words that do not start or make up a person's name.
var notName = wordSet(`The A An And Or But If In On At Of For With From By To As Is It Its This That These Those
Netflix Netflix's Tudum Purple Heart Hearts Part Season Sequel Variety Deadline Hollywood Reporter Wrap IndieWire
Rotten Tomatoes Instagram Tiktok TikTok Spotify Twitter Facebook Youtube YouTube Google Imdb IMDb Reddit Telegram
Grammy Grammys Oscar Oscars Emmy Emmys Golden Globe Globes Awards Award Billboard Marine Marines Army Navy Corps Seal
January February March April May June July August September October November December
Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Valentine Valentine's Halloween Thanksgiving
Texas Austin Nashville California Atlanta Iraq Afghanistan America American Americans Los Angeles New York Mexico Vancouver United States Kingdom Britain British Europe
Fest Festival Event Events Center Centre Project Show Tonight Podcast Film Films Movie Movies Studios Studio
Director Directed Producer Star Stars Starring Actor Actress Singer Writer Author Executive Colonel Sergeant Sgt Captain
Read More Also Watch Check Click Source Sources Table Contents Chapter Introduction Conclusion Plot Summary Cast Crew
Official Officially Breaking News Update Updates Release Date Trailer Teaser First Second Third Last New Old Next
Will There Gonna Be Are Why What When Where Who How Here Now Yes No Real Talk Fans Fan Love Loss Life War Home
Don't Miss Like Also Might You Your We Our They Their He She His Her Cassie's Luke's Mr Mrs Ms Dr Prince Queen King
Channel Network Networks Pictures Records Entertainment Media Magazine Disney Freeform Hulu HBO Paramount Peacock Apple Amazon Prime
Lead Leads Supporting Main Role Roles Name Names Character Characters Portrayed Played Returning Veterans Day Eve Year Years
All Your My Me Us Both Meanwhile Though While After Before Since Even Still Yet So Then Once Because Whether Today Fast Enter Oh Think Cut Join Stream Flash Spoiler Critics Viewers Audiences Directed Just Look Stars Soul Forever Never Always Some Every Nothing
Maybe Perhaps Probably Possibly Hopefully Surely Sadly Unfortunately Luckily Fortunately Clearly Obviously Apparently Honestly Finally Instead Again Only
Says Said Tells Told Reveals Revealed Confirms Follow-Up Follow-Ups Spin-Off Must-Watch Sneak-Peek
Nintendo Switch PlayStation Xbox Steam Epic Android iOS Windows Mac Linux Roku Fire Chromecast
Plus Besides Additionally Furthermore Moreover Likewise Similarly Elsewhere Otherwise Naturally Interestingly Notably Reportedly Allegedly Specifically Lastly Next Later Earlier Currently Recently
Newcomer Newcomers Veteran Alum Breakout Rising Singer-songwriter Songwriter Rapper Musician Model Comedian`)

// wordSetLower is wordSet for words compared in lower case.
func wordSetLower(s string) map[string]bool { return wordSet(strings.ToLower(s)) }

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// characters are the film's own characters: never an actor.
var characters = map[string]bool{"Cassie Salazar": true, "Luke Morrow": true}

// titleCase reports a headline-style sentence where most words are
// capitalised: name shapes there say nothing.
func titleCase(s string) bool {
	long, caps := 0, 0
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, "‘’'\"“”()[]:,.!?—–-")
		if utf8.RuneCountInString(w) <= 3 {
			continue
		}
		long++
		if w[0] >= 'A' && w[0] <= 'Z' {
			caps++
		}
	}
	// a headline capitalises every long word, or all but one in a long
	// one; a sentence of names ("Purple Hearts 2 stars Sofia Carson and
	// Nicholas Galitzine") keeps its verb lower-case
	return long >= 4 && (caps == long || long >= 8 && caps >= long-1)
}

// quotedTitle reports a name-shaped run set in quotation marks on both
// sides ("‘Dear John’ meets ‘A Star is Born’"): a title, not a person.
func quotedTitle(s string, start, end int) bool {
	before := strings.TrimRight(s[:start], " ")
	after := s[end:]
	opens := strings.HasSuffix(before, "‘") || strings.HasSuffix(before, "“") || strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "'")
	closes := strings.HasPrefix(after, "’") || strings.HasPrefix(after, "”") || strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "'")
	return opens && closes
}

func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "’") || strings.HasSuffix(w, "‘s")
}

// nameSpan is a person-shaped run of words in a sentence.
type nameSpan struct {
	Start, End int
	Name       string
}

// findNames returns the person-shaped spans of s. Leading title words
// ("Director", "Grammy") are dropped; a possessive ends a name.
func findNames(t *text) []nameSpan {
	s := t.s
	var out []nameSpan
	for _, m := range nameRuns(s) {
		words := strings.Fields(s[m[0]:m[1]])
		start := m[0]
		// drop leading non-name words
		for len(words) > 0 && (notName[words[0]] || notName[strings.TrimSuffix(strings.TrimSuffix(words[0], "'s"), "’s")]) {
			start += strings.Index(s[start:], words[0]) + len(words[0])
			words = words[1:]
		}
		// cut at a possessive; a run broken by a non-name word ("Lay All
		// Your Love") is a title, not a name
		title := false
		for len(words) > 0 && possessive(words[0]) {
			start += strings.Index(s[start:], words[0]) + len(words[0])
			words = words[1:]
		}
		for i, w := range words {
			if possessive(w) {
				// "Nicholas Galitzine’s Luke": the name is the owner's
				words = append(words[:i], strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(w, "s"), "‘"), "'’"))
				break
			}
			if notName[w] {
				title = true
				break
			}
		}
		if title {
			continue
		}
		if len(words) < 2 || len(words) > 4 {
			continue
		}
		for len(words) > 0 && strings.HasSuffix(words[len(words)-1], "-") {
			words = words[:len(words)-1]
		}
		if len(words) < 2 {
			continue
		}
		name := strings.Join(words, " ")
		i := strings.Index(s[start:], words[0])
		if i < 0 {
			continue
		}
		st := start + i
		if quotedTitle(s, st, st+len(name)) {
			continue
		}
		out = append(out, nameSpan{Start: st, End: st + len(name), Name: name})
	}
	return out
}

var (
	// "Cassie Salazar (Sofia Carson)": role outside, actor inside.
	reRoleParen = compile(`([A-Z][\p{Ll}'’]+(?:\s+[A-Z][\p{Ll}'’]+){0,2})\s*\(\s*(?:(?:played|portrayed)\s+(?:once\s+again\s+|again\s+)?by\s+)?(?:(?:newcomer|actress|actor|star|singer|rapper|musician|returning|series\s+regular)\s+)?([A-Z][\p{Ll}'’\-]+(?:\s+[A-Z][\p{Ll}'’\-]+){1,3})\s*[),]`)
	// "Chosen Jacobs (Frankie, Cassie's ride-or-die)": actor outside, role inside.
	reActorParen = compile(`([A-Z][\p{Ll}'’\-]+(?:\s+[A-Z][\p{Ll}'’\-]+){1,3})\s*\(([^()]{2,80})\)`)
	// "Sofia Carson as Cassie Salazar".
	reActorAs = compile(`([A-Z][\p{Ll}'’\-]+(?:\s+[A-Z][\p{Ll}'’\-]+){1,3})\s+(?:as|plays|playing|portrays|portraying)\s+((?:[\p{L}'’\-\.]+\s+){0,5}[\p{L}'’\-]+)`)
	// "Harper Delacroix will play Ava Morrow", "Theo Marchetti has been cast
	// as Dex Harlan", "Sofia Carson is returning as Cassie": a pattern of
	// its own, whose literals ("cast as", "play") spare most sentences; in
	// reActorAs its alternatives cost every sentence with an "as".
	reActorAsVerb = compile(`([A-Z][\p{Ll}'’\-]+(?:\s+[A-Z][\p{Ll}'’\-]+){1,3})\s+(?:who\s+(?:plays|portrays|played|portrayed)|appears\s+as|(?:will|would|to|set\s+to|is\s+set\s+to)\s+(?:play|portray)|(?:has\s+been|have\s+been|was|were|is|been)\s+cast\s+as|(?:also\s+)?returns?\s+as|returning\s+as|(?:is|are)\s+(?:also\s+)?(?:returning|back)\s+as)\s+((?:[\p{L}'’\-\.]+\s+){0,5}[\p{L}'’\-]+)`)
	// A table row: "Jessica Brown Findlay | Lead Role | ...".
	reTableRow = compile(`^\s*([A-Z][\p{Ll}'’\-]+(?:\s+[A-Z][\p{Ll}'’\-]+){1,3})\s*\|\s*([^|]{2,60})\|`)
)

var reRoleEnd = compile(`\s(?:who|who’s|who's|and|with|in|for|that|is|are|was|while|to|from|on|at)(?:\s|$)`).scanned()

// roleOf trims a role description to its head: "Frankie, Cassie's
// ride-or-die" is "Frankie".
func roleOf(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, ",;—–(:"); i > 0 {
		s = s[:i]
	}
	if m := reRoleEnd.FindStringIndex(s); m != nil && m[0] > 0 {
		s = s[:m[0]]
	}
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if len(s) > 60 {
		s = s[:60]
	}
	return s
}

// nameRuns returns the matches of nameShape in s, as regexp finds them
// (leftmost, without overlap), as [start, end) pairs. It is written out by
// hand because every capital letter of a sentence is a candidate and each
// regexp run there costs a \p{Ll} table lookup per letter; the pattern
// backtracks in one way only (the last word gives back letters until a
// word boundary follows it, else the run drops its last word), which is
// what the loop below does. TestNameRunsAsRegexp holds the two to the
// same answers.
func nameRuns(s string) [][]int {
	var out [][]int
	var starts, ends [4]int // where each word of the run begins and ends, greedily
	for p := 0; p < len(s); p++ {
		if s[p] < 'A' || s[p] > 'Z' || p > 0 && isWordByte(s[p-1]) {
			continue
		}
		e := nameWord(s, p)
		if e < 0 {
			continue
		}
		starts[0], ends[0] = p, e
		n := 1
		for n < 4 {
			q := e
			for q < len(s) && isSpaceByte(s[q]) {
				q++
			}
			if q == e || q >= len(s) {
				break
			}
			// an initial: "J. "
			if q+2 < len(s) && s[q] >= 'A' && s[q] <= 'Z' && s[q+1] == '.' && isSpaceByte(s[q+2]) {
				r := q + 2
				for r < len(s) && isSpaceByte(s[r]) {
					r++
				}
				if r < len(s) && s[r] >= 'A' && s[r] <= 'Z' && nameWord(s, r) >= 0 {
					q = r
				}
			}
			if s[q] < 'A' || s[q] > 'Z' {
				break
			}
			if e = nameWord(s, q); e < 0 {
				break
			}
			starts[n], ends[n] = q, e
			n++
		}
		end := -1
		for k := n - 1; k >= 1 && end < 0; k-- {
			end = boundaryBack(s, ends[k], starts[k])
		}
		if end < 0 {
			continue
		}
		out = append(out, []int{p, end})
		p = end - 1
	}
	return out
}

// boundaryBack returns the last position e in (capital+1, end] with a word
// boundary, giving back the word's trailing letters as regexp would, or -1.
func boundaryBack(s string, end, capital int) int {
	for e := end; e > capital+1; {
		if isWordByte(s[e-1]) != (e < len(s) && isWordByte(s[e])) {
			return e
		}
		_, w := utf8.DecodeLastRuneInString(s[:e])
		e -= w
	}
	return -1
}

// nameWord returns the end of the word at p, a capital followed by one or
// more lower-case letters, apostrophes or hyphens, or -1.
func nameWord(s string, p int) int {
	e := p + 1
	for e < len(s) {
		c := s[e]
		if c >= 'a' && c <= 'z' || c == '\'' {
			e++
			continue
		}
		if c == '-' {
			// "Ruiz-Dalton": a hyphen, and a capital after it
			e++
			if e < len(s) && s[e] >= 'A' && s[e] <= 'Z' {
				e++
			}
			continue
		}
		if c < utf8.RuneSelf {
			break
		}
		r, w := utf8.DecodeRuneInString(s[e:])
		if r != '’' && !unicode.IsLower(r) {
			break
		}
		e += w
	}
	if e == p+1 {
		return -1
	}
	return e
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r' }
