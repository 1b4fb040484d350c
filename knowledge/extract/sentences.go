package extract

import (
	"strings"
	"sync"
	"unicode"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// The Punkt model is loaded once and shared: it is read-only after loading.
// prose/v2 wraps this same tokenizer but reloads the model for every
// document (about 12 ms each), which is most of an article's ingest time.
var punkt = sync.OnceValue(func() *sentences.DefaultSentenceTokenizer {
	t, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		panic("load sentence model: " + err.Error()) // the model is embedded: cannot fail at run time
	}
	return t
})

// Split breaks an article body into paragraphs (lines) and sentences, with
// byte offsets into body. A short line without closing punctuation is a
// heading: it is kept as one sentence.
func Split(body string) []Sentence {
	var out []Sentence
	tok := punkt()
	para := -1
	offset := 0
	for _, line := range strings.SplitAfter(body, "\n") {
		lineStart := offset
		offset += len(line)
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			continue
		}
		para++
		var sents []*sentences.Sentence
		heading := isHeading(trimmed)
		if heading && strings.Contains(trimmed, ". ") {
			sents = tok.Tokenize(line)
			heading = !statesFirst(sents)
		}
		if heading {
			// (a line whose first sentence ends in a full stop, and stops
			// short, as a page's opening cut mid-word does, is text, not a
			// heading; a headline may ask first: "'Purple Hearts' 2? Sofia
			// Carson Weighs In")
			start := lineStart + strings.Index(line, trimmed)
			out = append(out, Sentence{Index: len(out), Paragraph: para, Start: start, End: start + len(trimmed), Text: trimmed, Heading: true})
			continue
		}
		if sents == nil {
			sents = tok.Tokenize(line)
		}
		cursor := 0
		for _, s := range sents {
			for _, text := range splitPlatformX(strings.TrimSpace(s.Text)) {
				if text == "" {
					continue
				}
				i := strings.Index(line[cursor:], text)
				if i < 0 {
					continue
				}
				start := lineStart + cursor + i
				cursor += i + len(text)
				if n := len(out); n > 0 && out[n-1].Paragraph == para && numberedAfter(out[n-1].Text, text) {
					// "Purple Hearts, Pt." + "2 is out now": Punkt ends a
					// sentence at the abbreviation before a part's number
					prev := &out[n-1]
					prev.End = start + len(text)
					prev.Text = body[prev.Start:prev.End]
					continue
				}
				out = append(out, Sentence{Index: len(out), Paragraph: para, Start: start, End: start + len(text), Text: text})
			}
		}
	}
	return out
}

// numberedAfter reports a sentence cut after an abbreviation that numbers
// what follows ("Pt.", "Vol.", "No.") when the next opens with the number.
func numberedAfter(prev, next string) bool {
	if next == "" || next[0] < '0' || next[0] > '9' {
		return false
	}
	i := strings.LastIndexAny(prev, " \"“(")
	switch prev[i+1:] {
	case "Pt.", "pt.", "Vol.", "vol.", "No.", "no.", "Ch.", "Ep.", "Part.":
		return true
	}
	return false
}

// statesFirst reports a line of several sentences whose first ends in a
// full stop.
func statesFirst(sents []*sentences.Sentence) bool {
	return len(sents) > 1 && strings.HasSuffix(strings.TrimSpace(sents[0].Text), ".")
}

func isHeading(line string) bool {
	if len(line) > 160 {
		return false
	}
	last := []rune(line)
	r := last[len(last)-1]
	if strings.ContainsRune(".!\"”’'…", r) {
		return false
	}
	if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '?' || r == ')' || r > 0x2000) {
		return false
	}
	if r == ')' && len(last) > 1 && strings.ContainsRune(".!?", last[len(last)-2]) {
		return false // a sentence in brackets: "(If you haven't seen it, turn back now.)"
	}
	// a long line in sentence case that stops short is a sentence cut off
	// ("... channels his discipline into running a veterans' outreach
	// prog"), not a headline: those are short, or capitalise their words
	return strings.Count(line, " ") < 14 || titleCase(line) || r == '?'
}

// splitPlatformX splits a sentence that Punkt ran on past the platform X
// ("800,000 mentions on X. Sofia Carson and..."): a lone capital and a
// full stop read to it as an initial, but after "on", "via" or the like
// it is the end of a sentence.
func splitPlatformX(text string) []string {
	if !strings.Contains(text, " X. ") {
		return []string{text}
	}
	var out []string
	for {
		i := strings.Index(text, " X. ")
		if i < 0 {
			break
		}
		before := text[:i]
		w := before[strings.LastIndexByte(before, ' ')+1:]
		rest := text[i+len(" X. "):]
		if !platformPrep[strings.ToLower(w)] || rest == "" || !unicode.IsUpper([]rune(rest)[0]) {
			break
		}
		out = append(out, text[:i+len(" X.")])
		text = rest
	}
	return append(out, text)
}

var platformPrep = map[string]bool{"on": true, "via": true, "to": true, "at": true, "from": true, "across": true, "over": true, "and": true, "of": true, "onto": true}
