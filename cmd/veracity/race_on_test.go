//go:build race

package main

// raceSlowdown stretches the hang deadlines of the tests: the race detector
// makes the code several times slower, which is no hang.
const raceSlowdown = 10

// raceShrink divides the size of the inputs that guard against work
// growing faster than the text: under the race detector they would
// measure the detector, not the code; the run without it keeps the full
// size.
const raceShrink = 8
