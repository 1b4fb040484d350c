// Package seeds holds the articles the knowledge base is first built from,
// exactly as they were collected, with SOURCES.md giving each one's site,
// url and title.
package seeds

import (
	"embed"
	"io/fs"
)

// FS holds the seed articles (*.txt) and SOURCES.md.
//
//go:embed *.txt SOURCES.md
var FS embed.FS

// Texts returns the text of every seed article, in file-name order.
func Texts() ([]string, error) {
	names, err := fs.Glob(FS, "*.txt")
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(names))
	for _, n := range names {
		b, err := fs.ReadFile(FS, n)
		if err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	return out, nil
}
