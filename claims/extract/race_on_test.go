//go:build race

package extract

// raceSlowdown stretches the hang deadlines of the tests: the race detector
// makes the code several times slower, which is no hang.
const raceSlowdown = 10
