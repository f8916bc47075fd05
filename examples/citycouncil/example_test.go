package citycouncil_test

import (
	"testing"

	"github.com/veracity-go/veracity/factcheck/factchecktest"
)

// TestClaims checks the curated claim set against the verdicts and
// findings its expect section gives.
func TestClaims(t *testing.T) {
	factchecktest.Run(t, "claims.yaml")
}
