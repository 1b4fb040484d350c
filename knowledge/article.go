package knowledge

import (
	"bytes"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// MaxArticleBytes is the largest article accepted. Real articles are a few
// kilobytes; anything near this size is a mistake (a dump, a binary).
const MaxArticleBytes = 1 << 20

// Article is one parsed article: its metadata and its body text.
type Article struct {
	Name      string
	URL       string
	Title     string
	Site      string
	Tier      Tier
	Published time.Time // zero when the article gives no date
	// Raw is the file as it arrived, header included.
	Raw string
	// Body is the text after the header.
	Body string
	// Origin is "seed" or "admin".
	Origin string
}

// ArticleMeta is header values given beside an article (for example in a
// Discord modal). A value set here overrides the file's own header.
type ArticleMeta struct {
	URL, Title, Tier, Published string
}

// ArticleError says why a file cannot be read as an article. Problem is a
// one-line message safe to show to the person who supplied the file.
type ArticleError struct {
	File    string
	Problem string
}

func (e *ArticleError) Error() string { return e.File + ": " + e.Problem }

// Is makes errors.Is(err, ErrInvalidArticle) true for every ArticleError.
func (e *ArticleError) Is(target error) bool { return target == ErrInvalidArticle }

var (
	headerLine = regexp.MustCompile(`^([A-Za-z_]+):\s*(.*)$`)
	htmlStart  = regexp.MustCompile(`(?i)^\s*(<!doctype html|<html|<head|<body|<\?xml)`)
	htmlTag    = regexp.MustCompile(`(?i)</?(p|div|span|a|script|style|br|h[1-6]|li|ul|article|section|meta|link)\b[^>]*>`)
)

var headerKeys = map[string]bool{"url": true, "title": true, "published": true, "tier": true}

// ParseArticle reads a file as an article. It returns an *ArticleError
// (matching ErrInvalidArticle) when the file is empty, binary, too large,
// not UTF-8, HTML, has a header without its closing "---" line, or gives an
// unknown tier or a malformed date.
func ParseArticle(name string, data []byte, meta ArticleMeta, tiers *Tiers) (Article, error) {
	bad := func(format string, args ...any) (Article, error) {
		return Article{}, &ArticleError{File: name, Problem: fmt.Sprintf(format, args...)}
	}
	switch {
	case len(data) > MaxArticleBytes:
		return bad("is %s, over the %s limit for one article", byteSize(len(data)), byteSize(MaxArticleBytes))
	case len(bytes.TrimSpace(data)) == 0:
		return bad("is empty")
	case bytes.IndexByte(data, 0) >= 0 || controlRatio(data) > 0.05:
		return bad("is binary, not text")
	case !utf8.Valid(data):
		return bad("is not valid UTF-8 text (bad byte at offset %d); save it as UTF-8", invalidAt(data))
	}
	text := strings.TrimPrefix(string(data), "\ufeff")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if htmlStart.MatchString(text) || len(htmlTag.FindAllStringIndex(text, 6)) >= 5 {
		return bad("is HTML; paste the article's text, not the page source")
	}
	a := Article{Name: name, Raw: text}
	body, header, err := splitHeader(text)
	if err != nil {
		return bad("%s", err)
	}
	for k, v := range map[string]string{"url": meta.URL, "title": meta.Title, "tier": meta.Tier, "published": meta.Published} {
		if v = strings.TrimSpace(v); v != "" {
			header[k] = v
		}
	}
	a.Body = body
	if strings.TrimSpace(body) == "" {
		return bad("has a header but no text after it")
	}
	// Header values are cut from the text; clone them so that what keeps
	// an article's URL or site (a reseed's source list) does not keep its
	// whole text alive.
	a.URL, a.Title = strings.Clone(header["url"]), strings.Clone(header["title"])
	if a.URL != "" {
		u, err := url.Parse(a.URL)
		if err != nil || u.Host == "" {
			return bad("has a url that is not a web address: %q", a.URL)
		}
		a.Site = Site(u.Hostname())
	}
	if p := header["published"]; p != "" {
		t, err := time.Parse("2006-01-02", p)
		if err != nil {
			return bad("has published date %q; write it as YYYY-MM-DD", p)
		}
		a.Published = t
	}
	if t := header["tier"]; t != "" {
		tier, ok := ParseTier(t)
		if !ok {
			return bad("has unknown tier %q; use official, trade or other", t)
		}
		a.Tier = tier
	} else {
		a.Tier = tiers.Of(a.Site)
	}
	return a, nil
}

// splitHeader separates an optional "key: value" header closed by "---"
// from the body. A file whose first lines look like a header but that has
// no closing line is an error: guessing would put the header in the text.
func splitHeader(text string) (body string, header map[string]string, err error) {
	header = map[string]string{}
	lines := strings.SplitAfter(text, "\n")
	first := strings.TrimSpace(lines[0])
	m := headerLine.FindStringSubmatch(first)
	if m == nil || !headerKeys[strings.ToLower(m[1])] {
		return text, header, nil
	}
	offset := 0
	for _, line := range lines {
		offset += len(line)
		l := strings.TrimSpace(line)
		if l == "---" {
			return text[offset:], header, nil
		}
		m := headerLine.FindStringSubmatch(l)
		if m == nil {
			break
		}
		key := strings.ToLower(m[1])
		if !headerKeys[key] {
			return "", nil, fmt.Errorf("has unknown header key %q; known keys are url, title, published, tier", m[1])
		}
		header[key] = strings.TrimSpace(m[2])
	}
	return "", nil, fmt.Errorf("starts with a header (%q) but has no closing '---' line", first)
}

func controlRatio(data []byte) float64 {
	n := 0
	for _, b := range data {
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' {
			n++
		}
	}
	return float64(n) / float64(len(data))
}

func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

func byteSize(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
