package checks

import (
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/arithmetic"
	"github.com/veracity-go/veracity/factcheck/checks/certaintyconflict"
	"github.com/veracity-go/veracity/factcheck/checks/polarityconflict"
	"github.com/veracity-go/veracity/factcheck/checks/unresolvedtime"
	"github.com/veracity-go/veracity/factcheck/checks/unsourced"
	"github.com/veracity-go/veracity/factcheck/checks/valueconflict"
)

// Default lists the built-in checks in a stable order: the contradictions
// first (value, certainty, polarity), then arithmetic, then the notes
// (unsourced, unresolved-time). Callers must not modify it; to add checks, append to a
// copy: append(slices.Clone(checks.Default), myCheck).
var Default = []*factcheck.Check{
	valueconflict.Check,
	certaintyconflict.Check,
	polarityconflict.Check,
	arithmetic.Check,
	unsourced.Check,
	unresolvedtime.Check,
}

// Lookup returns the built-in check with the given name.
func Lookup(name string) (*factcheck.Check, bool) {
	for _, c := range Default {
		if c.Name == name {
			return c, true
		}
	}
	return nil, false
}
