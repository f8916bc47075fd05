package unsourced_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/internal/checktest"
	"github.com/veracity-go/veracity/factcheck/checks/unsourced"
	"github.com/veracity-go/veracity/factcheck/factchecktest"
)

func TestTestdata(t *testing.T) {
	factchecktest.RunDirChecks(t, "testdata", []*factcheck.Check{unsourced.Check})
}

func TestFindings(t *testing.T) {
	cost := checktest.Money(3.2e9, "GBP", 0.05e9, "£3.2 billion")
	claim := func(id string, f func(*claims.Claim)) claims.Claim {
		c := claims.Claim{ID: id, Subject: "project", Property: "cost", Value: cost, Text: "the project will cost £3.2 billion"}
		f(&c)
		return c
	}
	same := func(*claims.Claim) {}
	tests := []struct {
		name  string
		claim claims.Claim
		want  []factcheck.Finding
	}{
		{"hand-written, asserted", claim("c1", same), []factcheck.Finding{{Check: "unsourced", Severity: factcheck.Info, Claims: []string{"c1"},
			Message: `"the project will cost £3.2 billion" (c1) names neither who says it nor a source`}}},
		{"hedged, worthy", claim("c2", func(c *claims.Claim) { c.Modality = claims.ModalityHedged; c.Worthiness = 0.5 }), []factcheck.Finding{{Check: "unsourced", Severity: factcheck.Info, Claims: []string{"c2"},
			Message: `"the project will cost £3.2 billion" (c2) names neither who says it nor a source`}}},
		{"no text: the value is quoted", claim("c3", func(c *claims.Claim) { c.Text = "" }), []factcheck.Finding{{Check: "unsourced", Severity: factcheck.Info, Claims: []string{"c3"},
			Message: `"£3.2 billion" (c3) names neither who says it nor a source`}}},
		{"attributed", claim("c4", func(c *claims.Claim) { c.Attribution = "the council" }), nil},
		{"sourced", claim("c5", func(c *claims.Claim) { c.Sources = []string{"budget-2025"} }), nil},
		{"not check-worthy", claim("c6", func(c *claims.Claim) { c.Worthiness = 0.2 }), nil},
		{"no value", claim("c7", func(c *claims.Claim) { c.Value = claims.Value{} }), nil},
		{"unknown", claim("c8", func(c *claims.Claim) { c.Modality = claims.ModalityUnknown }), nil},
		{"negated", claim("c9", func(c *claims.Claim) { c.Modality = claims.ModalityNegated }), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checktest.Findings(t, unsourced.Check, checktest.Set([]claims.Claim{tt.claim}))
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}
