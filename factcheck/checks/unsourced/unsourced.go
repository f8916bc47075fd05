package unsourced

import (
	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/internal/compare"
)

// Check is the unsourced check.
var Check = &factcheck.Check{
	Name: "unsourced",
	Doc: `flags a check-worthy claim with neither attribution nor source

A claim is check-worthy when it is asserted or hedged, has a value and, if
an extractor scored it, a worthiness of at least 0.5. Info.`,
	Run: run,
}

// MinWorthiness is the extractor's check-worthiness score from which a
// claim counts as check-worthy.
const MinWorthiness = 0.5

// CheckWorthy reports whether c is worth checking: asserted or hedged, with
// a value, and unscored (hand-written) or scored at least MinWorthiness.
func CheckWorthy(c claims.Claim) bool {
	if c.Modality != claims.ModalityAsserted && c.Modality != claims.ModalityHedged {
		return false
	}
	return !c.Value.IsZero() && (c.Worthiness == 0 || c.Worthiness >= MinWorthiness)
}

func run(pass *factcheck.Pass) error {
	for i := range pass.Set.Claims {
		c := &pass.Set.Claims[i]
		if !CheckWorthy(*c) || c.Attribution != "" || len(c.Sources) > 0 {
			continue
		}
		var what string
		if c.Text != "" {
			what = compare.Quote(c.Text)
		} else {
			what = compare.Quote(compare.ValueLabel(pass.Store, c.Value))
		}
		pass.Report(factcheck.Finding{Severity: factcheck.Info, Claims: []string{c.ID},
			Message: what + " (" + c.ID + ") names neither who says it nor a source"})
	}
	return nil
}
