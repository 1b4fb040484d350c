package extract

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// A text is a sentence indexed once for every cue. Dozens of patterns
// search each sentence; scanning it once and listing, for each pattern,
// the positions where one of its matches can begin (by the first two
// bytes there, whether a word begins there, and the pattern's prefixes)
// spares each pattern its own scan: most have no candidate in a sentence,
// and the others visit only their own.
type text struct {
	s       string
	odd     bool    // holds a rune (?i) folds oddly: the patterns run unaided
	indexed bool    // cands lists every candidate; else next scans s
	hit     cueSet  // the cues with a candidate
	off     []int32 // the k-th cue in hit has its candidates at cands[off[k]:off[k+1]]
	cands   []int32 // positions, in order within each cue's run
	conds   condSet // the literal conditions it meets (when indexed)
}

// cueSet is a set of cues by id.
type cueSet [2]uint64

const maxCues = len(cueSet{}) * 64

func (s *cueSet) add(id int)      { s[id>>6] |= 1 << (id & 63) }
func (s *cueSet) or(o *cueSet)    { s[0] |= o[0]; s[1] |= o[1] }
func (s *cueSet) and(o *cueSet)   { s[0] &= o[0]; s[1] &= o[1] }
func (s *cueSet) empty() bool     { return s[0]|s[1] == 0 }
func (s *cueSet) has(id int) bool { return s[id>>6]&(1<<(id&63)) != 0 }
func (s *cueSet) count() int      { return bits.OnesCount64(s[0]) + bits.OnesCount64(s[1]) }

// rank returns how many members of s are below id.
func (s *cueSet) rank(id int) int {
	below := bits.OnesCount64(s[0] & (1<<(id&63) - 1))
	if id >= 64 {
		below = bits.OnesCount64(s[0]) + bits.OnesCount64(s[1]&(1<<(id&63)-1))
	}
	return below
}

// startTable says, for two bytes, which patterns' matches can begin with
// them anywhere (anyPos) and which only where a word begins (wordPos);
// prefixes finds, from a position, the patterns whose prefixes (cue.check)
// begin there, and unchecked holds the patterns that have none.
type startTable struct {
	// sets[pairs[first[a]*width+second[b]]] holds the sets for bytes a,
	// b: the bytes fall in a few dozen classes that no pattern tells
	// apart, and a table of classes stays in the cache where one of all
	// byte pairs (2 MB) did not. The pairs of classes share a few hundred
	// distinct sets, so the table holds their numbers (2 bytes, not 32:
	// it is read at every byte of every sentence); sets[0] is empty.
	first, second [256]uint16
	width         int
	pairs         []uint16
	sets          []startPair
	prefixes      prefixTrie
	unchecked     cueSet
	lits          *litAutomaton
	// A sentence without a pattern's literal condition holds no match of
	// it, so the index lists no candidate for it there: free holds the
	// patterns with no numbered condition, byCond[i] those whose condition
	// is number i.
	free   cueSet
	byCond [maxConds]cueSet
}

// starts is built from every cue on first use, after the package's
// patterns are compiled.
var starts = sync.OnceValue(func() *startTable {
	if len(cues) > maxCues {
		panic("extract: more patterns than a cueSet holds; widen cueSet")
	}
	t := &startTable{prefixes: prefixTrie{sets: make([]cueSet, 1)}, lits: numberConds()}
	all := make([]startPair, 1<<16)
	for _, c := range cues {
		if c.anchored == nil || c.atStart || c.scan {
			continue // searched without starts, only at position 0, or scanned
		}
		if c.cond >= 0 {
			t.byCond[c.cond].add(c.id)
		} else {
			t.free.add(c.id)
		}
		for k := range all {
			a, b := byte(k>>8), byte(k)
			switch {
			case !c.starts.has(a, b):
			case c.free != nil && c.free.has(a, b):
				all[k].any.add(c.id)
			case isWordByte(a):
				all[k].word.add(c.id)
			default:
				all[k].end.add(c.id)
			}
		}
		if c.check == nil {
			t.unchecked.add(c.id)
			continue
		}
		for _, ps := range c.check.lists {
			for _, p := range ps {
				t.prefixes.insert(p, c.id)
			}
		}
	}
	t.prefixes.densify()
	t.classify(all)
	return t
})

