package extract

import (
	"math/bits"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A cue is a compiled pattern with a cheap necessary condition: a set of
// lower-cased literals at least one of which every match contains. Go's
// regexp runs in linear time, but a (?i) alternation of fifty words costs
// tens of microseconds per sentence, while a sentence holds none of a
// lexicon's words far more often than not; a few strings.Contains calls
// rule those sentences out for a hundredth of the price. The condition is
// derived from the pattern's syntax tree, so a lexicon edit can never
// leave it stale.
//
// Most patterns also say how a match begins: with one of a known set of
// strings ("could", "might", "rumo", ...). For those, the positions where
// such a string begins are found (for a sentence, once for every pattern:
// see text.go), and the pattern runs anchored at each, where it gives up
// after a few bytes instead of sweeping the whole text; a pattern that is
// a list of alternatives runs only those whose prefixes are there (at).
type cue struct {
	id   int // its place in cues
	re   *regexp.Regexp
	lits []string // nil: no condition could be derived; always run re

	anchored *regexp.Regexp // ^(?:pattern); nil when starts is not known
	behind   *regexp.Regexp // the same after one character of context, for \b
	starts   *keySet        // the first two bytes a match can begin with
	free     *keySet        // those of the branches that do not open with \b (nil: none)
	words    bool           // every match begins a word (\b, then a word character)
	atStart  bool           // every match begins the text (^)
	weak     bool           // the start checks are single bytes: most positions pass
	scan     bool           // not indexed: searched by a scan of its own (see scanned)
	check    *prefixCheck   // by first byte: lower-cased prefixes, one of which every match has
	lead     *lead          // what every match begins with, compared before regexp runs

	// A pattern that is a list of alternatives ("could|might|may...") is
	// also compiled one alternative at a time: at a candidate, only the
	// alternatives whose prefixes are there run, each a small program,
	// in order, so the first that matches is the one regexp would take.
	split  func() // fills alts and altsBy on first use: compiling them takes a while
	alts   []alt
	altsBy altTrie // the alternatives to try at a position, by their prefixes there
	// The literal conditions of alternatives that regexp would run (see
	// gate): "the\s+(?:\w+\s+)?sequel" begins at every "the", but a
	// sentence without "sequel" rules it out once for all its "the"s.
	altLits [][]string
	// the numbers of lits and altLits in a text's conds, or -1 (see
	// numberConds); set once, before the first text is indexed
	cond     int
	altConds []int
}

// A gate remembers, for one search of one text, which literal conditions
// (the pattern's own, bit 63, and its alternatives' altLits) the text was
// found to meet: each is looked up at most once, and only when regexp is
// about to run, which is rarer than a sentence.
type gate struct {
	t         *text
	known, ok uint64
}

const wholeGate = 63

// open reports whether condition i (numbered cond in an indexed text's
// conds) holds for the text, looking it up once.
func (g *gate) open(i, cond int, lits []string) bool {
	if cond >= 0 && g.t.indexed {
		return g.t.conds.has(cond)
	}
	bit := uint64(1) << i
	if g.known&bit == 0 {
		g.known |= bit
		if mayContain(lits, g.t.s) {
			g.ok |= bit
		}
	}
	return g.ok&bit != 0
}

// mayText reports whether the pattern can match t; false is certain.
func (c *cue) mayText(t *text) bool { return t.holds(c.cond, c.lits) }

type alt struct {
	// its programs, compiled on first use: of a thousand alternatives a
	// few dozen ever run, and all of them compiled hold some 20 MB, which
	// the caches would have to share with the text
	progs func() (anchored, behind *regexp.Regexp)
	plain []piece // when the alternative is a plain phrase: matched without regexp
	lead  *lead
	caps  []int // the pattern's group numbers, in the order the alternative has them
	lits  int   // its literal condition in the cue's altLits, or -1: none worth a look
}

// keySet is a set of two-byte keys; a second byte 0 stands for the end of
// the text.
type keySet struct {
	first [256]bool // some key begins with this byte
	pairs [65536 / 64]uint64
}

func (k *keySet) add(a, b byte) {
	i := int(a)<<8 | int(b)
	k.first[a] = true
	k.pairs[i>>6] |= 1 << (i & 63)
}

func (k *keySet) has(a, b byte) bool {
	i := int(a)<<8 | int(b)
	return k.pairs[i>>6]&(1<<(i&63)) != 0
}

// cues lists every cue compiled (package variables, set up one by one at
// init), for the test that checks the derived conditions against real
// sentences.
var cues []*cue

// compile compiles a pattern and derives its condition. It panics on a bad
// pattern, like regexp.MustCompile: patterns are constants.
func compile(pattern string) *cue {
	c := &cue{id: len(cues), re: regexp.MustCompile(pattern), cond: -1}
	tree, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		panic(err)
	}
	tree = tree.Simplify()
	c.lits = foldLits(analyze(tree).cond())
	if keys := startKeys(tree); keys != nil {
		c.starts = keys
		c.anchored = regexp.MustCompile(`^(?:` + pattern + `)`)
		c.behind = regexp.MustCompile(`^(?s:.)(?:` + pattern + `)`)
		c.check = checks(tree)
		c.lead = leadOf(tree)
		c.words = beginsWord(tree, keys)
		c.free = freeKeys(tree, keys)
		c.atStart = beginsText(tree)
		c.split = sync.OnceFunc(func() { c.splitAlternatives(tree) })
		c.weak = c.check == nil || !slices.ContainsFunc(c.check.lists, func(ps []string) bool {
			return slices.ContainsFunc(ps, func(p string) bool { return len(p) > 1 })
		})
	}
	cues = append(cues, c)
	return c
}

// scanned marks a pattern that is only searched in pieces of a sentence,
// or in few sentences: indexing it would cost every sentence (those whose
// matches can begin inside a word, as "wrap" does, would add candidates
// at every "wr" of every text) more than its own scans cost, which its
// literal condition, found with the others, mostly spares.
func (c *cue) scanned() *cue {
	c.scan = true
	return c
}

// mayContain reports whether s holds one of lits (nil: no condition).
func mayContain(lits []string, s string) bool {
	if lits == nil || oddFold(s) {
		return true
	}
	for _, lit := range lits {
		if containsFold(s, lit) {
			return true
		}
	}
	return false
}

