//go:build !race

package main

// raceSlowdown stretches the hang deadlines of the tests under the race
// detector; without it, deadlines stand as written.
const raceSlowdown = 1

// raceShrink divides the size of the guarding inputs under the race
// detector; without it they stand as written.
const raceShrink = 1
