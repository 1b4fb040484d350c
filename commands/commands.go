// Package commands holds the bot's slash commands: each command's
// definition beside its handler, and the rendering of the knowledge base's
// answers to Discord embeds and components. A handler maps an interaction's
// data, through small interfaces onto the knowledge base and the pinboard,
// to a response value; it never holds a Discord session, so every handler
// runs in tests without a network.
package commands

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/purplehearts/bot/knowledge"
)

// Reader is the part of the knowledge base that answers fans.
type Reader interface {
	Overview(ctx context.Context, now time.Time) (knowledge.Answer, error)
	Topic(ctx context.Context, topic knowledge.Topic, now time.Time) (knowledge.Verdict, error)
	Ask(ctx context.Context, question string, now time.Time) (knowledge.Answer, error)
	Suggest(ctx context.Context, prefix string, limit int) ([]knowledge.Suggestion, error)
	Articles(ctx context.Context) ([]knowledge.ArticleInfo, error)
}

// KB is the knowledge base as the admin commands use it: Reader plus the
// changes an admin can make.
type KB interface {
	Reader
	Reseed(ctx context.Context, files []knowledge.File) (knowledge.Change, error)
	AddArticle(ctx context.Context, f knowledge.File, meta knowledge.ArticleMeta) (knowledge.Change, error)
	RemoveArticle(ctx context.Context, name string) (knowledge.Change, error)
	LastChange(ctx context.Context) (knowledge.Change, error)
	SetPinsUpdated(ctx context.Context, changeID int64, n int) error
}

// Pinboard is what pinning needs from Discord and from the pin records.
// The bot implements it over its session.
type Pinboard interface {
	// Pin posts the answer on topic in the channel, pins it and records it.
	Pin(ctx context.Context, channelID, guildID, topic string) error
	// Unpin unpins the answers the bot pinned in the channel (on topic, or
	// all when topic is empty), drops their records and reports how many.
	Unpin(ctx context.Context, channelID, topic string) (int, error)
	// Refresh re-renders every pinned answer and edits those whose content
	// changed.
	Refresh(ctx context.Context) (Refresh, error)
}

// Refresh reports what a pin refresh did.
type Refresh struct {
	Edited   int // edited in place
	Reposted int // too old to edit: posted anew and re-pinned
	Dropped  int // deleted or unpinned by someone: record dropped
	Failed   int // Discord refused; tried again after the next change
}

// Updated is the number of pinned answers now showing the new content.
func (r Refresh) Updated() int { return r.Edited + r.Reposted }

// Fetcher downloads an attachment a user sent, reading at most limit bytes.
type Fetcher interface {
	Fetch(ctx context.Context, url string, limit int64) ([]byte, error)
}

// Handler answers every interaction the bot receives.
type Handler struct {
	KB    KB
	Pins  Pinboard
	Fetch Fetcher
	// Now is the date answers are computed against.
	Now func() time.Time
}

// New returns a Handler over the knowledge base, the pinboard and the
// attachment fetcher.
func New(kb KB, pins Pinboard, fetch Fetcher) *Handler {
	return &Handler{KB: kb, Pins: pins, Fetch: fetch, Now: time.Now}
}

// Result is a handler's answer to one interaction.
type Result struct {
	// Response is the interaction callback to send.
	Response *discordgo.InteractionResponse
	// Later, when set, runs after Response (a deferred reply) was sent;
	// the edit it returns replaces the deferred reply. Its error, if any,
	// is for the log: the edit already says what the user may see.
	Later func(ctx context.Context) (*discordgo.WebhookEdit, error)
	// Err is for the log only; Response already says what the user sees.
	Err error
}

// Commands returns every application command the bot registers.
func Commands() []*discordgo.ApplicationCommand {
	return []*discordgo.ApplicationCommand{fanCommand(), pinCommand(), adminCommand()}
}

// Handle answers one interaction.
func (h *Handler) Handle(ctx context.Context, i *discordgo.Interaction) Result {
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		d := i.ApplicationCommandData()
		switch d.Name {
		case fanName:
			return h.fan(ctx, i, d)
		case pinName:
			return h.pin(ctx, i, d)
		case adminName:
			return h.admin(ctx, i, d)
		}
		return failure(fmt.Errorf("unknown command %q", d.Name), msgUnknown)
	case discordgo.InteractionApplicationCommandAutocomplete:
		return h.autocomplete(ctx, i)
	case discordgo.InteractionMessageComponent:
		return h.button(ctx, i)
	case discordgo.InteractionModalSubmit:
		return h.modal(ctx, i)
	}
	return failure(fmt.Errorf("unexpected interaction type %v", i.Type), msgUnknown)
}

// What users read when something fails: one short, kind sentence each.
const (
	msgUnknown     = "Sorry, I don't know that command any more. Discord may still be catching up with an update; try again in a minute."
	msgKB          = "Sorry, I couldn't read the knowledge base just now. Please try again in a moment."
	msgKBWrite     = "Sorry, that change didn't go through, and nothing was changed. Please try again in a moment."
	msgDiscord     = "Sorry, Discord didn't accept that just now. Please try again in a moment."
	msgPermission  = "Sorry, that needs the %s permission on this server."
	msgGuildOnly   = "Sorry, that only works inside a server."
	msgBadOption   = "Sorry, I didn't understand that option. Please pick one from the list."
	msgNoMatch     = "I don't know anything about that yet. Try one of the suggestions, or the overview."
	msgNotFound    = "I couldn't find an article called %q. Use the list to see the names I know."
	msgDuplicate   = "I already have that article, so nothing changed."
	msgAttachment  = "Sorry, I can only take a plain-text .txt file of at most %d KB."
	msgNotUTF8     = "Sorry, that file isn't UTF-8 text, so I didn't add it."
	msgEmptyModal  = "Sorry, the article text was empty, so nothing was added."
	msgNoArticles  = "Sorry, I found no readable article, so I kept the knowledge base as it was."
	msgNothingHere = "There's no answer of mine pinned in this channel."
)

// failure is an ephemeral reply with a kind sentence; err goes to the log.
func failure(err error, userMsg string) Result {
	return Result{Response: ephemeral(userMsg), Err: err}
}

// ephemeral is a reply only the user who asked can see.
func ephemeral(content string) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: trimText(content, maxContent), Flags: discordgo.MessageFlagsEphemeral},
	}
}

// deferred acknowledges now and lets later replace the reply: for work that
// may take longer than Discord's three-second deadline.
func deferred(private bool, later func(ctx context.Context) (*discordgo.WebhookEdit, error)) Result {
	r := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	if private {
		r.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
	}
	return Result{Response: r, Later: later}
}

// textEdit is a deferred reply's final text.
func textEdit(content string) *discordgo.WebhookEdit {
	c := trimText(content, maxContent)
	return &discordgo.WebhookEdit{Content: &c}
}

// kbMessage is what a user reads when the knowledge base refused a change.
func kbMessage(err error) string {
	var ae *knowledge.ArticleError
	switch {
	case errors.As(err, &ae):
		return "Sorry, I couldn't use that article: " + ae.Problem
	case errors.Is(err, knowledge.ErrDuplicate):
		return msgDuplicate
	case errors.Is(err, knowledge.ErrNoArticles):
		return msgNoArticles
	}
	return msgKBWrite
}
