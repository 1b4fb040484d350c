package commands

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/purplehearts/bot/knowledge"
)

// pinName is the moderators' command: /pin add [topic] posts and pins a
// live answer in the channel, /pin remove unpins it.
const pinName = "pin"

const (
	optTopic = "topic"
	pinAdd   = "add"
	pinDrop  = "remove"
)

func viewChoices() []*discordgo.ApplicationCommandOptionChoice {
	var cs []*discordgo.ApplicationCommandOptionChoice
	for _, v := range Views {
		cs = append(cs, &discordgo.ApplicationCommandOptionChoice{Name: v, Value: v})
	}
	return cs
}

func pinCommand() *discordgo.ApplicationCommand {
	perm := int64(discordgo.PermissionManageMessages)
	guildOnly := []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	return &discordgo.ApplicationCommand{
		Name:                     pinName,
		Description:              "Pin an answer in this channel that keeps itself up to date",
		DefaultMemberPermissions: &perm,
		Contexts:                 &guildOnly,
		Options: []*discordgo.ApplicationCommandOption{
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        pinAdd,
				Description: "Post and pin a live answer here (the overview unless you pick a topic)",
				Options: []*discordgo.ApplicationCommandOption{{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        optTopic,
					Description: "What to pin",
					Choices:     viewChoices(),
				}},
			},
			{
				Type:        discordgo.ApplicationCommandOptionSubCommand,
				Name:        pinDrop,
				Description: "Unpin my live answers in this channel (all of them unless you pick a topic)",
				Options: []*discordgo.ApplicationCommandOption{{
					Type:        discordgo.ApplicationCommandOptionString,
					Name:        optTopic,
					Description: "Which answer to unpin",
					Choices:     viewChoices(),
				}},
			},
		},
	}
}

// pin answers /pin add and /pin remove. Both defer: posting and pinning
// take several calls to Discord.
func (h *Handler) pin(ctx context.Context, i *discordgo.Interaction, d discordgo.ApplicationCommandInteractionData) Result {
	if r, ok := allowed(i, discordgo.PermissionManageMessages, "Manage Messages"); !ok {
		return r
	}
	if len(d.Options) != 1 {
		return failure(fmt.Errorf("pin: want one subcommand, got %d options", len(d.Options)), msgBadOption)
	}
	sub := d.Options[0]
	topic := stringOption(sub.Options, optTopic)
	if topic != "" && !isView(topic) {
		return failure(fmt.Errorf("pin: unknown topic %q", topic), msgBadOption)
	}
	channel, guild := i.ChannelID, i.GuildID
	switch sub.Name {
	case pinAdd:
		if topic == "" {
			topic = viewOverview
		}
		return deferred(true, func(ctx context.Context) (*discordgo.WebhookEdit, error) {
			if err := h.Pins.Pin(ctx, channel, guild, topic); err != nil {
				return textEdit("Sorry, I couldn't post and pin the answer here. Check that I can send messages and pin them in this channel."), fmt.Errorf("pin %s in %s: %w", topic, channel, err)
			}
			return textEdit(fmt.Sprintf("Pinned the %s here. I'll edit it myself whenever the knowledge changes.", viewName(topic))), nil
		})
	case pinDrop:
		return deferred(true, func(ctx context.Context) (*discordgo.WebhookEdit, error) {
			n, err := h.Pins.Unpin(ctx, channel, topic)
			switch {
			case err != nil:
				return textEdit("Sorry, I couldn't unpin that just now. Please try again in a moment."), fmt.Errorf("unpin %q in %s: %w", topic, channel, err)
			case n == 0:
				return textEdit(msgNothingHere), nil
			}
			return textEdit(fmt.Sprintf("Unpinned %d answer(s); I won't update them any more.", n)), nil
		})
	}
	return failure(fmt.Errorf("pin: unknown subcommand %q", sub.Name), msgBadOption)
}

func viewName(v string) string {
	if v == viewOverview || v == viewSources {
		return v
	}
	return "answer on the " + topicTitle(knowledge.Topic(v))
}

// PinMessage renders the message a pinned answer shows for view and the
// hash of that rendering: a pinned message needs an edit exactly when the
// hash changed. A pinned answer has no buttons, so no one's click can
// change what the channel sees.
func PinMessage(ctx context.Context, kb Viewer, view string, now time.Time) (*discordgo.MessageSend, string, error) {
	if !isView(view) {
		return nil, "", fmt.Errorf("pin: unknown view %q", view)
	}
	content, embeds, err := renderView(ctx, kb, view, now)
	if err != nil {
		return nil, "", err
	}
	if content == "" {
		content = "**Purple Hearts 2: " + viewName(view) + "**"
	}
	content += "\n-# Pinned answer: I update it whenever the knowledge changes."
	m := &discordgo.MessageSend{
		Content:         trimText(content, maxContent),
		Embeds:          embeds,
		AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}},
	}
	b, err := json.Marshal(struct {
		Content string                    `json:"content"`
		Embeds  []*discordgo.MessageEmbed `json:"embeds"`
	}{m.Content, m.Embeds})
	if err != nil {
		return nil, "", fmt.Errorf("pin hash: %w", err)
	}
	sum := sha256.Sum256(b)
	return m, hex.EncodeToString(sum[:]), nil
}

// allowed re-checks a permission from the interaction's member: Discord's
// default member permissions can be overridden per server, so a command
// may reach a member who lacks what it needs.
func allowed(i *discordgo.Interaction, perm int64, name string) (Result, bool) {
	if i.Member == nil || i.GuildID == "" {
		return failure(errors.New("permission: not in a guild"), msgGuildOnly), false
	}
	p := i.Member.Permissions
	if p&discordgo.PermissionAdministrator != 0 || p&perm == perm {
		return Result{}, true
	}
	user := ""
	if i.Member.User != nil {
		user = i.Member.User.ID
	}
	return failure(fmt.Errorf("permission: user %s lacks %s (has %d)", user, name, p), fmt.Sprintf(msgPermission, name)), false
}
