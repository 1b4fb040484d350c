package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"log/slog"
	"net/http"
	"os"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/purplehearts/bot/knowledge"
	"github.com/purplehearts/bot/knowledge/knowledgetest"
)

// fixedNow is the date every end-to-end answer is computed against.
var fixedNow = time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)

const (
	testGuild   = "300000000000000001"
	testChannel = "400000000000000001"
	// Discord permission bits, as a member's permissions string carries them.
	permView   = "1024"
	permManage = "8192" // Manage Messages
	permGuild  = "32"   // Manage Server
	permNone   = "0"
	permAdmin  = "8"          // Administrator
	permAll    = "2147483647" // what an owner gets
)

// TestMain lets the end-to-end tests run side by side beyond GOMAXPROCS:
// each spends most of its time in discordgo's Close, which sleeps a second
// waiting for the gateway to hang up.
func TestMain(m *testing.M) {
	flag.Parse()
	if f := flag.Lookup("test.parallel"); f != nil && f.Value.String() == f.DefValue {
		f.Value.Set("16")
	}
	os.Exit(m.Run())
}

// lockedBuffer is a log sink the bot's goroutines can share.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// harness is the real bot on a real knowledge base, connected to a
// stand-in Discord.
type harness struct {
	t    testing.TB
	d    *standin
	st   *knowledge.Store
	b    *bot
	logs *lockedBuffer
	ids  atomic.Int64
}

// mustOpen opens a knowledge base on a SQLite file in a temporary
// directory, built from the embedded seeds.
func mustOpen(t testing.TB) *knowledge.Store { return knowledgetest.Open(t, 0) }

// mustOpenSeeds opens a knowledge base built from the first n seed files.
func mustOpenSeeds(t testing.TB, n int) *knowledge.Store { return knowledgetest.Open(t, n) }

// start connects the bot to a fresh stand-in and knowledge base, with
// commands registered in the test guild.
func start(t testing.TB) *harness {
	t.Helper()
	return startOn(t, newStandin(t), mustOpen(t), testGuild)
}

// startOn connects a bot on st to the stand-in d and waits until its
// commands are registered.
func startOn(t testing.TB, d *standin, st *knowledge.Store, guild string) *harness {
	t.Helper()
	logs := &lockedBuffer{}
	log := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	b, err := newBot(config{Token: "test-token", GuildID: guild}, st, d.transport(), log)
	if err != nil {
		t.Fatalf("newBot: %v", err)
	}
	b.setNow(func() time.Time { return fixedNow })
	rt := b.s.Client.Transport.(*retryTransport)
	rt.backoff = 5 * time.Millisecond
	mark := d.mark()
	if err := b.open(context.Background()); err != nil {
		t.Fatalf("open: %v\nlogs:\n%s", err, logs)
	}
	t.Cleanup(func() {
		if err := b.close(); err != nil {
			t.Errorf("close: %v", err)
		}
		if t.Failed() {
			t.Logf("bot logs:\n%s", logs)
		}
	})
	h := &harness{t: t, d: d, st: st, b: b, logs: logs}
	h.ids.Store(time.Now().UnixNano() % 1e17)
	d.waitFor(mark, "command registration", func(r request) bool { return r.Method == "PUT" && strings.HasSuffix(r.Path, "/commands") })
	return h
}

// interaction is what the harness sends in an INTERACTION_CREATE.
type interaction struct {
	kind  int // 2 command, 3 component, 4 autocomplete, 5 modal
	perms string
	data  map[string]any
}

// send dispatches an interaction and returns its id and the request mark
// before it.
func (h *harness) send(in interaction) (string, int) {
	h.t.Helper()
	id := strconv.FormatInt(h.ids.Add(1), 10)
	perms := in.perms
	if perms == "" {
		perms = permView
	}
	ev := map[string]any{
		"id": id, "application_id": h.d.appID, "type": in.kind, "token": "token-" + id, "version": 1,
		"guild_id": testGuild, "channel_id": testChannel, "locale": "en-US",
		"member": map[string]any{"user": map[string]any{"id": "600000000000000001", "username": "fan"}, "permissions": perms, "roles": []any{}},
		"data":   in.data,
	}
	if in.kind == 3 {
		ev["message"] = map[string]any{"id": "700000000000000009", "channel_id": testChannel, "content": ""}
	}
	mark := h.d.mark()
	if err := h.d.dispatch("INTERACTION_CREATE", ev); err != nil {
		h.t.Fatalf("dispatch: %v", err)
	}
	return id, mark
}

// callback waits for the interaction's callback and decodes it.
func (h *harness) callback(id string, mark int) (request, callbackBody) {
	h.t.Helper()
	re := regexp.MustCompile(`/interactions/` + id + `/[^/]+/callback$`)
	r := h.d.waitFor(mark, "callback of "+id, func(r request) bool { return r.Method == "POST" && re.MatchString(r.Path) && r.Status < 300 })
	var cb callbackBody
	if err := json.Unmarshal(r.Body, &cb); err != nil {
		h.t.Fatalf("callback body: %v", err)
	}
	return r, cb
}

// edited waits for the deferred reply's edit and returns its content.
func (h *harness) edited(id string, mark int) string {
	h.t.Helper()
	r := h.d.waitFor(mark, "edit of the deferred reply to "+id, func(r request) bool {
		return r.Method == "PATCH" && strings.Contains(r.Path, "/token-"+id+"/messages/@original")
	})
	var b struct {
		Content string `json:"content"`
	}
	json.Unmarshal(r.Body, &b)
	return b.Content
}

