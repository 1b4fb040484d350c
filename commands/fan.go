package commands

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/purplehearts/bot/knowledge"
)

// fanName is the command everyone can use: /purplehearts overview, sequel,
// release, cast, plot, sources and ask.
const fanName = "purplehearts"

const (
	optPrivate  = "private"
	optQuestion = "question"
	askName     = "ask"
)

var viewDescriptions = map[string]string{
	viewOverview: "Is there a Purple Hearts 2? Everything known, at a glance",
	"sequel":     "Is the sequel really happening?",
	"release":    "When does Purple Hearts 2 come out?",
	"cast":       "Who is said to be in it?",
	"plot":       "What is it said to be about?",
	viewSources:  "The articles behind the answers, and what each claims",
}

func privateOption() *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{
		Type:        discordgo.ApplicationCommandOptionBoolean,
		Name:        optPrivate,
		Description: "Only you see the answer",
	}
}

func fanCommand() *discordgo.ApplicationCommand {
	var opts []*discordgo.ApplicationCommandOption
	for _, v := range Views {
		opts = append(opts, &discordgo.ApplicationCommandOption{
			Type:        discordgo.ApplicationCommandOptionSubCommand,
			Name:        v,
			Description: viewDescriptions[v],
			Options:     []*discordgo.ApplicationCommandOption{privateOption()},
		})
	}
	opts = append(opts, &discordgo.ApplicationCommandOption{
		Type:        discordgo.ApplicationCommandOptionSubCommand,
		Name:        askName,
		Description: "Ask anything about Purple Hearts 2",
		Options: []*discordgo.ApplicationCommandOption{
			{
				Type:         discordgo.ApplicationCommandOptionString,
				Name:         optQuestion,
				Description:  "A question, a name or a date, e.g. \"is Nicholas Galitzine in it?\"",
				Required:     true,
				Autocomplete: true,
				MaxLength:    200,
			},
			privateOption(),
		},
	})
	everyone := int64(discordgo.PermissionViewChannel)
	return &discordgo.ApplicationCommand{
		Name:                     fanName,
		Description:              "Is there a Purple Hearts 2? Honest answers with sources",
		DefaultMemberPermissions: &everyone,
		Options:                  opts,
	}
}

// fan answers /purplehearts.
func (h *Handler) fan(ctx context.Context, i *discordgo.Interaction, d discordgo.ApplicationCommandInteractionData) Result {
	if len(d.Options) != 1 || d.Options[0].Type != discordgo.ApplicationCommandOptionSubCommand {
		return failure(fmt.Errorf("purplehearts: want one subcommand, got %d options", len(d.Options)), msgBadOption)
	}
	sub := d.Options[0]
	private := boolOption(sub.Options, optPrivate)
	now := h.Now()
	if sub.Name == askName {
		q := strings.TrimSpace(stringOption(sub.Options, optQuestion))
		if q == "" {
			return failure(fmt.Errorf("ask: empty question"), msgBadOption)
		}
		a, err := h.KB.Ask(ctx, q, now)
		if err != nil {
			return failure(fmt.Errorf("ask %q: %w", q, err), msgKB)
		}
		data := askData(a, now)
		return Result{Response: message(discordgo.InteractionResponseChannelMessageWithSource, data, private)}
	}
	if !isView(sub.Name) {
		return failure(fmt.Errorf("purplehearts: unknown view %q", sub.Name), msgBadOption)
	}
	data, err := viewData(ctx, h.KB, sub.Name, now)
	if err != nil {
		return failure(err, msgKB)
	}
	return Result{Response: message(discordgo.InteractionResponseChannelMessageWithSource, data, private)}
}

// button answers a press on a view button by updating the message it sits
// under to that view.
func (h *Handler) button(ctx context.Context, i *discordgo.Interaction) Result {
	id := i.MessageComponentData().CustomID
	view, ok := strings.CutPrefix(id, buttonPrefix)
	if !ok || !isView(view) {
		return failure(fmt.Errorf("button: unknown custom id %q", id), msgBadOption)
	}
	data, err := viewData(ctx, h.KB, view, h.Now())
	if err != nil {
		return failure(err, msgKB)
	}
	return Result{Response: message(discordgo.InteractionResponseUpdateMessage, data, false)}
}

// message wraps rendered data in a callback of type kind.
func message(kind discordgo.InteractionResponseType, data *discordgo.InteractionResponseData, private bool) *discordgo.InteractionResponse {
	if private {
		data.Flags |= discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: kind, Data: data}
}

// Viewer is what rendering a fan view needs from the knowledge base.
type Viewer interface {
	Overview(ctx context.Context, now time.Time) (knowledge.Answer, error)
	Topic(ctx context.Context, topic knowledge.Topic, now time.Time) (knowledge.Verdict, error)
	Articles(ctx context.Context) ([]knowledge.ArticleInfo, error)
}