// foldLits writes every \s character of the literals as one zero byte,
// as the prefixes are written ("\tas ", " as\n" and the rest are one
// literal), and drops a literal that holds another: the condition is that
// one of them occurs, so the shorter one says it.
func foldLits(lits []string) []string {
	if lits == nil {
		return nil
	}
	var out []string
	for _, l := range lits {
		b := []byte(l)
		for i := range b {
			if strings.IndexByte(space, b[i]) >= 0 {
				b[i] = 0
			}
		}
		out = append(out, string(b))
	}
	slices.Sort(out)
	out = slices.Compact(out)
	kept := out[:0]
	for _, l := range out {
		if !slices.ContainsFunc(out, func(o string) bool { return o != l && strings.Contains(l, o) }) {
			kept = append(kept, l)
		}
	}
	return kept
}

// containsFold reports whether s contains lit, a lower-cased literal whose
// zero bytes stand for any \s character, in any case, without lower-casing
// s. A literal with a non-ASCII letter that has other cases (whose bytes
// may differ) falls back to strings.ToLower, its \s characters written
// as zero bytes too ("deuxième\x00").
func containsFold(s, lit string) bool {
	if lit == "" {
		return true
	}
	for _, r := range lit {
		if r >= utf8.RuneSelf && unicode.SimpleFold(r) != r {
			return strings.Contains(strings.Map(func(r rune) rune {
				if r < utf8.RuneSelf && strings.IndexByte(space, byte(r)) >= 0 {
					return 0
				}
				return unicode.ToLower(r)
			}, s), lit)
		}
	}
	// Look for the literal's rarest byte, k bytes in: "sequel" is found
	// by its q, not by every s of the sentence.
	k := rarest(lit)
	if k < 0 {
		for i := 0; i+len(lit) <= len(s); i++ {
			if hasPrefixFold(s[i:], lit) {
				return true
			}
		}
		return false
	}
	lo, up := lit[k], lit[k]
	if 'a' <= lo && lo <= 'z' {
		up = lo - 'a' + 'A'
	}
	for i := k; i+len(lit)-k <= len(s); {
		j := strings.IndexByte(s[i:], lo)
		if up != lo {
			lim := len(s)
			if j >= 0 {
				lim = i + j
			}
			if m := strings.IndexByte(s[i:lim], up); m >= 0 {
				j = m
			}
		}
		if j < 0 {
			return false
		}
		if i+j-k+len(lit) <= len(s) && hasPrefixFold(s[i+j-k:], lit) {
			return true
		}
		i += j + 1
	}
	return false
}

// rarest returns the index of lit's byte least frequent in English text,
// or -1 when lit is all spaces (zero bytes).
func rarest(lit string) int {
	best, rank := -1, byte(255)
	for i := 0; i < len(lit); i++ {
		if r := byteRank[lit[i]]; lit[i] != 0 && r < rank {
			best, rank = i, r
		}
	}
	return best
}

// byteRank orders bytes by how often they occur in English text: letters
// by their frequency, rarest first; anything else but a space is rare.
var byteRank = func() (t [256]byte) {
	const letters = "zqxjkvbpygfwmucldrhsnioate"
	for b := range 256 {
		t[b] = 1
	}
	for i := range len(letters) {
		t[letters[i]] = byte(10 + i)
	}
	return t
}()

// oddFolds holds the two runes that (?i) matches with an ASCII letter but
// that do not lower-case to it: the Kelvin sign (k) and the long s (s).
const oddFolds = "\u212a\u017f"

func oddFold(s string) bool {
	return strings.IndexByte(s, 0xC5) >= 0 && strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a")
}

// next returns the first position at or after from where a match can
// begin, or -1. An indexed text has its candidates listed already; any
// other is scanned.
func (c *cue) next(t *text, from int) int {
	if c.atStart {
		// Only the start can match: an index is no help.
		s := t.s
		if from > 0 || s == "" {
			return -1
		}
		var b byte
		if len(s) > 1 {
			b = s[1]
		}
		if c.starts.has(s[0], b) && c.checked(s) {
			return 0
		}
		return -1
	}
	if t.indexed && !c.scan {
		for _, p := range t.candsOf(c.id) {
			if int(p) >= from {
				return int(p)
			}
		}
		return -1
	}
	s := t.s
	first := &c.starts.first
	for i := from; i < len(s); i++ {
		if !first[s[i]] || s[i]&0xC0 == 0x80 || c.words && i > 0 && isWordByte(s[i-1]) {
			continue // no match begins here, or inside a character or a word
		}
		var b byte
		if i+1 < len(s) {
			b = s[i+1]
		}
		if c.starts.has(s[i], b) && c.checked(s[i:]) {
			return i
		}
	}
	return -1
}

// candidates reports whether an indexed text holds a candidate for c.
func (c *cue) candidates(t *text) bool { return t.hit.has(c.id) }

// checked reports whether s begins with one of the pattern's prefixes.
func (c *cue) checked(s string) bool { return checkedBy(c.check, s) }

func checkedBy(check *prefixCheck, s string) bool {
	if check == nil {
		return true
	}
	for _, p := range check.at(lowerByte(s[0])) {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// hasPrefixFold reports whether s begins with p, whose letters are lower
// case ASCII, in any case.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if p[i] == 0 {
			if strings.IndexByte(space, s[i]) < 0 {
				return false
			}
		} else if lowerByte(s[i]) != p[i] {
			return false
		}
	}
	return true
}

// space is what \s matches; lower-cased prefixes write it as one zero
// byte, so that "the\s+end" gives one prefix and not five.
const space = " \t\n\f\r"

