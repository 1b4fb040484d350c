package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateCLI = flag.Bool("update-cli", false, "rewrite bot/testdata golden files")

// runCLI runs the program as the shell would, on a database in a temp dir.
func runCLI(t *testing.T, db string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	t.Setenv("DATABASE_PATH", db)
	t.Setenv("SEEDS_DIR", "")
	t.Setenv("DISCORD_TOKEN", "")
	var out, errb bytes.Buffer
	code = run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// The overview a newcomer sees with `bot ask`, as a golden file a reviewer
// can read.
func TestCLIOverviewGolden(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	code, out, errs := runCLI(t, db, "ask", "--now", "2026-11-22")
	if code != 0 {
		t.Fatalf("bot ask = %d: %s", code, errs)
	}
	golden := filepath.Join("testdata", "overview.golden")
	if *updateCLI {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./bot -run TestCLIOverviewGolden -update-cli)", err)
	}
	if out != string(want) {
		t.Errorf("bot ask output differs from %s; run with -update-cli and review the diff\n--- got ---\n%s", golden, out)
	}
	if strings.Contains(strings.ToLower(out), "sequel: confirmed") {
		t.Errorf("the seeds alone must never read confirmed")
	}
}

func TestCLIAskJSON(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	code, out, errs := runCLI(t, db, "ask", "--json", "--now", "2026-11-22", "when does it come out?")
	if code != 0 {
		t.Fatalf("bot ask --json = %d: %s", code, errs)
	}
	var a struct {
		Now    string `json:"now"`
		Topics []struct {
			Topic, Status, Reason string
			Values                []struct {
				Value, Text, Status string
				Passed              bool
				Sources             []struct{ File, URL, Site, Tier, Stance, Quote string }
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("decode: %v\n%s", err, out)
	}
	if a.Now != "2026-11-22" || len(a.Topics) != 1 || a.Topics[0].Topic != "release" || a.Topics[0].Status != "disputed" {
		t.Fatalf("answer = %+v, want the disputed release topic", a)
	}
	passed := 0
	for _, v := range a.Topics[0].Values {
		if v.Passed {
			passed++
		}
		if len(v.Sources) == 0 || v.Sources[0].Quote == "" || v.Sources[0].Site == "" {
			t.Errorf("value %s has no cited sentence", v.Value)
		}
	}
	if passed < 3 {
		t.Errorf("%d passed dates, want the 2025, February and July 2026 claims flagged", passed)
	}
}

func TestCLIInspect(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	if err := os.WriteFile(bad, []byte{0xff, 0xfe, 0x00, 0x01}, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLI(t, filepath.Join(dir, "kb.db"), "inspect", "--json", "testdata/unconfirmed.txt", bad, filepath.Join(dir, "missing.txt"))
	if code != 0 {
		t.Fatalf("inspect = %d: %s", code, errs)
	}
	var got []struct {
		File         string `json:"file"`
		SequelStatus string `json:"sequel_status"`
		Claims       []struct{ Topic, Stance, Value, Person, Text, Quote string }
		Error        string `json:"error"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("decode: %v\n%s", err, out)
	}
	if len(got) != 3 || got[0].SequelStatus != "says_unconfirmed" || got[1].Error == "" || got[2].Error == "" {
		t.Fatalf("inspect = %+v, want the article labelled and two errors", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "kb.db")); err == nil {
		t.Errorf("inspect created a database; it must store nothing")
	}
}

func TestCLIReseed(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	articles := filepath.Join(dir, "articles")
	article, err := os.ReadFile("testdata/unconfirmed.txt")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"good.txt": article, "empty.txt": nil} {
		if err := os.MkdirAll(articles, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(articles, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := runCLI(t, db, "reseed", "--dir", articles)
	if code != 0 {
		t.Fatalf("reseed = %d: %s", code, errs)
	}
	if !strings.Contains(out, "Articles added: good.txt") || !strings.Contains(errs, "skipped empty.txt: is empty") {
		t.Errorf("reseed output:\n%s\nstderr:\n%s", out, errs)
	}
	code, out, _ = runCLI(t, db, "sources")
	if code != 0 || !strings.Contains(out, "statuscheck.example") || !strings.Contains(out, "says_unconfirmed") {
		t.Errorf("sources = %d:\n%s", code, out)
	}
	// nothing readable: exit 1, previous knowledge base kept
	os.Remove(filepath.Join(articles, "good.txt"))
	code, _, errs = runCLI(t, db, "reseed", "--dir", articles)
	if code != 1 || !strings.Contains(errs, "previous knowledge base is unchanged") {
		t.Errorf("reseed of nothing = %d: %s", code, errs)
	}
	code, out, _ = runCLI(t, db, "sources")
	if code != 0 || !strings.Contains(out, "good.txt") {
		t.Errorf("after a failed reseed the article is gone:\n%s", out)
	}
}

func TestCLIServeWithoutToken(t *testing.T) {
	code, _, errs := runCLI(t, filepath.Join(t.TempDir(), "kb.db"), "serve")
	if code != 1 || !strings.Contains(errs, "DISCORD_TOKEN is not set") || !strings.Contains(errs, "discord.com/developers") {
		t.Errorf("serve without token = %d: %s", code, errs)
	}
}
