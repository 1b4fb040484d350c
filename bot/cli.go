package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/purplehearts/bot/commands"
	"github.com/purplehearts/bot/knowledge"
	"github.com/purplehearts/bot/knowledge/extract"
)

type fsys = fs.FS

func (m *Main) ask(ctx context.Context, args []string) error {
	fl := newFlags("ask", m.stderr)
	asJSON := fl.Bool("json", false, "print the answer as JSON")
	discord := fl.Bool("discord", false, "print the Discord interaction callback body for a TOPIC")
	nowFlag := fl.String("now", "", "answer as of this date (YYYY-MM-DD)")
	pos, err := parseInterspersed(fl, args)
	if err != nil {
		return err
	}
	now, err := parseNow(*nowFlag)
	if err != nil {
		return err
	}
	st, err := m.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	question := strings.Join(pos, " ")
	if *discord {
		topic := question
		if topic == "" {
			topic = "overview"
		}
		switch topic {
		case "overview", "sequel", "release", "cast", "plot", "sources":
		default:
			return usageError{fmt.Errorf("topic %q: use overview, sequel, release, cast, plot or sources", topic)}
		}
		resp, err := commands.RenderTopic(ctx, st, topic, now)
		if err != nil {
			return err
		}
		return printJSON(m.stdout, resp)
	}
	a, err := st.Ask(ctx, question, now)
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(m.stdout, a)
	}
	fmt.Fprint(m.stdout, renderText(a))
	return nil
}

// inspected is one file's entry in `bot inspect --json`.
type inspected struct {
	File         string          `json:"file"`
	SequelStatus extract.Label   `json:"sequel_status,omitempty"`
	Subject      string          `json:"subject,omitempty"`
	Site         string          `json:"site,omitempty"`
	Tier         knowledge.Tier  `json:"tier,omitempty"`
	Claims       []extract.Claim `json:"claims"`
	Error        string          `json:"error,omitempty"`
}

func (m *Main) inspect(args []string) error {
	fl := newFlags("inspect", m.stderr)
	asJSON := fl.Bool("json", false, "print JSON")
	files, err := parseInterspersed(fl, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usageError{fmt.Errorf("name at least one article file")}
	}
	tiers := knowledge.NewTiers(m.cfg.OfficialDomains, m.cfg.TradeDomains)
	out := make([]inspected, 0, len(files))
	for _, f := range files {
		in := inspected{File: f, Claims: []extract.Claim{}}
		data, err := os.ReadFile(f)
		if err != nil {
			in.Error = "cannot read: " + errText(err)
			out = append(out, in)
			continue
		}
		a, err := knowledge.ParseArticle(filepath.Base(f), data, knowledge.ArticleMeta{}, tiers)
		if err != nil {
			in.Error = strings.TrimPrefix(err.Error(), filepath.Base(f)+": ")
			out = append(out, in)
			continue
		}
		r := extract.Extract(a.Body, extract.Meta{Title: a.Title, Published: a.Published})
		in.SequelStatus, in.Subject, in.Site, in.Tier, in.Claims = r.Label, r.Subject, a.Site, a.Tier, r.Claims
		if in.Claims == nil {
			in.Claims = []extract.Claim{}
		}
		out = append(out, in)
	}
	if *asJSON {
		return printJSON(m.stdout, out)
	}
	for _, in := range out {
		if in.Error != "" {
			fmt.Fprintf(m.stdout, "%s: error: %s\n", in.File, in.Error)
			continue
		}
		fmt.Fprintf(m.stdout, "%s: %s (%s, %s)\n", in.File, in.SequelStatus, orDash(in.Site), in.Tier)
		for _, c := range in.Claims {
			fmt.Fprintf(m.stdout, "  %-12s %-9s %s\n      %q\n", c.Topic, c.Stance, claimValue(c), trim(c.Quote, 160))
		}
	}
	return nil
}

func errText(err error) string {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

func claimValue(c extract.Claim) string {
	v := c.Value
	if c.Role != "" && c.Topic == extract.TopicCast {
		v += " as " + c.Role
	}
	if c.Text != "" && c.Text != c.Value {
		v += fmt.Sprintf(" (%q)", c.Text)
	}
	return v
}

func (m *Main) reseed(ctx context.Context, args []string) error {
	fl := newFlags("reseed", m.stderr)
	dir := fl.String("dir", "", "read the *.txt articles of this directory instead of the embedded seeds")
	if _, err := parseInterspersed(fl, args); err != nil {
		return err
	}
	if *dir != "" {
		m.cfg.SeedsDir = *dir
	}
	if m.cfg.SeedsDir != "" {
		if st, err := os.Stat(m.cfg.SeedsDir); err != nil || !st.IsDir() {
			return fmt.Errorf("seed directory %s: not a readable directory", m.cfg.SeedsDir)
		}
	}
	st, err := knowledge.Open(ctx, m.cfg.DatabasePath, knowledge.WithTiers(knowledge.NewTiers(m.cfg.OfficialDomains, m.cfg.TradeDomains)), knowledge.WithSeeds(m.seedFS()))
	if err != nil {
		return err
	}
	defer st.Close()
	c, err := st.Reseed(ctx, nil)
	for _, p := range c.Problems {
		fmt.Fprintf(m.stderr, "skipped %s: %s\n", p.File, p.Message)
	}
	if err != nil {
		return fmt.Errorf("%w; the previous knowledge base is unchanged", err)
	}
	fmt.Fprint(m.stdout, renderChange(c))
	return nil
}

func (m *Main) sources(ctx context.Context, args []string) error {
	fl := newFlags("sources", m.stderr)
	asJSON := fl.Bool("json", false, "print JSON")
	if _, err := parseInterspersed(fl, args); err != nil {
		return err
	}
	st, err := m.open(ctx)
	if err != nil {
		return err
	}
	defer m.Close()
	arts, err := st.Articles(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return printJSON(m.stdout, arts)
	}
	for _, a := range arts {
		n := 0
		for _, c := range a.Claims {
			n += c
		}
		fmt.Fprintf(m.stdout, "%-28s %-22s %-8s %-17s %3d claims  %s\n", a.Name, orDash(a.Site), a.Tier, a.Label, n, a.Summary)
	}
	return nil
}

func printJSON(w interface{ Write([]byte) (int, error) }, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