// startPair is what a pair of bytes tells: the patterns whose matches can
// begin with them anywhere, those that can where a word begins, and those
// that can where one ends (a \b, then a byte that is no word character).
type startPair struct{ any, word, end cueSet }

// classify numbers the first bytes by their rows of all (equal rows, one
// class) and the second bytes by their columns, and keeps one entry per
// pair of classes.
func (t *startTable) classify(all []startPair) {
	rows := map[[256]startPair]uint16{}
	var firsts [][256]startPair
	for a := range 256 {
		var row [256]startPair
		copy(row[:], all[a<<8:(a+1)<<8])
		n, ok := rows[row]
		if !ok {
			n = uint16(len(firsts))
			rows[row] = n
			firsts = append(firsts, row)
		}
		t.first[a] = n
	}
	cols := map[string]uint16{}
	var seconds [][]startPair
	for b := range 256 {
		col := make([]startPair, len(firsts))
		key := make([]byte, 0, 48*len(firsts))
		for i, row := range firsts {
			col[i] = row[b]
			for _, w := range [...]uint64{row[b].any[0], row[b].any[1], row[b].word[0], row[b].word[1], row[b].end[0], row[b].end[1]} {
				key = binary.LittleEndian.AppendUint64(key, w)
			}
		}
		n, ok := cols[string(key)]
		if !ok {
			n = uint16(len(seconds))
			cols[string(key)] = n
			seconds = append(seconds, col)
		}
		t.second[b] = n
	}
	t.width = len(seconds)
	t.pairs = make([]uint16, len(firsts)*t.width)
	t.sets = []startPair{{}}
	number := map[startPair]uint16{{}: 0}
	for j, col := range seconds {
		for i := range firsts {
			n, ok := number[col[i]]
			if !ok {
				n = uint16(len(t.sets))
				number[col[i]] = n
				t.sets = append(t.sets, col[i])
			}
			t.pairs[i*t.width+j] = n
		}
	}
	if len(t.sets) > 1<<16 {
		panic("extract: too many distinct start sets for the table")
	}
}

// A prefixTrie holds lower-cased prefixes, written as cue.check writes
// them (a zero byte stands for any \s character), with the cues each
// belongs to.
type prefixTrie struct {
	sets []cueSet // by node, each with its ancestors'; node 0 is the root
	kids edges    // while it is built
	// Then, for the walk: the bytes no prefix has share class 0, and
	// class takes b as the text has it (see foldClasses). Most nodes have
	// one child or none: step[n] names it and its class. A node with more
	// has a row of rows, rows[step[n].row*width + class[b]] (0: none).
	// A table of every node's row was 500 KB, read at nearly every
	// position of every sentence, where this is 30 KB and its rows 50.
	class [256]uint8
	width int
	step  []trieStep
	rows  []uint16
}

// A trieStep is where a walk goes from a node: to kid, when the next
// byte's class is cls; or, when row is not 0, to what that row holds.
type trieStep struct {
	row uint16
	cls uint8
	kid uint16
}