func lowerByte(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// checks returns the pattern's lower-cased prefixes by first byte, or nil
// when they are not known.
func checks(re *syntax.Regexp) *prefixCheck {
	ps := checkPrefixes(re)
	if ps == nil && re.Op == syntax.OpAlternate {
		// Too many for one set; the branches' sets, each within bounds,
		// are looked up by first byte, so their union costs little.
		for _, b := range re.Sub {
			p := checkPrefixes(b)
			if p == nil {
				return nil
			}
			ps = append(ps, p...)
		}
	}
	if ps == nil {
		return nil
	}
	var by [256][]string
	add := func(p string) {
		first := p[:1]
		if p[0] == 0 {
			first = space
		}
		for _, b := range []byte(first) {
			by[b] = union(by[b], []string{p})
		}
	}
	for _, p := range ps {
		if strings.ContainsAny(p, oddFolds) {
			continue // its ASCII twin is in the set; such texts take the slow path
		}
		// A letter with another case (É, é) may be written with other
		// bytes: compare only up to it.
		if i := strings.IndexFunc(p, func(r rune) bool { return r >= utf8.RuneSelf && unicode.SimpleFold(r) != r }); i > 0 {
			p = p[:i]
		} else if i == 0 {
			// It begins with one: look for that letter in each of its
			// cases ("évoqu": "é" or "É").
			r, _ := utf8.DecodeRuneInString(p)
			for f := unicode.SimpleFold(r); ; f = unicode.SimpleFold(f) {
				add(string(f))
				if f == r {
					break
				}
			}
			continue
		}
		if p == "" {
			return nil
		}
		add(p)
	}
	return compact(&by)
}

// checkPrefixes returns the prefixes of checkMode's length that begin
// every match of re or, when there are too many of those to list, shorter
// ones: "ha", "ho" for a pattern that spells out many ways to go on. A
// short check still turns away most positions.
func checkPrefixes(re *syntax.Regexp) []string {
	for m := checkMode; m.n >= 2; m.n /= 2 {
		if ps := prefixes([]*syntax.Regexp{re}, m); ps != nil {
			return ps
		}
	}
	return nil
}

// A prefixCheck holds lower-cased prefixes by their first byte: lists[idx[b]-1]
// are those that begin with b (idx[b] == 0: none). A pattern split into a
// thousand alternatives keeps a few hundred bytes for each, not 6 KB.
type prefixCheck struct {
	idx   [256]uint8
	lists [][]string
}

// compact turns prefixes by first byte into a prefixCheck, or nil (no check)
// when there are more distinct lists than it can number.
func compact(by *[256][]string) *prefixCheck {
	pc := &prefixCheck{}
	for b, ps := range by {
		if len(ps) == 0 {
			continue
		}
		k := slices.IndexFunc(pc.lists, func(o []string) bool { return slices.Equal(o, ps) })
		if k < 0 {
			if len(pc.lists) == 255 {
				return nil
			}
			pc.lists = append(pc.lists, ps)
			k = len(pc.lists) - 1
		}
		pc.idx[b] = uint8(k + 1)
	}
	return pc
}

// at returns the prefixes that begin with byte b.
func (pc *prefixCheck) at(b byte) []string {
	if k := pc.idx[b]; k != 0 {
		return pc.lists[k-1]
	}
	return nil
}

// at runs the pattern anchored at position p of s and returns its indices
// in s. The character before p goes along, so that \b sees it.
func (c *cue) at(s string, p int, submatch bool, g *gate) []int {
	if c.lead != nil && !c.lead.match(s, p) {
		return nil
	}
	c.split()
	if c.alts == nil {
		if !g.open(wholeGate, c.cond, c.lits) {
			return nil
		}
		return anchoredAt(c.anchored, c.behind, s, p, submatch)
	}
	// The first alternative that matches is the one regexp takes. Only
	// the alternatives whose prefixes are here are tried; a plain phrase
	// is compared byte by byte, the others run as small programs.
	groups := submatch && c.re.NumSubexp() > 0
	var try altSet
	c.altsBy.at(s[p:], &try)
	for w, left := range try {
		for ; left != 0; left &= left - 1 {
			if loc := c.tryAlt(w*64+bits.TrailingZeros64(left), s, p, groups, g); loc != nil {
				return loc
			}
		}
	}
	return nil
}

// tryAlt runs alternative i at p, or returns nil.
func (c *cue) tryAlt(i int, s string, p int, groups bool, g *gate) []int {
	a := &c.alts[i]
	if a.plain != nil && !groups {
		if end := matchPlain(a.plain, s, p); end >= 0 {
			return []int{p, end}
		}
		return nil
	}
	if a.lead != nil && !a.lead.match(s, p) {
		return nil
	}
	if a.lits >= 0 && !g.open(a.lits, c.altConds[a.lits], c.altLits[a.lits]) {
		return nil
	}
	anchored, behind := a.progs()
	if loc := anchoredAt(anchored, behind, s, p, groups); loc != nil {
		return a.regroup(loc, c.re.NumSubexp(), groups)
	}
	return nil
}

// altSet is a set of alternatives by number (maxAlts of them at most).
type altSet [(maxAlts + 63) / 64]uint64

// An altTrie holds the lower-cased prefixes of a pattern's alternatives
// (a zero byte for any \s, as prefixTrie): a walk from a position finds,
// in one pass, every alternative one of whose prefixes is there, where
// comparing each alternative's prefixes cost a comparison apiece.
type altTrie struct {
	kids   edges
	ends   [][]uint16 // by node (0 is the root): the alternatives with a prefix ending there
	always []uint16   // alternatives whose prefixes are not known
}

func (tr *altTrie) insert(p string, alt int) {
	if tr.ends == nil {
		tr.ends = make([][]uint16, 1)
	}
	n := tr.kids.path(p, func() int32 {
		tr.ends = append(tr.ends, nil)
		return int32(len(tr.ends) - 1)
	})
	tr.ends[n] = append(tr.ends[n], uint16(alt))
}

// at adds to out the alternatives that may begin s.
func (tr *altTrie) at(s string, out *altSet) {
	for _, a := range tr.always {
		out[a>>6] |= 1 << (a & 63)
	}
	if tr.ends == nil {
		return
	}
	n := int32(0)
	for i := 0; ; i++ {
		for _, a := range tr.ends[n] {
			out[a>>6] |= 1 << (a & 63)
		}
		if i == len(s) {
			return
		}
		next, ok := tr.kids.get(n, foldSpace(s[i]))
		if !ok {
			return
		}
		n = next
	}
}

// regroup turns an alternative's match into the pattern's: its groups
// take the pattern's numbers, and the groups it lacks did not match.
func (a *alt) regroup(loc []int, n int, groups bool) []int {
	if !groups {
		return loc[:2]
	}
	out := make([]int, 2*(n+1))
	for i := range out {
		out[i] = -1
	}
	out[0], out[1] = loc[0], loc[1]
	for k, g := range a.caps {
		out[2*g], out[2*g+1] = loc[2*(k+1)], loc[2*(k+1)+1]
	}
	return out
}

// anchoredAt runs a pattern anchored at position p of s (anchored) or
// just after the character before p (behind, so that \b sees it) and
// returns its indices in s.
func anchoredAt(anchored, behind *regexp.Regexp, s string, p int, submatch bool) []int {
	re, from := anchored, p
	if p > 0 {
		re, from = behind, p-1
	}
	var loc []int
	if submatch {
		loc = re.FindStringSubmatchIndex(s[from:])
	} else {
		loc = re.FindStringIndex(s[from:])
	}
	if loc == nil {
		return nil
	}
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += from
		}
	}
	loc[0] = p
	return loc
}

