// Package seeds holds the articles the knowledge base is first built from,
// exactly as they were collected, with SOURCES.md giving each one's site,
// url and title.
package seeds

import "embed"

// FS holds the seed articles (*.txt) and SOURCES.md.
//
//go:embed *.txt SOURCES.md
var FS embed.FS
