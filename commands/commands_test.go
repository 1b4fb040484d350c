package commands

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/purplehearts/bot/knowledge"
)

const (
	permView   = discordgo.PermissionViewChannel
	permManage = discordgo.PermissionManageMessages
	permGuild  = discordgo.PermissionManageGuild
)

func option(name string, typ discordgo.ApplicationCommandOptionType, v any) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: typ, Value: v}
}

// commandInteraction is /name sub with options, from a member holding perms.
func commandInteraction(name, sub string, perms int64, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	return &discordgo.Interaction{
		ID: "1", Type: discordgo.InteractionApplicationCommand, GuildID: "g", ChannelID: "c",
		Member: &discordgo.Member{User: &discordgo.User{ID: "u"}, Permissions: perms},
		Data: discordgo.ApplicationCommandInteractionData{Name: name, Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: sub, Type: discordgo.ApplicationCommandOptionSubCommand, Options: opts},
		}},
	}
}

// board is a test pinboard that records what it was asked to do.
type board struct {
	pinned  []string
	refresh Refresh
	err     error
}

func (b *board) Pin(ctx context.Context, channelID, guildID, topic string) error {
	b.pinned = append(b.pinned, topic)
	return b.err
}
func (b *board) Unpin(ctx context.Context, channelID, topic string) (int, error) { return 0, b.err }
func (b *board) Refresh(ctx context.Context) (Refresh, error)                    { return b.refresh, b.err }

func newHandler(t *testing.T) (*Handler, *board, *knowledge.Store) {
	st := mustOpen(t)
	b := &board{}
	h := New(st, b, nil)
	h.Now = func() time.Time { return fixedNow }
	return h, b, st
}

func TestCommandsAreValid(t *testing.T) {
	for _, c := range Commands() {
		if c.DefaultMemberPermissions == nil {
			t.Errorf("/%s has no default member permissions", c.Name)
		}
		if len(c.Name) > 32 || len(c.Description) > 100 || len(c.Options) > 25 {
			t.Errorf("/%s over Discord's limits", c.Name)
		}
		for _, o := range c.Options {
			if len(o.Description) > 100 {
				t.Errorf("/%s %s: description %d characters, over 100", c.Name, o.Name, len(o.Description))
			}
			for _, oo := range o.Options {
				if len(oo.Description) > 100 || len(oo.Choices) > 25 {
					t.Errorf("/%s %s %s over Discord's limits", c.Name, o.Name, oo.Name)
				}
			}
		}
	}
}

func TestPermissionsRecheckedInHandler(t *testing.T) {
	h, b, _ := newHandler(t)
	cases := []struct {
		name    string
		i       *discordgo.Interaction
		allowed bool
	}{
		{"pin as a fan", commandInteraction(pinName, pinAdd, permView), false},
		{"pin as a moderator", commandInteraction(pinName, pinAdd, permManage), true},
		{"pin as an administrator", commandInteraction(pinName, pinAdd, discordgo.PermissionAdministrator), true},
		{"reseed as a moderator", commandInteraction(adminName, subReseed, permManage), false},
		{"reseed as a server manager", commandInteraction(adminName, subReseed, permGuild), true},
	}
	for _, c := range cases {
		res := h.Handle(context.Background(), c.i)
		refused := res.Response.Type == discordgo.InteractionResponseChannelMessageWithSource && strings.Contains(res.Response.Data.Content, "permission")
		if refused == c.allowed {
			t.Errorf("%s: refused = %v, want %v (response %+v)", c.name, refused, !c.allowed, res.Response.Data)
		}
		if refused && res.Err == nil {
			t.Errorf("%s: refusal not logged", c.name)
		}
	}
	dm := commandInteraction(pinName, pinAdd, permManage)
	dm.Member, dm.GuildID = nil, ""
	if res := h.Handle(context.Background(), dm); !strings.Contains(res.Response.Data.Content, "server") {
		t.Errorf("pin in a DM: %q, want it refused as server-only", res.Response.Data.Content)
	}
	if len(b.pinned) != 0 {
		t.Errorf("handlers pinned %v before their deferred work ran", b.pinned)
	}
}

