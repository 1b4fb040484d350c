package main

import (
	"sort"
	"testing"
	"time"
)

// BenchmarkInteraction measures what a fan waits for: from the stand-in
// dispatching INTERACTION_CREATE to it recording the bot's callback, over
// the real gateway client, handlers, knowledge base and REST client. It
// cycles through the overview, a topic, a button and autocomplete, and
// reports p50 and p99 (target: p99 under 50 ms).
func BenchmarkInteraction(b *testing.B) {
	h := start(b)
	kinds := []interaction{
		{kind: 2, data: command("purplehearts", "overview")},
		{kind: 2, data: command("purplehearts", "release")},
		{kind: 3, data: map[string]any{"custom_id": "topic:cast", "component_type": 2}},
		{kind: 4, data: command("purplehearts", "ask", map[string]any{"name": "question", "type": 3, "value": "so", "focused": true})},
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		sent := time.Now()
		id, mark := h.send(kinds[i%len(kinds)])
		r, _ := h.callback(id, mark)
		lat = append(lat, r.At.Sub(sent))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	p := func(q float64) float64 {
		return float64(lat[int(q*float64(len(lat)-1))].Microseconds()) / 1000
	}
	b.ReportMetric(p(0.50), "p50-ms")
	b.ReportMetric(p(0.99), "p99-ms")
}
