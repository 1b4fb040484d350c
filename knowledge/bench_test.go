package knowledge

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/purplehearts/bot/seeds"
)

// The benchmarks of issue 3. Targets:
//   - ingest: extract.Extract at least 5 MB/s per core (see
//     knowledge/extract/bench_test.go); BenchmarkIngest adds the store;
//   - ask: p99 of BenchmarkTopic under 5 ms, beside BenchmarkBareRead,
//     the SQLite read of the same rows alone;
//   - BenchmarkReseed10k: a reseed of 10,000 articles in under 10 s and
//     200 MB peak RSS.

// benchNow is the date answers are computed against, fixed so runs compare.
var benchNow = time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)

// benchStore opens a store on a new file in b.TempDir(), closed when the
// benchmark ends.
func benchStore(b *testing.B) *Store {
	b.Helper()
	s := openStore(b, filepath.Join(b.TempDir(), "kb.db"), benchNow)
	b.Cleanup(func() { s.Close() })
	return s
}

// seedFiles reads the embedded seeds and returns them with the total size
// of their bodies (the text after the header).
func seedFiles(b testing.TB) ([]File, int64) {
	b.Helper()
	files, err := LoadDir(seeds.FS)
	if err != nil {
		b.Fatalf("LoadDir(seeds): %v", err)
	}
	if len(files) == 0 {
		b.Fatal("LoadDir(seeds): no articles")
	}
	var total int64
	for _, f := range files {
		a, err := ParseArticle(f.Name, f.Data, ArticleMeta{}, NewTiers(nil, nil))
		if err != nil {
			b.Fatalf("ParseArticle(%q): %v", f.Name, err)
		}
		total += int64(len(a.Body))
	}
	return files, total
}

// BenchmarkIngest measures a whole reseed of the five seeds into a SQLite
// file (parse, extract, insert articles, sentences, search index and
// claims, judge, commit), in MB/s of article text. The store is reseeded
// in place, as `bot reseed` does on an existing knowledge base.
func BenchmarkIngest(b *testing.B) {
	ctx := context.Background()
	files, total := seedFiles(b)
	s := benchStore(b)
	if _, err := s.Reseed(ctx, files); err != nil {
		b.Fatalf("Reseed: %v", err)
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		c, err := s.Reseed(ctx, files)
		if err != nil {
			b.Fatalf("Reseed: %v", err)
		}
		if len(c.Problems) > 0 {
			b.Fatalf("Reseed: problems %v", c.Problems)
		}
	}
}

// benchTopics are the topics fans ask about.
var benchTopics = []Topic{TopicSequel, TopicRelease, TopicCast, TopicPlot}

// reportPercentiles reports the 50th and 99th percentile of durations.
func reportPercentiles(b *testing.B, d []time.Duration) {
	b.Helper()
	if len(d) == 0 {
		return
	}
	slices.Sort(d)
	at := func(p float64) float64 {
		i := int(p * float64(len(d)-1))
		return float64(d[i].Nanoseconds()) / 1e3
	}
	b.ReportMetric(at(0.50), "p50-µs")
	b.ReportMetric(at(0.99), "p99-µs")
}

// BenchmarkTopic measures the latency of one topic's answer (what `ask`
// and the slash commands call): read the claims, judge, build the verdict.
func BenchmarkTopic(b *testing.B) {
	ctx := context.Background()
	files, _ := seedFiles(b)
	s := benchStore(b)
	if _, err := s.Reseed(ctx, files); err != nil {
		b.Fatalf("Reseed: %v", err)
	}
	for _, t := range benchTopics {
		b.Run(string(t), func(b *testing.B) {
			b.ReportAllocs()
			d := make([]time.Duration, 0, b.N)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				v, err := s.Topic(ctx, t, benchNow)
				d = append(d, time.Since(start))
				if err != nil {
					b.Fatalf("Topic(%q): %v", t, err)
				}
				if v.Topic != t {
					b.Fatalf("Topic(%q) answered topic %q", t, v.Topic)
				}
			}
			b.StopTimer()
			reportPercentiles(b, d)
		})
	}
}

