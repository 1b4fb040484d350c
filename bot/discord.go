package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"net/http"
	"regexp"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/purplehearts/bot/commands"
	"github.com/purplehearts/bot/knowledge"
)

// retryTransport retries what Discord asks to be retried, which discordgo
// alone does not do well: it honours a 429's Retry-After (header or body)
// within the request's context instead of sleeping blind and looping
// forever, and retries a 5xx (discordgo retries only 502, at once) with
// exponential backoff when sending the request again cannot do its work
// twice (see repeatable). A 429 is always retried because Discord did not
// process the request; a 5xx may come after Discord did, so another POST's
// 5xx goes back to the caller instead. The session's own retries are
// turned off, so this is the one place that decides.
type retryTransport struct {
	next     http.RoundTripper
	attempts int           // tries in all, the first included
	backoff  time.Duration // wait before the first 5xx retry; doubles each time
	maxWait  time.Duration // a longer Retry-After is returned to the caller as a 429
	log      *slog.Logger
}

func (t *retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	for attempt := 1; ; attempt++ {
		r := req
		if attempt > 1 {
			r = req.Clone(req.Context())
			if req.Body != nil && req.GetBody != nil {
				body, err := req.GetBody()
				if err != nil {
					return nil, fmt.Errorf("retry %s %s: %w", req.Method, req.URL.Path, err)
				}
				r.Body = body
			}
		}
		resp, err := t.next.RoundTrip(r)
		if err != nil {
			return nil, err
		}
		wait, retry := t.wait(req, resp, attempt)
		if !retry {
			return resp, nil
		}
		t.log.Warn("discord asked to retry", "method", req.Method, "path", req.URL.Path, "status", resp.StatusCode, "attempt", attempt, "wait", wait)
		resp.Body.Close()
		timer := time.NewTimer(wait)
		select {
		case <-req.Context().Done():
			timer.Stop()
			return nil, req.Context().Err()
		case <-timer.C:
		}
	}
}

// wait says whether to retry resp to req, and after how long. A 429 keeps
// its body readable for the caller when it is not retried.
func (t *retryTransport) wait(req *http.Request, resp *http.Response, attempt int) (time.Duration, bool) {
	if attempt >= t.attempts {
		return 0, false
	}
	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
		resp.Body = io.NopCloser(bytes.NewReader(body))
		wait := retryAfter(resp.Header, body)
		if wait > t.maxWait {
			return 0, false
		}
		return wait, true
	case resp.StatusCode >= 500:
		if !repeatable(req) {
			t.log.Warn("discord failed a request that is not safe to repeat; not retrying", "method", req.Method, "path", req.URL.Path, "status", resp.StatusCode)
			return 0, false
		}
		return t.backoff << (attempt - 1), true
	}
	return 0, false
}

// idempotent reports whether sending a request with method twice leaves
// Discord as sending it once, so a 5xx that may have come after Discord
// did the work can be retried. PATCH is not idempotent in HTTP at large,
// but Discord's edits set fields to the values sent, so a repeat changes
// nothing more; POST creates something each time.
func idempotent(method string) bool {
	switch method {
	case http.MethodGet, http.MethodHead, http.MethodPut, http.MethodDelete, http.MethodPatch:
		return true
	}
	return false
}

// repeatable reports whether req can be sent again after a 5xx: an
// idempotent method; an interaction's callback, which Discord accepts once
// (a second gets error 40060, "already acknowledged"), so a repeat can
// never answer a fan twice, while giving up leaves them with "The
// application did not respond"; or a message sent with an enforced nonce.
func repeatable(req *http.Request) bool {
	switch {
	case idempotent(req.Method):
		return true
	case req.Method != http.MethodPost:
		return false
	case callbackPath.MatchString(req.URL.Path):
		return true
	}
	return messagesPath.MatchString(req.URL.Path) && enforcesNonce(req)
}

var (
	callbackPath = regexp.MustCompile(`/interactions/[^/]+/[^/]+/callback$`)
	messagesPath = regexp.MustCompile(`/channels/[^/]+/messages$`)
)

// enforcesNonce reports a message create whose JSON body carries a nonce
// with enforce_nonce: Discord makes one message however often it is sent.
func enforcesNonce(req *http.Request) bool {
	if req.GetBody == nil {
		return false
	}
	rc, err := req.GetBody()
	if err != nil {
		return false
	}
	defer rc.Close()
	var b struct {
		Nonce        string `json:"nonce"`
		EnforceNonce bool   `json:"enforce_nonce"`
	}
	return json.NewDecoder(io.LimitReader(rc, 1<<20)).Decode(&b) == nil && b.Nonce != "" && b.EnforceNonce
}

