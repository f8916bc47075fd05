package polarityconflict

import (
	"fmt"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/internal/compare"
)

// Check is the polarity-conflict check.
var Check = &factcheck.Check{
	Name: "polarity-conflict",
	Doc: `flags one statement affirmed in one claim and negated in another

An asserted claim conflicts with a negated claim of the same subject and
property about the same time when the negated claim has no value or the
asserted value implies the negated one (the same value, the same figure
rounded differently, a place or time inside it). "Not in Juneau" does not
deny "in Anchorage". Warning, one per pair.`,
	Run:             run,
	IgnoresVerdicts: true,
}

func run(pass *factcheck.Pass) error {
	relevant := func(c *claims.Claim) bool {
		return c.Modality == claims.ModalityAsserted || c.Modality == claims.ModalityNegated
	}
	negated := func(c *claims.Claim) bool { return c.Modality == claims.ModalityNegated }
	for _, g := range compare.GroupAround(pass.Set.Claims, relevant, negated) {
		// As in value-conflict, a huge group compares each claim with a
		// window of the claims after it, so the work stays linear.
		window := len(g.Claims)
		if window > maxGroup {
			window = largeGroupWindow
		}
		for i, a := range g.Claims {
			for _, b := range g.Claims[i+1 : min(len(g.Claims), i+1+window)] {
				switch {
				case a.Modality == claims.ModalityAsserted && b.Modality == claims.ModalityNegated:
					check(pass, g.Key, a.Claim, b.Claim, a.Claim)
				case a.Modality == claims.ModalityNegated && b.Modality == claims.ModalityAsserted:
					check(pass, g.Key, a.Claim, b.Claim, b.Claim)
				}
			}
		}
	}
	return nil
}

// check reports the pair first, second (in document order) when the
// asserted one of them is denied by the other.
func check(pass *factcheck.Pass, k compare.Key, first, second, asserted *claims.Claim) {
	negated := second
	if asserted.ID == second.ID {
		negated = first
	}
	if !compare.SameTime(first, second, pass.Published) {
		return
	}
	if !negated.Value.IsZero() && !compare.Implies(pass.Store, asserted.Value, negated.Value) {
		return
	}
	speakers := !compare.SameSpeaker(*first, *second)
	pass.Reportf(factcheck.Warning, []string{first.ID, second.ID}, "%s is %s and %s",
		compare.Topic(pass.Store, k), describe(pass, *first, speakers), describe(pass, *second, speakers))
}

// describe says what a claim says of the topic: `given as "Anchorage"
// (c2)`, `denied in "the summit … not in Alaska" (c4, according to Tass)`.
func describe(pass *factcheck.Pass, c claims.Claim, speakers bool) string {
	cite := compare.Cite(c, speakers)
	if c.Modality == claims.ModalityNegated {
		if c.Text == "" {
			return fmt.Sprintf("denied in %s", cite)
		}
		return fmt.Sprintf("denied in %s (%s)", compare.Quote(c.Text), cite)
	}
	if c.Value.IsZero() {
		if c.Text == "" {
			return fmt.Sprintf("affirmed in %s", cite)
		}
		return fmt.Sprintf("affirmed in %s (%s)", compare.Quote(c.Text), cite)
	}
	return fmt.Sprintf("given as %s (%s)", compare.Quote(compare.ValueLabel(pass.Store, c.Value)), cite)
}

// maxGroup is the largest group whose every pair is compared; larger groups
// compare each claim with the largeGroupWindow claims after it.
const (
	maxGroup         = 256
	largeGroupWindow = 32
)