// all returns up to n (all if n < 0) successive non-overlapping matches,
// just as the unanchored regexp finds them.
func (c *cue) all(t *text, n int, submatch bool) [][]int { return c.appendAll(nil, t, n, submatch) }

// appendAll is all, appending the matches to out: first passes an array
// on its stack, so that asking for one match allocates no list.
func (c *cue) appendAll(out [][]int, t *text, n int, submatch bool) [][]int {
	s := t.s
	if c.anchored == nil || t.odd {
		var m [][]int
		switch {
		case !c.mayText(t):
			return out
		case submatch:
			m = c.re.FindAllStringSubmatchIndex(s, n)
		default:
			m = c.re.FindAllStringIndex(s, n)
		}
		if out == nil {
			return m
		}
		return append(out, m...)
	}
	if t.indexed && !c.atStart && !c.scan && !c.candidates(t) {
		return out // no candidate
	}
	if (c.scan || c.weak || c.atStart) && !c.mayText(t) {
		// No index, or starts that say little (any capital letter begins
		// a name): the literals every match contains say more.
		return out
	}
	g := gate{t: t}
	n0 := len(out)
	for from := 0; n < 0 || len(out)-n0 < n; {
		p := c.next(t, from)
		if p < 0 {
			break
		}
		loc := c.at(s, p, submatch, &g)
		if loc == nil {
			from = p + 1
			continue
		}
		out = append(out, loc)
		from = max(loc[1], p+1)
	}
	return out
}

func (c *cue) first(t *text, submatch bool) []int {
	var one [1][]int
	if m := c.appendAll(one[:0], t, 1, submatch); len(m) > 0 {
		return m[0]
	}
	return nil
}

func (c *cue) String() string { return c.re.String() }

// The methods below mirror regexp's. Those named for a string search any
// string; those named for a text search an indexed sentence (newText),
// which is much cheaper when many patterns search one sentence.

func (c *cue) MatchText(t *text) bool { return c.first(t, false) != nil }

func (c *cue) FindText(t *text) string {
	if loc := c.first(t, false); loc != nil {
		return t.s[loc[0]:loc[1]]
	}
	return ""
}

func (c *cue) FindTextIndex(t *text) []int { return c.first(t, false) }

func (c *cue) FindTextSubmatchIndex(t *text) []int { return c.first(t, true) }

func (c *cue) FindTextSubmatch(t *text) []string { return submatches(t.s, c.first(t, true)) }

func (c *cue) FindAllTextIndex(t *text, n int) [][]int { return c.all(t, n, false) }

func (c *cue) FindAllTextSubmatchIndex(t *text, n int) [][]int { return c.all(t, n, true) }

func (c *cue) FindAllTextSubmatch(t *text, n int) [][]string {
	var out [][]string
	for _, loc := range c.all(t, n, true) {
		out = append(out, submatches(t.s, loc))
	}
	return out
}

func (c *cue) MatchString(s string) bool { return c.MatchText(plain(s)) }

func (c *cue) FindString(s string) string { return c.FindText(plain(s)) }

func (c *cue) FindStringIndex(s string) []int { return c.FindTextIndex(plain(s)) }

func (c *cue) FindStringSubmatch(s string) []string { return c.FindTextSubmatch(plain(s)) }

func (c *cue) FindStringSubmatchIndex(s string) []int { return c.first(plain(s), true) }

func (c *cue) FindAllStringIndex(s string, n int) [][]int { return c.all(plain(s), n, false) }

func (c *cue) FindAllStringSubmatch(s string, n int) [][]string {
	return c.FindAllTextSubmatch(plain(s), n)
}

func (c *cue) FindAllStringSubmatchIndex(s string, n int) [][]int { return c.all(plain(s), n, true) }

func submatches(s string, loc []int) []string {
	if loc == nil {
		return nil
	}
	out := make([]string, len(loc)/2)
	for i := range out {
		if loc[2*i] >= 0 {
			out[i] = s[loc[2*i]:loc[2*i+1]]
		}
	}
	return out
}

// startKeys returns the keys every match begins with, or nil when the
// pattern's beginnings are not known.
func startKeys(re *syntax.Regexp) *keySet {
	ps := prefixes([]*syntax.Regexp{re}, keyMode)
	if ps == nil {
		return nil
	}
	var keys keySet
	for _, p := range ps {
		if strings.ContainsAny(p, oddFolds) {
			continue // its ASCII twin is in the set; such texts take the slow path
		}
		if len(p) == 1 {
			for x := range 256 {
				keys.add(p[0], byte(x))
			}
			continue
		}
		keys.add(p[0], p[1])
	}
	return &keys
}

// freeKeys returns the keys of re's branches that do not open with \b, or
// nil when every branch does: a match of the others begins where a word
// begins or, when its first byte is not a word character, where one ends.
func freeKeys(re *syntax.Regexp, all *keySet) *keySet {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	branches := []*syntax.Regexp{re}
	if re.Op == syntax.OpAlternate {
		branches = re.Sub
	}
	var free []*syntax.Regexp
	for _, b := range branches {
		for b.Op == syntax.OpCapture {
			b = b.Sub[0]
		}
		if b.Op != syntax.OpConcat || b.Sub[0].Op != syntax.OpWordBoundary {
			free = append(free, b)
		}
	}
	switch len(free) {
	case 0:
		return nil
	case len(branches):
		return all
	}
	keys := startKeys(&syntax.Regexp{Op: syntax.OpAlternate, Sub: free, Flags: re.Flags})
	if keys == nil {
		return all
	}
	return keys
}

