package commands

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/purplehearts/bot/knowledge"
)

// View names: "overview", the fan topics, and "sources". They are the
// values of the fan command's subcommands, of the buttons' custom IDs and of
// a pin's topic.
const (
	viewOverview = "overview"
	viewSources  = "sources"
)

// Views lists what a fan can look at, in the order of the buttons.
var Views = []string{viewOverview, string(knowledge.TopicSequel), string(knowledge.TopicRelease), string(knowledge.TopicCast), string(knowledge.TopicPlot), viewSources}

// isView reports whether name is one of Views.
func isView(name string) bool {
	for _, v := range Views {
		if v == name {
			return true
		}
	}
	return false
}

// statusStyle is how a status reads and looks. Only Confirmed says
// "confirmed": a fan must never read it for anything the knowledge base has
// not confirmed.
type statusStyle struct {
	word  string
	emoji string
	color int
}

var statusStyles = map[knowledge.Status]statusStyle{
	knowledge.Confirmed:    {"Confirmed", "🟢", 0x2ECC71},
	knowledge.Reported:     {"Reported, not official", "🔵", 0x3498DB},
	knowledge.Rumored:      {"Rumored", "🟡", 0xF1C40F},
	knowledge.Disputed:     {"Disputed", "🟠", 0xE67E22},
	knowledge.Unconfirmed:  {"No official word", "⚪", 0x95A5A6},
	knowledge.Unknown:      {"Nothing known", "⚫", 0x4F545C},
	knowledge.Contradicted: {"Contradicted", "🔴", 0xE74C3C},
}

func styleOf(s knowledge.Status) statusStyle {
	if st, ok := statusStyles[s]; ok {
		return st
	}
	return statusStyles[knowledge.Unknown]
}

// topicTitles names each topic as a fan reads it.
var topicTitles = map[knowledge.Topic]string{
	knowledge.TopicSequel:       "The sequel",
	knowledge.TopicRelease:      "Release date",
	knowledge.TopicCast:         "Cast",
	knowledge.TopicPlot:         "Plot",
	knowledge.TopicDirector:     "Director",
	knowledge.TopicAnnouncement: "Announcement",
	knowledge.TopicProduction:   "Production",
	knowledge.TopicTrailer:      "Trailer",
}

func topicTitle(t knowledge.Topic) string {
	if s, ok := topicTitles[t]; ok {
		return s
	}
	return strings.ToUpper(string(t[:1])) + string(t[1:])
}

// sequelValues reads the sequel topic's normalised values.
var sequelValues = map[string]string{
	"greenlit":      "Greenlit",
	"in_production": "In production",
	"released":      "Released",
	"not_announced": "Not announced",
}

var tierWords = map[knowledge.Tier]string{
	"official": "official",
	"trade":    "trade press",
	"other":    "other site",
}

var stanceWords = map[knowledge.Stance]string{
	"asserted": "states",
	"hedged":   "hints",
	"denied":   "denies",
	"quoted":   "quotes",
}

// labelWords says what an article claims about the sequel, in words that
// never read as the knowledge base's own "confirmed".
var labelWords = map[knowledge.Label]string{
	"asserts_confirmed": "claims it is greenlit",
	"says_released":     "says it is out",
	"says_unconfirmed":  "says nothing is official",
	"debunks":           "debunks the rumours",
	"unclear":           "unclear",
}

const (
	quoteLength     = 200
	valueLength     = 120
	citationsShown  = 3
	footerStatusKey = "Official and trade sources outweigh other sites"
)

// dateLabel formats an ISO date (2006-01-02) as a fan reads it.
func dateLabel(iso string) (string, bool) {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return "", false
	}
	return t.Format("January 2, 2006"), true
}

// valueLabel is one value as a fan reads it, with its role or status
// notes.
func valueLabel(t knowledge.Topic, v knowledge.Value) string {
	label := v.Text
	switch {
	case t == knowledge.TopicSequel && sequelValues[v.Value] != "":
		label = sequelValues[v.Value]
	case label == "":
		if d, ok := dateLabel(v.Value); ok {
			label = d
		} else {
			label = v.Value
		}
	case t == knowledge.TopicRelease:
		if d, ok := dateLabel(v.Value); ok && !strings.EqualFold(d, label) {
			label += " (" + d + ")"
		}
	case t == knowledge.TopicCast && v.Value != "" && !strings.EqualFold(v.Value, label):
		label = v.Value
	}
	if v.Role != "" && (t == knowledge.TopicCast || t == knowledge.TopicDirector) {
		label += " as " + v.Role
	}
	return label
}

// valueLine is one value with its status, for the overview.
func valueLine(t knowledge.Topic, v knowledge.Value) string {
	st := styleOf(v.Status)
	s := fmt.Sprintf("%s %s: %s", st.emoji, escape(trimText(valueLabel(t, v), valueLength)), st.word)
	if v.Passed {
		s += " (this date has passed)"
	}
	return s
}

