package commands

import (
	"context"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/purplehearts/bot/knowledge"
)

// adminName is the admins' command: /knowledge add, remove, list, reseed
// and changes.
const adminName = "knowledge"

const (
	subAdd     = "add"
	subRemove  = "remove"
	subList    = "list"
	subReseed  = "reseed"
	subChanges = "changes"

	optFile  = "file"
	optName  = "name"
	optURL   = "url"
	optTitle = "title"
	optTier  = "tier"

	modalAdd   = "article:add"
	fieldText  = "text"
	fieldURL   = "url"
	fieldTitle = "title"
	fieldTier  = "tier"

	// MaxArticleBytes is the largest article an admin may add.
	MaxArticleBytes = 512 << 10
)

// attachmentHosts are where Discord serves attachments from: the bot
// downloads nothing else.
var attachmentHosts = map[string]bool{"cdn.discordapp.com": true, "media.discordapp.net": true}

func adminCommand() *discordgo.ApplicationCommand {
	perm := int64(discordgo.PermissionManageGuild)
	guildOnly := []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	tiers := []*discordgo.ApplicationCommandOptionChoice{
		{Name: "official (the studio or streamer)", Value: "official"},
		{Name: "trade (Variety, Deadline, ...)", Value: "trade"},
		{Name: "other", Value: "other"},
	}
	return &discordgo.ApplicationCommand{
		Name:                     adminName,
		Description:              "Keep the Purple Hearts 2 knowledge current",
		DefaultMemberPermissions: &perm,
		Contexts:                 &guildOnly,
		Options: []*discordgo.ApplicationCommandOption{
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        subAdd,
				Description: "Add an article: attach a .txt file, or leave it out to paste the text",
				Options: []*discordgo.ApplicationCommandOption{
					{Type: discordgo.ApplicationCommandOptionAttachment, Name: optFile, Description: "The article as a UTF-8 .txt file"},
					{Type: discordgo.ApplicationCommandOptionString, Name: optURL, Description: "Where the article was published", MaxLength: 500},
					{Type: discordgo.ApplicationCommandOptionString, Name: optTitle, Description: "The article's headline", MaxLength: 200},
					{Type: discordgo.ApplicationCommandOptionString, Name: optTier, Description: "How much weight the source carries", Choices: tiers},
				},
			},
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        subRemove,
				Description: "Remove an article",
				Options: []*discordgo.ApplicationCommandOption{
					{Type: discordgo.ApplicationCommandOptionString, Name: optName, Description: "The article", Required: true, Autocomplete: true},
				},
			},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: subList, Description: "List the articles I know"},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: subReseed, Description: "Rebuild from the built-in articles, keeping the ones admins added"},
			{Type: discordgo.ApplicationCommandOptionSubCommand, Name: subChanges, Description: "What the last change did"},
		},
	}
}

// admin answers /knowledge. Changes defer: ingesting and refreshing the
// pinned answers may take longer than Discord's three seconds.
func (h *Handler) admin(ctx context.Context, i *discordgo.Interaction, d discordgo.ApplicationCommandInteractionData) Result {
	if r, ok := allowed(i, discordgo.PermissionManageGuild, "Manage Server"); !ok {
		return r
	}
	if len(d.Options) != 1 {
		return failure(fmt.Errorf("knowledge: want one subcommand, got %d options", len(d.Options)), msgBadOption)
	}
	sub := d.Options[0]
	switch sub.Name {
	case subAdd:
		return h.add(ctx, d, sub.Options)
	case subRemove:
		name := strings.TrimSpace(stringOption(sub.Options, optName))
		if name == "" {
			return failure(errors.New("remove: empty name"), msgBadOption)
		}
		return deferred(true, h.change(func(ctx context.Context) (knowledge.Change, error) {
			return h.KB.RemoveArticle(ctx, name)
		}, "remove "+name))
	case subReseed:
		return deferred(true, h.change(func(ctx context.Context) (knowledge.Change, error) {
			return h.KB.Reseed(ctx, nil)
		}, "reseed"))
	case subList:
		arts, err := h.KB.Articles(ctx)
		if err != nil {
			return failure(fmt.Errorf("list: %w", err), msgKB)
		}
		e := sourcesEmbed(arts, h.Now(), func(a knowledge.ArticleInfo) string {
			origin := "built-in seed"
			if a.Origin == "admin" {
				origin = "added by an admin"
			}
			return trimText(fmt.Sprintf("`%s` · %s\n%s", a.Name, origin, articleLine(a)), maxFieldValue)
		})
		return Result{Response: message(discordgo.InteractionResponseChannelMessageWithSource, &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{e}}, true)}
	case subChanges:
		c, err := h.KB.LastChange(ctx)
		if errors.Is(err, knowledge.ErrNotFound) {
			return Result{Response: ephemeral("Nothing has changed since I started keeping track.")}
		}
		if err != nil {
			return failure(fmt.Errorf("last change: %w", err), msgKB)
		}
		return Result{Response: message(discordgo.InteractionResponseChannelMessageWithSource, &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{changeEmbed(c)}}, true)}
	}
	return failure(fmt.Errorf("knowledge: unknown subcommand %q", sub.Name), msgBadOption)
}

