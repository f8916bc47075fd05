//go:build !veracity_cost

package extract

// A costMeter counts units of work, token reads, for the cost-bound fuzz
// target (cost_test.go, build tag veracity_cost). Without the tag it is
// empty and its tick compiles to nothing.
type costMeter struct{}

func (*costMeter) tick() {}

// costCounted reports whether work is counted (the veracity_cost tag).
const costCounted = false

// costTotal returns the work counted by every released document so far.
func costTotal() int64 { return 0 }

func (d *doc) addCost() {}
