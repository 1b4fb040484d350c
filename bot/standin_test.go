package main

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// standin is a local Discord for tests: REST on httptest (API, gateway
// discovery, attachment CDN) and a websocket gateway that says HELLO, takes
// IDENTIFY, sends READY, acknowledges heartbeats and dispatches
// INTERACTION_CREATE and CHANNEL_PINS_UPDATE. It keeps channel messages
// and their pins, records every request the bot makes and validates each
// body against Discord's OpenAPI description and limits.
type standin struct {
	t     testing.TB
	srv   *httptest.Server
	spec  *spec
	appID string

	mu       sync.Mutex
	changed  chan struct{} // closed and replaced on every recorded request
	requests []request
	messages map[string]*storedMessage
	files    map[string][]byte // attachment path -> bytes
	faults   []*fault
	holds    []*hold
	nextID   int
	pinSeq   int // orders pins, most recent last
	identify json.RawMessage
	acks     int
	ws       *websocket.Conn
	wsMu     sync.Mutex
	seq      int
}

// request is one recorded request.
type request struct {
	Method string
	Path   string
	Body   []byte
	At     time.Time
	Status int
	// Schema names what the body was validated against, if anything.
	Schema string
}

type storedMessage struct {
	ID, ChannelID string
	Body          map[string]any
	Pinned        bool
	PinnedAt      int // pinSeq when last pinned
	Edits         int
}

// hold keeps the next request matching method and path waiting until
// release is closed, as a slow Discord would.
type hold struct {
	method  string
	path    *regexp.Regexp
	used    bool
	arrived chan struct{} // closed when the request is being held
	release chan struct{}
}

// holdNext holds the next request to method and a path matching pattern
// until release is closed; arrived is closed once it is held.
func (s *standin) holdNext(method, pattern string, release chan struct{}) (arrived <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h := &hold{method: method, path: regexp.MustCompile(pattern), arrived: make(chan struct{}), release: release}
	s.holds = append(s.holds, h)
	return h.arrived
}

// held waits on a hold matching r, if there is one.
func (s *standin) held(r *http.Request) {
	s.mu.Lock()
	var h *hold
	for _, c := range s.holds {
		if !c.used && c.method == r.Method && c.path.MatchString(r.URL.Path) {
			h, c.used = c, true
			break
		}
	}
	s.mu.Unlock()
	if h != nil {
		close(h.arrived)
		<-h.release
	}
}

// fault makes the next n requests matching method and path fail; with
// done, after doing what they asked (Discord failing late).
type fault struct {
	method string
	path   *regexp.Regexp
	n      int
	status int
	body   string
	header http.Header
	done   bool
}

func newStandin(t testing.TB) *standin {
	t.Helper()
	s := &standin{
		t:        t,
		spec:     loadSpec(t),
		appID:    "100000000000000001",
		changed:  make(chan struct{}),
		messages: map[string]*storedMessage{},
		files:    map[string][]byte{},
		nextID:   900000000000000000,
	}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serveHTTP))
	t.Cleanup(s.srv.Close)
	return s
}

// transport sends every request, whatever its host (discord.com, the
// CDN), to the stand-in.
func (s *standin) transport() http.RoundTripper {
	base := s.srv.Client().Transport
	target, _ := url.Parse(s.srv.URL)
	return roundTripFunc(func(r *http.Request) (*http.Response, error) {
		r2 := r.Clone(r.Context())
		r2.URL.Scheme = target.Scheme
		r2.URL.Host = target.Host
		r2.Host = target.Host
		return base.RoundTrip(r2)
	})
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// fail makes the next n requests to method and a path matching pattern
// answer status with body and header.
func (s *standin) fail(method, pattern string, n, status int, body string, header http.Header) {
	s.addFault(&fault{method: method, path: regexp.MustCompile(pattern), n: n, status: status, body: body, header: header})
}

// failLate makes the next n requests to method and a path matching pattern
// do what they ask, then answer status: a 5xx after the work was done.
func (s *standin) failLate(method, pattern string, n, status int, body string) {
	s.addFault(&fault{method: method, path: regexp.MustCompile(pattern), n: n, status: status, body: body, done: true})
}

func (s *standin) addFault(f *fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, f)
}

