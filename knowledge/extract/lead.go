package extract

import (
	"regexp/syntax"
	"unicode/utf8"
)

// A lead is what every match of a pattern (or of one of its alternatives)
// begins with, compared byte by byte before regexp runs at a candidate.
// The candidates of "Actor as Role" are every capital letter; its lead,
// "a capital, lower-case letters, then a space" for
// `[A-Z][\p{Ll}]+(?:\s+[A-Z][\p{Ll}]+){1,3}\s+as`, turns away "The,"
// in a few comparisons, where regexp would set up a whole run.
//
// The pieces are those of a plain phrase (literals, word boundaries,
// greedy runs that never have to give a character back), with runs of any
// class, and then what the rest of the match can begin with (peek). A lead
// is only a necessary condition: it says no, or that regexp must decide.
type lead struct {
	pieces []piece
	peek   *chars // nil: nothing is known of the rest
	// Then, when the rest of every match is a stretch of characters from
	// skip and a part that begins with one of want (which skip lacks), the
	// first character past the pieces that skip lacks must be one of
	// want: for "Name Name (Actor)", a "(" after the capitalised words.
	skip, want *chars
}

// leadOf returns re's lead, or nil when it is empty.
func leadOf(re *syntax.Regexp) *lead {
	seq := flatten(re, nil)
	var l lead
	i := 0
	for ; i < len(seq); i++ {
		pc, ok := leadPiece(seq[i])
		if !ok {
			break
		}
		l.pieces = append(l.pieces, pc)
	}
	if i < len(seq) {
		if c, ok := restChars(seq[i:]); ok {
			l.peek = &c
		}
	}
	// Keep the pieces up to the first run that could have to give back a
	// character to what follows; a run that ends the lead only has to
	// take its least, and a peek after it must not begin with what it takes.
	for k, pc := range l.pieces {
		if pc.runClass == nil || pc.min == pc.max {
			continue
		}
		if k+1 < len(l.pieces) {
			if !pc.disjoint(l.pieces[k+1]) {
				l.pieces, l.peek = l.pieces[:k+1], nil
				break
			}
		} else if l.peek != nil && !disjointChars(pc.runClass.chars(), *l.peek) {
			l.peek = nil
		}
	}
	if len(l.pieces) > 0 {
		var c chars
		if last := l.pieces[len(l.pieces)-1]; last.runClass != nil {
			c = last.runClass.chars() // it may have taken some of the rest
		}
		if skip, want, ok := stretch(seq[len(l.pieces):], c); ok {
			l.skip, l.want = &skip, &want
		}
	}
	if len(l.pieces) == 0 && l.peek == nil {
		return nil
	}
	return &l
}

// leadPiece turns one element of a concatenation into a piece.
func leadPiece(x *syntax.Regexp) (piece, bool) {
	switch x.Op {
	case syntax.OpWordBoundary:
		return piece{boundary: true}, true
	case syntax.OpLiteral:
		if x.Flags&syntax.FoldCase != 0 {
			lit := make([]byte, 0, len(x.Rune))
			for _, r := range x.Rune {
				if r >= utf8.RuneSelf {
					return piece{}, false // its cases are other bytes
				}
				lit = append(lit, lowerByte(byte(r)))
			}
			return piece{lit: string(lit), fold: true}, len(lit) > 0
		}
		return piece{lit: string(x.Rune)}, len(x.Rune) > 0
	case syntax.OpCharClass, syntax.OpPlus, syntax.OpRepeat:
		pc := piece{min: 1, max: 1}
		cls := x
		switch x.Op {
		case syntax.OpPlus:
			pc.max, cls = -1, x.Sub[0]
		case syntax.OpRepeat:
			pc.min, pc.max, cls = x.Min, x.Max, x.Sub[0]
		}
		if x.Flags&syntax.NonGreedy != 0 || cls.Op != syntax.OpCharClass || pc.min < 1 {
			return piece{}, false
		}
		pc.runClass = newRunClass(cls.Rune)
		return pc, true
	}
	return piece{}, false
}

// restChars returns the characters the rest of a match, seq, can begin
// with: those of its first element, and of the next while one can be
// left out. False when nothing is known, or the rest can be empty.
func restChars(seq []*syntax.Regexp) (chars, bool) {
	var out chars
	for _, x := range seq {
		sub, optional := x, false
		switch {
		case x.Op == syntax.OpQuest || x.Op == syntax.OpStar:
			sub, optional = x.Sub[0], true
		case x.Op == syntax.OpRepeat && x.Min == 0:
			sub, optional = x.Sub[0], true
		}
		c, ok := firstChars(sub)
		if !ok {
			return out, false
		}
		out.add(c)
		if !optional {
			return out, true
		}
	}
	return out, false
}

// A runClass is a character class as a run in a lead reads it: ASCII
// bytes by table, other characters by their ranges.
type runClass struct {
	ascii [utf8.RuneSelf]bool
	wide  []rune // pairs lo, hi of characters from utf8.RuneSelf up
}

// chars returns the characters of the class, any beyond ASCII as one.
func (rc *runClass) chars() chars {
	return chars{ascii: rc.ascii, other: len(rc.wide) > 0}
}

