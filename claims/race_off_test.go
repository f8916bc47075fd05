//go:build !race

package claims

// raceSlowdown stretches the hang deadlines of the tests under the race
// detector; without it, deadlines stand as written.
const raceSlowdown = 1