// densify writes the trie's edges as a table, which a walk reads without
// hashing.
func (tr *prefixTrie) densify() {
	for _, k := range tr.kids.keys {
		if k != 0 && tr.class[byte(k-1)] == 0 {
			tr.width++
			tr.class[byte(k-1)] = uint8(tr.width)
		}
	}
	tr.width++
	if len(tr.sets) > 1<<16 {
		panic("extract: too many prefix bytes for the trie's table")
	}
	parent := make([]int32, len(tr.sets))
	children := make([]int, len(tr.sets))
	for i, k := range tr.kids.keys {
		if k != 0 {
			node := (k - 1) >> 8
			parent[tr.kids.nodes[i]] = int32(node)
			children[node]++
		}
	}
	tr.step = make([]trieStep, len(tr.sets))
	tr.rows = make([]uint16, tr.width) // row 0 stands for none
	for n, c := range children {
		if c > 1 {
			tr.step[n].row = uint16(len(tr.rows) / tr.width)
			tr.rows = append(tr.rows, make([]uint16, tr.width)...)
		}
	}
	if len(tr.rows)/tr.width > 1<<16 {
		panic("extract: too many branching prefixes for the trie's table")
	}
	for i, k := range tr.kids.keys {
		if k != 0 {
			node, cls, kid := (k-1)>>8, tr.class[byte(k-1)], uint16(tr.kids.nodes[i])
			if st := &tr.step[node]; st.row != 0 {
				tr.rows[int(st.row)*tr.width+int(cls)] = kid
			} else {
				st.cls, st.kid = cls, kid
			}
		}
	}
	tr.kids = edges{}
	tr.class = foldClasses(&tr.class)
	// A node's set takes in its ancestors' (a parent is made before its
	// children, so it has the lower number): a walk reads only the last.
	for n := 1; n < len(tr.sets); n++ {
		tr.sets[n].or(&tr.sets[parent[n]])
	}
}

func (tr *prefixTrie) insert(p string, id int) {
	n := tr.kids.path(p, func() int32 {
		tr.sets = append(tr.sets, cueSet{})
		return int32(len(tr.sets) - 1)
	})
	tr.sets[n].add(id)
}

// path follows p (folded as foldSpace does) from the root, node 0, adding
// the nodes it lacks (numbered by grow), and returns the node it ends at.
func (e *edges) path(p string, grow func() int32) int32 {
	n := int32(0)
	for i := 0; i < len(p); i++ {
		b := foldSpace(p[i])
		next, ok := e.get(n, b)
		if !ok {
			next = grow()
			e.put(n, b, next)
		}
		n = next
	}
	return n
}

// edges maps (node, byte) to a child node: an open-addressing table, as
// the walk looks one up at nearly every position of every sentence and a
// Go map costs several times more.
type edges struct {
	keys  []uint32 // node<<8 | byte, plus one; 0 is an empty slot
	nodes []int32
	n     int
}

func (e *edges) slot(k uint32) int {
	mask := len(e.keys) - 1
	i := int(k*0x9E3779B1>>7) & mask
	for e.keys[i] != 0 && e.keys[i] != k {
		i = (i + 1) & mask
	}
	return i
}

func (e *edges) get(node int32, b byte) (int32, bool) {
	if e.keys == nil {
		return 0, false
	}
	i := e.slot(uint32(node)<<8 | uint32(b) + 1)
	return e.nodes[i], e.keys[i] != 0
}

func (e *edges) put(node int32, b byte, child int32) {
	if 2*(e.n+1) > len(e.keys) { // keep it at most half full
		old := *e
		*e = edges{keys: make([]uint32, max(64, 2*len(old.keys))), nodes: make([]int32, max(64, 2*len(old.keys)))}
		for i, k := range old.keys {
			if k != 0 {
				j := e.slot(k)
				e.keys[j], e.nodes[j] = k, old.nodes[i]
				e.n++
			}
		}
	}
	k := uint32(node)<<8 | uint32(b) + 1
	i := e.slot(k)
	if e.keys[i] == 0 {
		e.n++
	}
	e.keys[i], e.nodes[i] = k, child
}

// at adds to out the cues one of whose prefixes begins s, in any case.
// A space in a prefix, written or \s, matches any \s character: a little
// looser than hasPrefixFold, which is all a shortlist needs.
func (tr *prefixTrie) at(s string, out *cueSet) {
	n := 0
	for i := 0; i < len(s); i++ {
		st, cls := tr.step[n], tr.class[s[i]]
		var next uint16
		if st.row != 0 {
			next = tr.rows[int(st.row)*tr.width+int(cls)]
		} else if st.cls == cls {
			next = st.kid
		}
		if next == 0 {
			break
		}
		n = int(next)
	}
	out.or(&tr.sets[n])
}

