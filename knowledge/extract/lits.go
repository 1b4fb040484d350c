package extract

import (
	"runtime"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Literal conditions (a cue's lits, its alternatives' altLits) are asked of
// most sentences: "does it hold one of these words?". Asked one literal at
// a time, that is a search of the sentence for each; here all of them are
// found in one pass over the sentence (newText), by an Aho-Corasick
// automaton over the bytes as containsFold compares them (ASCII letters in
// lower case, every \s character as a zero byte), and each condition is a
// bit of the sentence's condSet.

// condSet is a set of literal conditions by number.
type condSet [10]uint64

const maxConds = len(condSet{}) * 64

func (s *condSet) add(i int)      { s[i>>6] |= 1 << (i & 63) }
func (s *condSet) has(i int) bool { return s[i>>6]&(1<<(i&63)) != 0 }
func (s *condSet) or(o *condSet) {
	for i := range s {
		s[i] |= o[i]
	}
}

// litAutomaton is a deterministic Aho-Corasick automaton: next[state*width
// + class[b]] is the state after byte b (class folds it: see foldClasses),
// with hasOut set when conditions end there: outs[out[state]] (-1: none).
// States are numbered breadth first, so the shallow ones a scan is in most
// of the time share a few cache lines; the flag spares a second lookup at
// every byte.
type litAutomaton struct {
	class [256]uint8
	width int
	next  []uint16
	out   []int32
	outs  []condSet
}

const hasOut = 1 << 15

// scan returns the conditions s meets.
func (a *litAutomaton) scan(s string) condSet {
	var met condSet
	class, next, width := &a.class, a.next, a.width // kept in registers
	st := 0
	for i := 0; i < len(s); i++ {
		v := next[st*width+int(class[s[i]])]
		st = int(v &^ hasOut)
		if v&hasOut != 0 {
			met.or(&a.outs[a.out[st]])
		}
	}
	return met
}

// numberConds gives every cue's literal conditions a number (cue.cond,
// cue.altConds), those the automaton can decide: a condition with an empty
// literal always holds, and one with a letter whose cases are other bytes
// is left to containsFold. It splits every pattern into its alternatives
// first, as their conditions are known only then. It returns the automaton.
func numberConds() *litAutomaton {
	var lists [][]string
	number := func(lits []string) int {
		if lits == nil || slices.ContainsFunc(lits, undecidable) {
			return -1
		}
		if len(lists) == maxConds {
			condsFull = true // the ones numbered last would be searched one literal at a time: widen condSet
			return -1
		}
		if i := slices.IndexFunc(lists, func(o []string) bool { return slices.Equal(o, lits) }); i >= 0 {
			return i
		}
		lists = append(lists, lits)
		return len(lists) - 1
	}
	// The splits are independent of each other and take most of the
	// time a first sentence waits for (about a second of CPU): they run
	// on every core.
	var wg sync.WaitGroup
	work := make(chan *cue)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for c := range work {
				c.split()
			}
		})
	}
	for _, c := range cues {
		if c.split != nil {
			work <- c
		}
	}
	close(work)
	wg.Wait()
	for _, c := range cues {
		// A pattern split into alternatives asks theirs when it runs; its
		// own condition is numbered too, for the index to turn away its
		// candidates in a sentence without it (startTable.byCond).
		c.cond = number(c.lits)
		c.altConds = make([]int, len(c.altLits))
		for k, lits := range c.altLits {
			c.altConds[k] = number(lits)
		}
	}
	relativeCond = number(relativeLits)
	return buildLits(lists)
}

// condsFull records that some condition found no number (see the test).
var condsFull bool

// relativeCond is relativeLits' number in a text's conds.
var relativeCond = -1

// holds reports whether t holds one of lits, whose number in an indexed
// text's conds is cond (-1: not numbered).
func (t *text) holds(cond int, lits []string) bool {
	if t.indexed && cond >= 0 {
		return t.conds.has(cond)
	}
	return mayContain(lits, t.s)
}

// undecidable reports a literal the automaton cannot look for as
// containsFold would: empty, or with a letter that has other cases.
func undecidable(lit string) bool {
	if lit == "" {
		return true
	}
	for i := 0; i < len(lit); {
		r, w := utf8.DecodeRuneInString(lit[i:])
		if r >= utf8.RuneSelf && unicode.SimpleFold(r) != r {
			return true
		}
		i += w
	}
	return false
}

// buildLits builds the automaton that finds the literals of lists[i] as
// condition i.
func buildLits(lists [][]string) *litAutomaton {
	a := &litAutomaton{}
	// Bytes that occur in no literal share class 0.
	for _, lits := range lists {
		for _, l := range lits {
			for i := 0; i < len(l); i++ {
				if a.class[l[i]] == 0 {
					a.width++
					a.class[l[i]] = uint8(a.width)
				}
			}
		}
	}
	a.width++
	// The trie of the literals.
	type node struct {
		kids []int32 // by class, -1: none
		fail int
		met  condSet
	}
	newNode := func() node { return node{kids: slices.Repeat([]int32{-1}, a.width)} }
	nodes := []node{newNode()}
	for i, lits := range lists {
		for _, l := range lits {
			n := 0
			for j := 0; j < len(l); j++ {
				c := a.class[l[j]]
				if nodes[n].kids[c] < 0 {
					nodes[n].kids[c] = int32(len(nodes))
					nodes = append(nodes, newNode())
				}
				n = int(nodes[n].kids[c])
			}
			nodes[n].met.add(i)
		}
	}
	if len(nodes) > 1<<16 {
		panic("extract: too many literal bytes for the automaton's states")
	}
	// Breadth first: each node's failure link, its inherited conditions,
	// and its missing transitions, taken from the failure link.
	a.next = make([]uint16, len(nodes)*a.width)
	queue := []int{0}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for c := range a.width {
			k := nodes[n].kids[c]
			switch {
			case k >= 0 && n == 0:
				nodes[k].fail = 0
				queue = append(queue, int(k))
			case k >= 0:
				f := int(a.next[nodes[n].fail*a.width+c])
				nodes[k].fail = f
				nodes[k].met.or(&nodes[f].met)
				queue = append(queue, int(k))
			case n == 0:
				k = 0
			default:
				k = int32(a.next[nodes[n].fail*a.width+c])
			}
			a.next[n*a.width+c] = uint16(k)
		}
	}
	if len(nodes) >= hasOut {
		panic("extract: too many literal bytes for the automaton's states")
	}
	// Renumber the states in the order visited (breadth first), and flag
	// each transition into a state where conditions end.
	order := make([]int, 0, len(nodes))
	seen := make([]bool, len(nodes))
	seen[0] = true
	for q := []int{0}; len(q) > 0; q = q[1:] {
		n := q[0]
		order = append(order, n)
		for _, k := range nodes[n].kids {
			if k >= 0 && !seen[k] {
				seen[k] = true
				q = append(q, int(k))
			}
		}
	}
	renum := make([]uint16, len(nodes))
	for i, n := range order {
		renum[n] = uint16(i)
	}
	next := make([]uint16, len(a.next))
	a.out = make([]int32, len(nodes))
	for i, n := range order {
		a.out[i] = -1
		if nodes[n].met != (condSet{}) {
			a.out[i] = int32(len(a.outs))
			a.outs = append(a.outs, nodes[n].met)
		}
	}
	for i, n := range order {
		for c := range a.width {
			k := renum[a.next[n*a.width+c]]
			if a.out[k] >= 0 {
				k |= hasOut
			}
			next[i*a.width+c] = k
		}
	}
	a.next = next
	a.class = foldClasses(&a.class)
	return a
}