// RenderTopic returns exactly the interaction callback the bot sends for
// the fan command /purplehearts TOPIC, TOPIC being overview, sequel,
// release, cast, plot or sources. It returns an error for another topic or
// when the knowledge base cannot answer.
func RenderTopic(ctx context.Context, kb Viewer, topic string, now time.Time) (*discordgo.InteractionResponse, error) {
	if !isView(topic) {
		return nil, fmt.Errorf("unknown topic %q (want one of %s)", topic, strings.Join(Views, ", "))
	}
	data, err := viewData(ctx, kb, topic, now)
	if err != nil {
		return nil, err
	}
	return message(discordgo.InteractionResponseChannelMessageWithSource, data, false), nil
}

// viewData renders a view with the buttons to the others.
func viewData(ctx context.Context, kb Viewer, view string, now time.Time) (*discordgo.InteractionResponseData, error) {
	content, embeds, err := renderView(ctx, kb, view, now)
	if err != nil {
		return nil, err
	}
	return &discordgo.InteractionResponseData{Content: content, Embeds: embeds, Components: buttons(view)}, nil
}

// renderView renders a view's text and embeds, the same for an answer and
// for a pinned message.
func renderView(ctx context.Context, kb Viewer, view string, now time.Time) (string, []*discordgo.MessageEmbed, error) {
	switch view {
	case viewOverview:
		a, err := kb.Overview(ctx, now)
		if err != nil {
			return "", nil, fmt.Errorf("overview: %w", err)
		}
		return "**Is there a Purple Hearts 2?** Here is what the sources say, and how sure anyone can be.", answerEmbeds(a, now), nil
	case viewSources:
		arts, err := kb.Articles(ctx)
		if err != nil {
			return "", nil, fmt.Errorf("articles: %w", err)
		}
		return "", []*discordgo.MessageEmbed{sourcesEmbed(arts, now, articleLine)}, nil
	}
	v, err := kb.Topic(ctx, knowledge.Topic(view), now)
	if err != nil {
		return "", nil, fmt.Errorf("topic %s: %w", view, err)
	}
	return "", []*discordgo.MessageEmbed{verdictEmbed(v, now, maxEmbedTotal-200)}, nil
}

// askData renders the answer to a free-text question.
func askData(a knowledge.Answer, now time.Time) *discordgo.InteractionResponseData {
	content := "> " + escape(trimText(strings.Join(strings.Fields(a.Question), " "), 300))
	return &discordgo.InteractionResponseData{Content: content, Embeds: answerEmbeds(a, now), Components: buttons("")}
}

// autocomplete suggests what the knowledge base knows as the user types.
func (h *Handler) autocomplete(ctx context.Context, i *discordgo.Interaction) Result {
	d := i.ApplicationCommandData()
	if d.Name == adminName {
		return h.articleChoices(ctx, i, d)
	}
	var typed string
	if len(d.Options) == 1 {
		for _, o := range d.Options[0].Options {
			if o.Focused {
				typed, _ = o.Value.(string)
			}
		}
	}
	sugg, err := h.KB.Suggest(ctx, strings.TrimSpace(typed), maxChoices)
	if err != nil {
		// An empty list is the kindest failure: the user can still type.
		return Result{Response: choices(nil), Err: fmt.Errorf("suggest %q: %w", typed, err)}
	}
	cs := make([]*discordgo.ApplicationCommandOptionChoice, 0, len(sugg))
	for _, s := range sugg {
		cs = append(cs, choice(s.Name, s.Value))
	}
	return Result{Response: choices(cs)}
}

// choice is one autocomplete choice, both parts within Discord's 100.
func choice(name, value string) *discordgo.ApplicationCommandOptionChoice {
	if value == "" {
		value = name
	}
	return &discordgo.ApplicationCommandOptionChoice{Name: trimText(name, maxChoiceLength), Value: trimText(value, maxChoiceLength)}
}

func choices(cs []*discordgo.ApplicationCommandOptionChoice) *discordgo.InteractionResponse {
	if len(cs) > maxChoices {
		cs = cs[:maxChoices]
	}
	if cs == nil {
		cs = []*discordgo.ApplicationCommandOptionChoice{}
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: &discordgo.InteractionResponseData{Choices: cs}}
}

func stringOption(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) string {
	for _, o := range opts {
		if o.Name == name {
			if s, ok := o.Value.(string); ok {
				return s
			}
		}
	}
	return ""
}

func boolOption(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) bool {
	for _, o := range opts {
		if o.Name == name {
			if b, ok := o.Value.(bool); ok {
				return b
			}
		}
	}
	return false
}