type callbackBody struct {
	Type int `json:"type"`
	Data struct {
		Content string `json:"content"`
		Flags   int    `json:"flags"`
		Embeds  []struct {
			Title       string `json:"title"`
			Description string `json:"description"`
			Color       int    `json:"color"`
			Fields      []struct {
				Name, Value string
			} `json:"fields"`
		} `json:"embeds"`
		Components []struct {
			Components []struct {
				CustomID string `json:"custom_id"`
				Disabled bool   `json:"disabled"`
			} `json:"components"`
		} `json:"components"`
		Choices []struct {
			Name  string `json:"name"`
			Value string `json:"value"`
		} `json:"choices"`
		CustomID string `json:"custom_id"`
	} `json:"data"`
}

func (c callbackBody) text() string {
	var b strings.Builder
	b.WriteString(c.Data.Content)
	for _, e := range c.Data.Embeds {
		b.WriteString("\n" + e.Title + "\n" + e.Description)
		for _, f := range e.Fields {
			b.WriteString("\n" + f.Name + "\n" + f.Value)
		}
	}
	return b.String()
}

func command(name, sub string, opts ...map[string]any) map[string]any {
	o := []any{}
	for _, x := range opts {
		o = append(o, x)
	}
	return map[string]any{"id": "800000000000000000", "name": name, "type": 1,
		"options": []any{map[string]any{"name": sub, "type": 1, "options": o}}}
}

func opt(name string, typ int, value any) map[string]any {
	return map[string]any{"name": name, "type": typ, "value": value}
}

func TestRegistersCommandsInGuild(t *testing.T) {
	t.Parallel()
	h := start(t)
	r := h.d.waitFor(0, "command registration", func(r request) bool { return r.Method == "PUT" && strings.HasSuffix(r.Path, "/commands") })
	if want := "/applications/" + h.d.appID + "/guilds/" + testGuild + "/commands"; !strings.HasSuffix(r.Path, want) {
		t.Errorf("registered at %s, want a bulk overwrite at ...%s", r.Path, want)
	}
	var cmds []struct {
		Name  string `json:"name"`
		Perms any    `json:"default_member_permissions"`
	}
	if err := json.Unmarshal(r.Body, &cmds); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, c := range cmds {
		got[c.Name] = strings.Trim(string(mustJSON(c.Perms)), `"`)
	}
	want := map[string]string{"purplehearts": permView, "pin": permManage, "knowledge": permGuild}
	for name, perm := range want {
		if got[name] != perm {
			t.Errorf("command %s: default_member_permissions = %q, want %q", name, got[name], perm)
		}
	}
}

// TestGuildModeClearsGlobalCommands checks the bulk overwrites each mode
// sends: in a guild, the guild's commands and then an empty global list
// (so commands an earlier global run registered do not show twice); with
// no guild, the global commands and nothing for any guild.
func TestGuildModeClearsGlobalCommands(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name      string
		guild     string
		fail      bool // the global clear is refused
		puts      []string
		wantClear bool
		log       string
	}{
		{"guild mode", testGuild, false, []string{"guild", "global []"}, true, "global commands cleared"},
		{"guild mode, clear refused", testGuild, true, []string{"guild", "global [] 403"}, false, "could not clear the global commands"},
		{"global mode", "", false, []string{"global"}, false, "commands registered"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			d := newStandin(t)
			if c.fail {
				d.fail("PUT", `/applications/[^/]+/commands$`, 1, http.StatusForbidden, `{"code": 50001, "message": "Missing Access"}`, nil)
			}
			h := startOn(t, d, mustOpen(t), c.guild)
			var puts []string
			for _, r := range d.since(0) {
				if r.Method == "PUT" && strings.HasSuffix(r.Path, "/commands") {
					puts = append(puts, describeOverwrite(t, h.d.appID, r))
				}
			}
			if strings.Join(puts, ", ") != strings.Join(c.puts, ", ") {
				t.Errorf("command overwrites %q, want %q", puts, c.puts)
			}
			if !strings.Contains(h.logs.String(), c.log) {
				t.Errorf("log has no %q:\n%s", c.log, h.logs)
			}
		})
	}
}

// describeOverwrite names a command bulk overwrite by its scope ("guild" or
// "global"), "[]" when it sends no commands, and its status unless 200. It
// fails the test if the overwrite went to another application or guild, or
// was not checked against the spec.
func describeOverwrite(t *testing.T, appID string, r request) string {
	t.Helper()
	var cmds []any
	if err := json.Unmarshal(r.Body, &cmds); err != nil {
		t.Fatalf("PUT %s body %s: %v", r.Path, trimBody(r.Body), err)
	}
	if r.Schema == "" {
		t.Errorf("PUT %s was not validated against the spec", r.Path)
	}
	var d string
	switch {
	case strings.HasSuffix(r.Path, "/applications/"+appID+"/guilds/"+testGuild+"/commands"):
		d = "guild"
	case strings.HasSuffix(r.Path, "/applications/"+appID+"/commands"):
		d = "global"
	default:
		t.Errorf("commands overwritten at %s, want the test application's global or test guild commands", r.Path)
		return r.Path
	}
	if len(cmds) == 0 {
		d += " []"
	}
	if r.Status != http.StatusOK {
		d += " " + strconv.Itoa(r.Status)
	}
	return d
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}