// retryAfter reads how long Discord asks to wait: the body's retry_after
// (seconds, fractional) when present, else the Retry-After header
// (seconds), else one second.
func retryAfter(h http.Header, body []byte) time.Duration {
	var b discordgo.TooManyRequests
	if json.Unmarshal(body, &b) == nil && b.RetryAfter > 0 {
		return b.RetryAfter
	}
	if s, err := strconv.ParseFloat(h.Get("Retry-After"), 64); err == nil && s >= 0 && !math.IsInf(s, 0) {
		return time.Duration(s * float64(time.Second))
	}
	return time.Second
}

// newSession makes a discordgo session whose REST calls go through
// transport, wrapped in retryTransport.
func newSession(token string, transport http.RoundTripper, log *slog.Logger) (*discordgo.Session, error) {
	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	s.ShouldRetryOnRateLimit = false
	s.MaxRestRetries = 0
	s.Client = &http.Client{
		Timeout:   30 * time.Second,
		Transport: &retryTransport{next: transport, attempts: 4, backoff: 250 * time.Millisecond, maxWait: 10 * time.Second, log: log},
	}
	s.Identify.Intents = discordgo.IntentsGuilds
	s.StateEnabled = false
	return s, nil
}

// fetcher downloads attachments over the session's HTTP client.
type fetcher struct{ client *http.Client }

// Fetch reads at most limit+1 bytes of url, so a caller can tell a file
// that is too large.
func (f fetcher) Fetch(ctx context.Context, url string, limit int64) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch: %s", resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, fmt.Errorf("fetch: %w", err)
	}
	return b, nil
}

// pinboard keeps the pinned answers: it posts and pins them, remembers them
// in the store, and edits them when the knowledge changes.
type pinboard struct {
	s   *discordgo.Session
	st  *knowledge.Store
	log *slog.Logger
	now func() time.Time
	mu  sync.Mutex // one pin change at a time
}

// Pin posts the answer on view in the channel, pins it and records it. If
// pinning fails, the message is deleted again: nothing is half-written.
func (p *pinboard) Pin(ctx context.Context, channelID, guildID, view string) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	m, hash, err := commands.PinMessage(ctx, p.st, view, p.now())
	if err != nil {
		return fmt.Errorf("render: %w", err)
	}
	old, err := p.st.Pins(ctx)
	if err != nil {
		return fmt.Errorf("pins: %w", err)
	}
	pin, err := p.post(ctx, channelID, guildID, view, m, hash)
	if err != nil {
		return err
	}
	// One live answer per topic and channel: the new one replaces any
	// older one, which is unpinned and forgotten.
	for _, o := range old {
		if o.ChannelID != channelID || o.Topic != view || o.MessageID == pin.MessageID {
			continue
		}
		if err := p.retire(ctx, o, pin.MessageID, "replaced pinned answer"); err != nil {
			return err
		}
	}
	return nil
}

// nonceMessage is a message with a nonce Discord enforces: sent twice (a
// retry after a 5xx that came once the message was made), it still makes
// one message. discordgo's MessageSend has no nonce, hence this type.
type nonceMessage struct {
	*discordgo.MessageSend
	Nonce        string `json:"nonce"`
	EnforceNonce bool   `json:"enforce_nonce"`
}

// send posts m in a channel with an enforced nonce, so that the transport
// may retry it.
func (p *pinboard) send(ctx context.Context, channelID string, m *discordgo.MessageSend) (*discordgo.Message, error) {
	body := nonceMessage{MessageSend: m, Nonce: strconv.FormatUint(rand.Uint64(), 36), EnforceNonce: true}
	endpoint := discordgo.EndpointChannelMessages(channelID)
	resp, err := p.s.RequestWithBucketID(http.MethodPost, endpoint, body, endpoint, discordgo.WithContext(ctx))
	if err != nil {
		return nil, err
	}
	var msg discordgo.Message
	if err := json.Unmarshal(resp, &msg); err != nil {
		return nil, fmt.Errorf("read the posted message: %w", err)
	}
	return &msg, nil
}

// retire unpins an answer a newer one (newID) replaces and forgets it; an
// unpin that fails is only logged, since the new answer is in place.
func (p *pinboard) retire(ctx context.Context, old knowledge.Pin, newID, why string) error {
	if err := p.s.ChannelMessageUnpin(old.ChannelID, old.MessageID, discordgo.WithContext(ctx)); err != nil && !gone(err) {
		p.log.Warn("could not unpin the replaced answer", "channel", old.ChannelID, "message", old.MessageID, "err", err)
	}
	if err := p.st.DeletePin(ctx, old.MessageID); err != nil {
		return fmt.Errorf("drop replaced pin: %w", err)
	}
	p.log.Info(why, "channel", old.ChannelID, "old", old.MessageID, "new", newID, "topic", old.Topic)
	return nil
}