// BenchmarkBareRead is the floor under BenchmarkTopic: the same SELECT as
// loadEvidence over the same topics as Store.Topic (release also reads
// sequel), each row scanned, nothing judged.
func BenchmarkBareRead(b *testing.B) {
	ctx := context.Background()
	files, _ := seedFiles(b)
	s := benchStore(b)
	if _, err := s.Reseed(ctx, files); err != nil {
		b.Fatalf("Reseed: %v", err)
	}
	const query = `SELECT c.topic, c.stance, c.value, c.person, c.role, c.slot, c.text, s.text, c.start, c.stop, c.sentence,
			a.name, a.url, a.site, a.tier, a.source_key
		FROM claims c JOIN articles a ON a.id = c.article_id
		JOIN sentence_texts s ON s.article_id = c.article_id AND s.idx = c.sentence
		WHERE a.subject = 'film' AND c.topic IN (?, ?)
		ORDER BY a.id, c.sentence, c.id`
	for _, t := range benchTopics {
		also := t // Store.Topic reads the sequel's claims beside the release's
		if t == TopicRelease {
			also = TopicSequel
		}
		b.Run(string(t), func(b *testing.B) {
			b.ReportAllocs()
			d := make([]time.Duration, 0, b.N)
			rowsRead := 0
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				start := time.Now()
				n, err := bareRead(ctx, s, query, t, also)
				d = append(d, time.Since(start))
				if err != nil {
					b.Fatalf("bare read %q: %v", t, err)
				}
				rowsRead = n
			}
			b.StopTimer()
			if rowsRead == 0 {
				b.Fatalf("bare read %q: no rows", t)
			}
			b.ReportMetric(float64(rowsRead), "rows")
			reportPercentiles(b, d)
		})
	}
}

func bareRead(ctx context.Context, s *Store, query string, t, also Topic) (int, error) {
	rows, err := s.db.QueryContext(ctx, query, string(t), string(also))
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var topic, stance, value, person, role, slot, text, quote, name, url, site, tier, source string
		var start, stop, sentence int
		if err := rows.Scan(&topic, &stance, &value, &person, &role, &slot, &text, &quote, &start, &stop, &sentence,
			&name, &url, &site, &tier, &source); err != nil {
			return n, err
		}
		n++
	}
	return n, rows.Err()
}

// syntheticArticles makes n distinct articles from the seeds: each takes
// one seed's paragraphs in a shuffled order, with a byline sentence naming
// a unique reporter and story number, a site of its own and a published
// date, so that no two share a fingerprint. It returns them with the total
// size of their files.
func syntheticArticles(b testing.TB, n int) ([]File, int64) {
	b.Helper()
	files, _ := seedFiles(b)
	var bodies [][]string
	for _, f := range files {
		a, err := ParseArticle(f.Name, f.Data, ArticleMeta{}, NewTiers(nil, nil))
		if err != nil {
			b.Fatalf("ParseArticle(%q): %v", f.Name, err)
		}
		var paras []string
		for _, p := range strings.Split(a.Body, "\n") {
			if strings.TrimSpace(p) != "" {
				paras = append(paras, p)
			}
		}
		bodies = append(bodies, paras)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([]File, n)
	var total int64
	for i := range out {
		paras := slices.Clone(bodies[i%len(bodies)])
		rng.Shuffle(len(paras), func(x, y int) { paras[x], paras[y] = paras[y], paras[x] })
		var buf bytes.Buffer
		site := i % 997
		published := benchNow.AddDate(0, 0, -1-rng.IntN(700)).Format(time.DateOnly)
		fmt.Fprintf(&buf, "url: https://site%03d.example/news/purple-hearts-2-story-%d\n", site, i)
		fmt.Fprintf(&buf, "title: Purple Hearts 2 story %d\npublished: %s\n---\n", i, published)
		fmt.Fprintf(&buf, "By Reporter%05d Writer, story number %d for site%03d.\n", i, i, site)
		for _, p := range paras {
			buf.WriteString(p)
			buf.WriteByte('\n')
		}
		out[i] = File{Name: fmt.Sprintf("synthetic_%05d.txt", i), Data: buf.Bytes()}
		total += int64(buf.Len())
	}
	return out, total
}

// BenchmarkReseed10k reseeds a fresh knowledge base with 10,000 synthetic
// articles read from a directory. Besides the time it reports the CPU time
// (user and system, all threads) of the reseed, which, unlike the wall
// time, does not grow when other processes share the cores; the process's
// peak resident set (VmHWM, reset before each run where the kernel allows);
// the peak of the Go heap's live objects during the run; and the Go
// runtime's memory obtained from the OS (Sys) before and after.
func BenchmarkReseed10k(b *testing.B) {
	const n = 10000
	ctx := context.Background()
	files, total := syntheticArticles(b, n)
	names := map[string]bool{}
	for _, f := range files {
		a, err := ParseArticle(f.Name, f.Data, ArticleMeta{}, NewTiers(nil, nil))
		if err != nil {
			b.Fatalf("synthetic article %s: %v", f.Name, err)
		}
		if fp, _ := fingerprint(a.Body); names[fp] {
			b.Fatalf("synthetic article %s repeats another's text", f.Name)
		} else {
			names[fp] = true
		}
	}
	// The articles go to a directory, as `bot reseed --dir` finds them, and
	// leave memory before the run: what is measured is the reseed's own.
	articles := b.TempDir()
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(articles, f.Name), f.Data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	files = nil
	b.SetBytes(total)
	b.ReportAllocs()
	dir := b.TempDir()
	var peakRSS, peakHeap, sysGrowth, cpu, dbSize, walSize, settle float64
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		path := filepath.Join(dir, fmt.Sprintf("kb%d.db", i))
		s, err := Open(ctx, path, WithSeeds(os.DirFS(articles)), WithClock(func() time.Time { return benchNow }))
		if err != nil {
			b.Fatalf("Open: %v", err)
		}
		runtime.GC()
		debug.FreeOSMemory() // return what making the articles took
		resetPeakRSS(b)
		sysBefore := goSys()
		sample := heapSampler()
		cpuBefore := cpuTime(b)
		b.StartTimer()

		c, err := s.Reseed(ctx, nil)

		b.StopTimer()
		// the write-ahead log's copy into the database, which the
		// rebuild leaves to run after it has answered
		settleStart := time.Now()
		s.Settle()
		settle += time.Since(settleStart).Seconds()
		cpu += (cpuTime(b) - cpuBefore).Seconds()
		heap := sample()
		if err != nil {
			b.Fatalf("Reseed(%d articles): %v", n, err)
		}
		if len(c.Added) != n || len(c.Problems) > 0 {
			b.Fatalf("Reseed(%d articles): added %d, problems %v", n, len(c.Added), c.Problems)
		}
		peakRSS = max(peakRSS, float64(readPeakRSS(b))/(1<<20))
		dbSize = max(dbSize, float64(fileSizes(path))/(1<<20))
		walSize = max(walSize, float64(fileSizes(path+"-wal"))/(1<<20))
		peakHeap = max(peakHeap, float64(heap)/(1<<20))
		sysGrowth = max(sysGrowth, float64(goSys()-sysBefore)/(1<<20))
		if err := s.Close(); err != nil {
			b.Fatalf("Close: %v", err)
		}
		for _, p := range []string{path, path + "-wal", path + "-shm"} {
			if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
				b.Fatalf("remove %s: %v", p, err)
			}
		}
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(cpu/float64(b.N), "cpu-s/op") // the checkpoint's included
	b.ReportMetric(settle/float64(b.N), "checkpoint-after-s")
	b.ReportMetric(peakRSS, "peak-RSS-MB")
	b.ReportMetric(peakHeap, "peak-heap-MB")
	b.ReportMetric(sysGrowth, "go-sys-growth-MB")
	b.ReportMetric(dbSize, "db-MB")
	b.ReportMetric(walSize, "wal-MB")
}

