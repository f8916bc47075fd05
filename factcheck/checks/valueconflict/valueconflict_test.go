package valueconflict_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/internal/checktest"
	"github.com/veracity-go/veracity/factcheck/checks/valueconflict"
	"github.com/veracity-go/veracity/factcheck/factchecktest"
)

func TestTestdata(t *testing.T) {
	factchecktest.RunDirChecks(t, "testdata", []*factcheck.Check{valueconflict.Check})
}

var (
	place = checktest.Place
	day   = checktest.Day
	year  = checktest.Year
)

func gbp(bn float64, text string) claims.Value { return checktest.Money(bn*1e9, "GBP", 0.05e9, text) }

func cost(id string, v claims.Value) claims.Claim {
	return claims.Claim{ID: id, Subject: "project", Property: "cost", Value: v}
}

func venue(id string, v claims.Value) claims.Claim {
	return claims.Claim{ID: id, Subject: "summit", Property: "venue", Value: v}
}

func with(c claims.Claim, f func(*claims.Claim)) claims.Claim { f(&c); return c }

func hedged(c claims.Claim) claims.Claim {
	return with(c, func(c *claims.Claim) { c.Modality = claims.ModalityHedged })
}

func said(by string, c claims.Claim) claims.Claim {
	return with(c, func(c *claims.Claim) { c.Attribution = by })
}

func asOf(v claims.Value, c claims.Claim) claims.Claim {
	return with(c, func(c *claims.Claim) { c.AsOf = v })
}