// post sends, pins and records one answer.
func (p *pinboard) post(ctx context.Context, channelID, guildID, view string, m *discordgo.MessageSend, hash string) (knowledge.Pin, error) {
	msg, err := p.send(ctx, channelID, m)
	if err != nil {
		return knowledge.Pin{}, fmt.Errorf("post: %w", err)
	}
	if err := p.s.ChannelMessagePin(channelID, msg.ID, discordgo.WithContext(ctx)); err != nil {
		if derr := p.s.ChannelMessageDelete(channelID, msg.ID, discordgo.WithContext(ctx)); derr != nil {
			err = errors.Join(err, fmt.Errorf("delete unpinnable message: %w", derr))
		}
		return knowledge.Pin{}, fmt.Errorf("pin: %w", err)
	}
	pin := knowledge.Pin{MessageID: msg.ID, ChannelID: channelID, GuildID: guildID, Topic: view, Hash: hash, CreatedAt: p.now()}
	if err := p.st.SavePin(ctx, pin); err != nil {
		// Unrecorded, it would never be updated: take it down again.
		err = fmt.Errorf("save pin: %w", err)
		if derr := p.s.ChannelMessageDelete(channelID, msg.ID, discordgo.WithContext(ctx)); derr != nil {
			err = errors.Join(err, fmt.Errorf("delete unrecorded pin: %w", derr))
		}
		return knowledge.Pin{}, err
	}
	p.log.Info("pinned answer", "channel", channelID, "message", msg.ID, "topic", view)
	return pin, nil
}

// Unpin unpins the bot's answers in the channel (on view, or all) and drops
// their records. A message already gone is dropped all the same.
func (p *pinboard) Unpin(ctx context.Context, channelID, view string) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	pins, err := p.st.Pins(ctx)
	if err != nil {
		return 0, fmt.Errorf("pins: %w", err)
	}
	n := 0
	for _, pin := range pins {
		if pin.ChannelID != channelID || (view != "" && pin.Topic != view) {
			continue
		}
		if err := p.s.ChannelMessageUnpin(channelID, pin.MessageID, discordgo.WithContext(ctx)); err != nil && !gone(err) {
			return n, fmt.Errorf("unpin %s: %w", pin.MessageID, err)
		}
		if err := p.st.DeletePin(ctx, pin.MessageID); err != nil {
			return n, fmt.Errorf("delete pin %s: %w", pin.MessageID, err)
		}
		n++
	}
	return n, nil
}

// Refresh re-renders every pinned answer and edits those whose content
// changed, and only those. A message deleted or unpinned by someone has
// its record dropped; one too old to edit again (Discord's 30046) is
// reposted, re-pinned, and the old record dropped. A failure on one pin
// does not stop the others.
func (p *pinboard) Refresh(ctx context.Context) (commands.Refresh, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var r commands.Refresh
	pins, err := p.st.Pins(ctx)
	if err != nil {
		return r, fmt.Errorf("pins: %w", err)
	}
	now := p.now()
	var errs []error
	for _, pin := range pins {
		if err := p.refresh(ctx, pin, now, &r); err != nil {
			r.Failed++
			errs = append(errs, fmt.Errorf("pin %s in %s: %w", pin.MessageID, pin.ChannelID, err))
		}
	}
	return r, errors.Join(errs...)
}

func (p *pinboard) refresh(ctx context.Context, pin knowledge.Pin, now time.Time, r *commands.Refresh) error {
	m, hash, err := commands.PinMessage(ctx, p.st, pin.Topic, now)
	if err != nil {
		return fmt.Errorf("render: %w", err)
	}
	if hash == pin.Hash {
		return nil
	}
	err = p.checkPinned(ctx, pin)
	if dropped(err) {
		p.log.Warn("pinned answer gone; dropping its record", "channel", pin.ChannelID, "message", pin.MessageID, "topic", pin.Topic, "err", err)
		r.Dropped++
		return p.st.DeletePin(ctx, pin.MessageID)
	}
	if err != nil {
		return fmt.Errorf("get message: %w", err)
	}
	edit := discordgo.NewMessageEdit(pin.ChannelID, pin.MessageID).SetContent(m.Content)
	edit.Embeds = &m.Embeds
	edit.AllowedMentions = m.AllowedMentions
	_, err = p.s.ChannelMessageEditComplex(edit, discordgo.WithContext(ctx))
	switch {
	case err == nil:
		pin.Hash = hash
		if err := p.st.SavePin(ctx, pin); err != nil {
			return fmt.Errorf("save pin: %w", err)
		}
		r.Edited++
		return nil
	case restCode(err) == discordgo.ErrCodeMaximumNumberOfEditsToMessagesOlderThanOneHourReached:
		return p.repost(ctx, pin, m, hash, r)
	case gone(err):
		p.log.Warn("pinned answer deleted; dropping its record", "channel", pin.ChannelID, "message", pin.MessageID, "topic", pin.Topic)
		r.Dropped++
		return p.st.DeletePin(ctx, pin.MessageID)
	}
	return fmt.Errorf("edit: %w", err)
}

