package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/purplehearts/bot/commands"
	"github.com/purplehearts/bot/knowledge"
)

// errNoToken is returned by serve without a token; its text tells the user
// how to get one.
var errNoToken = errors.New("DISCORD_TOKEN is not set: create an application at https://discord.com/developers/applications, " +
	"add a bot under Bot > Reset Token, put DISCORD_TOKEN=<token> in .env (see .env.example), and invite the bot with the " +
	"applications.commands and bot scopes (permissions: Send Messages, Manage Messages to pin). `bot ask` works without a token")

// serve runs the bot until ctx is done (SIGINT or SIGTERM in main): it
// connects to Discord, registers the commands, answers interactions, and
// on shutdown waits for the answers in flight before closing the session.
// The caller closes the store afterwards.
func serve(ctx context.Context, cfg config, st *knowledge.Store, log *slog.Logger) error {
	if cfg.Token == "" {
		return errNoToken
	}
	b, err := newBot(cfg, st, http.DefaultTransport, log)
	if err != nil {
		return err
	}
	if err := b.open(ctx); err != nil {
		return err
	}
	<-ctx.Done()
	log.Info("shutting down")
	return b.close()
}

// bot is one connection to Discord and what answers on it.
type bot struct {
	s        *discordgo.Session
	h        *commands.Handler
	pins     *pinboard
	guildID  string
	log      *slog.Logger
	inflight sync.WaitGroup
	// grace bounds how long close waits for answers in flight, and
	// later how long a deferred answer may take.
	grace   time.Duration
	later   time.Duration
	recheck time.Duration // how often pinned answers are re-rendered
	// stop ends all work started by open; stopBg only the periodic pin
	// refresh, which close stops first.
	stop, stopBg context.CancelFunc
	remove       func()
}

// newBot wires a session (REST over transport) to the handlers.
func newBot(cfg config, st *knowledge.Store, transport http.RoundTripper, log *slog.Logger) (*bot, error) {
	s, err := newSession(cfg.Token, transport, log)
	if err != nil {
		return nil, err
	}
	now := time.Now
	pins := &pinboard{s: s, st: st, log: log, now: now}
	h := commands.New(st, pins, fetcher{client: s.Client})
	h.Now = now
	return &bot{s: s, h: h, pins: pins, guildID: cfg.GuildID, log: log, grace: 10 * time.Second, later: 5 * time.Minute, recheck: time.Hour}, nil
}

// setNow fixes the date answers are computed against (tests).
func (b *bot) setNow(now func() time.Time) {
	b.h.Now = now
	b.pins.now = now
}

// open connects to the gateway, registers the commands and brings the
// pinned answers up to date (the knowledge may have changed while the bot
// was down, for example by `bot reseed`).
func (b *bot) open(ctx context.Context) error {
	work, stop := context.WithCancel(context.WithoutCancel(ctx))
	b.stop = stop
	offInteractions := b.s.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
		b.inflight.Add(1)
		defer b.inflight.Done()
		b.interaction(work, ic.Interaction)
	})
	offPins := b.s.AddHandler(func(_ *discordgo.Session, e *discordgo.ChannelPinsUpdate) {
		b.inflight.Add(1)
		defer b.inflight.Done()
		b.pinsChanged(work, e.ChannelID)
	})
	b.remove = func() { offInteractions(); offPins() }
	if err := b.s.Open(); err != nil {
		stop()
		return fmt.Errorf("connect to discord: %w", err)
	}
	if err := b.register(ctx); err != nil {
		return errors.Join(err, b.close())
	}
	bg, stopBg := context.WithCancel(work)
	b.stopBg = stopBg
	b.inflight.Add(1)
	go func() {
		defer b.inflight.Done()
		b.refreshPins(bg)
		// Answers change with the date too (a release date passes), so
		// check the pins now and then; only changed ones are edited.
		tick := time.NewTicker(b.recheck)
		defer tick.Stop()
		for {
			select {
			case <-bg.Done():
				return
			case <-tick.C:
				b.refreshPins(bg)
			}
		}
	}()
	return nil
}

// refreshPins brings the pinned answers up to date outside any change.
func (b *bot) refreshPins(ctx context.Context) {
	r, err := b.pins.Refresh(ctx)
	if err != nil {
		b.log.Error("refresh pinned answers", "err", err)
	}
	b.log.Info("pinned answers checked", "edited", r.Edited, "reposted", r.Reposted, "dropped", r.Dropped, "failed", r.Failed)
}

// pinsChanged answers a CHANNEL_PINS_UPDATE: someone pinned or unpinned a
// message in the channel, perhaps one of the bot's answers, which then
// should no longer be kept up to date.
func (b *bot) pinsChanged(ctx context.Context, channelID string) {
	n, err := b.pins.Reconcile(ctx, channelID)
	if err != nil {
		b.log.Error("check pinned answers after a pins update", "channel", channelID, "err", err)
	}
	if n > 0 {
		b.log.Info("pinned answers unpinned in Discord are no longer tracked", "channel", channelID, "dropped", n)
	}
}

