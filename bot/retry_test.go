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
// script, then 200.
func scripted(t *testing.T, script ...string) (*httptest.Server, *atomic.Int32) {
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		if string(b) != "payload" {
			t.Errorf("attempt %d: body %q, want the payload again", n.Load()+1, b)
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
		script   []string
		status   int
		attempts int32
	}{
		{"429 waits retry_after then succeeds", []string{`429 {"retry_after": 0.02}`}, 200, 2},
		{"429 too long is handed back", []string{`429 {"retry_after": 60}`}, 429, 1},
		{"5xx retried with backoff", []string{"500 x", "502 x"}, 200, 3},
		{"gives up after four tries", []string{"500 x", "500 x", "500 x", "500 x", "500 x"}, 500, 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			srv, n := scripted(t, c.script...)
			rt := &retryTransport{next: http.DefaultTransport, attempts: 4, backoff: time.Millisecond, maxWait: time.Second, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
			req, _ := http.NewRequest("POST", srv.URL, strings.NewReader("payload"))
			resp, err := rt.RoundTrip(req)
			if err != nil {
				t.Fatalf("RoundTrip: %v", err)
			}
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != c.status || n.Load() != c.attempts {
				t.Errorf("status %d after %d attempts, want %d after %d", resp.StatusCode, n.Load(), c.status, c.attempts)
			}
			if c.status == 429 && !strings.Contains(string(body), "retry_after") {
				t.Errorf("429 handed back without its body (%q): discordgo reads retry_after from it", body)
			}
		})
	}
	t.Run("a cancelled context stops the wait", func(t *testing.T) {
		srv, _ := scripted(t, `429 {"retry_after": 0.9}`)
		rt := &retryTransport{next: http.DefaultTransport, attempts: 4, backoff: time.Millisecond, maxWait: time.Second, log: slog.New(slog.NewTextHandler(io.Discard, nil))}
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		req, _ := http.NewRequestWithContext(ctx, "POST", srv.URL, strings.NewReader("payload"))
		start := time.Now()
		if _, err := rt.RoundTrip(req); err == nil || time.Since(start) > 800*time.Millisecond {
			t.Errorf("RoundTrip = %v after %v, want the context's error well before the 900 ms wait", err, time.Since(start))
		}
	})
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