// add takes an article from an attachment, or opens a modal to paste one.
// The attachment is checked (name, type, size) before anything is
// downloaded, and its bytes (UTF-8) before anything is stored.
func (h *Handler) add(ctx context.Context, d discordgo.ApplicationCommandInteractionData, opts []*discordgo.ApplicationCommandInteractionDataOption) Result {
	meta := knowledge.ArticleMeta{
		URL:   strings.TrimSpace(stringOption(opts, optURL)),
		Title: strings.TrimSpace(stringOption(opts, optTitle)),
		Tier:  stringOption(opts, optTier),
	}
	id := stringOption(opts, optFile)
	if id == "" {
		return Result{Response: articleModal(meta)}
	}
	var att *discordgo.MessageAttachment
	if d.Resolved != nil {
		att = d.Resolved.Attachments[id]
	}
	if err := checkAttachment(att); err != nil {
		return failure(fmt.Errorf("add: %w", err), fmt.Sprintf(msgAttachment, MaxArticleBytes>>10))
	}
	name, link := att.Filename, att.URL
	return deferred(true, func(ctx context.Context) (*discordgo.WebhookEdit, error) {
		data, err := h.Fetch.Fetch(ctx, link, MaxArticleBytes)
		if err != nil {
			return textEdit("Sorry, I couldn't download that file from Discord. Please try again in a moment."), fmt.Errorf("add %s: fetch: %w", name, err)
		}
		if len(data) > MaxArticleBytes {
			return textEdit(fmt.Sprintf(msgAttachment, MaxArticleBytes>>10)), fmt.Errorf("add %s: %d bytes", name, len(data))
		}
		if !utf8.Valid(data) {
			return textEdit(msgNotUTF8), fmt.Errorf("add %s: not UTF-8", name)
		}
		return h.change(func(ctx context.Context) (knowledge.Change, error) {
			return h.KB.AddArticle(ctx, knowledge.File{Name: name, Data: data}, meta)
		}, "add "+name)(ctx)
	})
}

// checkAttachment accepts a .txt file of plain text within the size limit,
// served by Discord.
func checkAttachment(a *discordgo.MessageAttachment) error {
	if a == nil {
		return errors.New("attachment missing from resolved data")
	}
	if a.Size <= 0 || a.Size > MaxArticleBytes {
		return fmt.Errorf("attachment %q: size %d", a.Filename, a.Size)
	}
	if !strings.EqualFold(path.Ext(a.Filename), ".txt") {
		return fmt.Errorf("attachment %q: not a .txt file", a.Filename)
	}
	mt, params, err := mime.ParseMediaType(a.ContentType)
	if err != nil || mt != "text/plain" {
		return fmt.Errorf("attachment %q: content type %q", a.Filename, a.ContentType)
	}
	if cs := params["charset"]; cs != "" && !strings.EqualFold(cs, "utf-8") && !strings.EqualFold(cs, "us-ascii") {
		return fmt.Errorf("attachment %q: charset %q", a.Filename, cs)
	}
	u, err := url.Parse(a.URL)
	if err != nil || u.Scheme != "https" || !attachmentHosts[u.Hostname()] {
		return fmt.Errorf("attachment %q: url %q not on Discord's CDN", a.Filename, a.URL)
	}
	return nil
}