func TestFanAnswers(t *testing.T) {
	t.Parallel()
	h := start(t)
	ctx := context.Background()
	for _, view := range []string{"overview", "sequel", "release", "cast", "plot", "sources"} {
		t.Run(view, func(t *testing.T) {
			id, mark := h.send(interaction{kind: 2, data: command("purplehearts", view)})
			_, cb := h.callback(id, mark)
			if cb.Type != 4 {
				t.Fatalf("/purplehearts %s: callback type %d, want 4", view, cb.Type)
			}
			if len(cb.Data.Embeds) == 0 {
				t.Fatalf("/purplehearts %s: no embeds", view)
			}
			if cb.Data.Flags&64 != 0 {
				t.Errorf("/purplehearts %s: ephemeral without private", view)
			}
			if len(cb.Data.Components) == 0 {
				t.Errorf("/purplehearts %s: no buttons", view)
			}
			if strings.Contains(cb.text(), "Confirmed") && !kbConfirms(t, h.st, view) {
				t.Errorf("/purplehearts %s reads \"Confirmed\" but the knowledge base confirms nothing there:\n%s", view, cb.text())
			}
		})
	}
	t.Run("private", func(t *testing.T) {
		id, mark := h.send(interaction{kind: 2, data: command("purplehearts", "release", opt("private", 5, true))})
		_, cb := h.callback(id, mark)
		if cb.Data.Flags&64 == 0 {
			t.Errorf("private answer flags = %d, want the ephemeral bit 64", cb.Data.Flags)
		}
	})
	t.Run("ask", func(t *testing.T) {
		id, mark := h.send(interaction{kind: 2, data: command("purplehearts", "ask", opt("question", 3, "when does it come out?"))})
		_, cb := h.callback(id, mark)
		if cb.Type != 4 || len(cb.Data.Embeds) == 0 {
			t.Fatalf("ask: callback type %d with %d embeds, want 4 with embeds", cb.Type, len(cb.Data.Embeds))
		}
	})
	_ = ctx
}

// kbConfirms reports whether the knowledge base itself says confirmed for
// something the view shows.
func kbConfirms(t testing.TB, st *knowledge.Store, view string) bool {
	ctx := context.Background()
	var vs []knowledge.Verdict
	switch view {
	case "overview", "sources":
		a, err := st.Overview(ctx, fixedNow)
		if err != nil {
			t.Fatal(err)
		}
		vs = a.Topics
	default:
		v, err := st.Topic(ctx, knowledge.Topic(view), fixedNow)
		if err != nil {
			t.Fatal(err)
		}
		vs = []knowledge.Verdict{v}
	}
	for _, v := range vs {
		if v.Status == knowledge.Confirmed {
			return true
		}
		for _, x := range v.Values {
			if x.Status == knowledge.Confirmed {
				return true
			}
		}
	}
	return false
}

func TestButtonUpdatesTheMessage(t *testing.T) {
	t.Parallel()
	h := start(t)
	id, mark := h.send(interaction{kind: 3, data: map[string]any{"custom_id": "topic:release", "component_type": 2}})
	_, cb := h.callback(id, mark)
	if cb.Type != 7 {
		t.Fatalf("button: callback type %d, want 7 (update message)", cb.Type)
	}
	if len(cb.Data.Embeds) == 0 || !strings.Contains(cb.Data.Embeds[0].Title, "Release date") {
		t.Errorf("button topic:release: embeds %+v, want the release date answer", cb.Data.Embeds)
	}
	pressed := ""
	for _, row := range cb.Data.Components {
		for _, b := range row.Components {
			if b.Disabled {
				pressed = b.CustomID
			}
		}
	}
	if pressed != "topic:release" {
		t.Errorf("pressed button = %q, want topic:release", pressed)
	}
}

