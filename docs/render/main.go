// Command render draws a real answer of the bot as Discord shows it, as an
// HTML page, for the README's picture: it builds the knowledge base from
// the embedded seeds in a temporary directory, renders the fan command's
// callback with commands.RenderTopic (exactly what the bot sends), and
// writes HTML styled like Discord's dark theme. shot.sh turns it into a PNG
// with headless Chromium.
//
//	go run ./docs/render -topic release -now 2026-11-22 > answer.html
package main

import (
	"context"
	"flag"
	"fmt"
	"html"
	"io"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/purplehearts/bot/commands"
	"github.com/purplehearts/bot/knowledge"
	"github.com/purplehearts/bot/seeds"
)

func main() {
	topic := flag.String("topic", "release", "overview, sequel, release, cast, plot or sources")
	day := flag.String("now", "2026-11-22", "the date answers are computed against (YYYY-MM-DD)")
	question := flag.String("ask", "/purplehearts release", "the command shown above the answer")
	flag.Parse()
	now, err := time.Parse("2006-01-02", *day)
	if err != nil {
		log.Fatalf("render: -now: %v", err)
	}
	if err := run(context.Background(), os.Stdout, *topic, *question, now); err != nil {
		log.Fatalf("render: %v", err)
	}
}

func run(ctx context.Context, w io.Writer, topic, question string, now time.Time) error {
	dir, err := os.MkdirTemp("", "render")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	st, err := knowledge.Open(ctx, filepath.Join(dir, "kb.db"), knowledge.WithSeeds(seeds.FS))
	if err != nil {
		return err
	}
	defer st.Close()
	if _, err := st.Reseed(ctx, nil); err != nil {
		return err
	}
	r, err := commands.RenderTopic(ctx, st, topic, now)
	if err != nil {
		return err
	}
	_, err = io.WriteString(w, page(r.Data, question))
	return err
}

var (
	reLink   = regexp.MustCompile(`\[([^\]]+)\]\((https?://[^)\s]+)\)`)
	reBold   = regexp.MustCompile(`\*\*([^*]+)\*\*`)
	reItalic = regexp.MustCompile(`\*([^*]+)\*`)
	reEscape = regexp.MustCompile(`\\([\\*_~|>\[\]` + "`" + `])`)
)

// markdown renders the little Discord markdown the bot uses.
func markdown(s string) string {
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		sub := strings.HasPrefix(l, "-# ")
		quote := strings.HasPrefix(l, "> ")
		l = strings.TrimPrefix(strings.TrimPrefix(l, "-# "), "> ")
		// Escaped characters become placeholders so markup rules skip them.
		l = reEscape.ReplaceAllStringFunc(l, func(m string) string { return fmt.Sprintf("\x00%d\x00", m[1]) })
		l = html.EscapeString(l)
		l = reLink.ReplaceAllString(l, `<a href="$2">$1</a>`)
		l = reBold.ReplaceAllString(l, `<b>$1</b>`)
		l = reItalic.ReplaceAllString(l, `<i>$1</i>`)
		l = regexp.MustCompile("\x00(\\d+)\x00").ReplaceAllStringFunc(l, func(m string) string {
			var c int
			fmt.Sscanf(strings.Trim(m, "\x00"), "%d", &c)
			return html.EscapeString(string(rune(c)))
		})
		switch {
		case sub:
			l = `<span class="sub">` + l + `</span>`
		case quote:
			l = `<span class="quote">` + l + `</span>`
		}
		lines = append(lines, l)
	}
	return strings.Join(lines, "<br>")
}

func page(d *discordgo.InteractionResponseData, question string) string {
	var b strings.Builder
	b.WriteString(`<!doctype html><html><head><meta charset="utf-8"><style>
body { margin: 0; background: #313338; font-family: "gg sans", "Noto Sans", "Helvetica Neue", Arial, sans-serif; color: #dbdee1; font-size: 15px; line-height: 1.375; }
.msg { display: flex; padding: 16px 48px 20px 16px; max-width: 600px; }
.avatar { width: 40px; height: 40px; border-radius: 50%; background: linear-gradient(135deg, #9b59b6, #5865f2); flex: none; margin-right: 16px; display: flex; align-items: center; justify-content: center; color: white; font-weight: 700; }
.who { font-weight: 500; color: #f2f3f5; } .tag { background: #5865f2; color: white; font-size: 10px; font-weight: 600; padding: 1px 4px; border-radius: 3px; margin-left: 4px; vertical-align: 2px; }
.time { color: #949ba4; font-size: 12px; margin-left: 6px; }
.reply { color: #949ba4; font-size: 13px; margin-bottom: 4px; } .reply b { color: #c9cdfb; font-weight: 500; }
.embed { display: grid; background: #2b2d31; border-left: 4px solid; border-radius: 4px; padding: 8px 16px 16px 12px; margin-top: 8px; max-width: 520px; }
.title { font-weight: 600; color: #f2f3f5; margin-top: 8px; } .desc { font-size: 14px; margin-top: 8px; }
.field { margin-top: 8px; font-size: 14px; } .fname { font-weight: 600; color: #f2f3f5; margin-bottom: 2px; }
.footer { font-size: 12px; color: #b5bac1; margin-top: 8px; }
a { color: #00a8fc; text-decoration: none; }
.sub { font-size: 12px; color: #949ba4; } .quote { border-left: 4px solid #4e5058; padding-left: 8px; display: inline-block; }
.row { margin-top: 8px; display: flex; gap: 8px; }
.btn { background: #4e5058; color: white; border-radius: 3px; padding: 2px 16px; height: 32px; display: flex; align-items: center; font-size: 14px; font-weight: 500; }
.btn.primary { background: #5865f2; } .btn.disabled { opacity: 0.5; }
</style></head><body><div class="msg"><div class="avatar">PH</div><div>`)
	fmt.Fprintf(&b, `<div class="reply">used <b>%s</b></div>`, html.EscapeString(question))
	b.WriteString(`<div><span class="who">Purple Hearts</span><span class="tag">APP</span><span class="time">Today at 12:00</span></div>`)
	if d.Content != "" {
		b.WriteString(`<div>` + markdown(d.Content) + `</div>`)
	}
	for _, e := range d.Embeds {
		fmt.Fprintf(&b, `<div class="embed" style="border-color:#%06x">`, e.Color)
		if e.Title != "" {
			b.WriteString(`<div class="title">` + markdown(e.Title) + `</div>`)
		}
		if e.Description != "" {
			b.WriteString(`<div class="desc">` + markdown(e.Description) + `</div>`)
		}
		for _, f := range e.Fields {
			b.WriteString(`<div class="field"><div class="fname">` + markdown(f.Name) + `</div><div>` + markdown(f.Value) + `</div></div>`)
		}
		if e.Footer != nil {
			b.WriteString(`<div class="footer">` + html.EscapeString(e.Footer.Text) + `</div>`)
		}
		b.WriteString(`</div>`)
	}
	for _, c := range d.Components {
		row, ok := c.(discordgo.ActionsRow)
		if !ok {
			continue
		}
		b.WriteString(`<div class="row">`)
		for _, x := range row.Components {
			bt, ok := x.(discordgo.Button)
			if !ok {
				continue
			}
			class := "btn"
			if bt.Style == discordgo.PrimaryButton {
				class += " primary"
			}
			if bt.Disabled {
				class += " disabled"
			}
			fmt.Fprintf(&b, `<div class="%s">%s</div>`, class, html.EscapeString(bt.Label))
		}
		b.WriteString(`</div>`)
	}
	b.WriteString(`</div></div></body></html>`)
	return b.String()
}
