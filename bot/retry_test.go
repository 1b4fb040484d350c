package main

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// scripted answers each request with the next status (and body) of a
// script, then 200. Every attempt must carry the first one's body.
func scripted(t *testing.T, script ...string) (*httptest.Server, *atomic.Int32) {
	var n atomic.Int32
	var first atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		first.CompareAndSwap(nil, string(b))
		if string(b) != first.Load() || len(b) == 0 {
			t.Errorf("attempt %d: body %q, want the first attempt's %q again", n.Load()+1, b, first.Load())
		}
		i := int(n.Add(1)) - 1
		if i >= len(script) {
			w.Write([]byte("ok"))
			return
		}
		status, body, _ := strings.Cut(script[i], " ")
		if status == "429" {
			w.Header().Set("Retry-After", "7")
			w.WriteHeader(http.StatusTooManyRequests)
		} else if status == "500" {
			w.WriteHeader(http.StatusInternalServerError)
		} else {
			w.WriteHeader(http.StatusBadGateway)
		}
		w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)
	return srv, &n
}

func TestRetryTransport(t *testing.T) {
	cases := []struct {
		name     string
		method   string
		script   []string
		status   int
		attempts int32
	}{
		{"429 waits retry_after then succeeds", "POST", []string{`429 {"retry_after": 0.02}`}, 200, 2},
		{"429 too long is handed back", "POST", []string{`429 {"retry_after": 60}`}, 429, 1},
		{"5xx retried with backoff", "PATCH", []string{"500 x", "502 x"}, 200, 3},
		{"gives up after four tries", "PUT", []string{"500 x", "500 x", "500 x", "500 x", "500 x"}, 500, 4},
		{"POST 5xx handed back at once", "POST", []string{"500 x"}, 500, 1},
		{"POST 502 handed back at once", "POST", []string{"502 x"}, 502, 1},
		{"POST 429 then 5xx: the 429 retried, the 5xx not", "POST", []string{`429 {"retry_after": 0.01}`, "500 x"}, 500, 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv, n := scripted(t, c.script...)
			rt := quietTransport()
			req, _ := http.NewRequest(c.method, srv.URL, strings.NewReader("payload"))
			resp, err := rt.RoundTrip(req)
			if err != nil {
				t.Fatalf("RoundTrip: %v", err)
			}
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != c.status || n.Load() != c.attempts {
				t.Errorf("%s: status %d after %d attempts, want %d after %d", c.method, resp.StatusCode, n.Load(), c.status, c.attempts)
			}
			if c.status == 429 && !strings.Contains(string(body), "retry_after") {
				t.Errorf("429 handed back without its body (%q): discordgo reads retry_after from it", body)
			}
		})
	}
	t.Run("a cancelled context stops the wait", func(t *testing.T) {
		srv, _ := scripted(t, `429 {"retry_after": 0.9}`)
		rt := quietTransport()
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		req, _ := http.NewRequestWithContext(ctx, "POST", srv.URL, strings.NewReader("payload"))
		start := time.Now()
		if _, err := rt.RoundTrip(req); err == nil || time.Since(start) > 800*time.Millisecond {
			t.Errorf("RoundTrip = %v after %v, want the context's error well before the 900 ms wait", err, time.Since(start))
		}
	})
}

// quietTransport is a retryTransport with short waits and no log.
func quietTransport() *retryTransport {
	return &retryTransport{next: http.DefaultTransport, attempts: 4, backoff: time.Millisecond, maxWait: time.Second, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
}

// TestRetryTransportIdempotentMethods shows which methods a 5xx retries:
// those a repeat cannot double, and not POST.
func TestRetryTransportIdempotentMethods(t *testing.T) {
	cases := []struct {
		method   string
		attempts int32
	}{
		{"GET", 2}, {"HEAD", 2}, {"PUT", 2}, {"DELETE", 2}, {"PATCH", 2}, {"POST", 1},
	}
	for _, c := range cases {
		srv, n := scripted(t, "503 x")
		req, _ := http.NewRequest(c.method, srv.URL, strings.NewReader("payload"))
		resp, err := quietTransport().RoundTrip(req)
		if err != nil {
			t.Fatalf("RoundTrip(%s): %v", c.method, err)
		}
		resp.Body.Close()
		if n.Load() != c.attempts {
			t.Errorf("RoundTrip(%s) after a 503: %d requests, want %d", c.method, n.Load(), c.attempts)
		}
	}
}

func TestRetryAfter(t *testing.T) {
	h := http.Header{"Retry-After": {"2"}}
	cases := []struct {
		name   string
		header http.Header
		body   string
		want   time.Duration
	}{
		{"body wins", h, `{"retry_after": 0.25}`, 250 * time.Millisecond},
		{"header when the body has none", h, `{"message": "slow down"}`, 2 * time.Second},
		{"header when the body is not JSON", h, `<html>cloudflare</html>`, 2 * time.Second},
		{"a second when neither says", http.Header{}, ``, time.Second},
	}
	for _, c := range cases {
		if got := retryAfter(c.header, []byte(c.body)); got != c.want {
			t.Errorf("retryAfter(%s) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestRetryTransportNonce retries a 5xx on a message create only when its
// body carries a nonce with enforce_nonce, which Discord honours by making
// one message however often it is sent.
func TestRetryTransportNonce(t *testing.T) {
	for _, c := range []struct {
		name, path, body string
		attempts         int32
	}{
		{"enforced nonce", "/api/v9/channels/1/messages", `{"content":"x","nonce":"abc","enforce_nonce":true}`, 2},
		{"nonce not enforced", "/api/v9/channels/1/messages", `{"content":"x","nonce":"abc"}`, 1},
		{"no nonce", "/api/v9/channels/1/messages", `{"content":"x"}`, 1},
		{"not a message create", "/api/v9/webhooks/1/tok", `{"content":"x","nonce":"abc","enforce_nonce":true}`, 1},
		{"interaction callback", "/api/v9/interactions/1/tok/callback", `{"type":4}`, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv, n := scripted(t, "500 x")
			req, _ := http.NewRequest("POST", srv.URL+c.path, strings.NewReader(c.body))
			resp, err := quietTransport().RoundTrip(req)
			if err != nil {
				t.Fatalf("RoundTrip: %v", err)
			}
			resp.Body.Close()
			if n.Load() != c.attempts {
				t.Errorf("%d attempts, want %d", n.Load(), c.attempts)
			}
		})
	}
}