// serveFile makes an attachment downloadable at the CDN path.
func (s *standin) serveFile(path string, data []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files[path] = data
}

var (
	reCallback = regexp.MustCompile(`^/api/v\d+/interactions/([^/]+)/([^/]+)/callback$`)
	reMessages = regexp.MustCompile(`^/api/v\d+/channels/([^/]+)/messages$`)
	reMessage  = regexp.MustCompile(`^/api/v\d+/channels/([^/]+)/messages/([^/]+)$`)
	rePin      = regexp.MustCompile(`^/api/v\d+/channels/([^/]+)/pins/([^/]+)$`)
	rePins     = regexp.MustCompile(`^/api/v\d+/channels/([^/]+)/pins$`)
	reOriginal = regexp.MustCompile(`^/api/v\d+/webhooks/([^/]+)/([^/]+)/messages/@original$`)
	reFollowup = regexp.MustCompile(`^/api/v\d+/webhooks/([^/]+)/([^/]+)$`)
	reCommands = regexp.MustCompile(`^/api/v\d+/applications/([^/]+)(/guilds/[^/]+)?/commands$`)
)

func (s *standin) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/gateway-ws") {
		s.serveGateway(w, r)
		return
	}
	body, _ := io.ReadAll(r.Body)
	s.held(r)
	status, resp, header := s.route(r, body)
	at := time.Now()
	schema, err := s.spec.check(r.Method, r.URL.Path, body)
	if err != nil {
		s.t.Errorf("the bot sent an invalid request: %v\nbody: %s", err, trimBody(body))
	}
	s.record(request{Method: r.Method, Path: r.URL.Path, Body: body, At: at, Status: status, Schema: schema})
	// Like Discord, tell the gateway about every pin change, the bot's own
	// included; the event may arrive before the REST answer does.
	if m := rePin.FindStringSubmatch(r.URL.Path); m != nil && status == http.StatusNoContent {
		s.pinsUpdate(m[1])
	}
	for k, vs := range header {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	if status == http.StatusNoContent {
		w.WriteHeader(status)
		return
	}
	if _, ok := resp.([]byte); ok {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(status)
		w.Write(resp.([]byte))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(resp)
}

func (s *standin) record(r request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests = append(s.requests, r)
	close(s.changed)
	s.changed = make(chan struct{})
}

// echo answers a webhook message request with its own body as the
// message, under id.
func echo(body []byte, id string) (int, any, http.Header) {
	var b map[string]any
	if err := json.Unmarshal(body, &b); err != nil || b == nil {
		return http.StatusBadRequest, apiError(50109, "The request body contains invalid JSON."), nil
	}
	b["id"] = id
	b["channel_id"] = "1"
	return http.StatusOK, b, nil
}

func apiError(code int, msg string) map[string]any {
	return map[string]any{"code": code, "message": msg}
}

// route answers one REST request like Discord would.
func (s *standin) route(r *http.Request, body []byte) (int, any, http.Header) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, f := range s.faults {
		if f.n > 0 && f.method == r.Method && f.path.MatchString(r.URL.Path) {
			f.n--
			if f.done {
				s.answer(r, body)
			}
			var resp any = []byte(f.body)
			var m map[string]any
			if json.Unmarshal([]byte(f.body), &m) == nil {
				resp = m
			}
			return f.status, resp, f.header
		}
	}
	return s.answer(r, body)
}