// beginsWord reports whether every match of re begins a word: each branch
// opens with \b and every key's first byte is a word character, so the
// byte before a match is not one.
func beginsWord(re *syntax.Regexp, keys *keySet) bool {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	branches := []*syntax.Regexp{re}
	if re.Op == syntax.OpAlternate {
		branches = re.Sub
	}
	for _, b := range branches {
		for b.Op == syntax.OpCapture {
			b = b.Sub[0]
		}
		if b.Op != syntax.OpConcat || b.Sub[0].Op != syntax.OpWordBoundary {
			return false
		}
	}
	for x := range 256 {
		if keys.first[x] && !isWordByte(byte(x)) {
			return false
		}
	}
	return true
}

// capsOf lists the group numbers in re in the order their groups open,
// which is how a pattern compiled from re numbers them.
func capsOf(re *syntax.Regexp, out []int) []int {
	if re.Op == syntax.OpCapture {
		out = append(out, re.Cap)
	}
	for _, sub := range re.Sub {
		out = capsOf(sub, out)
	}
	return out
}

// maxAlts bounds how many alternatives a pattern is split into.
const maxAlts = 400

// splitAlternatives fills c.alts when the pattern is a list of two or more
// alternatives.
func (c *cue) splitAlternatives(tree *syntax.Regexp) {
	branches := alternatives(tree, maxAlts)
	if len(branches) < 2 && plainPhrase(tree) == nil {
		return // one program, no faster way: the whole pattern runs
	}
	c.alts = make([]alt, len(branches))
	for i, b := range branches {
		a := &c.alts[i]
		a.progs = sync.OnceValues(func() (*regexp.Regexp, *regexp.Regexp) {
			pat := b.String() // half the cost of a split, for the few that ever run
			return regexp.MustCompile(`^(?:` + pat + `)`), regexp.MustCompile(`^(?s:.)(?:` + pat + `)`)
		})
		check := checks(b)
		a.plain = plainPhrase(b)
		a.lead = leadOf(b)
		a.caps = capsOf(b, nil)
		a.lits = c.altCondition(b, a, check)
		if check == nil {
			c.altsBy.always = append(c.altsBy.always, uint16(i))
		} else {
			for _, ps := range check.lists {
				for _, p := range ps {
					c.altsBy.insert(p, i)
				}
			}
		}
	}
}

// altCondition returns the index in c.altLits of the literal condition of
// alternative b, adding it, or -1 when it is not worth a look: b is a plain
// phrase (compared without regexp), has no condition, or its condition is
// one of its own prefixes (check), which every candidate has already
// passed.
func (c *cue) altCondition(b *syntax.Regexp, a *alt, check *prefixCheck) int {
	if a.plain != nil {
		return -1
	}
	lits := foldLits(analyze(b).cond())
	if lits == nil || check != nil && slices.ContainsFunc(check.lists, func(ps []string) bool {
		return slices.ContainsFunc(ps, func(p string) bool {
			return slices.ContainsFunc(lits, func(l string) bool { return strings.HasPrefix(p, l) })
		})
	}) {
		return -1
	}
	for i, o := range c.altLits {
		if slices.Equal(o, lits) {
			return i
		}
	}
	if len(c.altLits) == wholeGate {
		return -1 // the gate has no bit left for it
	}
	c.altLits = append(c.altLits, lits)
	return len(c.altLits) - 1
}

// alternatives writes re as a list of alternatives that, tried in order,
// match what re matches, as Perl's leftmost-first rule tries them:
// A|B gives A's then B's; X(A|B)Y gives XAY, XBY when X matches in one way
// only (literals, single characters, assertions); X? is (X|). Groups are
// dropped: the alternatives only find where a match ends. It returns
// [re] when re has no such list or the list would exceed limit.
func alternatives(re *syntax.Regexp, limit int) []*syntax.Regexp {
	switch re.Op {
	case syntax.OpCapture:
		// The group goes around each alternative, so that an alternative
		// still reports where its part of the group matched.
		split := alternatives(re.Sub[0], limit)
		if len(split) == 1 {
			return []*syntax.Regexp{re}
		}
		out := make([]*syntax.Regexp, len(split))
		for i, a := range split {
			out[i] = &syntax.Regexp{Op: syntax.OpCapture, Cap: re.Cap, Name: re.Name, Sub: []*syntax.Regexp{a}}
		}
		return out
	case syntax.OpAlternate:
		var out []*syntax.Regexp
		for _, sub := range re.Sub {
			out = append(out, alternatives(sub, limit)...)
			if len(out) > limit {
				return []*syntax.Regexp{re}
			}
		}
		return out
	case syntax.OpQuest:
		empty := &syntax.Regexp{Op: syntax.OpEmptyMatch}
		if re.Flags&syntax.NonGreedy != 0 {
			return append([]*syntax.Regexp{empty}, alternatives(re.Sub[0], limit)...)
		}
		return append(alternatives(re.Sub[0], limit), empty)
	case syntax.OpConcat:
		seqs := concatAlternatives(re.Sub, limit, map[int][][]*syntax.Regexp{})
		if len(seqs) > limit || len(seqs) < 2 {
			return []*syntax.Regexp{re}
		}
		out := make([]*syntax.Regexp, len(seqs))
		for i, seq := range seqs {
			out[i] = &syntax.Regexp{Op: syntax.OpConcat, Sub: seq}
		}
		return out
	}
	return []*syntax.Regexp{re}
}

// concatAlternatives writes the concatenation seq as alternative
// sequences: X(A|B)Y gives XAY, XBY while what comes before the split
// matches in one way. Results for each suffix of seq are kept in memo, so
// nested lists cost their size, not the product of their tries.
func concatAlternatives(seq []*syntax.Regexp, limit int, memo map[int][][]*syntax.Regexp) [][]*syntax.Regexp {
	if len(seq) == 0 {
		return [][]*syntax.Regexp{nil}
	}
	if got, ok := memo[len(seq)]; ok {
		return got
	}
	x, rest := seq[0], seq[1:]
	var out [][]*syntax.Regexp
	join := func(head []*syntax.Regexp, tails [][]*syntax.Regexp) {
		for _, t := range tails {
			out = append(out, append(slices.Clone(head), t...))
		}
	}
	whole := [][]*syntax.Regexp{rest}
	split := alternatives(x, limit)
	for _, a := range split {
		parts := []*syntax.Regexp{a}
		if a.Op == syntax.OpConcat {
			parts = a.Sub
		}
		if len(out) > limit {
			break
		}
		if oneWaySeq(append(slices.Clone(parts), rest...), len(parts)) {
			join(parts, concatAlternatives(rest, limit, memo))
		} else {
			join([]*syntax.Regexp{a}, whole)
		}
	}
	memo[len(seq)] = out
	return out
}

