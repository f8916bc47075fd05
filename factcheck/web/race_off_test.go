//go:build !race

package web

// raceSlowdown stretches the hang deadlines of the tests under the race
// detector; without it, deadlines stand as written.
const raceSlowdown = 1