// foldClasses returns the classes of folded bytes as classes of bytes as
// a text has them: class[foldSpace(b)] for each b, so that a scan looks
// each byte up once. (A folded byte keeps its class: foldSpace does not
// change it again.)
func foldClasses(class *[256]uint8) (out [256]uint8) {
	for b := range 256 {
		out[b] = class[foldSpace(byte(b))]
	}
	return out
}

// foldSpace lower-cases an ASCII letter and writes a space as 0.
func foldSpace(b byte) byte { return spaceFolds[b] }

var spaceFolds = func() (t [256]byte) {
	for b := range 256 {
		t[b] = lowerByte(byte(b))
		if strings.IndexByte(space, byte(b)) >= 0 {
			t[b] = 0
		}
	}
	return t
}()

// plain wraps a string that is searched once or twice: not worth an index.
// It is small enough to inline, so that the text of a MatchString call
// stays on the caller's stack instead of costing an allocation.
func plain(s string) *text { return &text{s: s, odd: plainOdd(s)} }

// plainOdd is oddFold, after the patterns' conditions are numbered (which
// searches read).
func plainOdd(s string) bool {
	starts()
	return oddFold(s)
}

// newText indexes a sentence for the patterns.
func newText(s string) *text {
	t := new(text)
	t.index(s)
	return t
}

// index sets t to sentence s, indexed for the patterns. (An article's
// texts are made in one slice, not one allocation each.)
func (t *text) index(s string) {
	*t = text{s: s, odd: oddFold(s)}
	if t.odd {
		return
	}
	tab := starts()
	t.indexed = true
	t.conds = tab.lits.scan(s)
	allowed := tab.free
	for w, left := range t.conds {
		for ; left != 0; left &= left - 1 {
			allowed.or(&tab.byCond[w*64+bits.TrailingZeros64(left)])
		}
	}
	sc := scratches.Get().(*scratch)
	defer scratches.Put(sc)
	hits := sc.hits[:0]
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			continue // inside a character
		}
		var b byte // 0 stands for the end of the text
		if i+1 < len(s) {
			b = s[i+1]
		}
		k := tab.pairs[int(tab.first[s[i]])*tab.width+int(tab.second[b])]
		if k == 0 {
			continue // no pattern begins with these two bytes
		}
		pair := &tab.sets[k]
		set := pair.any
		if i == 0 || !isWordByte(s[i-1]) {
			set.or(&pair.word)
		} else {
			set.or(&pair.end)
		}
		if set.and(&allowed); set.empty() {
			continue
		}
		checked := tab.unchecked
		tab.prefixes.at(s[i:], &checked)
		set.and(&checked)
		t.hit.or(&set)
		for w, left := range set {
			for left != 0 {
				id := w*64 + bits.TrailingZeros64(left)
				left &= left - 1
				hits = append(hits, hit{int32(id), int32(i)})
			}
		}
	}
	// Counting sort by cue, numbered by rank in t.hit; positions stay in
	// order within each. The offsets and the positions share one
	// allocation, sized by the cues found, not by all of them.
	n := t.hit.count()
	buf := make([]int32, n+1+len(hits))
	t.off, t.cands = buf[:n+1], buf[n+1:]
	count := slices.Grow(sc.count[:0], n+1)[:n+1]
	clear(count)
	for _, h := range hits {
		count[t.hit.rank(int(h.cue))+1]++
	}
	for k := range n {
		count[k+1] += count[k]
	}
	copy(t.off, count)
	for _, h := range hits {
		r := t.hit.rank(int(h.cue))
		t.cands[count[r]] = h.pos
		count[r]++
	}
	sc.hits, sc.count = hits, count
}

// candsOf returns the candidates an indexed text holds for cue id.
func (t *text) candsOf(id int) []int32 {
	if !t.hit.has(id) {
		return nil
	}
	r := t.hit.rank(id)
	return t.cands[t.off[r]:t.off[r+1]]
}

// A hit is a candidate found while indexing: a cue and a position.
type hit struct {
	cue int32
	pos int32
}

// scratch holds newText's working slices between calls.
type scratch struct {
	hits  []hit
	count []int32
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}
