package extract

import ("testing";"time")

func BenchmarkZZRatio(b *testing.B) {
	bodies, _ := seedBodies(b)
	punkt()
	for _, body := range bodies { Extract(body, Meta{}) }
	var te, ts time.Duration
	for b.Loop() {
		t0 := time.Now()
		for _, body := range bodies { Split(body) }
		t1 := time.Now()
		for _, body := range bodies { Extract(body, Meta{}) }
		t2 := time.Now()
		ts += t1.Sub(t0); te += t2.Sub(t1)
	}
	b.ReportMetric(float64(te)/float64(ts), "x-split")
	b.ReportMetric(float64(te.Microseconds())/float64(b.N), "extract-us")
}