// register replaces the application's commands with ours in one bulk
// overwrite, so commands the bot no longer has disappear: in one guild
// when DISCORD_GUILD_ID is set (instant, for development), else globally.
// In a guild it also clears the global commands, which an earlier global
// run left behind and which members would otherwise see beside the guild's
// (each command twice). In global mode guilds are left alone.
func (b *bot) register(ctx context.Context) error {
	appID, err := b.appID()
	if err != nil {
		return fmt.Errorf("register commands: %w", err)
	}
	endpoint, scope := discordgo.EndpointApplicationGlobalCommands(appID), "global"
	if b.guildID != "" {
		endpoint, scope = discordgo.EndpointApplicationGuildCommands(appID, b.guildID), "guild "+b.guildID
	}
	n, err := b.overwrite(ctx, endpoint, commandPayloads(commands.Commands()))
	if err != nil {
		return fmt.Errorf("register commands: %w", err)
	}
	b.log.Info("commands registered", "count", n, "scope", scope)
	if b.guildID != "" {
		b.clearGlobal(ctx, appID)
	}
	return nil
}

// clearGlobal overwrites the application's global commands with none. A
// failure is logged, not returned: the guild's commands work all the same,
// members only see some of them twice.
func (b *bot) clearGlobal(ctx context.Context, appID string) {
	if _, err := b.overwrite(ctx, discordgo.EndpointApplicationGlobalCommands(appID), []commandPayload{}); err != nil {
		b.log.Warn("could not clear the global commands; members may see each command twice", "err", err)
		return
	}
	b.log.Info("global commands cleared, so the guild's commands are the only ones", "guild", b.guildID)
}

// appID is the application's id, from READY (or the bot user's id, which
// is the same for a bot).
func (b *bot) appID() (string, error) {
	if a := b.s.State.Application; a != nil && a.ID != "" {
		return a.ID, nil
	}
	if u := b.s.State.User; u != nil && u.ID != "" {
		return u.ID, nil
	}
	return "", errors.New("discord sent no application id")
}

// overwrite bulk-overwrites the commands at endpoint with cmds and returns
// how many Discord now has there.
func (b *bot) overwrite(ctx context.Context, endpoint string, cmds []commandPayload) (int, error) {
	body, err := b.s.RequestWithBucketID(http.MethodPut, endpoint, cmds, endpoint, discordgo.WithContext(ctx))
	if err != nil {
		return 0, err
	}
	var got []struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	}
	if err := json.Unmarshal(body, &got); err != nil {
		return 0, fmt.Errorf("read reply: %w", err)
	}
	return len(got), nil
}

// commandPayload sends default_member_permissions as the integer Discord's
// OpenAPI description specifies; discordgo's ApplicationCommand marshals it
// as a string, which the API also takes but the description does not
// allow. The outer field shadows the embedded one.
type commandPayload struct {
	*discordgo.ApplicationCommand
	DefaultMemberPermissions *int64 `json:"default_member_permissions,omitempty"`
}

func commandPayloads(cs []*discordgo.ApplicationCommand) []commandPayload {
	out := make([]commandPayload, len(cs))
	for i, c := range cs {
		out[i] = commandPayload{c, c.DefaultMemberPermissions}
	}
	return out
}

// interaction answers one interaction: the callback first (Discord wants
// it within three seconds), then any deferred work, whose result replaces
// the deferred reply. Users read kind sentences; the log gets the errors.
func (b *bot) interaction(ctx context.Context, i *discordgo.Interaction) {
	log := b.log.With("interaction", i.ID, "type", i.Type.String(), "guild", i.GuildID, "channel", i.ChannelID)
	if i.Type == discordgo.InteractionApplicationCommand || i.Type == discordgo.InteractionApplicationCommandAutocomplete {
		log = log.With("command", i.ApplicationCommandData().Name)
	}
	rctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	res := b.h.Handle(rctx, i)
	cancel()
	if res.Err != nil {
		log.Warn("interaction failed", "err", res.Err)
	}
	rctx, cancel = context.WithTimeout(ctx, 3*time.Second)
	err := b.s.InteractionRespond(i, res.Response, discordgo.WithContext(rctx))
	cancel()
	if err != nil {
		log.Error("interaction response", "err", err)
		return
	}
	if res.Later == nil {
		return
	}
	lctx, cancel := context.WithTimeout(ctx, b.later)
	defer cancel()
	edit, err := res.Later(lctx)
	if err != nil {
		log.Error("deferred work", "err", err)
	}
	if _, err := b.s.InteractionResponseEdit(i, edit, discordgo.WithContext(lctx)); err != nil {
		log.Error("edit deferred reply", "err", err)
		// The reply may be stuck on "thinking": try a follow-up instead.
		p := &discordgo.WebhookParams{Flags: discordgo.MessageFlagsEphemeral}
		if edit.Content != nil {
			p.Content = *edit.Content
		}
		if _, err := b.s.FollowupMessageCreate(i, true, p, discordgo.WithContext(lctx)); err != nil {
			log.Error("follow-up after failed edit", "err", err)
		}
	}
}

// close stops taking interactions, waits (up to the grace period) for those
// in flight, then closes the gateway connection.
func (b *bot) close() error {
	if b.remove != nil {
		b.remove()
	}
	if b.stopBg != nil {
		b.stopBg()
	}
	done := make(chan struct{})
	go func() { b.inflight.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(b.grace):
		b.log.Warn("shutdown: gave up waiting for answers in flight", "grace", b.grace)
	}
	if b.stop != nil {
		b.stop()
	}
	if err := b.s.Close(); err != nil {
		return fmt.Errorf("close discord session: %w", err)
	}
	return nil
}