// articleModal asks for an article's text, with the header values the
// command already had.
func articleModal(meta knowledge.ArticleMeta) *discordgo.InteractionResponse {
	input := func(id, label string, style discordgo.TextInputStyle, value string, required bool, max int) discordgo.MessageComponent {
		return discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.TextInput{
			CustomID: id, Label: label, Style: style, Value: value, Required: required, MaxLength: max,
		}}}
	}
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseModal,
		Data: &discordgo.InteractionResponseData{
			CustomID: modalAdd,
			Title:    "Add an article",
			Components: []discordgo.MessageComponent{
				input(fieldText, "Article text", discordgo.TextInputParagraph, "", true, 4000),
				input(fieldURL, "URL (optional)", discordgo.TextInputShort, meta.URL, false, 500),
				input(fieldTitle, "Title (optional)", discordgo.TextInputShort, meta.Title, false, 200),
				input(fieldTier, "Tier: official, trade or other (optional)", discordgo.TextInputShort, meta.Tier, false, 8),
			},
		},
	}
}

// modal takes the pasted article.
func (h *Handler) modal(ctx context.Context, i *discordgo.Interaction) Result {
	if r, ok := allowed(i, discordgo.PermissionManageGuild, "Manage Server"); !ok {
		return r
	}
	d := i.ModalSubmitData()
	if d.CustomID != modalAdd {
		return failure(fmt.Errorf("modal: unknown custom id %q", d.CustomID), msgUnknown)
	}
	fields := map[string]string{}
	for _, row := range d.Components {
		r, ok := row.(*discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, c := range r.Components {
			if ti, ok := c.(*discordgo.TextInput); ok {
				fields[ti.CustomID] = ti.Value
			}
		}
	}
	text := fields[fieldText]
	if strings.TrimSpace(text) == "" {
		return failure(errors.New("modal: empty text"), msgEmptyModal)
	}
	tier := strings.ToLower(strings.TrimSpace(fields[fieldTier]))
	switch tier {
	case "", "official", "trade", "other":
	default:
		return failure(fmt.Errorf("modal: tier %q", tier), "Sorry, the tier must be official, trade or other (or left empty).")
	}
	meta := knowledge.ArticleMeta{URL: strings.TrimSpace(fields[fieldURL]), Title: strings.TrimSpace(fields[fieldTitle]), Tier: tier}
	name := "pasted-" + i.ID + ".txt"
	return deferred(true, h.change(func(ctx context.Context) (knowledge.Change, error) {
		return h.KB.AddArticle(ctx, knowledge.File{Name: name, Data: []byte(text)}, meta)
	}, "add "+name))
}

// change runs one change to the knowledge base, then brings the pinned
// answers up to date and records how many were, and says all that to the
// admin who asked, including what failed.
func (h *Handler) change(do func(ctx context.Context) (knowledge.Change, error), what string) func(ctx context.Context) (*discordgo.WebhookEdit, error) {
	return func(ctx context.Context) (*discordgo.WebhookEdit, error) {
		c, err := do(ctx)
		if errors.Is(err, knowledge.ErrNotFound) {
			return textEdit(fmt.Sprintf(msgNotFound, strings.TrimPrefix(what, "remove "))), fmt.Errorf("%s: %w", what, err)
		}
		if err != nil {
			return textEdit(kbMessage(err)), fmt.Errorf("%s: %w", what, err)
		}
		r, perr := h.Pins.Refresh(ctx)
		if perr != nil {
			perr = fmt.Errorf("%s: refresh pins: %w", what, perr)
		}
		c.PinsUpdated = r.Updated()
		if err := h.KB.SetPinsUpdated(ctx, c.ID, c.PinsUpdated); err != nil {
			perr = errors.Join(perr, fmt.Errorf("%s: record pins updated: %w", what, err))
		}
		summary := changeSummary(c)
		if r.Failed > 0 || perr != nil {
			summary += "\n⚠️ Some pinned answers could not be updated because Discord refused; I'll try again after the next change."
		}
		if r.Dropped > 0 {
			summary += fmt.Sprintf("\n%d pinned answer(s) were deleted or unpinned, so I stopped tracking them.", r.Dropped)
		}
		return textEdit(summary), perr
	}
}

// changeSummary says what a change did in a few lines.
func changeSummary(c knowledge.Change) string {
	var lines []string
	head := map[string]string{"reseed": "Reseeded the knowledge base.", "add": "Added the article.", "remove": "Removed the article."}[c.Kind]
	if head == "" {
		head = "Done."
	}
	lines = append(lines, head)
	lines = append(lines, fmt.Sprintf("Articles added: %s", listOrNone(c.Added)))
	lines = append(lines, fmt.Sprintf("Articles removed: %s", listOrNone(c.Removed)))
	if len(c.Verdicts) == 0 {
		lines = append(lines, "Verdicts changed: none")
	} else {
		lines = append(lines, fmt.Sprintf("Verdicts changed (%d):", len(c.Verdicts)))
		for _, v := range c.Verdicts {
			lines = append(lines, "• "+verdictChange(v))
		}
	}
	for _, p := range c.Problems {
		lines = append(lines, fmt.Sprintf("Skipped %s: %s", p.File, p.Message))
	}
	lines = append(lines, fmt.Sprintf("Pinned answers updated: %d", c.PinsUpdated))
	return joinLines(lines, maxContent-300)
}

func verdictChange(v knowledge.VerdictChange) string {
	what := topicTitle(v.Topic)
	if v.Value != "" {
		what += " / " + v.Value
	}
	return fmt.Sprintf("%s: %s → %s", escape(what), styleOf(v.From).word, styleOf(v.To).word)
}

func listOrNone(xs []string) string {
	if len(xs) == 0 {
		return "none"
	}
	return trimText(escape(strings.Join(xs, ", ")), 500)
}

// changeEmbed shows the last change to an admin.
func changeEmbed(c knowledge.Change) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{
		Title:       fmt.Sprintf("Last change: %s", c.Kind),
		Description: changeSummary(c),
		Color:       0x9B59B6,
	}
	if !c.At.IsZero() {
		e.Timestamp = c.At.UTC().Format("2006-01-02T15:04:05Z")
	}
	return fit(e, maxEmbedTotal)
}