func TestPinDefersAndReportsFailure(t *testing.T) {
	h, b, _ := newHandler(t)
	res := h.Handle(context.Background(), commandInteraction(pinName, pinAdd, permManage, option(optTopic, discordgo.ApplicationCommandOptionString, "release")))
	if res.Response.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || res.Later == nil {
		t.Fatalf("/pin add: response type %d, later %v; want a deferred reply with work", res.Response.Type, res.Later != nil)
	}
	b.err = errors.New("discord: 50013 missing permissions")
	edit, err := res.Later(context.Background())
	if err == nil || !strings.Contains(*edit.Content, "couldn't") || strings.Contains(*edit.Content, "50013") {
		t.Errorf("/pin add failing: edit %q, err %v; want a kind sentence without the error, and the error for the log", *edit.Content, err)
	}
	if len(b.pinned) != 1 || b.pinned[0] != "release" {
		t.Errorf("pinned %v, want [release]", b.pinned)
	}
}

func TestCheckAttachment(t *testing.T) {
	ok := discordgo.MessageAttachment{Filename: "a.txt", Size: 1000, ContentType: "text/plain; charset=utf-8", URL: "https://cdn.discordapp.com/attachments/1/2/a.txt"}
	cases := []struct {
		name string
		edit func(a *discordgo.MessageAttachment)
		ok   bool
	}{
		{"plain text", func(a *discordgo.MessageAttachment) {}, true},
		{"no charset", func(a *discordgo.MessageAttachment) { a.ContentType = "text/plain" }, true},
		{"image", func(a *discordgo.MessageAttachment) { a.ContentType = "image/png"; a.Filename = "a.png" }, false},
		{"html named .txt", func(a *discordgo.MessageAttachment) { a.ContentType = "text/html" }, false},
		{"latin-1", func(a *discordgo.MessageAttachment) { a.ContentType = "text/plain; charset=iso-8859-1" }, false},
		{"10 MB", func(a *discordgo.MessageAttachment) { a.Size = 10 << 20 }, false},
		{"empty", func(a *discordgo.MessageAttachment) { a.Size = 0 }, false},
		{"not on the CDN", func(a *discordgo.MessageAttachment) { a.URL = "https://evil.example/a.txt" }, false},
	}
	for _, c := range cases {
		a := ok
		c.edit(&a)
		if err := checkAttachment(&a); (err == nil) != c.ok {
			t.Errorf("checkAttachment(%s) = %v, want ok %v", c.name, err, c.ok)
		}
	}
}

func TestButtonsUpdateTheMessage(t *testing.T) {
	h, _, _ := newHandler(t)
	i := &discordgo.Interaction{Type: discordgo.InteractionMessageComponent, Data: discordgo.MessageComponentInteractionData{CustomID: "topic:cast"}}
	res := h.Handle(context.Background(), i)
	if res.Response.Type != discordgo.InteractionResponseUpdateMessage || res.Err != nil {
		t.Fatalf("button topic:cast: type %d, err %v; want 7", res.Response.Type, res.Err)
	}
	if !strings.Contains(res.Response.Data.Embeds[0].Title, "Cast") {
		t.Errorf("button topic:cast: title %q", res.Response.Data.Embeds[0].Title)
	}
	i.Data = discordgo.MessageComponentInteractionData{CustomID: "topic:../../etc"}
	if res := h.Handle(context.Background(), i); res.Err == nil || res.Response.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("unknown button: err %v, flags %d; want a private kind refusal and a logged error", res.Err, res.Response.Data.Flags)
	}
}

func TestAdminChangeReportsPins(t *testing.T) {
	h, b, st := newHandler(t)
	b.refresh = Refresh{Edited: 2, Failed: 1}
	b.err = errors.New("discord said no")
	res := h.Handle(context.Background(), commandInteraction(adminName, subReseed, permGuild))
	edit, err := res.Later(context.Background())
	if err == nil {
		t.Errorf("reseed with a failed pin refresh: no error for the log")
	}
	if !strings.Contains(*edit.Content, "Pinned answers updated: 2") || !strings.Contains(*edit.Content, "could not be updated") {
		t.Errorf("reseed reply %q, want 2 updated and the failure reported", *edit.Content)
	}
	c, err := st.LastChange(context.Background())
	if err != nil || c.PinsUpdated != 2 {
		t.Errorf("LastChange() = %+v, %v; want PinsUpdated 2", c, err)
	}
	res = h.Handle(context.Background(), commandInteraction(adminName, subRemove, permGuild, option(optName, discordgo.ApplicationCommandOptionString, "nope.txt")))
	edit, _ = res.Later(context.Background())
	if !strings.Contains(*edit.Content, "couldn't find") {
		t.Errorf("remove unknown article: %q, want it not found", *edit.Content)
	}
}
