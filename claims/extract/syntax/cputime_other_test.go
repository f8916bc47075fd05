//go:build !unix

package syntax

import "time"

// cpuTime is not measured here: the benchmarks report no CPU figure.
func cpuTime() time.Duration { return 0 }