// repost replaces a pinned answer Discord no longer lets the bot edit: a
// new message, pinned, recorded; then the old one unpinned and its record
// dropped.
func (p *pinboard) repost(ctx context.Context, old knowledge.Pin, m *discordgo.MessageSend, hash string, r *commands.Refresh) error {
	pin, err := p.post(ctx, old.ChannelID, old.GuildID, old.Topic, m, hash)
	if err != nil {
		return fmt.Errorf("repost: %w", err)
	}
	if err := p.retire(ctx, old, pin.MessageID, "reposted pinned answer too old to edit"); err != nil {
		return err
	}
	r.Reposted++
	return nil
}

// Reconcile stops tracking the answers in channelID that are no longer
// pinned there, and returns how many it dropped. Discord sends
// CHANNEL_PINS_UPDATE when a message in a channel is pinned or unpinned
// without saying which, so the channel's pins are listed; a tracked answer
// missing from the list is looked up on its own before its record is
// dropped, because the list endpoint discordgo calls is deprecated and may
// not return every pin of a channel that has many. A channel with no
// tracked answers costs no request. A failure on one pin does not stop
// the others.
func (p *pinboard) Reconcile(ctx context.Context, channelID string) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	tracked, err := p.channelPins(ctx, channelID)
	if err != nil || len(tracked) == 0 {
		return 0, err
	}
	listed, err := p.s.ChannelMessagesPinned(channelID, discordgo.WithContext(ctx))
	if err != nil {
		return 0, fmt.Errorf("list pins in %s: %w", channelID, err)
	}
	pinned := make(map[string]bool, len(listed))
	for _, m := range listed {
		pinned[m.ID] = true
	}
	n := 0
	var errs []error
	for _, pin := range tracked {
		if pinned[pin.MessageID] {
			continue
		}
		ok, err := p.dropUnpinned(ctx, pin)
		if err != nil {
			errs = append(errs, fmt.Errorf("pin %s in %s: %w", pin.MessageID, channelID, err))
		}
		if ok {
			n++
		}
	}
	return n, errors.Join(errs...)
}

// channelPins lists the tracked answers in channelID.
func (p *pinboard) channelPins(ctx context.Context, channelID string) ([]knowledge.Pin, error) {
	all, err := p.st.Pins(ctx)
	if err != nil {
		return nil, fmt.Errorf("pins: %w", err)
	}
	var out []knowledge.Pin
	for _, pin := range all {
		if pin.ChannelID == channelID {
			out = append(out, pin)
		}
	}
	return out, nil
}

// dropUnpinned drops pin's record if its message was unpinned or deleted,
// and reports whether it did.
func (p *pinboard) dropUnpinned(ctx context.Context, pin knowledge.Pin) (bool, error) {
	err := p.checkPinned(ctx, pin)
	switch {
	case err == nil:
		return false, nil
	case !dropped(err):
		return false, fmt.Errorf("get message: %w", err)
	}
	p.log.Info("pinned answer no longer pinned; dropping its record", "channel", pin.ChannelID, "message", pin.MessageID, "topic", pin.Topic, "err", err)
	if err := p.st.DeletePin(ctx, pin.MessageID); err != nil {
		return false, fmt.Errorf("delete pin: %w", err)
	}
	return true, nil
}

// checkPinned fetches pin's message and returns nil if it is still pinned,
// errUnpinned if it is not, and Discord's error otherwise (one that gone
// recognises if the message or channel was deleted).
func (p *pinboard) checkPinned(ctx context.Context, pin knowledge.Pin) error {
	cur, err := p.s.ChannelMessage(pin.ChannelID, pin.MessageID, discordgo.WithContext(ctx))
	if err != nil {
		return err
	}
	if !cur.Pinned {
		return errUnpinned
	}
	return nil
}

// dropped reports whether err from checkPinned means the answer is no
// longer pinned, so its record should go.
func dropped(err error) bool { return gone(err) || errors.Is(err, errUnpinned) }

var errUnpinned = errors.New("message no longer pinned")

// restCode is the Discord error code of a REST error, or 0.
func restCode(err error) int {
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Message != nil {
		return re.Message.Code
	}
	return 0
}

// gone reports whether err says the message or channel no longer exists.
func gone(err error) bool {
	var re *discordgo.RESTError
	if !errors.As(err, &re) {
		return false
	}
	switch restCode(err) {
	case discordgo.ErrCodeUnknownMessage, discordgo.ErrCodeUnknownChannel:
		return true
	}
	return re.Response != nil && re.Response.StatusCode == http.StatusNotFound
}
