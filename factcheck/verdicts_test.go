package factcheck_test

import (
	"testing"

	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/factchecktest"
)

// TestVerdictRules checks the comparison rules of DESIGN.md on claim sets
// written as a fact-checker would expect them to come out. It runs no
// check: the sets are lists of claims side by side, not articles.
func TestVerdictRules(t *testing.T) {
	factchecktest.RunDirChecks(t, "testdata/verdicts", []*factcheck.Check{})
}