// answer does what a request asks; s.mu is held.
func (s *standin) answer(r *http.Request, body []byte) (int, any, http.Header) {
	p := r.URL.Path
	var m []string
	match := func(re *regexp.Regexp) bool { m = re.FindStringSubmatch(p); return m != nil }
	switch {
	case strings.HasPrefix(p, "/attachments/"):
		if b, ok := s.files[p]; ok {
			return http.StatusOK, b, nil
		}
		return http.StatusNotFound, []byte("not found"), nil
	case r.Method == "GET" && regexp.MustCompile(`^/api/v\d+/gateway(/bot)?$`).MatchString(p):
		return http.StatusOK, map[string]any{"url": "ws" + strings.TrimPrefix(s.srv.URL, "http") + "/gateway-ws", "shards": 1}, nil
	case r.Method == "PUT" && match(reCommands):
		var cmds []map[string]any
		json.Unmarshal(body, &cmds)
		for i, c := range cmds {
			c["id"] = strconv.Itoa(800000000000000000 + i)
			c["application_id"] = m[1]
			c["version"] = "1"
			if p, ok := c["default_member_permissions"].(float64); ok {
				c["default_member_permissions"] = strconv.FormatInt(int64(p), 10) // Discord answers with a string
			}
		}
		return http.StatusOK, cmds, nil
	case r.Method == "POST" && match(reCallback):
		return http.StatusNoContent, nil, nil
	case r.Method == "PATCH" && match(reOriginal):
		return echo(body, "700000000000000001")
	case r.Method == "POST" && match(reFollowup):
		return echo(body, "700000000000000002")
	case r.Method == "POST" && match(reMessages):
		var b map[string]any
		if err := json.Unmarshal(body, &b); err != nil {
			return http.StatusBadRequest, apiError(50109, "The request body contains invalid JSON."), nil
		}
		// Like Discord, a nonce sent with enforce_nonce creates one
		// message: a repeat gets the message the first one made.
		if n, ok := b["nonce"].(string); ok && b["enforce_nonce"] == true {
			for _, old := range s.messages {
				if old.ChannelID == m[1] && old.Body["nonce"] == n {
					return http.StatusOK, old.json(), nil
				}
			}
		}
		s.nextID++
		msg := &storedMessage{ID: strconv.Itoa(s.nextID), ChannelID: m[1], Body: b}
		s.messages[msg.ID] = msg
		return http.StatusOK, msg.json(), nil
	case match(reMessage):
		msg, ok := s.messages[m[2]]
		if !ok || msg.ChannelID != m[1] {
			return http.StatusNotFound, apiError(10008, "Unknown Message"), nil
		}
		switch r.Method {
		case "GET":
			return http.StatusOK, msg.json(), nil
		case "PATCH":
			var b map[string]any
			json.Unmarshal(body, &b)
			for k, v := range b {
				msg.Body[k] = v
			}
			msg.Edits++
			return http.StatusOK, msg.json(), nil
		case "DELETE":
			delete(s.messages, m[2])
			return http.StatusNoContent, nil, nil
		}
	case r.Method == "GET" && match(rePins):
		return http.StatusOK, s.pinned(m[1]), nil
	case match(rePin):
		msg, ok := s.messages[m[2]]
		if !ok || msg.ChannelID != m[1] {
			return http.StatusNotFound, apiError(10008, "Unknown Message"), nil
		}
		if r.Method == "PUT" && !msg.Pinned {
			s.pinSeq++
			msg.PinnedAt = s.pinSeq
		}
		msg.Pinned = r.Method == "PUT"
		return http.StatusNoContent, nil, nil
	}
	return http.StatusNotFound, apiError(0, "404: Not Found"), nil
}

// pinned lists the channel's pinned messages as GET /channels/{id}/pins
// does, the most recently pinned first. The caller holds s.mu.
// messagesIn counts the messages in a channel.
func (s *standin) messagesIn(channelID string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, m := range s.messages {
		if m.ChannelID == channelID {
			n++
		}
	}
	return n
}

func (s *standin) pinned(channelID string) []map[string]any {
	var ms []*storedMessage
	for _, m := range s.messages {
		if m.ChannelID == channelID && m.Pinned {
			ms = append(ms, m)
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].PinnedAt > ms[j].PinnedAt })
	out := make([]map[string]any, 0, len(ms))
	for _, m := range ms {
		out = append(out, m.json())
	}
	return out
}

func (m *storedMessage) json() map[string]any {
	out := map[string]any{"id": m.ID, "channel_id": m.ChannelID, "pinned": m.Pinned, "type": 0, "content": "",
		"timestamp": "2026-11-22T10:00:00+00:00", "author": map[string]any{"id": "100000000000000001", "username": "purplehearts", "bot": true}}
	for k, v := range m.Body {
		if k == "content" || k == "embeds" || k == "components" {
			out[k] = v
		}
	}
	return out
}

