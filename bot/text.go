package main

import (
	"fmt"
	"strings"

	"github.com/purplehearts/bot/knowledge"
)

// renderText is the terminal form of an answer.
func renderText(a knowledge.Answer) string {
	var b strings.Builder
	if a.Question != "" {
		fmt.Fprintf(&b, "Q: %s\n", a.Question)
	}
	fmt.Fprintf(&b, "As of %s:\n", a.Now)
	for _, v := range a.Topics {
		fmt.Fprintf(&b, "\n%s: %s\n  %s\n", strings.ToUpper(string(v.Topic)), strings.ToUpper(string(v.Status)), v.Reason)
		for i, val := range v.Values {
			if i == 8 {
				fmt.Fprintf(&b, "  ... and %d more\n", len(v.Values)-i)
				break
			}
			line := "  - " + val.Text
			if val.Role != "" && (v.Topic == knowledge.TopicCast) {
				line += " as " + val.Role
			}
			line += " [" + string(val.Status)
			if val.Passed {
				line += ", passed"
			}
			line += "]"
			if val.Reason != "" {
				line += " " + val.Reason
			}
			b.WriteString(trim(line, 220) + "\n")
			for j, c := range val.Sources {
				if j == 2 {
					fmt.Fprintf(&b, "      ... and %d more %s\n", len(val.Sources)-j, plural(len(val.Sources)-j, "source", "sources"))
					break
				}
				site := c.Site
				if site == "" { // an article with no URL: its file name
					site = c.File
				}
				fmt.Fprintf(&b, "      %s (%s, %s): %q\n", site, c.Tier, c.Stance, trim(c.Quote, 140))
			}
		}
	}
	return b.String()
}

func renderChange(c knowledge.Change) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Rebuilt the knowledge base (%s).\n", c.Kind)
	fmt.Fprintf(&b, "Articles added: %s\n", listOr(c.Added))
	fmt.Fprintf(&b, "Articles removed: %s\n", listOr(c.Removed))
	if len(c.Verdicts) == 0 {
		b.WriteString("Verdicts changed: none\n")
	} else {
		fmt.Fprintf(&b, "Verdicts changed (%d):\n", len(c.Verdicts))
		for _, v := range c.Verdicts {
			what := string(v.Topic)
			if v.Value != "" {
				what += " / " + v.Value
			}
			fmt.Fprintf(&b, "  %s: %s -> %s\n", what, v.From, v.To)
		}
	}
	if len(c.Problems) > 0 {
		fmt.Fprintf(&b, "Skipped %d file(s):\n", len(c.Problems))
		for _, p := range c.Problems {
			fmt.Fprintf(&b, "  %s: %s\n", p.File, p.Message)
		}
	}
	return b.String()
}

func listOr(xs []string) string {
	if len(xs) == 0 {
		return "none"
	}
	return strings.Join(xs, ", ")
}

func trim(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