// sourceLink names where a text is from (its site, else its file name),
// linked when its URL is a web address.
func sourceLink(site, file, rawURL string) string {
	if site == "" {
		site = file
	}
	if u, err := url.Parse(rawURL); err == nil && (u.Scheme == "https" || u.Scheme == "http") && u.Host != "" {
		return "[" + escape(site) + "](" + rawURL + ")"
	}
	return escape(site)
}

// tierWord says how much weight a tier carries.
func tierWord(t knowledge.Tier) string {
	if w := tierWords[t]; w != "" {
		return w
	}
	return "other site"
}

// citationLine is one source a fan can follow: the site, a link, the tier,
// how the article holds it, and the sentence it rests on.
func citationLine(c knowledge.Citation) string {
	src, tier := sourceLink(c.Site, c.File, c.URL), tierWord(c.Tier)
	stance := stanceWords[c.Stance]
	if stance == "" {
		stance = "says"
	}
	q := strings.Join(strings.Fields(c.Quote), " ")
	line := fmt.Sprintf("• %s (%s) %s", src, tier, stance)
	if q != "" {
		line += ": “" + escape(trimText(q, quoteLength)) + "”"
	}
	return line
}

// citations lists sources, at most shown of them, then "and N more". One
// quote from each site comes first, so a fan sees how many places say it
// before a second quote from the same one.
func citations(cs []knowledge.Citation, shown int) string {
	seen := map[string]bool{}
	var first, rest []knowledge.Citation
	for _, c := range cs {
		if key := c.Site + "\x00" + c.File; !seen[c.Site] || c.Site == "" && !seen[key] {
			seen[c.Site], seen[key] = true, true
			first = append(first, c)
		} else {
			rest = append(rest, c)
		}
	}
	cs = append(first, rest...)
	lines := make([]string, 0, shown)
	for i, c := range cs {
		if i == shown {
			break
		}
		lines = append(lines, citationLine(c))
	}
	return listMore(lines, len(cs), maxFieldValue)
}

// markdown characters that would change how a quote reads.
var escaper = strings.NewReplacer("\\", "\\\\", "*", "\\*", "_", "\\_", "~", "\\~", "`", "\\`", "|", "\\|", ">", "\\>", "[", "\\[", "]", "\\]")

func escape(s string) string { return escaper.Replace(s) }

// asOf is the footer every answer carries.
func asOf(now time.Time) *discordgo.MessageEmbedFooter {
	return &discordgo.MessageEmbedFooter{Text: "As of " + now.Format("January 2, 2006") + " · " + footerStatusKey}
}

// verdictEmbed is the detailed answer on one topic: its status, the reason,
// each value with its status and sources.
func verdictEmbed(v knowledge.Verdict, now time.Time, budget int) *discordgo.MessageEmbed {
	st := styleOf(v.Status)
	e := &discordgo.MessageEmbed{
		Title:       fmt.Sprintf("%s %s: %s", st.emoji, topicTitle(v.Topic), st.word),
		Description: v.Reason,
		Color:       st.color,
		Footer:      asOf(now),
	}
	for _, val := range v.Values {
		name := valueLine(v.Topic, val)
		body := citations(val.Sources, citationsShown)
		if val.Reason != "" {
			body = joinLines([]string{"*" + escape(val.Reason) + "*", body}, maxFieldValue)
		}
		if body == "" {
			body = "No source quoted."
		}
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: name, Value: body})
	}
	if len(v.Values) == 0 && len(v.Sources) > 0 {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Sources", Value: citations(v.Sources, 5)})
	}
	return fit(e, budget)
}

// overviewEmbed is one topic, short, for the overview: status, reason and
// its values' statuses.
func overviewEmbed(v knowledge.Verdict, budget int) *discordgo.MessageEmbed {
	st := styleOf(v.Status)
	lines := []string{v.Reason}
	vals := make([]string, 0, len(v.Values))
	for _, val := range v.Values {
		vals = append(vals, valueLine(v.Topic, val))
	}
	shown := 6
	if v.Topic == knowledge.TopicPlot {
		shown = 3 // plot values are sentences
	}
	if len(vals) > shown {
		vals = append(vals[:shown], fmt.Sprintf("and %d more", len(v.Values)-shown))
	}
	lines = append(lines, vals...)
	e := &discordgo.MessageEmbed{
		Title:       fmt.Sprintf("%s %s: %s", st.emoji, topicTitle(v.Topic), st.word),
		Description: joinLines(lines, maxDescription),
		Color:       st.color,
	}
	return fit(e, budget)
}