// oneWaySeq reports whether the first n pieces of seq each match in one
// way, given what follows them.
func oneWaySeq(seq []*syntax.Regexp, n int) bool {
	for i := range n {
		if !oneWay(seq[i]) && !greedyRunBefore(seq[i], seq[i+1:]) {
			return false
		}
	}
	return true
}

// greedyRunBefore reports whether x is a greedy run of one class of
// characters ("\s+", "\w*") that the next piece of rest cannot begin with:
// then x takes all it can in every match, so it too matches in one way.
func greedyRunBefore(x *syntax.Regexp, rest []*syntax.Regexp) bool {
	switch x.Op {
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
	default:
		return false
	}
	if x.Flags&syntax.NonGreedy != 0 || len(rest) == 0 {
		return false
	}
	run, ok := firstChars(x.Sub[0])
	if !ok {
		return false
	}
	next, ok := firstChars(rest[0])
	if !ok {
		return false
	}
	if run.other && next.other {
		return false
	}
	for b := range utf8.RuneSelf {
		if run.ascii[b] && next.ascii[b] {
			return false
		}
	}
	return true
}

// chars is a set of characters: ASCII ones exactly, any other as one flag.
type chars struct {
	ascii [utf8.RuneSelf]bool
	other bool
}

// add adds o's characters to c.
func (c *chars) add(o chars) {
	for b := range utf8.RuneSelf {
		c.ascii[b] = c.ascii[b] || o.ascii[b]
	}
	c.other = c.other || o.other
}

// firstChars returns the characters a match of re can begin with; false
// when re can match the empty string or its beginnings are not known.
func firstChars(re *syntax.Regexp) (chars, bool) {
	var c chars
	add := func(lo, hi rune, fold bool) {
		for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
			c.ascii[r] = true
			if fold && unicode.IsLetter(r) {
				c.ascii[unicode.ToUpper(r)] = true
				c.ascii[unicode.ToLower(r)] = true
			}
		}
		if hi >= utf8.RuneSelf {
			c.other = true
		}
	}
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return c, false
		}
		r := re.Rune[0]
		add(r, r, re.Flags&syntax.FoldCase != 0)
		if re.Flags&syntax.FoldCase != 0 && r < utf8.RuneSelf && strings.ContainsRune("ksKS", r) {
			c.other = true // the Kelvin sign, the long s
		}
		return c, true
	case syntax.OpCharClass:
		for i := 0; i < len(re.Rune); i += 2 {
			add(re.Rune[i], re.Rune[i+1], false)
		}
		return c, true
	case syntax.OpCapture, syntax.OpPlus:
		return firstChars(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min < 1 {
			return c, false
		}
		return firstChars(re.Sub[0])
	case syntax.OpConcat:
		if len(re.Sub) == 0 {
			return c, false
		}
		return firstChars(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			f, ok := firstChars(sub)
			if !ok {
				return c, false
			}
			c.add(f)
		}
		return c, true
	}
	return c, false
}

// A piece of a plain phrase: a word boundary, a literal, or a run of
// characters from an ASCII class.
type piece struct {
	boundary bool
	lit      string // lower-cased when fold
	fold     bool
	class    *[256]bool // the bytes a run takes; nil for a literal or a boundary
	runClass *runClass  // in a lead, the characters a run takes, in place of class
	min, max int        // how many bytes the run takes; max < 0: no limit
}

// plainPhrase returns the pieces of re when it is a phrase that matches in
// one way only, so that a byte-by-byte comparison finds what regexp finds:
// literals, word boundaries, and runs of an ASCII class, each run followed
// by a piece that cannot begin with a byte the run takes (so a greedy run
// never has to give one back). Most lexicon entries are such phrases
// ("could", "fingers\s+crossed", "\bannounc\w*", "purple[\s-]+hearts").
func plainPhrase(re *syntax.Regexp) []piece {
	var out []piece
	for _, x := range flatten(re, nil) {
		switch x.Op {
		case syntax.OpEmptyMatch:
		case syntax.OpWordBoundary:
			out = append(out, piece{boundary: true})
		case syntax.OpLiteral:
			fold := x.Flags&syntax.FoldCase != 0
			for _, r := range x.Rune {
				if r >= utf8.RuneSelf && (fold && unicode.SimpleFold(r) != r || r == utf8.RuneError) {
					return nil // its cases are other bytes
				}
			}
			lit := string(x.Rune)
			if fold {
				lit = strings.ToLower(lit)
			}
			out = append(out, piece{lit: lit, fold: fold})
		case syntax.OpCharClass, syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat:
			pc := piece{min: 1, max: 1}
			cls := x
			switch x.Op {
			case syntax.OpStar:
				pc.min, pc.max, cls = 0, -1, x.Sub[0]
			case syntax.OpPlus:
				pc.min, pc.max, cls = 1, -1, x.Sub[0]
			case syntax.OpQuest:
				pc.min, pc.max, cls = 0, 1, x.Sub[0]
			case syntax.OpRepeat:
				pc.min, pc.max, cls = x.Min, x.Max, x.Sub[0]
			}
			if x.Flags&syntax.NonGreedy != 0 || cls.Op != syntax.OpCharClass {
				return nil
			}
			if pc.class = asciiClass(cls.Rune); pc.class == nil {
				return nil
			}
			out = append(out, pc)
		default:
			return nil
		}
	}
	// A run that could stop short must be followed by a piece that cannot
	// begin with what the run takes.
	for i, pc := range out {
		if pc.class == nil || pc.min == pc.max || i+1 == len(out) {
			continue
		}
		next := out[i+1]
		switch {
		case next.boundary:
			words, others := false, false
			for b := range 256 {
				if pc.class[b] {
					words = words || isWordByte(byte(b))
					others = others || !isWordByte(byte(b))
				}
			}
			if words && others {
				return nil
			}
		case next.class != nil:
			if next.min == 0 {
				return nil
			}
			for b := range 256 {
				if pc.class[b] && next.class[b] {
					return nil
				}
			}
		default:
			b := next.lit[0]
			if pc.class[b] || next.fold && (pc.class[b&^0x20] || pc.class[b|0x20]) {
				return nil
			}
		}
	}
	return out
}

