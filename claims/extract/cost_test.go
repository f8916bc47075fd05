package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
)

// maxCostPerByte bounds the work of extraction per byte of text, in token
// reads (d.f, d.in) counted under the veracity_cost build tag. News text
// costs 4 to 8 (the BBC corpus: median 4.0, most 7.7), the runs of
// BenchmarkPathological 2 to 20; a stage that rescans its sentence per
// word costs hundreds.
const maxCostPerByte = 64

// maxNanosPerByte is a generous bound on wall time per byte, for runs
// without the tag: 200 times news text's.
const maxNanosPerByte = 20000

// costTile is the size the fuzz input is repeated to: a run of it
// without full stops, the shape that made stages rescan (issue 16).
const costTile = 32 << 10

// FuzzCost fails on any text whose extraction, repeated to 32 KB, costs
// more per byte than the bounds: work that grows faster than the text.
// Count work deterministically with the tag:
//
//	go test -tags veracity_cost -run '^$' -fuzz FuzzCost -parallel 1 ./claims/extract/
func FuzzCost(f *testing.F) {
	for _, p := range pathological {
		f.Add(p.unit(7))
	}
	for _, s := range []string{
		"$5m to $7m ", "said on Saturday that ", "will name 23 players ", "killed 5 people ", "cost £3m ",
		"2020, 2021 ", "the 32-man squad ", "( ", "he said ", "3 to 9 June ",
	} {
		f.Add(s)
	}
	kb := alaskaKB()
	// Load the syntax model before any run is timed: a one-time cost
	// (0.3 s, ten times that under the race detector) is no cost per byte.
	if _, err := Extract(claims.Document{Text: "The council met on Friday.", Published: published}, kb); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, unit string) {
		if len(unit) == 0 || len(unit) > 4<<10 {
			return
		}
		text := strings.Repeat(unit+" ", costTile/(len(unit)+1)+1)
		c0, t0 := costTotal(), time.Now()
		for _, k := range []*claims.Set{nil, kb} {
			if _, err := Extract(claims.Document{Text: text, Published: published}, k); err != nil {
				t.Fatal(err)
			}
		}
		n := float64(2 * len(text))
		if costCounted {
			if c := float64(costTotal()-c0) / n; c > maxCostPerByte {
				t.Errorf("%q repeated to %d bytes: %.0f token reads per byte, over %d", unit, len(text), c, maxCostPerByte)
			}
			return
		}
		if raceSlowdown > 1 {
			return // (the race detector's overhead says nothing of how work grows)
		}
		if ns := float64(time.Since(t0).Nanoseconds()) / n; ns > maxNanosPerByte {
			t.Errorf("%q repeated to %d bytes: %.0f ns per byte, over %d", unit, len(text), ns, maxNanosPerByte)
		}
	})
}
