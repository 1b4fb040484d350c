package commands

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/purplehearts/bot/knowledge"
	"github.com/purplehearts/bot/knowledge/knowledgetest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// fixedNow is the date the golden answers are computed against.
var fixedNow = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

// mustOpen opens a knowledge base on a SQLite file in a temporary
// directory, built from the embedded seeds.
func mustOpen(t testing.TB) *knowledge.Store { return knowledgetest.Open(t, 0) }

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./commands -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the rendering (run go test ./commands -update and review the diff):\n%s", path, firstDiff(string(want), string(got)))
	}
}

func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var a, b string
		if i < len(w) {
			a = w[i]
		}
		if i < len(g) {
			b = g[i]
		}
		if a != b {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, a, b)
		}
	}
	return ""
}

// readable renders a callback as a fan would read it, for the .txt golden
// files a reviewer reads.
func readable(r *discordgo.InteractionResponse) string {
	var b strings.Builder
	if r.Data.Content != "" {
		b.WriteString(r.Data.Content + "\n\n")
	}
	for _, e := range r.Data.Embeds {
		fmt.Fprintf(&b, "┃ %s   [#%06x]\n", e.Title, e.Color)
		if e.Description != "" {
			b.WriteString("┃ " + strings.ReplaceAll(e.Description, "\n", "\n┃ ") + "\n")
		}
		for _, f := range e.Fields {
			b.WriteString("┃\n┃ ▸ " + f.Name + "\n┃   " + strings.ReplaceAll(f.Value, "\n", "\n┃   ") + "\n")
		}
		if e.Footer != nil {
			b.WriteString("┃ — " + e.Footer.Text + "\n")
		}
		b.WriteString("\n")
	}
	for _, row := range r.Data.Components {
		var labels []string
		for _, c := range row.(discordgo.ActionsRow).Components {
			bt := c.(discordgo.Button)
			l := "[" + bt.Label + "]"
			if bt.Disabled {
				l = "[*" + bt.Label + "*]"
			}
			labels = append(labels, l)
		}
		b.WriteString(strings.Join(labels, " ") + "\n")
	}
	return b.String()
}

func TestRenderTopicGolden(t *testing.T) {
	st := mustOpen(t)
	ctx := context.Background()
	for _, view := range Views {
		t.Run(view, func(t *testing.T) {
			r, err := RenderTopic(ctx, st, view, fixedNow)
			if err != nil {
				t.Fatalf("RenderTopic(%q) error: %v", view, err)
			}
			checkLimits(t, r)
			b, err := json.MarshalIndent(r, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, view+".json", append(b, '\n'))
			golden(t, view+".txt", []byte(readable(r)))
		})
	}
	if _, err := RenderTopic(ctx, st, "budget", fixedNow); err == nil {
		t.Errorf("RenderTopic(%q) = nil error, want one for an unknown topic", "budget")
	}
}

func TestAskGolden(t *testing.T) {
	st := mustOpen(t)
	h := New(st, nil, nil)
	h.Now = func() time.Time { return fixedNow }
	for name, q := range map[string]string{"ask-release": "when does it come out?", "ask-cast": "is Sofia Carson in it?"} {
		t.Run(name, func(t *testing.T) {
			res := h.Handle(context.Background(), commandInteraction(fanName, askName, permView, option(optQuestion, discordgo.ApplicationCommandOptionString, q)))
			if res.Err != nil {
				t.Fatalf("ask %q: %v", q, res.Err)
			}
			checkLimits(t, res.Response)
			golden(t, name+".txt", []byte(readable(res.Response)))
		})
	}
}

// checkLimits holds a response to Discord's limits.
func checkLimits(t *testing.T, r *discordgo.InteractionResponse) {
	t.Helper()
	d := r.Data
	n := utf8.RuneCountInString
	if n(d.Content) > maxContent {
		t.Errorf("content %d characters, over %d", n(d.Content), maxContent)
	}
	if len(d.Embeds) > maxEmbeds {
		t.Errorf("%d embeds, over %d", len(d.Embeds), maxEmbeds)
	}
	if total := EmbedsLength(d.Embeds); total > maxEmbedTotal {
		t.Errorf("embeds total %d characters, over %d", total, maxEmbedTotal)
	}
	for _, e := range d.Embeds {
		if n(e.Title) > maxTitle || n(e.Description) > maxDescription || len(e.Fields) > maxFields {
			t.Errorf("embed %q over a limit: title %d, description %d, %d fields", e.Title, n(e.Title), n(e.Description), len(e.Fields))
		}
		if e.Footer != nil && n(e.Footer.Text) > maxFooter {
			t.Errorf("footer %d characters", n(e.Footer.Text))
		}
		for _, f := range e.Fields {
			if n(f.Name) > maxFieldName || n(f.Value) > maxFieldValue || f.Name == "" || f.Value == "" {
				t.Errorf("field %q: name %d, value %d characters", f.Name, n(f.Name), n(f.Value))
			}
		}
	}
	if len(d.Components) > maxRows {
		t.Errorf("%d rows, over %d", len(d.Components), maxRows)
	}
	for _, row := range d.Components {
		cs := row.(discordgo.ActionsRow).Components
		if len(cs) > maxButtons {
			t.Errorf("%d buttons in a row, over %d", len(cs), maxButtons)
		}
		for _, c := range cs {
			if id := c.(discordgo.Button).CustomID; n(id) > maxCustomID {
				t.Errorf("custom_id %q over %d", id, maxCustomID)
			}
		}
	}
	if len(d.Choices) > maxChoices {
		t.Errorf("%d choices, over %d", len(d.Choices), maxChoices)
	}
}

