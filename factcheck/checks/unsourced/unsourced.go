package unsourced

import (
	"math"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/worthiness"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/internal/compare"
)

// Check is the unsourced check.
var Check = &factcheck.Check{
	Name: "unsourced",
	Doc: `flags a check-worthy claim with neither attribution nor source

A claim is check-worthy when it is asserted or hedged, has a value and, if
an extractor scored it, a worthiness at or above the check-worthiness
model's threshold (its F1-best point, about 0.4). Statement claims count
like any other. Info.`,
	Run:             run,
	IgnoresVerdicts: true,
}

// MinWorthiness returns the check-worthiness score from which a scored
// claim counts as check-worthy: the threshold of the check-worthiness model
// (package worthiness), its F1-best point.
func MinWorthiness() float64 { return worthiness.Default().Threshold() }

// CheckWorthy reports whether c is worth checking: asserted or hedged, with
// a value, and unscored (hand-written) or scored at least MinWorthiness.
func CheckWorthy(c claims.Claim) bool {
	if c.Modality != claims.ModalityAsserted && c.Modality != claims.ModalityHedged {
		return false
	}
	// scores have two decimals: compare at that precision
	return !c.Value.IsZero() && (c.Worthiness == 0 || c.Worthiness >= math.Round(MinWorthiness()*100)/100)
}

func run(pass *factcheck.Pass) error {
	const says = ") names neither who says it nor a source"
	var quoted []byte // reused: each message is built in one allocation
	for i := range pass.Set.Claims {
		c := &pass.Set.Claims[i]
		if !CheckWorthy(*c) || c.Attribution != "" || len(c.Sources) > 0 {
			continue
		}
		if c.Text != "" {
			quoted = compare.AppendQuote(quoted[:0], c.Text)
		} else {
			quoted = compare.AppendQuote(quoted[:0], compare.ValueLabel(pass.Store, c.Value))
		}
		var msg strings.Builder
		msg.Grow(len(quoted) + 2 + len(c.ID) + len(says))
		msg.Write(quoted)
		msg.WriteString(" (")
		msg.WriteString(c.ID)
		msg.WriteString(says)
		pass.Report(factcheck.Finding{Severity: factcheck.Info, Claims: []string{c.ID}, Message: msg.String()})
	}
	return nil
}
