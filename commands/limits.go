package commands

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Discord's limits on what a message may hold. The API spec states some of
// them; the rest are Discord's documented limits, and the tests check both.
const (
	maxContent      = 2000
	maxTitle        = 256
	maxDescription  = 4096
	maxFields       = 25
	maxFieldName    = 256
	maxFieldValue   = 1024
	maxFooter       = 2048
	maxEmbedTotal   = 6000
	maxEmbeds       = 10
	maxRows         = 5
	maxButtons      = 5
	maxCustomID     = 100
	maxChoices      = 25
	maxChoiceLength = 100
)

// trimText cuts s to at most n characters (Discord counts characters, not
// bytes), ending with an ellipsis when it cut.
func trimText(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	// End on a word boundary when one is near.
	for i := len(r) - 1; i > len(r)*2/3; i-- {
		if r[i] == ' ' {
			r = r[:i]
			break
		}
	}
	return strings.TrimRight(string(r), " ,;:") + "…"
}

// joinLines joins lines under a limit of n characters; the lines that do not
// fit are replaced by "and N more".
func joinLines(lines []string, n int) string {
	var b strings.Builder
	count := 0 // runes in b
	for i, l := range lines {
		more := ""
		if rest := len(lines) - i - 1; rest > 0 {
			more = fmt.Sprintf("\nand %d more", rest+1)
		}
		sep := ""
		if i > 0 {
			sep = "\n"
		}
		// Keep room to say how many were left out.
		add := utf8.RuneCountInString(sep + l)
		if count+add+utf8.RuneCountInString(more) > n {
			tail := fmt.Sprintf("and %d more", len(lines)-i)
			if i == 0 {
				return trimText(l, n)
			}
			return b.String() + "\n" + tail
		}
		b.WriteString(sep + l)
		count += add
	}
	return b.String()
}

// listMore joins the first lines of a list of total entries under a limit
// of n characters, and says "and N more" for every entry not shown.
func listMore(lines []string, total, n int) string {
	var b strings.Builder
	shown, count := 0, 0 // count: runes in b
	for _, l := range lines {
		sep := ""
		if shown > 0 {
			sep = "\n"
		}
		more := 0
		if rest := total - shown - 1; rest > 0 {
			more = utf8.RuneCountInString(fmt.Sprintf("\nand %d more", rest))
		}
		add := utf8.RuneCountInString(sep + l)
		if count+add+more > n {
			break
		}
		b.WriteString(sep + l)
		count += add
		shown++
	}
	if shown == 0 && len(lines) > 0 {
		tail := ""
		if total > 1 {
			tail = fmt.Sprintf("\nand %d more", total-1)
		}
		return trimText(lines[0], n-utf8.RuneCountInString(tail)) + tail
	}
	if rest := total - shown; rest > 0 {
		b.WriteString(fmt.Sprintf("\nand %d more", rest))
	}
	return b.String()
}

// embedLength is the character count Discord checks against 6000.
func embedLength(e *discordgo.MessageEmbed) int {
	n := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description)
	if e.Footer != nil {
		n += utf8.RuneCountInString(e.Footer.Text)
	}
	if e.Author != nil {
		n += utf8.RuneCountInString(e.Author.Name)
	}
	for _, f := range e.Fields {
		n += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
	}
	return n
}

// EmbedsLength is the character count of all the embeds of one message,
// which Discord also holds to 6000.
func EmbedsLength(es []*discordgo.MessageEmbed) int {
	n := 0
	for _, e := range es {
		n += embedLength(e)
	}
	return n
}

// fit trims an embed to Discord's limits: each part to its own limit, then
// fields dropped from the end (replaced by "and N more") until the whole
// message's embeds fit within budget characters.
func fit(e *discordgo.MessageEmbed, budget int) *discordgo.MessageEmbed {
	e.Title = trimText(e.Title, maxTitle)
	e.Description = trimText(e.Description, maxDescription)
	if e.Footer != nil {
		e.Footer.Text = trimText(e.Footer.Text, maxFooter)
	}
	for _, f := range e.Fields {
		f.Name = trimText(f.Name, maxFieldName)
		f.Value = trimText(f.Value, maxFieldValue)
	}
	all := e.Fields
	for k := min(len(all), maxFields); k >= 0; k-- {
		e.Fields = all[:k:k]
		if k < len(all) {
			if k == maxFields {
				continue // no room left for the "and N more" field
			}
			e.Fields = moreField(e.Fields, len(all)-k)
		}
		if embedLength(e) <= budget {
			break
		}
	}
	if embedLength(e) > budget {
		over := embedLength(e) - budget
		n := utf8.RuneCountInString(e.Description) - over
		if n < 1 {
			n = 1
		}
		e.Description = trimText(e.Description, n)
	}
	return e
}

// moreField appends an "and N more" field.
func moreField(fs []*discordgo.MessageEmbedField, n int) []*discordgo.MessageEmbedField {
	word := "entries"
	if n == 1 {
		word = "entry"
	}
	return append(fs, &discordgo.MessageEmbedField{Name: fmt.Sprintf("and %d more", n), Value: fmt.Sprintf("%d more %s not shown here.", n, word)})
}
