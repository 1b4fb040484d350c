// Package knowledgetest gives other packages' tests a knowledge base built
// from the seed articles, on a real SQLite file.
package knowledgetest

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/purplehearts/bot/knowledge"
	"github.com/purplehearts/bot/seeds"
)

// templates are knowledge bases built once per test binary (building one
// runs the whole extractor), kept as file contents by seed count.
var templates struct {
	sync.Mutex
	data map[int][]byte
}

// Open opens a knowledge base built from the first n seed articles (all of
// them when n is 0), on its own SQLite file in t's temporary directory, and
// closes it when the test ends.
func Open(t testing.TB, n int) *knowledge.Store {
	t.Helper()
	data, err := template(t, n)
	if err != nil {
		t.Fatalf("build the seeded knowledge base: %v", err)
	}
	path := filepath.Join(t.TempDir(), "kb.db")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	st, err := knowledge.Open(context.Background(), path, knowledge.WithSeeds(seeds.FS))
	if err != nil {
		t.Fatalf("knowledge.Open: %v", err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func template(t testing.TB, n int) ([]byte, error) {
	templates.Lock()
	defer templates.Unlock()
	if data, ok := templates.data[n]; ok {
		return data, nil
	}
	var files []knowledge.File
	if n > 0 {
		files = SeedFiles(t)[:n]
	}
	dir, err := os.MkdirTemp("", "knowledgetest")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "kb.db")
	st, err := knowledge.Open(context.Background(), path, knowledge.WithSeeds(seeds.FS))
	if err != nil {
		return nil, err
	}
	_, err = st.Reseed(context.Background(), files)
	if err = errors.Join(err, st.Close()); err != nil {
		return nil, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if templates.data == nil {
		templates.data = map[int][]byte{}
	}
	templates.data[n] = data
	return data, nil
}

// SeedFiles returns the embedded seed articles as files, in name order.
func SeedFiles(t testing.TB) []knowledge.File {
	t.Helper()
	files, err := knowledge.LoadDir(seeds.FS)
	if err != nil || len(files) == 0 {
		t.Fatalf("seed articles: %v (found %d)", err, len(files))
	}
	return files
}