// articleChoices suggests article names for /knowledge remove.
func (h *Handler) articleChoices(ctx context.Context, i *discordgo.Interaction, d discordgo.ApplicationCommandInteractionData) Result {
	if _, ok := allowed(i, discordgo.PermissionManageGuild, "Manage Server"); !ok {
		return Result{Response: choices(nil)}
	}
	var typed string
	if len(d.Options) == 1 {
		for _, o := range d.Options[0].Options {
			if o.Focused {
				typed, _ = o.Value.(string)
			}
		}
	}
	arts, err := h.KB.Articles(ctx)
	if err != nil {
		return Result{Response: choices(nil), Err: fmt.Errorf("article choices: %w", err)}
	}
	typed = strings.ToLower(strings.TrimSpace(typed))
	var cs []*discordgo.ApplicationCommandOptionChoice
	for _, a := range arts {
		label := a.Name
		if a.Title != "" {
			label += " · " + a.Title
		}
		if typed == "" || strings.Contains(strings.ToLower(label), typed) || strings.Contains(strings.ToLower(a.Site), typed) {
			if utf8.RuneCountInString(a.Name) > maxChoiceLength {
				continue // could not come back whole as the option value
			}
			cs = append(cs, choice(label, a.Name))
		}
		if len(cs) == maxChoices {
			break
		}
	}
	return Result{Response: choices(cs)}
}
