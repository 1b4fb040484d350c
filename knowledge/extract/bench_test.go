package extract

import (
	"testing"
	"time"

	"github.com/purplehearts/bot/seeds"
)

// seedBodies returns the text of the embedded seed articles (they carry no
// header: SOURCES.md gives their metadata) and their total size in bytes.
func seedBodies(b testing.TB) ([]string, int64) {
	b.Helper()
	bodies, err := seeds.Texts()
	if err != nil {
		b.Fatalf("read seeds: %v", err)
	}
	if len(bodies) == 0 {
		b.Fatal("no seed articles embedded")
	}
	var total int64
	for _, body := range bodies {
		total += int64(len(body))
	}
	return bodies, total
}

// BenchmarkExtract measures ingest throughput of the extractor on one core:
// MB/s of article text turned into sentences, claims and a label. Compare
// its MB/s with BenchmarkSplit's, which does only the sentence splitting.
// Target (issue 3): at least 5 MB/s, and no more than 3x slower than Split.
func BenchmarkExtract(b *testing.B) {
	bodies, total := seedBodies(b)
	// Load the sentence model and compile the patterns' alternatives
	// (done on first use) outside the timing, as a running bot has.
	punkt()
	for _, body := range bodies {
		Extract(body, Meta{})
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, body := range bodies {
			if r := Extract(body, Meta{}); len(r.Sentences) == 0 {
				b.Fatal("Extract returned no sentences")
			}
		}
	}
}

// BenchmarkSplit measures the sentence splitter alone on the same text as
// BenchmarkExtract, so the two MB/s figures compare directly.
func BenchmarkSplit(b *testing.B) {
	bodies, total := seedBodies(b)
	punkt()
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, body := range bodies {
			if len(Split(body)) == 0 {
				b.Fatal("Split returned no sentences")
			}
		}
	}
}

// BenchmarkExtractPerSplit runs the splitter and the extractor by turns on
// the same text and reports how many times the splitter's time the
// extractor takes (x-split). The two run minutes apart in Extract$ and
// Split$, and this machine's speed drifts by a fifth over minutes: taken
// in turns, both see the same machine.
func BenchmarkExtractPerSplit(b *testing.B) {
	bodies, _ := seedBodies(b)
	punkt()
	for _, body := range bodies {
		Extract(body, Meta{})
	}
	var split, extract time.Duration
	for b.Loop() {
		t0 := time.Now()
		for _, body := range bodies {
			Split(body)
		}
		t1 := time.Now()
		for _, body := range bodies {
			Extract(body, Meta{})
		}
		split += t1.Sub(t0)
		extract += time.Since(t1)
	}
	b.ReportMetric(float64(extract)/float64(split), "x-split")
}
