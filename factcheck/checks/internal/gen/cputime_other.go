//go:build !unix

package gen

import "time"

// CPUTime returns false: the process's CPU time is read only on Unix.
func CPUTime() (time.Duration, bool) { return 0, false }
