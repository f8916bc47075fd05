package certaintyconflict_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/certaintyconflict"
	"github.com/veracity-go/veracity/factcheck/checks/internal/checktest"
	"github.com/veracity-go/veracity/factcheck/factchecktest"
)

func TestTestdata(t *testing.T) {
	factchecktest.RunDirChecks(t, "testdata", []*factcheck.Check{certaintyconflict.Check})
}

func venue(id string, m claims.Modality, place, text string) claims.Claim {
	c := claims.Claim{ID: id, Subject: "summit", Property: "venue", Modality: m, Text: text}
	if place != "" {
		c.Value = checktest.Place(place)
	}
	return c
}

const (
	asserted = claims.ModalityAsserted
	hedged   = claims.ModalityHedged
	unknown  = claims.ModalityUnknown
	negated  = claims.ModalityNegated
)

func TestFindings(t *testing.T) {
	const check = "certainty-conflict"
	unknownVenue := venue("c3", unknown, "", "the exact location of the Trump-Putin summit is yet not known")
	tests := []struct {
		name   string
		claims []claims.Claim
		want   []factcheck.Finding
	}{{
		name: "asserted twice, unknown between",
		claims: []claims.Claim{
			venue("c2", asserted, "anchorage", "Anchorage … is the venue"),
			unknownVenue,
			{ID: "c4", Subject: "summit", Property: "date", Value: checktest.Day(2025, 8, 15)},
			venue("c5", asserted, "jber", "at Joint Base Elmendorf-Richardson"),
		},
		want: []factcheck.Finding{{Check: check, Severity: factcheck.Warning, Claims: []string{"c2", "c3", "c5"},
			Message: `the venue of the summit is given as "Anchorage" (c2) and as "Joint Base Elmendorf-Richardson" (c5) but called unknown in "the exact location … is yet not known" (c3)`}},
	}, {
		name:   "unknown first",
		claims: []claims.Claim{venue("c1", unknown, "", "the venue is undecided"), venue("c2", asserted, "anchorage", "")},
		want: []factcheck.Finding{{Check: check, Severity: factcheck.Warning, Claims: []string{"c1", "c2"},
			Message: `the venue of the summit is given as "Anchorage" (c2) but called unknown in "the venue is undecided" (c1)`}},
	}, {
		name: "one finding per unknown claim",
		claims: []claims.Claim{
			venue("c1", asserted, "anchorage", ""),
			venue("c2", unknown, "", "the venue is undecided"),
			venue("c3", unknown, "", ""),
		},
		want: []factcheck.Finding{
			{Check: check, Severity: factcheck.Warning, Claims: []string{"c1", "c2"},
				Message: `the venue of the summit is given as "Anchorage" (c1) but called unknown in "the venue is undecided" (c2)`},
			{Check: check, Severity: factcheck.Warning, Claims: []string{"c1", "c3"},
				Message: `the venue of the summit is given as "Anchorage" (c1) but called unknown in c3`},
		},
	}, {
		name:   "hedged is not asserted",
		claims: []claims.Claim{venue("c1", hedged, "anchorage", "it may be held in Anchorage"), venue("c2", unknown, "", "the venue is undecided")},
	}, {
		name:   "negated is not asserted",
		claims: []claims.Claim{venue("c1", negated, "juneau", "not in Juneau"), venue("c2", unknown, "", "the venue is undecided")},
	}, {
		name: "a statement denied is settled too",
		claims: []claims.Claim{
			{ID: "c1", Subject: "driver", Property: "charge", Modality: negated, Text: "no charges will be brought",
				Value: claims.Value{Kind: claims.KindBool, Bool: true, Text: "brought"}},
			{ID: "c2", Subject: "driver", Property: "charge", Modality: unknown, Text: "is still considering whether to bring charges",
				Value: claims.Value{Kind: claims.KindBool, Bool: true, Text: "bring"}},
		},
		want: []factcheck.Finding{{Check: check, Severity: factcheck.Warning, Claims: []string{"c1", "c2"},
			Message: `the charge of the driver is given as not "brought" (c1) but called unknown in "is still considering whether to bring charges" (c2)`}},
	}, {
		name:   "asserted without a value",
		claims: []claims.Claim{venue("c1", asserted, "", "the venue has been chosen"), venue("c2", unknown, "", "the venue is undecided")},
	}, {
		name: "another subject or property",
		claims: []claims.Claim{
			venue("c1", asserted, "anchorage", ""),
			{ID: "c2", Subject: "summit", Property: "date", Modality: unknown, Text: "no date has been set"},
			{ID: "c3", Subject: "talks", Property: "venue", Modality: unknown, Text: "where the talks will be is unclear"},
		},
	}, {
		name: "another time",
		claims: []claims.Claim{
			venue("c1", asserted, "anchorage", ""),
			with(venue("c2", unknown, "", "last month the venue was still unknown"), func(c *claims.Claim) { c.AsOf = checktest.Month(2025, 7) }),
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checktest.Findings(t, certaintyconflict.Check, checktest.Set(tt.claims))
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

func with(c claims.Claim, f func(*claims.Claim)) claims.Claim { f(&c); return c }

// A value given many times is named a few times over, not all of them.
func TestManyAssertedClaims(t *testing.T) {
	set := &claims.Set{Version: 1, Entities: []claims.Entity{
		{ID: "final", Kind: claims.EntityEvent}, {ID: "hampden", Kind: claims.EntityPlace}}}
	for i := range 50 {
		set.Claims = append(set.Claims, claims.Claim{ID: fmt.Sprintf("c%d", i), Subject: "final",
			Property: "venue", Value: claims.Value{Kind: claims.KindPlace, Entity: "hampden"}})
	}
	set.Claims = append(set.Claims, claims.Claim{ID: "u", Subject: "final", Property: "venue", Modality: claims.ModalityUnknown})
	fs := checktest.Findings(t, certaintyconflict.Check, set)
	if len(fs) != 1 {
		t.Fatalf("%d findings, want 1", len(fs))
	}
	if n := len(fs[0].Claims); n != 9 {
		t.Errorf("the finding names %d claims, want the first 8 asserted and the unknown one", n)
	}
	if !strings.Contains(fs[0].Message, "elsewhere") {
		t.Errorf("message %q should say the value is given elsewhere too", fs[0].Message)
	}
}
