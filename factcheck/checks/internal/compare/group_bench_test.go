package compare_test

import (
	"fmt"
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck/checks/internal/compare"
	"github.com/veracity-go/veracity/factcheck/checks/internal/gen"
)

// BenchmarkGroupBy times GroupBy over every stated claim of generated sets,
// and GroupAround around their unknown claims, as the checks call them.
func BenchmarkGroupBy(b *testing.B) {
	stated := func(c *claims.Claim) bool {
		return (c.Modality == claims.ModalityAsserted || c.Modality == claims.ModalityHedged) && !c.Value.IsZero()
	}
	unknown := func(c *claims.Claim) bool { return c.Modality == claims.ModalityUnknown }
	for _, n := range []int{100_000, 1_000_000} {
		cls := gen.Generate(n, 4).Set.Claims
		b.Run(fmt.Sprintf("by/claims=%d", n), func(b *testing.B) {
			cpu(b, func() { compare.GroupBy(cls, stated) })
		})
		b.Run(fmt.Sprintf("around/claims=%d", n), func(b *testing.B) {
			cpu(b, func() { compare.GroupAround(cls, nil, unknown) })
		})
	}
}

// cpu runs f in a benchmark loop and reports the process's CPU time per
// call beside the wall-clock time, which a busy machine inflates.
func cpu(b *testing.B, f func()) {
	cpu0, ok0 := gen.CPUTime()
	for b.Loop() {
		f()
	}
	if cpu1, ok1 := gen.CPUTime(); ok0 && ok1 {
		b.ReportMetric(float64(cpu1-cpu0)/float64(b.N), "cpu-ns/op")
	}
}