// fanTopics are the topics the overview shows in full.
var fanTopics = map[knowledge.Topic]bool{knowledge.TopicSequel: true, knowledge.TopicRelease: true, knowledge.TopicCast: true, knowledge.TopicPlot: true}

// answerEmbeds renders an overview or a question's answer: one short embed
// per fan topic, then one line for each other topic a source speaks of, in
// at most 10 embeds and 6000 characters. A question that matched one topic
// gets that topic in full, with its sources.
func answerEmbeds(a knowledge.Answer, now time.Time) []*discordgo.MessageEmbed {
	if len(a.Topics) == 0 {
		return []*discordgo.MessageEmbed{{Title: "Nothing known yet", Description: msgNoMatch, Color: styleOf(knowledge.Unknown).color, Footer: asOf(now)}}
	}
	if a.Question != "" && len(a.Topics) == 1 {
		return []*discordgo.MessageEmbed{verdictEmbed(a.Topics[0], now, maxEmbedTotal-200)}
	}
	var main []knowledge.Verdict
	var also []string
	for _, v := range a.Topics {
		switch {
		case fanTopics[v.Topic] || a.Question != "":
			main = append(main, v)
		case v.Status != knowledge.Unknown || len(v.Values) > 0:
			st := styleOf(v.Status)
			line := fmt.Sprintf("%s **%s: %s**", st.emoji, topicTitle(v.Topic), st.word)
			if v.Reason != "" {
				line += " · " + v.Reason
			}
			also = append(also, line)
		}
	}
	if len(main) > maxEmbeds-1 {
		main = main[:maxEmbeds-1]
	}
	n := len(main)
	if len(also) > 0 {
		n++
	}
	budget := (maxEmbedTotal - 200) / n
	es := make([]*discordgo.MessageEmbed, 0, n)
	for _, v := range main {
		es = append(es, overviewEmbed(v, budget))
	}
	if len(also) > 0 {
		es = append(es, fit(&discordgo.MessageEmbed{Title: "Also mentioned", Description: joinLines(also, maxDescription), Color: styleOf(knowledge.Unknown).color}, budget))
	}
	es[len(es)-1].Footer = asOf(now)
	return es
}

// sourcesEmbed lists each article with its site, tier and what it claims.
func sourcesEmbed(arts []knowledge.ArticleInfo, now time.Time, line func(knowledge.ArticleInfo) string) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{
		Title:       fmt.Sprintf("Sources (%d)", len(arts)),
		Description: "The articles I read, how much weight each carries, and what each claims. Official and trade sources outrank other sites.",
		Color:       0x9B59B6,
		Footer:      asOf(now),
	}
	for _, a := range arts {
		e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: articleTitle(a), Value: line(a)})
	}
	return fit(e, maxEmbedTotal-200)
}

// articleTitle is an article's headline or, without one, where it is
// from (the URL's slug would often repeat the article's claims as if they
// were a title).
func articleTitle(a knowledge.ArticleInfo) string {
	t := a.Title
	switch {
	case t != "":
	case a.Site != "":
		t = "Untitled article on " + a.Site + " (" + a.Name + ")"
	default:
		t = a.Name
	}
	return trimText(t, 120)
}

// articleLine says where an article is from, its tier and what it claims.
func articleLine(a knowledge.ArticleInfo) string {
	parts := []string{fmt.Sprintf("%s · %s · %s", sourceLink(a.Site, a.Name, a.URL), tierWord(a.Tier), labelOf(a.Label))}
	if a.Summary != "" {
		parts = append(parts, escape(a.Summary))
	}
	return joinLines(parts, maxFieldValue)
}

func labelOf(l knowledge.Label) string {
	if s, ok := labelWords[l]; ok {
		return s
	}
	return "unclear"
}

// buttonLabels name the views on the buttons under an answer.
var buttonLabels = map[string]string{
	viewOverview: "Overview",
	"sequel":     "Sequel",
	"release":    "Release date",
	"cast":       "Cast",
	"plot":       "Plot",
	viewSources:  "Sources",
}

// buttons move between views by updating the message they sit under;
// current, if any, is shown pressed.
func buttons(current string) []discordgo.MessageComponent {
	var rows []discordgo.MessageComponent
	var row discordgo.ActionsRow
	for _, v := range Views {
		b := discordgo.Button{Label: buttonLabels[v], Style: discordgo.SecondaryButton, CustomID: buttonPrefix + v}
		if v == current {
			b.Style = discordgo.PrimaryButton
			b.Disabled = true
		}
		row.Components = append(row.Components, b)
		if len(row.Components) == maxButtons {
			rows = append(rows, row)
			row = discordgo.ActionsRow{}
		}
	}
	if len(row.Components) > 0 {
		rows = append(rows, row)
	}
	return rows
}

// buttonPrefix starts the custom ID of a view button: "topic:release".
const buttonPrefix = "topic:"