// serveGateway speaks enough of the gateway for discordgo: HELLO,
// IDENTIFY, READY, heartbeats, then dispatches.
func (s *standin) serveGateway(w http.ResponseWriter, r *http.Request) {
	up := websocket.Upgrader{}
	c, err := up.Upgrade(w, r, nil)
	if err != nil {
		s.t.Errorf("gateway upgrade: %v", err)
		return
	}
	defer c.Close()
	s.wsMu.Lock()
	s.ws = c
	s.wsMu.Unlock()
	if err := s.send(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 41250}}); err != nil {
		return
	}
	for {
		var msg struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if err := c.ReadJSON(&msg); err != nil {
			return
		}
		switch msg.Op {
		case 1:
			s.mu.Lock()
			s.acks++
			s.mu.Unlock()
			s.send(map[string]any{"op": 11})
		case 2:
			s.mu.Lock()
			s.identify = msg.D
			s.mu.Unlock()
			s.dispatch("READY", map[string]any{
				"v": 9, "session_id": "standin-session", "resume_gateway_url": "ws" + strings.TrimPrefix(s.srv.URL, "http") + "/gateway-ws",
				"user":        map[string]any{"id": s.appID, "username": "purplehearts", "discriminator": "0", "bot": true},
				"application": map[string]any{"id": s.appID, "flags": 0},
				"guilds":      []any{}, "private_channels": []any{},
			})
		}
	}
}

func (s *standin) send(v any) error {
	s.wsMu.Lock()
	defer s.wsMu.Unlock()
	if s.ws == nil {
		return fmt.Errorf("gateway not connected")
	}
	return s.ws.WriteJSON(v)
}

func (s *standin) dispatch(event string, d any) error {
	s.wsMu.Lock()
	s.seq++
	seq := s.seq
	s.wsMu.Unlock()
	return s.send(map[string]any{"op": 0, "t": event, "s": seq, "d": d})
}

// since returns the requests recorded from index i on.
func (s *standin) since(i int) []request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]request(nil), s.requests[i:]...)
}

// mark is the index of the next request to be recorded.
func (s *standin) mark() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.requests)
}

// waitFor waits until a request from index from on satisfies ok and
// returns it. The bound is generous: it only stops a broken test.
func (s *standin) waitFor(from int, what string, ok func(request) bool) request {
	s.t.Helper()
	deadline := time.After(60 * time.Second)
	for {
		s.mu.Lock()
		for _, r := range s.requests[from:] {
			if ok(r) {
				s.mu.Unlock()
				return r
			}
		}
		ch := s.changed
		s.mu.Unlock()
		select {
		case <-ch:
		case <-deadline:
			s.t.Fatalf("timed out waiting for %s; requests since: %s", what, describe(s.since(from)))
			return request{}
		}
	}
}

func describe(rs []request) string {
	var b strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&b, "\n  %s %s -> %d %s", r.Method, r.Path, r.Status, trimBody(r.Body))
	}
	return b.String()
}

func trimBody(b []byte) string {
	if len(b) > 300 {
		return string(b[:300]) + "…"
	}
	return string(b)
}

// message returns a copy of a stored channel message.
func (s *standin) message(id string) (storedMessage, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.messages[id]
	if !ok {
		return storedMessage{}, false
	}
	return *m, true
}

// deleteMessage deletes a message as a user would.
func (s *standin) deleteMessage(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.messages, id)
}

// pinsUpdate dispatches CHANNEL_PINS_UPDATE for the channel, as Discord
// does when a message there is pinned or unpinned. With no bot connected
// there is no one to tell, so the error is dropped.
func (s *standin) pinsUpdate(channelID string) {
	s.dispatch("CHANNEL_PINS_UPDATE", map[string]any{"channel_id": channelID, "last_pin_timestamp": nil})
}

// unpinMessage unpins a message as a moderator would by hand. Like a
// change made while the bot was offline, it sends no gateway event; a test
// sends one with pinsUpdate.
func (s *standin) unpinMessage(id string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if m, ok := s.messages[id]; ok {
		m.Pinned = false
	}
}