// flatten lists the pieces of a concatenation, without groups.
func flatten(re *syntax.Regexp, out []*syntax.Regexp) []*syntax.Regexp {
	switch re.Op {
	case syntax.OpCapture:
		return flatten(re.Sub[0], out)
	case syntax.OpConcat:
		for _, x := range re.Sub {
			out = flatten(x, out)
		}
		return out
	}
	return append(out, re)
}

// asciiClass returns the bytes of a character class made of ASCII
// characters, or nil. The two odd folds are left out: a text holding them
// never reaches a plain phrase.
func asciiClass(ranges []rune) *[256]bool {
	var set [256]bool
	for i := 0; i < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		if hi >= utf8.RuneSelf {
			if lo == hi && strings.ContainsRune(oddFolds, lo) {
				continue
			}
			return nil
		}
		for r := lo; r <= hi; r++ {
			set[r] = true
		}
	}
	return &set
}

// matchPlain matches a plain phrase at position p of s and returns where
// the match ends, or -1.
func matchPlain(ps []piece, s string, p int) int {
	for _, pc := range ps {
		switch {
		case pc.boundary:
			before := p > 0 && isWordByte(s[p-1])
			after := p < len(s) && isWordByte(s[p])
			if before == after {
				return -1
			}
		case pc.class != nil:
			n := 0
			for p < len(s) && pc.class[s[p]] && (pc.max < 0 || n < pc.max) {
				p++
				n++
			}
			if n < pc.min {
				return -1
			}
		case pc.fold:
			if !hasPrefixFold(s[p:], pc.lit) {
				return -1
			}
			p += len(pc.lit)
		default:
			if !strings.HasPrefix(s[p:], pc.lit) {
				return -1
			}
			p += len(pc.lit)
		}
	}
	return p
}

// oneWay reports whether re can match in at most one way at a position:
// then X(A|B) tries A and B in the same order as XA|XB.
func oneWay(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpLiteral, syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL,
		syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpEmptyMatch:
		return true
	case syntax.OpCapture:
		return oneWay(re.Sub[0])
	}
	return false
}

// beginsText reports whether every match of re begins at the start of
// the text: each branch opens with ^.
func beginsText(re *syntax.Regexp) bool {
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpConcat:
		return beginsText(re.Sub[0])
	case syntax.OpAlternate:
		for _, b := range re.Sub {
			if !beginsText(b) {
				return false
			}
		}
		return true
	}
	return false
}

// isWordByte is \b's idea of a word character: ASCII only, as in Go.
func isWordByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// A mode says how prefixes are written: as the text has them, in every
// case (?i) allows, or lower-cased; and cut to how many characters.
type mode struct {
	lower  bool
	spaces bool // write every \s character as one zero byte
	n      int
}

var (
	keyMode   = mode{lower: false, n: 2}              // the bytes next() looks up
	checkMode = mode{lower: true, spaces: true, n: 8} // the prefixes a candidate must have
)

// prefixes returns a set of strings, cut to m.n characters, one of which
// begins every match of the concatenation seq; nil when none is known.
func prefixes(seq []*syntax.Regexp, m mode) []string {
	run := []string{""}
	for i, f := range seq {
		if h := heads(f, m); h != nil && len(run)*len(h) <= maxExact {
			run = m.cut(cross(run, h))
			continue
		}
		var ps []string
		rest := seq[i+1:]
		switch f.Op {
		case syntax.OpQuest, syntax.OpStar:
			with := prefixes(append([]*syntax.Regexp{f.Sub[0]}, rest...), m)
			without := prefixes(rest, m)
			if with != nil && without != nil {
				ps = union(with, without)
			}
		case syntax.OpCharClass:
			ps = classChars(f, 64, m)
		case syntax.OpConcat:
			ps = prefixes(append(slices.Clone(f.Sub), seq[i+1:]...), m)
		case syntax.OpCapture:
			ps = prefixes(append([]*syntax.Regexp{f.Sub[0]}, seq[i+1:]...), m)
		case syntax.OpPlus:
			// x+ then the rest: one x and the rest, or at least two x.
			ps = prefixes(f.Sub[:1], m)
			if x := classOf(f.Sub[0], m); x != nil && m.n > 2 {
				if r := prefixes(rest, m); r != nil {
					ps = cross(x, union(r, x))
				}
			}
		case syntax.OpRepeat:
			if f.Min > 0 {
				ps = prefixes(f.Sub[:1], m)
			}
		case syntax.OpAlternate:
			for _, sub := range f.Sub {
				p := prefixes(append([]*syntax.Regexp{sub}, seq[i+1:]...), m)
				if p == nil {
					ps = nil
					break
				}
				ps = union(ps, p)
			}
		}
		if ps == nil || len(run)*len(ps) > 4*maxExact {
			if slices.Contains(run, "") {
				return nil
			}
			return run // what is known so far still begins every match
		}
		return m.cut(cross(run, ps))
	}
	if slices.Contains(run, "") {
		return nil
	}
	return run
}

// litInfo is what the analysis knows about the strings a node matches.
type litInfo struct {
	exact []string // every string the node can match, when there are few
	any   []string // one of these is in every match; nil: none known
}

// maxExact bounds the sets the analysis multiplies out.
const maxExact = 64

// cond is the node's condition: a set one of whose members every match
// contains, or nil. A set holding "" says nothing.
func (l litInfo) cond() []string {
	set := l.any
	if l.exact != nil {
		set = l.exact
	}
	if slices.Contains(set, "") {
		return nil
	}
	return set
}