func TestFindings(t *testing.T) {
	const check = "value-conflict"
	tests := []struct {
		name   string
		claims []claims.Claim
		want   []factcheck.Finding
	}{{
		name:   "swapped digits",
		claims: []claims.Claim{cost("c3", gbp(3.2, "£3.2 billion")), venue("c4", place("anchorage")), cost("c7", gbp(2.3, "£2.3 billion"))},
		want: []factcheck.Finding{{Check: check, Severity: factcheck.Error, Claims: []string{"c3", "c7"},
			Message: `"£3.2 billion" (c3) and "£2.3 billion" (c7) give different values for the cost of the project`}},
	}, {
		name:   "same figure written twice",
		claims: []claims.Claim{cost("c1", gbp(3.2, "£3.2 billion")), cost("c2", checktest.Money(3.2e9, "GBP", 0, "£3,200,000,000"))},
	}, {
		name: "about is a warning",
		claims: []claims.Claim{
			cost("c1", checktest.Amount(claims.KindMoney, 3e9, "GBP", claims.CmpAbout, 0.5e9, "about £3 billion")),
			cost("c2", gbp(2.3, "£2.3 billion")), // within "about": £2–4 billion
			cost("c3", gbp(1.5, "£1.5 billion")),
		},
		want: []factcheck.Finding{{Check: check, Severity: factcheck.Warning, Claims: []string{"c1", "c3"},
			Message: `"about £3 billion" (c1) and "£1.5 billion" (c3) give different values for the cost of the project`}, {
			Check: check, Severity: factcheck.Error, Claims: []string{"c2", "c3"},
			Message: `"£2.3 billion" (c2) and "£1.5 billion" (c3) give different values for the cost of the project`}},
	}, {
		name:   "places are a warning",
		claims: []claims.Claim{venue("c2", place("anchorage")), venue("c5", place("juneau"))},
		want: []factcheck.Finding{{Check: check, Severity: factcheck.Warning, Claims: []string{"c2", "c5"},
			Message: `"Anchorage" (c2) and "Juneau" (c5) give different values for the venue of the summit`}},
	}, {
		name:   "refinement through part_of",
		claims: []claims.Claim{venue("c2", place("anchorage")), venue("c5", place("jber")), venue("c6", place("alaska"))},
	}, {
		name:   "different speakers are named, and a warning",
		claims: []claims.Claim{said("Tass", cost("c1", gbp(3.2, "£3.2 billion"))), said("the ministry", cost("c2", gbp(2.3, "£2.3 billion")))},
		want: []factcheck.Finding{{Check: check, Severity: factcheck.Warning, Claims: []string{"c1", "c2"},
			Message: `"£3.2 billion" (c1, according to Tass) and "£2.3 billion" (c2, according to the ministry) give different values for the cost of the project`}},
	}, {
		name:   "hedged is info",
		claims: []claims.Claim{cost("c1", gbp(3.2, "£3.2 billion")), hedged(cost("c2", gbp(2.3, "£2.3 billion")))},
		want: []factcheck.Finding{{Check: check, Severity: factcheck.Info, Claims: []string{"c1", "c2"},
			Message: `"£3.2 billion" (c1) and "£2.3 billion" (c2) give different values, one of them hedged, for the cost of the project`}},
	}, {
		name: "negated and unknown claims are not compared",
		claims: []claims.Claim{
			venue("c1", place("anchorage")),
			with(venue("c2", place("juneau")), func(c *claims.Claim) { c.Modality = claims.ModalityNegated }),
			with(venue("c3", place("juneau")), func(c *claims.Claim) { c.Modality = claims.ModalityUnknown }),
		},
	}, {
		name:   "different as_of",
		claims: []claims.Claim{asOf(year(2020), cost("c1", gbp(3.2, "£3.2 billion"))), asOf(year(2024), cost("c2", gbp(2.3, "£2.3 billion")))},
	}, {
		name:   "as_of against the publication date",
		claims: []claims.Claim{asOf(year(2020), cost("c1", gbp(3.2, "£3.2 billion"))), cost("c2", gbp(2.3, "£2.3 billion"))},
	}, {
		name:   "overlapping as_of",
		claims: []claims.Claim{asOf(year(2025), cost("c1", gbp(3.2, "£3.2 billion"))), cost("c2", gbp(2.3, "£2.3 billion"))},
		want: []factcheck.Finding{{Check: check, Severity: factcheck.Error, Claims: []string{"c1", "c2"},
			Message: `"£3.2 billion" (c1) and "£2.3 billion" (c2) give different values for the cost of the project`}},
	}, {
		name: "times that cannot overlap",
		claims: []claims.Claim{
			{ID: "c1", Subject: "summit", Property: "date", Value: day(2025, 8, 15)},
			{ID: "c2", Subject: "summit", Property: "date", Value: year(2025)},
			{ID: "c3", Subject: "summit", Property: "date", Value: day(2025, 8, 22)},
		},
		want: []factcheck.Finding{{Check: check, Severity: factcheck.Error, Claims: []string{"c1", "c3"},
			Message: `"2025-08-15" (c1) and "2025-08-22" (c3) give different values for the date of the summit`}},
	}, {
		name:   "currencies do not compare",
		claims: []claims.Claim{cost("c1", gbp(3.2, "£3.2 billion")), cost("c2", checktest.Money(2.3e9, "USD", 0.05e9, "$2.3 billion"))},
	}, {
		name: "every conflicting pair, in document order",
		claims: []claims.Claim{
			venue("c1", place("anchorage")), venue("c2", place("juneau")), venue("c3", place("jber")),
		},
		want: []factcheck.Finding{
			{Check: check, Severity: factcheck.Warning, Claims: []string{"c1", "c2"},
				Message: `"Anchorage" (c1) and "Juneau" (c2) give different values for the venue of the summit`},
			{Check: check, Severity: factcheck.Warning, Claims: []string{"c2", "c3"},
				Message: `"Juneau" (c2) and "Joint Base Elmendorf-Richardson" (c3) give different values for the venue of the summit`},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checktest.Findings(t, valueconflict.Check, checktest.Set(tt.claims))
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

// A huge group of claims about one thing is compared in a window, so the
// work stays linear: 20,000 alternating figures give one finding per
// neighbouring pair in the window, not 10⁸ findings.
func TestLargeGroupIsBounded(t *testing.T) {
	set := &claims.Set{Version: 1, Entities: []claims.Entity{{ID: "project", Kind: claims.EntityThing}}}
	for i := range 20_000 {
		v := claims.MustParseValue("£3.2 billion")
		if i%2 == 1 {
			v = claims.MustParseValue("£2.3 billion")
		}
		set.Claims = append(set.Claims, claims.Claim{ID: fmt.Sprintf("c%d", i), Subject: "project", Property: "cost", Value: v})
	}
	checker, err := factcheck.NewChecker([]*factcheck.Check{valueconflict.Check})
	if err != nil {
		t.Fatal(err)
	}
	r, err := checker.Check(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	// Each claim meets the 16 claims of the other figure among the 32
	// after it (fewer near the end).
	if n := len(r.Findings); n == 0 || n > 20_000*16 {
		t.Errorf("%d findings, want some and at most %d", n, 20_000*16)
	}
}