func newRunClass(ranges []rune) *runClass {
	rc := &runClass{}
	for i := 0; i < len(ranges); i += 2 {
		lo, hi := ranges[i], ranges[i+1]
		for r := lo; r <= hi && r < utf8.RuneSelf; r++ {
			rc.ascii[r] = true
		}
		if hi >= utf8.RuneSelf {
			rc.wide = append(rc.wide, max(lo, utf8.RuneSelf), hi)
		}
	}
	return rc
}

func (rc *runClass) has(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && rc.ascii[r]
	}
	for i := 0; i < len(rc.wide); i += 2 {
		if rc.wide[i] <= r && r <= rc.wide[i+1] {
			return true
		}
	}
	return false
}

// disjoint reports whether a run of pc always ends where next begins:
// next can never begin with a character the run takes.
func (pc piece) disjoint(next piece) bool {
	rc := pc.runClass
	switch {
	case next.boundary:
		words, others := len(rc.wide) > 0, len(rc.wide) > 0
		for b := range utf8.RuneSelf {
			if rc.ascii[b] {
				words = words || isWordByte(byte(b))
				others = others || !isWordByte(byte(b))
			}
		}
		return !(words && others)
	case next.runClass != nil:
		for b := range utf8.RuneSelf {
			if rc.ascii[b] && next.runClass.ascii[b] {
				return false
			}
		}
		o := next.runClass.wide
		for i := 0; i < len(rc.wide); i += 2 {
			for j := 0; j < len(o); j += 2 {
				if rc.wide[i] <= o[j+1] && o[j] <= rc.wide[i+1] {
					return false
				}
			}
		}
		return true
	default:
		r, _ := utf8.DecodeRuneInString(next.lit)
		if next.fold && r < utf8.RuneSelf {
			return !rc.has(r) && !rc.has(r&^0x20) && !rc.has(r|0x20)
		}
		return !rc.has(r)
	}
}

// match reports whether a match at position p of s can begin with the
// lead; false is certain.
func (l *lead) match(s string, p int) bool {
	for _, pc := range l.pieces {
		switch {
		case pc.boundary:
			if (p > 0 && isWordByte(s[p-1])) == (p < len(s) && isWordByte(s[p])) {
				return false
			}
		case pc.runClass != nil:
			n := 0
			for p < len(s) && (pc.max < 0 || n < pc.max) {
				r, w := rune(s[p]), 1
				if r >= utf8.RuneSelf {
					r, w = utf8.DecodeRuneInString(s[p:])
				}
				if !pc.runClass.has(r) {
					break
				}
				p += w
				n++
			}
			if n < pc.min {
				return false
			}
		case pc.fold:
			if !hasPrefixFold(s[p:], pc.lit) {
				return false
			}
			p += len(pc.lit)
		default:
			if len(s)-p < len(pc.lit) || s[p:p+len(pc.lit)] != pc.lit {
				return false
			}
			p += len(pc.lit)
		}
	}
	if l.peek != nil && !l.peek.at(s, p) {
		return false
	}
	if l.skip == nil {
		return true
	}
	for p < len(s) {
		b := s[p]
		if b < utf8.RuneSelf {
			if !l.skip.ascii[b] {
				break
			}
			p++
			continue
		}
		if !l.skip.other {
			break
		}
		_, w := utf8.DecodeRuneInString(s[p:])
		p += w
	}
	return l.want.at(s, p)
}

// at reports whether the character at p of s is in c (false at the end).
func (c *chars) at(s string, p int) bool {
	if p == len(s) {
		return false
	}
	if b := s[p]; b < utf8.RuneSelf {
		return c.ascii[b]
	}
	return c.other
}

// stretch returns, for the rest of a pattern (seq), the characters its
// leading elements can take (along with c) and those the next element
// must begin with, when the two sets are disjoint and at least one
// element was taken: then a match's rest is a stretch of the first set up
// to a character of the second. False otherwise.
func stretch(seq []*syntax.Regexp, c chars) (skip, want chars, ok bool) {
	for k, x := range seq {
		if f, ok := firstChars(x); ok && disjointChars(c, f) {
			return c, f, k > 0
		}
		t, ok := takes(x)
		if !ok {
			return chars{}, chars{}, false
		}
		c.add(t)
	}
	return chars{}, chars{}, false
}

func disjointChars(a, b chars) bool {
	if a.other && b.other {
		return false
	}
	for i := range utf8.RuneSelf {
		if a.ascii[i] && b.ascii[i] {
			return false
		}
	}
	return true
}

// takes returns every character a match of x can take, false when that
// is not known or is nearly anything.
func takes(x *syntax.Regexp) (chars, bool) {
	var c chars
	switch x.Op {
	case syntax.OpEmptyMatch, syntax.OpWordBoundary, syntax.OpNoWordBoundary,
		syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText:
		return c, true
	case syntax.OpLiteral:
		for _, r := range x.Rune {
			f, _ := firstChars(&syntax.Regexp{Op: syntax.OpLiteral, Rune: []rune{r}, Flags: x.Flags})
			c.add(f)
		}
		return c, true
	case syntax.OpCharClass:
		f, ok := firstChars(x)
		return f, ok
	case syntax.OpCapture, syntax.OpStar, syntax.OpPlus, syntax.OpQuest, syntax.OpRepeat,
		syntax.OpConcat, syntax.OpAlternate:
		for _, sub := range x.Sub {
			t, ok := takes(sub)
			if !ok {
				return c, false
			}
			c.add(t)
		}
		return c, true
	}
	return c, false
}