// analyze walks a simplified syntax tree (the idea of the trigram
// prefilter in Russ Cox's "Regular Expression Matching with a Trigram
// Index", kept to whole literals).
func analyze(re *syntax.Regexp) litInfo {
	switch re.Op {
	case syntax.OpLiteral:
		return litInfo{exact: []string{strings.ToLower(string(re.Rune))}}
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return litInfo{exact: []string{""}}
	case syntax.OpCharClass:
		if set := classChars(re, 8, mode{lower: true}); set != nil {
			return litInfo{exact: set}
		}
		return litInfo{}
	case syntax.OpCapture:
		return analyze(re.Sub[0])
	case syntax.OpQuest:
		if s := analyze(re.Sub[0]); s.exact != nil {
			return litInfo{exact: union(s.exact, []string{""})}
		}
		return litInfo{}
	case syntax.OpPlus:
		return litInfo{any: analyze(re.Sub[0]).cond()}
	case syntax.OpRepeat:
		if re.Min == 0 {
			return litInfo{}
		}
		if re.Min == 1 && re.Max == 1 {
			return analyze(re.Sub[0])
		}
		return litInfo{any: analyze(re.Sub[0]).cond()}
	case syntax.OpAlternate:
		var exact, any []string
		allExact, allCond := true, true
		for _, sub := range re.Sub {
			s := analyze(sub)
			if s.exact == nil {
				allExact = false
			} else if allExact {
				exact = union(exact, s.exact)
			}
			if c := s.cond(); c == nil {
				allCond = false
			} else {
				any = union(any, c)
			}
		}
		if allExact && len(exact) <= maxExact {
			return litInfo{exact: exact}
		}
		if !allCond {
			return litInfo{}
		}
		return litInfo{any: any}
	case syntax.OpConcat:
		run := []string{""} // the exact strings of the current run of factors
		var best []string
		allExact := true
		for _, sub := range re.Sub {
			s := analyze(sub)
			if s.exact != nil {
				if len(run)*len(s.exact) <= maxExact {
					run = cross(run, s.exact)
					continue
				}
				allExact = false
				best = better(best, run)
				run = s.exact
				continue
			}
			allExact = false
			if x := plusExact(sub); x != nil {
				// x+ ends with one x, which begins what follows.
				if len(run)*len(x) <= maxExact {
					best = better(best, cross(run, x))
				}
				best = better(best, run)
				run = x
				continue
			}
			best = better(best, run)
			best = better(best, s.any)
			run = []string{""}
		}
		if allExact {
			return litInfo{exact: run}
		}
		return litInfo{any: better(best, run)}
	}
	// OpStar, OpAnyChar, OpAnyCharNotNL, OpNoMatch: no literal is certain.
	return litInfo{}
}

// heads returns the first m.n characters of every string re matches,
// written as m says, when there are few; nil otherwise.
func heads(re *syntax.Regexp, m mode) []string {
	switch re.Op {
	case syntax.OpLiteral:
		set := []string{""}
		for _, r := range re.Rune[:min(m.n, len(re.Rune))] {
			cases := []string{string(r)}
			if m.lower {
				cases[0] = strings.ToLower(cases[0])
			} else if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					cases = append(cases, string(f))
				}
			}
			set = cross(set, cases)
		}
		return set
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []string{""}
	case syntax.OpCharClass:
		return classChars(re, 8, m)
	case syntax.OpCapture:
		return heads(re.Sub[0], m)
	case syntax.OpQuest:
		if h := heads(re.Sub[0], m); h != nil {
			return union(h, []string{""})
		}
	case syntax.OpRepeat:
		if re.Min == 1 && re.Max == 1 {
			return heads(re.Sub[0], m)
		}
	case syntax.OpAlternate:
		var set []string
		for _, sub := range re.Sub {
			h := heads(sub, m)
			if h == nil {
				return nil
			}
			set = union(set, h)
		}
		if len(set) <= maxExact {
			return set
		}
	case syntax.OpConcat:
		set := []string{""}
		for _, sub := range re.Sub {
			h := heads(sub, m)
			if h == nil || len(set)*len(h) > maxExact {
				return nil
			}
			set = m.cut(cross(set, h))
		}
		return set
	}
	return nil
}

// cut cuts every string of a set to its first m.n characters.
func (m mode) cut(set []string) []string {
	var out []string
	for _, s := range set {
		w, n := 0, 0
		for w < len(s) && n < m.n {
			_, size := utf8.DecodeRuneInString(s[w:])
			w += size
			n++
		}
		out = union(out, []string{s[:w]})
	}
	return out
}

// classOf returns the characters of a one-character node (a class or a
// single letter), written as m says, or nil.
func classOf(re *syntax.Regexp, m mode) []string {
	switch {
	case re.Op == syntax.OpCharClass:
		return classChars(re, 64, m)
	case re.Op == syntax.OpLiteral && len(re.Rune) == 1:
		return heads(re, m)
	}
	return nil
}

// classChars returns the characters of a class, written as m says, or nil
// when it holds more than limit.
func classChars(re *syntax.Regexp, limit int, m mode) []string {
	var set []string
	for i := 0; i+1 < len(re.Rune); i += 2 {
		lo, hi := re.Rune[i], re.Rune[i+1]
		if int(hi-lo) >= limit {
			return nil
		}
		for r := lo; r <= hi; r++ {
			c := string(r)
			if m.lower {
				c = strings.ToLower(c)
			}
			if m.spaces {
				if strings.ContainsRune(space, r) {
					c = "\x00" // any space: see hasPrefixFold
				}
			}
			set = union(set, []string{c})
		}
	}
	if len(set) == 0 || len(set) > limit {
		return nil
	}
	return set
}

// plusExact returns the exact strings of x when re is x+, or nil.
func plusExact(re *syntax.Regexp) []string {
	if re.Op != syntax.OpPlus {
		return nil
	}
	return analyze(re.Sub[0]).exact
}

// better returns the more selective of two conditions: the one whose
// shortest member is longer, then the smaller set.
func better(a, b []string) []string {
	if slices.Contains(b, "") || len(b) == 0 {
		return a
	}
	if slices.Contains(a, "") || len(a) == 0 {
		return b
	}
	ma, mb := shortest(a), shortest(b)
	if mb > ma || mb == ma && len(b) < len(a) {
		return b
	}
	return a
}

func shortest(set []string) int {
	n := len(set[0])
	for _, s := range set[1:] {
		n = min(n, len(s))
	}
	return n
}

func cross(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	seen := make(map[string]bool, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			if xy := x + y; !seen[xy] {
				seen[xy] = true
				out = append(out, xy)
			}
		}
	}
	return out
}

func union(a, b []string) []string {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	return a
}