// hugeVerdict has far more than Discord can show.
func hugeVerdict(status knowledge.Status) knowledge.Verdict {
	cite := knowledge.Citation{File: "a.txt", URL: "https://example.com/" + strings.Repeat("x", 300), Site: "example.com", Tier: "other", Stance: "asserted", Quote: strings.Repeat("A very long sentence about the sequel. ", 40)}
	v := knowledge.Verdict{Topic: knowledge.TopicCast, Status: status, Reason: strings.Repeat("Many sites name many people. ", 300)}
	for i := 0; i < 60; i++ {
		v.Values = append(v.Values, knowledge.Value{Value: fmt.Sprintf("Person %d %s", i, strings.Repeat("N", 300)), Status: status, Role: "someone", Sources: []knowledge.Citation{cite, cite, cite, cite, cite}})
	}
	return v
}

func TestLongAnswersAreTrimmed(t *testing.T) {
	v := hugeVerdict(knowledge.Rumored)
	e := verdictEmbed(v, fixedNow, maxEmbedTotal-200)
	r := &discordgo.InteractionResponse{Data: &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{e}}}
	checkLimits(t, r)
	last := e.Fields[len(e.Fields)-1]
	if !strings.HasPrefix(last.Name, "and ") || !strings.HasSuffix(last.Name, " more") {
		t.Errorf("last field of a trimmed answer = %q, want \"and N more\"", last.Name)
	}
	var answer knowledge.Answer
	for i := 0; i < 12; i++ {
		h := hugeVerdict(knowledge.Disputed)
		h.Topic = knowledge.Topic(fmt.Sprintf("topic%d", i))
		answer.Topics = append(answer.Topics, h)
	}
	answer.Question = "everything?"
	checkLimits(t, &discordgo.InteractionResponse{Data: askData(answer, fixedNow)})
	arts := make([]knowledge.ArticleInfo, 40)
	for i := range arts {
		arts[i] = knowledge.ArticleInfo{Name: fmt.Sprintf("a%d.txt", i), Title: strings.Repeat("T", 400), Summary: strings.Repeat("s", 2000), Tier: "other", URL: "https://example.com/a"}
	}
	se := sourcesEmbed(arts, fixedNow, articleLine)
	checkLimits(t, &discordgo.InteractionResponse{Data: &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{se}}})
	if !strings.Contains(se.Fields[len(se.Fields)-1].Name, "more") {
		t.Errorf("40 sources: last field %q, want \"and N more\"", se.Fields[len(se.Fields)-1].Name)
	}
}

func TestOnlyConfirmedReadsConfirmed(t *testing.T) {
	for status := range statusStyles {
		v := knowledge.Verdict{Topic: knowledge.TopicRelease, Status: status, Reason: "Sources say so.",
			Values: []knowledge.Value{{Value: "2026-02-14", Text: "February 14, 2026", Status: status, Sources: []knowledge.Citation{{Site: "example.com", Quote: "It comes out then."}}}}}
		e := verdictEmbed(v, fixedNow, maxEmbedTotal)
		o := answerEmbeds(knowledge.Answer{Topics: []knowledge.Verdict{v}}, fixedNow)
		text := strings.ToLower(readable(&discordgo.InteractionResponse{Data: &discordgo.InteractionResponseData{Embeds: append(o, e)}}))
		if got := strings.Contains(text, "confirm"); got != (status == knowledge.Confirmed) {
			t.Errorf("status %s: rendering mentions \"confirm\" = %v, want %v:\n%s", status, got, status == knowledge.Confirmed, text)
		}
	}
}

func TestPassedDatesSaySo(t *testing.T) {
	v := knowledge.Value{Value: "2026-02-14", Text: "Valentine's Day 2026", Status: knowledge.Rumored, Passed: true}
	got := valueLine(knowledge.TopicRelease, v)
	if !strings.Contains(got, "has passed") || !strings.Contains(got, "February 14, 2026") {
		t.Errorf("valueLine(passed date) = %q, want the date and that it has passed", got)
	}
	v.Passed = false
	if got := valueLine(knowledge.TopicRelease, v); strings.Contains(got, "passed") {
		t.Errorf("valueLine(future date) = %q, want no \"passed\"", got)
	}
}

func TestTrimText(t *testing.T) {
	cases := []struct {
		in   string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"one two three four", 10, "one two…"},
		{"ééééééééééé", 5, "éééé…"},
	}
	for _, c := range cases {
		if got := trimText(c.in, c.n); got != c.want {
			t.Errorf("trimText(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
	lines := []string{"aaaa", "bbbb", "cccc", "dddd"}
	if got, want := joinLines(lines, 20), "aaaa\nbbbb\nand 2 more"; got != want {
		t.Errorf("joinLines(4 lines, 20) = %q, want %q", got, want)
	}
}
