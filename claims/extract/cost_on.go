//go:build veracity_cost

package extract

import "sync/atomic"

// A costMeter counts units of work, token reads (d.f, d.in), so that a
// test can bound the work per token deterministically, whatever the
// machine's load.
type costMeter struct{ n int64 }

func (c *costMeter) tick() { c.n++ }

const costCounted = true

var costSum atomic.Int64

func costTotal() int64 { return costSum.Load() }

// addCost adds d's work to the total.
func (d *doc) addCost() { costSum.Add(d.cost.n) }