// fileSizes returns the total size of the files that exist among paths.
func fileSizes(paths ...string) int64 {
	var n int64
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil {
			n += fi.Size()
		}
	}
	return n
}

// resetPeakRSS resets the kernel's VmHWM for this process (Linux 4.0+), so
// that the next reading is the peak of the run that follows, not of the
// article generation before it.
func resetPeakRSS(b *testing.B) {
	b.Helper()
	if err := os.WriteFile("/proc/self/clear_refs", []byte("5"), 0); err != nil {
		b.Logf("cannot reset peak RSS (%v): peak-RSS-MB includes everything before the run", err)
	}
}

// readPeakRSS returns VmHWM, the process's peak resident set, in bytes.
func readPeakRSS(b *testing.B) int64 {
	b.Helper()
	f, err := os.Open("/proc/self/status")
	if err != nil {
		b.Fatalf("read peak RSS: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				b.Fatalf("read peak RSS: %q: %v", rest, err)
			}
			return kb << 10
		}
	}
	if err := sc.Err(); err != nil {
		b.Fatalf("read peak RSS: %v", err)
	}
	b.Fatal("read peak RSS: no VmHWM in /proc/self/status")
	return 0
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime(b *testing.B) time.Duration {
	b.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatalf("read CPU time: %v", err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// goSys returns the memory the Go runtime has obtained from the OS.
func goSys() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Sys
}

// heapSampler samples the Go heap's live objects every few milliseconds
// until the returned function is called, which returns the largest sample.
func heapSampler() func() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(s)
			peak = max(peak, s[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	})
	return func() uint64 {
		close(done)
		wg.Wait()
		return peak
	}
}

// BenchmarkFingerprint measures the duplicate check a reseed runs on every
// article, on the seeds' text.
func BenchmarkFingerprint(b *testing.B) {
	files, total := seedFiles(b)
	var bodies []string
	for _, f := range files {
		a, err := ParseArticle(f.Name, f.Data, ArticleMeta{}, NewTiers(nil, nil))
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, a.Body)
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, body := range bodies {
			fingerprint(body)
		}
	}
}