func TestAutocomplete(t *testing.T) {
	t.Parallel()
	h := start(t)
	for _, typed := range []string{"", "s", "2026"} {
		data := command("purplehearts", "ask", map[string]any{"name": "question", "type": 3, "value": typed, "focused": true})
		id, mark := h.send(interaction{kind: 4, data: data})
		_, cb := h.callback(id, mark)
		if cb.Type != 8 {
			t.Fatalf("autocomplete %q: callback type %d, want 8", typed, cb.Type)
		}
		if len(cb.Data.Choices) > 25 {
			t.Errorf("autocomplete %q: %d choices, want at most 25", typed, len(cb.Data.Choices))
		}
		if typed == "" && len(cb.Data.Choices) == 0 {
			t.Errorf("autocomplete with nothing typed: no choices, want what the knowledge base knows")
		}
	}
	// Article names for /knowledge remove come from the knowledge base.
	data := command("knowledge", "remove", map[string]any{"name": "name", "type": 3, "value": "", "focused": true})
	id, mark := h.send(interaction{kind: 4, perms: permGuild, data: data})
	_, cb := h.callback(id, mark)
	arts, err := h.st.Articles(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(cb.Data.Choices) != min(len(arts), 25) {
		t.Errorf("remove autocomplete: %d choices, want %d (one per article)", len(cb.Data.Choices), min(len(arts), 25))
	}
}

// pin pins view in the test channel and returns the pinned message's id.
func (h *harness) pin(view string) string {
	h.t.Helper()
	before := map[string]bool{}
	old, err := h.st.Pins(context.Background())
	if err != nil {
		h.t.Fatal(err)
	}
	for _, p := range old {
		before[p.MessageID] = true
	}
	id, mark := h.send(interaction{kind: 2, perms: permManage, data: command("pin", "add", opt("topic", 3, view))})
	_, cb := h.callback(id, mark)
	if cb.Type != 5 || cb.Data.Flags&64 == 0 {
		h.t.Fatalf("/pin add: callback type %d flags %d, want a private deferred reply (5, 64)", cb.Type, cb.Data.Flags)
	}
	if got := h.edited(id, mark); !strings.HasPrefix(got, "Pinned") {
		h.t.Fatalf("/pin add: reply %q, want it pinned", got)
	}
	pins, err := h.st.Pins(context.Background())
	if err != nil {
		h.t.Fatal(err)
	}
	for _, p := range pins {
		if p.Topic == view && p.ChannelID == testChannel && !before[p.MessageID] {
			m, ok := h.d.message(p.MessageID)
			if !ok || !m.Pinned {
				h.t.Fatalf("pin record %s: message exists %v, pinned %v; want both", p.MessageID, ok, m.Pinned)
			}
			return p.MessageID
		}
	}
	h.t.Fatalf("no pin record for %s after /pin add: %+v", view, pins)
	return ""
}

// reseed runs /knowledge reseed and returns the admin's final reply.
func (h *harness) reseed() string {
	h.t.Helper()
	id, mark := h.send(interaction{kind: 2, perms: permGuild, data: command("knowledge", "reseed")})
	_, cb := h.callback(id, mark)
	if cb.Type != 5 {
		h.t.Fatalf("/knowledge reseed: callback type %d, want 5 (deferred)", cb.Type)
	}
	return h.edited(id, mark)
}

func countEdits(rs []request, messageID string) int {
	n := 0
	for _, r := range rs {
		if r.Method == "PATCH" && strings.HasSuffix(r.Path, "/channels/"+testChannel+"/messages/"+messageID) {
			n++
		}
	}
	return n
}

func TestPinnedAnswerFollowsReseed(t *testing.T) {
	t.Parallel()
	// Start from fewer articles, so the reseed changes the knowledge.
	h := startOn(t, newStandin(t), mustOpenSeeds(t, 3), testGuild)
	ctx := context.Background()
	sources := h.pin("sources")
	overview := h.pin("overview")

	mark := h.d.mark()
	reply := h.reseed()
	if !strings.Contains(reply, "Pinned answers updated: ") {
		t.Errorf("reseed reply %q does not say how many pinned answers were updated", reply)
	}
	if n := countEdits(h.d.since(mark), sources); n != 1 {
		t.Errorf("pinned sources edited %d times after a reseed that added articles, want 1", n)
	}
	m, _ := h.d.message(sources)
	if !strings.Contains(string(mustJSON(m.Body)), "Sources (5)") {
		t.Errorf("pinned sources after reseed: %s, want the five articles", trimBody(mustJSON(m.Body)))
	}
	c, err := h.st.LastChange(ctx)
	if err != nil {
		t.Fatal(err)
	}
	updated := countEdits(h.d.since(mark), sources) + countEdits(h.d.since(mark), overview)
	if c.PinsUpdated != updated {
		t.Errorf("LastChange().PinsUpdated = %d, want %d (the edits Discord received)", c.PinsUpdated, updated)
	}

	// The same seeds again: nothing changed, so nothing is edited.
	mark = h.d.mark()
	reply = h.reseed()
	if n := countEdits(h.d.since(mark), sources) + countEdits(h.d.since(mark), overview); n != 0 {
		t.Errorf("reseed with unchanged knowledge edited pinned answers %d times, want 0", n)
	}
	if !strings.Contains(reply, "Pinned answers updated: 0") {
		t.Errorf("unchanged reseed reply %q, want 0 pinned answers updated", reply)
	}

	// Every kind of body the bot sent here was checked against the spec.
	validated := map[string]bool{}
	for _, r := range h.d.since(0) {
		validated[r.Schema] = true
	}
	for _, want := range []string{"guild command overwrite", "interaction callback", "MessageCreateRequest", "message edit", "webhook message edit"} {
		if !validated[want] {
			t.Errorf("no request validated against %s", want)
		}
	}
}

// officialArticle announces the sequel from the streamer's own site.
const officialArticle = `url: https://www.netflix.com/tudum/articles/purple-hearts-2-release-date
title: Purple Hearts 2 is coming to Netflix
tier: official
published: 2026-11-20
---
Netflix today announced Purple Hearts 2, the sequel to the 2022 romantic drama. Sofia Carson and Nicholas Galitzine return as Cassie and Luke.

Purple Hearts 2 premieres on Netflix on June 4, 2027.
`

func TestAddArticleAttachmentEditsPin(t *testing.T) {
	t.Parallel()
	h := start(t)
	sources := h.pin("sources")
	h.d.serveFile("/attachments/1/2/official.txt", []byte(officialArticle))
	data := command("knowledge", "add", opt("file", 11, "att1"))
	data["resolved"] = map[string]any{"attachments": map[string]any{"att1": map[string]any{
		"id": "att1", "filename": "official.txt", "size": len(officialArticle), "content_type": "text/plain; charset=utf-8",
		"url": "https://cdn.discordapp.com/attachments/1/2/official.txt", "proxy_url": "https://media.discordapp.net/attachments/1/2/official.txt",
	}}}
	id, mark := h.send(interaction{kind: 2, perms: permGuild, data: data})
	_, cb := h.callback(id, mark)
	if cb.Type != 5 {
		t.Fatalf("/knowledge add: callback type %d, want 5 (deferred)", cb.Type)
	}
	reply := h.edited(id, mark)
	if !strings.HasPrefix(reply, "Added the article.") {
		t.Fatalf("/knowledge add reply %q, want it added", reply)
	}
	if n := countEdits(h.d.since(mark), sources); n != 1 {
		t.Errorf("pinned sources edited %d times after an article was added, want 1", n)
	}
	arts, _ := h.st.Articles(context.Background())
	found := false
	for _, a := range arts {
		found = found || a.Name == "official.txt"
	}
	if !found {
		t.Errorf("Articles() after add has no official.txt: %+v", arts)
	}
	// Now an official source gives the date, and fans read it.
	id, mark = h.send(interaction{kind: 2, data: command("purplehearts", "release")})
	_, cb = h.callback(id, mark)
	if text := cb.text(); !strings.Contains(text, "Release date: Confirmed") || !strings.Contains(text, "June 4, 2027: Confirmed") {
		t.Errorf("/purplehearts release after the official article:\n%s\nwant the release date and June 4, 2027 confirmed", text)
	}
}

func TestTooOldToEditIsReposted(t *testing.T) {
	t.Parallel()
	h := startOn(t, newStandin(t), mustOpenSeeds(t, 3), testGuild)
	ctx := context.Background()
	old := h.pin("sources")
	h.d.fail("PATCH", `/channels/`+testChannel+`/messages/`+old+`$`, 1, http.StatusBadRequest,
		`{"code": 30046, "message": "Maximum number of edits to messages older than 1 hour reached. Try again later."}`, nil)
	mark := h.d.mark()
	h.reseed()
	pins, err := h.st.Pins(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(pins) != 1 || pins[0].MessageID == old {
		t.Fatalf("pins after 30046: %+v, want one record for a new message", pins)
	}
	m, ok := h.d.message(pins[0].MessageID)
	if !ok || !m.Pinned {
		t.Errorf("reposted message exists %v, pinned %v; want both", ok, m.Pinned)
	}
	if o, _ := h.d.message(old); o.Pinned {
		t.Errorf("the old message is still pinned, want it unpinned")
	}
	posted := 0
	for _, r := range h.d.since(mark) {
		if r.Method == "POST" && strings.HasSuffix(r.Path, "/channels/"+testChannel+"/messages") {
			posted++
		}
	}
	if posted != 1 {
		t.Errorf("messages posted after 30046: %d, want 1", posted)
	}
}

func TestDeletedOrUnpinnedPinIsDropped(t *testing.T) {
	t.Parallel()
	h := startOn(t, newStandin(t), mustOpenSeeds(t, 3), testGuild)
	ctx := context.Background()
	deleted := h.pin("sources")
	unpinned := h.pin("overview")
	h.d.deleteMessage(deleted)
	h.d.unpinMessage(unpinned)
	mark := h.d.mark()
	h.reseed()
	if pins, _ := h.st.Pins(ctx); len(pins) != 0 {
		t.Errorf("pins after their messages were deleted or unpinned: %+v, want none", pins)
	}
	if n := countEdits(h.d.since(mark), deleted) + countEdits(h.d.since(mark), unpinned); n != 0 {
		t.Errorf("%d edits to deleted or unpinned messages, want 0", n)
	}
	if got := strings.Count(h.logs.String(), "dropping its record"); got != 2 {
		t.Errorf("%d dropped pin records logged, want 2", got)
	}
}

// TestUnpinnedByHandIsDropped unpins a live answer as a moderator would
// and sends the CHANNEL_PINS_UPDATE Discord sends: the bot lists the
// channel's pins, forgets the unpinned answer at once (not at the next
// edit) and never edits it again, while the answer still pinned is kept.
func TestUnpinnedByHandIsDropped(t *testing.T) {
	t.Parallel()
	// Fewer articles, so the reseed below changes the knowledge.
	h := startOn(t, newStandin(t), mustOpenSeeds(t, 3), testGuild)
	ctx := context.Background()
	const quiet = "400000000000000002" // a channel with no pinned answers
	unpinned := h.pin("overview")
	kept := h.pin("sources")

	mark := h.d.mark()
	h.d.pinsUpdate(quiet)
	h.d.unpinMessage(unpinned)
	h.d.pinsUpdate(testChannel)
	h.until("the unpinned answer's record dropped", func() bool { return !tracked(t, h.st, unpinned) })
	if !tracked(t, h.st, kept) {
		t.Errorf("the answer still pinned (%s) is no longer tracked", kept)
	}
	if n := countRequests(h.d.since(mark), "GET", "/channels/"+testChannel+"/pins"); n == 0 {
		t.Errorf("the bot did not list the channel's pins after CHANNEL_PINS_UPDATE")
	}
	if n := countRequests(h.d.since(mark), "GET", "/channels/"+quiet+"/"); n != 0 {
		t.Errorf("%d requests about a channel with no pinned answers, want 0", n)
	}
	if !strings.Contains(h.logs.String(), "no longer pinned; dropping its record") {
		t.Errorf("dropping the unpinned answer is not logged")
	}

	mark = h.d.mark()
	h.reseed()
	if n := countEdits(h.d.since(mark), unpinned); n != 0 {
		t.Errorf("the unpinned answer was edited %d times after the reseed, want 0", n)
	}
	if n := countEdits(h.d.since(mark), kept); n != 1 {
		t.Errorf("the answer still pinned was edited %d times after the reseed, want 1", n)
	}
	if pins, _ := h.st.Pins(ctx); len(pins) != 1 {
		t.Errorf("pins after the reseed: %+v, want only %s", pins, kept)
	}
}

// tracked reports whether the knowledge base has a pin record for the
// message.
func tracked(t testing.TB, st *knowledge.Store, messageID string) bool {
	t.Helper()
	pins, err := st.Pins(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range pins {
		if p.MessageID == messageID {
			return true
		}
	}
	return false
}

func TestPinsSurviveRestart(t *testing.T) {
	t.Parallel()
	d := newStandin(t)
	st := mustOpenSeeds(t, 3)
	ctx := context.Background()
	first := startOn(t, d, st, testGuild)
	msg := first.pin("sources")
	if err := first.b.close(); err != nil {
		t.Fatalf("close: %v", err)
	}
	// The knowledge changes while the bot is down (bot reseed).
	if _, err := st.Reseed(ctx, nil); err != nil {
		t.Fatal(err)
	}
	mark := d.mark()
	startOn(t, d, st, "")
	d.waitFor(mark, "the pinned answer edited after a restart", func(r request) bool {
		return r.Method == "PATCH" && strings.HasSuffix(r.Path, "/messages/"+msg)
	})
	for _, r := range d.since(mark) {
		if r.Method == "PUT" && strings.HasSuffix(r.Path, "/commands") && strings.Contains(r.Path, "/guilds/") {
			t.Errorf("without DISCORD_GUILD_ID commands went to %s, want the global bulk overwrite", r.Path)
		}
	}
}

// TestShutdownFinishesAnswersInFlight holds a reseed's reply at Discord
// while the bot shuts down: close must wait for it.
func TestShutdownFinishesAnswersInFlight(t *testing.T) {
	t.Parallel()
	h := start(t)
	release := make(chan struct{})
	arrived := h.d.holdNext("PATCH", `/messages/@original$`, release)
	id, mark := h.send(interaction{kind: 2, perms: permGuild, data: command("knowledge", "reseed")})
	h.callback(id, mark)
	select {
	case <-arrived:
	case <-time.After(time.Minute):
		t.Fatal("the deferred reseed reply never reached Discord")
	}
	closed := make(chan error, 1)
	go func() { closed <- h.b.close() }()
	// Closing the session takes a while anyway; what matters is that the
	// reply is not cut off: its request must complete, not be cancelled.
	time.Sleep(100 * time.Millisecond)
	close(release)
	if err := <-closed; err != nil {
		t.Fatalf("close: %v", err)
	}
	if logs := h.logs.String(); strings.Contains(logs, "edit deferred reply") {
		t.Errorf("shutdown cut the reseed reply off:\n%s", logs)
	}
	found := false
	for _, r := range h.d.since(mark) {
		found = found || (r.Method == "PATCH" && strings.Contains(r.Path, "/token-"+id+"/messages/@original"))
	}
	if !found {
		t.Errorf("close returned before the deferred reseed reply was sent")
	}
}

func TestPinReplacesTheSameTopic(t *testing.T) {
	t.Parallel()
	h := start(t)
	first := h.pin("release")
	second := h.pin("release")
	pins, _ := h.st.Pins(context.Background())
	if len(pins) != 1 || pins[0].MessageID != second {
		t.Errorf("pins after pinning the release twice: %+v, want only the second (%s)", pins, second)
	}
	if m, _ := h.d.message(first); m.Pinned {
		t.Errorf("the replaced answer is still pinned")
	}
}

func TestUnpin(t *testing.T) {
	t.Parallel()
	h := start(t)
	msg := h.pin("overview")
	id, mark := h.send(interaction{kind: 2, perms: permManage, data: command("pin", "remove")})
	h.callback(id, mark)
	if got := h.edited(id, mark); !strings.HasPrefix(got, "Unpinned 1") {
		t.Errorf("/pin remove reply %q, want one unpinned", got)
	}
	if m, _ := h.d.message(msg); m.Pinned {
		t.Errorf("message still pinned after /pin remove")
	}
	if pins, _ := h.st.Pins(context.Background()); len(pins) != 0 {
		t.Errorf("pins after /pin remove: %+v, want none", pins)
	}
}

func TestPermissionRefused(t *testing.T) {
	t.Parallel()
	h := start(t)
	cases := []struct {
		name  string
		perms string
		data  map[string]any
		want  string
	}{
		{"pin without Manage Messages", permView, command("pin", "add"), "Manage Messages"},
		{"reseed without Manage Server", permManage, command("knowledge", "reseed"), "Manage Server"},
		{"remove with no permission", permNone, command("knowledge", "remove", opt("name", 3, "x.txt")), "Manage Server"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			id, mark := h.send(interaction{kind: 2, perms: c.perms, data: c.data})
			_, cb := h.callback(id, mark)
			if cb.Type != 4 || cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, c.want) {
				t.Errorf("callback type %d flags %d content %q, want a private refusal naming %s", cb.Type, cb.Data.Flags, cb.Data.Content, c.want)
			}
			time.Sleep(20 * time.Millisecond) // let anything wrongly started show up
			for _, r := range h.d.since(mark) {
				if strings.Contains(r.Path, "/channels/") || strings.Contains(r.Path, "/webhooks/") {
					t.Errorf("refused command still called %s %s", r.Method, r.Path)
				}
			}
		})
	}
	// Administrator implies every permission.
	id, mark := h.send(interaction{kind: 2, perms: permAdmin, data: command("knowledge", "list")})
	if _, cb := h.callback(id, mark); len(cb.Data.Embeds) == 0 {
		t.Errorf("/knowledge list as Administrator: %q, want the list", cb.Data.Content)
	}
}

func TestBadAttachment(t *testing.T) {
	t.Parallel()
	h := start(t)
	attach := func(name, ctype string, size int, url string) map[string]any {
		d := command("knowledge", "add", opt("file", 11, "att1"))
		d["resolved"] = map[string]any{"attachments": map[string]any{"att1": map[string]any{
			"id": "att1", "filename": name, "size": size, "content_type": ctype, "url": url,
		}}}
		return d
	}
	cdn := "https://cdn.discordapp.com/attachments/1/2/"
	refused := []struct {
		name string
		data map[string]any
	}{
		{"image", attach("poster.png", "image/png", 2000, cdn+"poster.png")},
		{"too large", attach("big.txt", "text/plain; charset=utf-8", 10<<20, cdn+"big.txt")},
		{"not .txt", attach("page.html", "text/html", 2000, cdn+"page.html")},
		{"not Discord's CDN", attach("a.txt", "text/plain", 2000, "https://example.com/a.txt")},
	}
	for _, c := range refused {
		t.Run(c.name, func(t *testing.T) {
			id, mark := h.send(interaction{kind: 2, perms: permGuild, data: c.data})
			_, cb := h.callback(id, mark)
			if cb.Type != 4 || cb.Data.Flags&64 == 0 || !strings.Contains(cb.Data.Content, ".txt") {
				t.Errorf("callback type %d flags %d content %q, want a private refusal", cb.Type, cb.Data.Flags, cb.Data.Content)
			}
			for _, r := range h.d.since(mark) {
				if strings.HasPrefix(r.Path, "/attachments/") {
					t.Errorf("refused attachment was downloaded: %s", r.Path)
				}
			}
		})
	}
	t.Run("not UTF-8", func(t *testing.T) {
		bad := []byte("Purple Hearts 2 \xff\xfe is coming\n")
		h.d.serveFile("/attachments/1/2/latin1.txt", bad)
		before, _ := h.st.Articles(context.Background())
		id, mark := h.send(interaction{kind: 2, perms: permGuild, data: attach("latin1.txt", "text/plain", len(bad), cdn+"latin1.txt")})
		h.callback(id, mark)
		if got := h.edited(id, mark); !strings.Contains(got, "UTF-8") {
			t.Errorf("reply %q, want it to say the file is not UTF-8", got)
		}
		after, _ := h.st.Articles(context.Background())
		if len(after) != len(before) {
			t.Errorf("articles %d -> %d after a refused file, want unchanged", len(before), len(after))
		}
	})
}

func TestModalAddsArticle(t *testing.T) {
	t.Parallel()
	h := start(t)
	id, mark := h.send(interaction{kind: 2, perms: permGuild, data: command("knowledge", "add", opt("tier", 3, "official"))})
	_, cb := h.callback(id, mark)
	if cb.Type != 9 || cb.Data.CustomID == "" {
		t.Fatalf("/knowledge add without a file: callback type %d, want 9 (modal)", cb.Type)
	}
	row := func(id, v string) map[string]any {
		return map[string]any{"type": 1, "components": []any{map[string]any{"type": 4, "custom_id": id, "value": v}}}
	}
	body := strings.SplitN(officialArticle, "---\n", 2)[1]
	id, mark = h.send(interaction{kind: 5, perms: permGuild, data: map[string]any{"custom_id": cb.Data.CustomID, "components": []any{
		row("text", body), row("url", "https://www.netflix.com/tudum/articles/purple-hearts-2"), row("title", "Purple Hearts 2 is coming"), row("tier", "official"),
	}}})
	_, cb = h.callback(id, mark)
	if cb.Type != 5 {
		t.Fatalf("modal submit: callback type %d, want 5", cb.Type)
	}
	if got := h.edited(id, mark); !strings.HasPrefix(got, "Added the article.") {
		t.Errorf("modal submit reply %q, want it added", got)
	}
}

func TestRateLimitHonoursRetryAfter(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.d.fail("POST", `/interactions/[^/]+/[^/]+/callback$`, 1, http.StatusTooManyRequests,
		`{"message": "You are being rate limited.", "retry_after": 0.3, "global": false}`, http.Header{"Retry-After": {"1"}})
	id, mark := h.send(interaction{kind: 2, data: command("purplehearts", "overview")})
	ok, _ := h.callback(id, mark)
	var first request
	for _, r := range h.d.since(mark) {
		if r.Status == http.StatusTooManyRequests {
			first = r
			break
		}
	}
	if first.Status == 0 {
		t.Fatalf("no 429 recorded")
	}
	if wait := ok.At.Sub(first.At); wait < 250*time.Millisecond {
		t.Errorf("retried %v after a 429 asking for 300ms, want at least that", wait)
	}
}

// TestServerErrorIsRetried fails the edit of a deferred reply, a PATCH,
// twice: an edit is safe to repeat, so it goes through on the third try.
func TestServerErrorIsRetried(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.d.fail("PATCH", `/messages/@original$`, 2, http.StatusInternalServerError, `{"message": "500: Internal Server Error", "code": 0}`, nil)
	id, mark := h.send(interaction{kind: 2, perms: permGuild, data: command("knowledge", "reseed")})
	h.callback(id, mark)
	h.d.waitFor(mark, "the deferred reply edited", func(r request) bool {
		return r.Method == "PATCH" && strings.Contains(r.Path, "/token-"+id+"/messages/@original") && r.Status == http.StatusOK
	})
	failed := 0
	for _, r := range h.d.since(mark) {
		if r.Status == http.StatusInternalServerError {
			failed++
		}
	}
	if failed != 2 {
		t.Errorf("%d failed attempts before the edit went through, want 2", failed)
	}
}

// TestServerErrorOnCallbackIsRetried answers an interaction's callback with
// a 500 once: Discord accepts one callback per interaction, so sending it
// again cannot answer twice, and the fan gets the answer.
func TestServerErrorOnCallbackIsRetried(t *testing.T) {
	t.Parallel()
	const internal = `{"message": "500: Internal Server Error", "code": 0}`
	h := start(t)
	h.d.fail("POST", `/interactions/[^/]+/[^/]+/callback$`, 1, http.StatusInternalServerError, internal, nil)
	id, mark := h.send(interaction{kind: 2, data: command("purplehearts", "overview")})
	h.until("the callback sent again or given up", func() bool {
		answered := countRequests(h.d.since(mark), "POST", "/interactions/"+id+"/") > 1
		return answered || strings.Contains(h.logs.String(), "interaction response")
	})
	if n := countRequests(h.d.since(mark), "POST", "/interactions/"+id+"/"); n != 2 {
		t.Errorf("callback sent %d times after a 500, want 2", n)
	}
	if !strings.Contains(h.logs.String(), "500") {
		t.Errorf("the 500 is not in the log:\n%s", h.logs)
	}
}

// TestServerErrorOnPinnedPost answers the pinned answer's message POST
// with a 500, before and after Discord made the message: the bot sends it
// again with the same enforced nonce, so the channel ends with one pinned,
// recorded answer either way.
func TestServerErrorOnPinnedPost(t *testing.T) {
	t.Parallel()
	const internal = `{"message": "500: Internal Server Error", "code": 0}`
	for _, late := range []bool{false, true} {
		name := "before the message is made"
		if late {
			name = "after the message is made"
		}
		t.Run(name, func(t *testing.T) {
			h := start(t)
			path := `/channels/` + testChannel + `/messages$`
			if late {
				h.d.failLate("POST", path, 1, http.StatusInternalServerError, internal)
			} else {
				h.d.fail("POST", path, 1, http.StatusInternalServerError, internal, nil)
			}
			id, mark := h.send(interaction{kind: 2, perms: permManage, data: command("pin", "add")})
			h.callback(id, mark)
			if got := h.edited(id, mark); !strings.HasPrefix(got, "Pinned the overview here") {
				t.Errorf("/pin add reply %q after a 500, want it pinned", got)
			}
			if n := countRequests(h.d.since(mark), "POST", "/channels/"+testChannel+"/messages"); n != 2 {
				t.Errorf("message sent %d times, want 2 (once more after the 500)", n)
			}
			if n := h.d.messagesIn(testChannel); n != 1 {
				t.Errorf("%d messages in the channel, want 1", n)
			}
			if pins, _ := h.st.Pins(context.Background()); len(pins) != 1 {
				t.Errorf("pins after the retried post: %+v, want one", pins)
			}
		})
	}
}

// TestServerErrorOnFollowupIsNotRetried answers a reseed's follow-up (a
// POST without a nonce) with a 500: Discord may have posted it, so the bot
// does not send it again.
func TestServerErrorOnFollowupIsNotRetried(t *testing.T) {
	t.Parallel()
	const internal = `{"message": "500: Internal Server Error", "code": 0}`
	h := start(t)
	h.d.fail("POST", `/webhooks/[^/]+/[^/]+$`, 1, http.StatusInternalServerError, internal, nil)
	h.d.fail("PATCH", `/webhooks/[^/]+/[^/]+/messages/@original$`, 4, http.StatusInternalServerError, internal, nil)
	id, mark := h.send(interaction{kind: 2, perms: permGuild, data: command("knowledge", "reseed")})
	h.callback(id, mark)
	h.until("the follow-up given up", func() bool {
		return strings.Contains(h.logs.String(), "not safe to repeat")
	})
	if n := countRequests(h.d.since(mark), "POST", "/webhooks/"); n != 1 {
		t.Errorf("follow-up sent %d times after a 500, want 1", n)
	}
}

// countRequests counts the requests with method whose path contains part.
func countRequests(rs []request, method, part string) int {
	n := 0
	for _, r := range rs {
		if r.Method == method && strings.Contains(r.Path, part) {
			n++
		}
	}
	return n
}

// until waits until ok holds, polling. The bound is generous: it only
// stops a broken test.
func (h *harness) until(what string, ok func() bool) {
	h.t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			h.t.Fatalf("timed out waiting for %s; bot logs:\n%s", what, h.logs)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestDiscordFailureReportedToAdmin(t *testing.T) {
	t.Parallel()
	h := startOn(t, newStandin(t), mustOpenSeeds(t, 3), testGuild)
	ctx := context.Background()
	msg := h.pin("sources")
	h.d.fail("PATCH", `/channels/`+testChannel+`/messages/`+msg+`$`, 100, http.StatusServiceUnavailable, `{"message": "unavailable", "code": 0}`, nil)
	reply := h.reseed()
	if !strings.Contains(reply, "could not be updated") {
		t.Errorf("reseed reply %q, want it to say a pinned answer could not be updated", reply)
	}
	if !strings.Contains(h.logs.String(), "503") {
		t.Errorf("the Discord error is not in the log")
	}
	if pins, _ := h.st.Pins(ctx); len(pins) != 1 {
		t.Errorf("pins after a failed edit: %+v, want the record kept for the next change", pins)
	}
}

func TestFollowUpWhenTheEditFails(t *testing.T) {
	t.Parallel()
	h := start(t)
	h.d.fail("PATCH", `/messages/@original$`, 1, http.StatusNotFound, `{"code": 10015, "message": "Unknown Webhook"}`, nil)
	id, mark := h.send(interaction{kind: 2, perms: permGuild, data: command("knowledge", "reseed")})
	r := h.d.waitFor(mark, "a follow-up after the failed edit", func(r request) bool {
		return r.Method == "POST" && strings.HasSuffix(r.Path, "/webhooks/"+h.d.appID+"/token-"+id)
	})
	if r.Schema == "" || !strings.Contains(string(r.Body), "Reseeded") {
		t.Errorf("follow-up %s (validated against %q), want the reseed summary, checked against the spec", trimBody(r.Body), r.Schema)
	}
}
