// Command bot is the Purple Hearts 2 Discord bot and its command line:
// serve (the Discord bot), ask, inspect, reseed and sources.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/joho/godotenv"
	"github.com/purplehearts/bot/knowledge"
	"github.com/purplehearts/bot/seeds"
)

// config is read once, from the environment (and .env when present).
type config struct {
	Token, GuildID, DatabasePath, SeedsDir, LogLevel string
	OfficialDomains, TradeDomains                    []string
}

func loadConfig() config {
	_ = godotenv.Load() // .env is optional; the environment wins
	c := config{
		Token:        strings.TrimSpace(os.Getenv("DISCORD_TOKEN")),
		GuildID:      strings.TrimSpace(os.Getenv("DISCORD_GUILD_ID")),
		DatabasePath: os.Getenv("DATABASE_PATH"),
		SeedsDir:     os.Getenv("SEEDS_DIR"),
		LogLevel:     os.Getenv("LOG_LEVEL"),
	}
	if c.DatabasePath == "" {
		c.DatabasePath = filepath.Join("data", "knowledge.db")
	}
	c.OfficialDomains = splitList(os.Getenv("OFFICIAL_DOMAINS"))
	c.TradeDomains = splitList(os.Getenv("TRADE_DOMAINS"))
	return c
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		out = append(out, f)
	}
	return out
}

func (c config) logger(w io.Writer) *slog.Logger {
	level := slog.LevelInfo
	_ = level.UnmarshalText([]byte(c.LogLevel))
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: level}))
}

const usage = `Usage: bot <command> [flags]

Commands:
  serve                              run the Discord bot (needs DISCORD_TOKEN)
  ask [--json|--discord] [--now YYYY-MM-DD] [QUESTION|TOPIC]
                                     answer from the knowledge base
  inspect [--json] FILE...           read articles without storing them
  reseed [--dir DIR]                 rebuild the knowledge base
  sources [--json]                   list the articles

Environment (or .env): DISCORD_TOKEN, DISCORD_GUILD_ID, DATABASE_PATH,
SEEDS_DIR, LOG_LEVEL, OFFICIAL_DOMAINS, TRADE_DOMAINS.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run is the whole program, reusable by tests: it returns the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		fmt.Fprint(stderr, usage)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	cfg := loadConfig()
	m := &Main{cfg: cfg, stdout: stdout, stderr: stderr, log: cfg.logger(stderr)}
	var err error
	switch args[0] {
	case "serve":
		err = m.serve(ctx)
	case "ask":
		err = m.ask(ctx, args[1:])
	case "inspect":
		err = m.inspect(args[1:])
	case "reseed":
		err = m.reseed(ctx, args[1:])
	case "sources":
		err = m.sources(ctx, args[1:])
	default:
		fmt.Fprintf(stderr, "bot: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	if err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "bot %s: %v\n", args[0], err)
			return 2
		}
		fmt.Fprintf(stderr, "bot %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

type usageError struct{ error }

// Main holds what the subcommands share: configuration and the store.
type Main struct {
	cfg            config
	stdout, stderr io.Writer
	log            *slog.Logger
	store          *knowledge.Store
}

// open opens the knowledge base, building it from the seeds when empty.
func (m *Main) open(ctx context.Context) (*knowledge.Store, error) {
	opts := []knowledge.Option{knowledge.WithTiers(knowledge.NewTiers(m.cfg.OfficialDomains, m.cfg.TradeDomains)), knowledge.WithSeeds(m.seedFS())}
	st, err := knowledge.Open(ctx, m.cfg.DatabasePath, opts...)
	if err != nil {
		return nil, err
	}
	empty, err := st.Empty(ctx)
	if err != nil {
		st.Close()
		return nil, err
	}
	if empty {
		c, err := st.Reseed(ctx, nil)
		if err != nil {
			st.Close()
			return nil, fmt.Errorf("build the knowledge base from the seeds: %w", err)
		}
		m.log.Info("built knowledge base from seeds", "path", m.cfg.DatabasePath, "articles", len(c.Added), "problems", len(c.Problems))
	}
	m.store = st
	return st, nil
}

func (m *Main) seedFS() fsys {
	if m.cfg.SeedsDir != "" {
		return os.DirFS(m.cfg.SeedsDir)
	}
	return seeds.FS
}

// Close closes the store.
func (m *Main) Close() error {
	if m.store != nil {
		return m.store.Close()
	}
	return nil
}

func (m *Main) serve(ctx context.Context) error {
	if m.cfg.Token == "" {
		return errNoToken // before the store is opened: nothing to clean up
	}
	st, err := m.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	return serve(ctx, m.cfg, st, m.log)
}

func parseNow(s string) (time.Time, error) {
	if s == "" {
		y, mo, d := time.Now().Date()
		return time.Date(y, mo, d, 0, 0, 0, 0, time.UTC), nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return t, usageError{fmt.Errorf("--now %q: write the date as YYYY-MM-DD", s)}
	}
	return t, nil
}

func newFlags(name string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	return fs
}

// parseInterspersed parses flags that may come after positional arguments.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, usageError{err}
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}
