package polarityconflict_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/internal/checktest"
	"github.com/veracity-go/veracity/factcheck/checks/polarityconflict"
	"github.com/veracity-go/veracity/factcheck/factchecktest"
)

func TestTestdata(t *testing.T) {
	factchecktest.RunDirChecks(t, "testdata", []*factcheck.Check{polarityconflict.Check})
}

const (
	asserted = claims.ModalityAsserted
	hedged   = claims.ModalityHedged
	negated  = claims.ModalityNegated
)

func claim(id, subject, property string, m claims.Modality, v claims.Value, text, by string) claims.Claim {
	return claims.Claim{ID: id, Subject: subject, Property: property, Modality: m, Value: v, Text: text, Attribution: by}
}

func venue(id string, m claims.Modality, place, text string) claims.Claim {
	return claim(id, "summit", "venue", m, checktest.Place(place), text, "")
}

func TestFindings(t *testing.T) {
	const check = "polarity-conflict"
	friday := checktest.Day(2025, 8, 15)
	friday.Text = "Friday"
	resign := func(id string, m claims.Modality, v claims.Value, text, by string) claims.Claim {
		return claim(id, "minister", "resignation", m, v, text, by)
	}
	price := func(id string, m claims.Modality, amount, precision float64, text string) claims.Claim {
		return claim(id, "alaska-purchase", "price", m, checktest.Money(amount, "USD", precision, text), "", "")
	}
	tests := []struct {
		name   string
		claims []claims.Claim
		want   []factcheck.Finding
	}{{
		name: "negated without a value, different speakers",
		claims: []claims.Claim{
			resign("c1", asserted, friday, "the minister will resign on Friday", "the Times"),
			resign("c4", negated, claims.Value{}, "the minister will not resign", "a spokesman"),
		},
		want: []factcheck.Finding{{Check: check, Severity: factcheck.Warning, Claims: []string{"c1", "c4"},
			Message: `the resignation of Jane Roe is given as "Friday" (c1, according to the Times) and denied in "the minister will not resign" (c4, according to a spokesman)`}},
	}, {
		name: "denial first, same value",
		claims: []claims.Claim{
			venue("c1", negated, "anchorage", "the summit will not be in Anchorage"),
			venue("c2", asserted, "anchorage", "the summit will be in Anchorage"),
		},
		want: []factcheck.Finding{{Check: check, Severity: factcheck.Warning, Claims: []string{"c1", "c2"},
			Message: `the venue of the summit is denied in "the summit will not be in Anchorage" (c1) and given as "Anchorage" (c2)`}},
	}, {
		name: "asserted place inside the denied one",
		claims: []claims.Claim{
			venue("c1", asserted, "jber", ""),
			venue("c2", negated, "alaska", "the summit is not in Alaska"),
		},
		want: []factcheck.Finding{{Check: check, Severity: factcheck.Warning, Claims: []string{"c1", "c2"},
			Message: `the venue of the summit is given as "Joint Base Elmendorf-Richardson" (c1) and denied in "the summit is not in Alaska" (c2)`}},
	}, {
		name:   "a different place denied",
		claims: []claims.Claim{venue("c1", asserted, "anchorage", ""), venue("c2", negated, "juneau", "the summit is not in Juneau")},
	}, {
		name:   "a wider place asserted, a narrower one denied",
		claims: []claims.Claim{venue("c1", asserted, "alaska", ""), venue("c2", negated, "anchorage", "not in Anchorage")},
	}, {
		name:   "the same figure rounded",
		claims: []claims.Claim{price("c1", asserted, 7.2e6, 50000, "$7.2 million"), price("c2", negated, 7.2e6, 0, "$7,200,000")},
		want: []factcheck.Finding{{Check: check, Severity: factcheck.Warning, Claims: []string{"c1", "c2"},
			Message: `the price of the Alaska Purchase is given as "$7.2 million" (c1) and denied in c2`}},
	}, {
		name:   "another figure",
		claims: []claims.Claim{price("c1", asserted, 7.2e6, 50000, "$7.2 million"), price("c2", negated, 7.5e6, 50000, "$7.5 million")},
	}, {
		name:   "hedged is not affirmed",
		claims: []claims.Claim{venue("c1", hedged, "anchorage", ""), venue("c2", negated, "anchorage", "")},
	}, {
		name: "another time",
		claims: []claims.Claim{
			venue("c1", asserted, "anchorage", ""),
			func() claims.Claim {
				c := venue("c2", negated, "anchorage", "in 2024 the summit was not to be in Anchorage")
				c.AsOf = checktest.Year(2024)
				return c
			}(),
		},
	}, {
		name: "asserted without a value, denied with one",
		claims: []claims.Claim{
			resign("c1", asserted, claims.Value{}, "the minister will resign", ""),
			resign("c2", negated, friday, "the minister will not resign on Friday", ""),
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checktest.Findings(t, polarityconflict.Check, checktest.Set(tt.claims))
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}
