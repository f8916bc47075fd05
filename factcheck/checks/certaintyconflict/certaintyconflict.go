package certaintyconflict

import (
	"fmt"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/internal/compare"
)

// Check is the certainty-conflict check.
var Check = &factcheck.Check{
	Name: "certainty-conflict",
	Doc: `flags a subject and property asserted in one claim and called unknown in another

One warning per unknown, undecided or unconfirmed claim, naming it and the
asserted claims that give the same subject and property a value about the
same time. A statement denied ("no charges will be brought") is settled as
firmly as one asserted.`,
	Run:             run,
	IgnoresVerdicts: true,
}

func run(pass *factcheck.Pass) error {
	relevant := func(c *claims.Claim) bool {
		return c.Modality == claims.ModalityUnknown || settled(c)
	}
	unknown := func(c *claims.Claim) bool { return c.Modality == claims.ModalityUnknown }
	for _, g := range compare.GroupAround(pass.Set.Claims, relevant, unknown) {
		for _, u := range g.Claims {
			if u.Modality == claims.ModalityUnknown {
				report(pass, g, u)
			}
		}
	}
	return nil
}

// report reports the unknown claim u with the asserted claims of its group
// that speak of the same time, if any.
func report(pass *factcheck.Pass, g compare.Group, u compare.Indexed) {
	var ids, given []string
	added := false
	more := false
	for _, a := range g.Claims {
		if len(given) == maxGiven {
			// A machine-made text may give one value a thousand times:
			// name the first few, and keep the work per unknown claim
			// bounded.
			more = true
			break
		}
		if !added && a.Index > u.Index {
			ids = append(ids, u.ID)
			added = true
		}
		if !settled(a.Claim) || !compare.SameTime(a.Claim, u.Claim, pass.Published) {
			continue
		}
		ids = append(ids, a.ID)
		not := ""
		if a.Modality == claims.ModalityNegated {
			not = "not "
		}
		given = append(given, fmt.Sprintf("as %s%s (%s)", not, compare.Quote(compare.ValueLabel(pass.Store, a.Value)), a.ID))
	}
	if len(given) == 0 {
		return
	}
	if !added {
		ids = append(ids, u.ID)
	}
	if more {
		given = append(given, "elsewhere")
	}
	where := u.ID
	if u.Text != "" {
		where = fmt.Sprintf("%s (%s)", compare.Quote(u.Text), u.ID)
	}
	pass.Reportf(factcheck.Warning, ids, "%s is given %s but called unknown in %s",
		compare.Topic(pass.Store, g.Key), compare.List(given), where)
}

// maxGiven is how many asserted claims a finding names beside the claim
// that calls the value unknown.
const maxGiven = 8

// settled reports a claim that gives its subject and property a value:
// asserted with a value, or a statement denied ("no charges will be
// brought" settles whether charges are brought as firmly as "charges
// will be brought").
func settled(c *claims.Claim) bool {
	switch c.Modality {
	case claims.ModalityAsserted:
		return !c.Value.IsZero()
	case claims.ModalityNegated:
		return c.Value.Kind == claims.KindBool
	}
	return false
}
