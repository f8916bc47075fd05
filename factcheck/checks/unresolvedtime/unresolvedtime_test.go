package unresolvedtime_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/internal/checktest"
	"github.com/veracity-go/veracity/factcheck/checks/unresolvedtime"
	"github.com/veracity-go/veracity/factcheck/factchecktest"
)

func TestTestdata(t *testing.T) {
	factchecktest.RunDirChecks(t, "testdata", []*factcheck.Check{unresolvedtime.Check})
}

func TestRelative(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"the summit will take place on Friday", "Friday"},
		{"as he said last week", "last week"},
		{"Last Month's figures", "Last Month"},
		{"three days ago", "ago"},
		{"talks resume tomorrow", "tomorrow"},
		{"over the coming weekend", "coming weekend"},
		{"the summit on 15 August 2025", ""},
		{"the agony of defeat", ""},
		{"in May", ""},
	}
	for _, tt := range tests {
		got, ok := unresolvedtime.Relative(tt.text)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Relative(%q) = %q, %v; want %q", tt.text, got, ok, tt.want)
		}
	}
}

func TestFindings(t *testing.T) {
	const msg = " is a relative time, and the document has no publication date to resolve it"
	info := func(id, what string) factcheck.Finding {
		return factcheck.Finding{Check: "unresolved-time", Severity: factcheck.Info, Claims: []string{id}, Message: what + msg}
	}
	date := func(id string, v claims.Value, text string) claims.Claim {
		return claims.Claim{ID: id, Subject: "summit", Property: "date", Value: v, Text: text}
	}
	tests := []struct {
		name      string
		published time.Time
		claims    []claims.Claim
		want      []factcheck.Finding
	}{{
		name: "no publication date",
		claims: []claims.Claim{
			date("c1", checktest.Unresolved("on Friday"), "the summit will take place on Friday"),
			date("c2", checktest.Day(2025, 8, 15), "the summit on 15 August"),
			{ID: "c3", Subject: "summit", Property: "venue", Value: checktest.Place("anchorage"), Text: "Anchorage was chosen last week"},
			{ID: "c4", Subject: "summit", Property: "venue", Value: checktest.Place("anchorage"), AsOf: checktest.Unresolved("yesterday")},
			date("c5", checktest.Unresolved(""), ""),
		},
		want: []factcheck.Finding{
			info("c1", `"on Friday" (c1)`),
			info("c3", `"last week" (c3)`),
			info("c4", `"yesterday" (c4)`),
			info("c5", "the time of c5"),
		},
	}, {
		name:      "with a publication date",
		published: checktest.Date(2025, 8, 13),
		claims: []claims.Claim{
			date("c1", checktest.Unresolved("on Friday"), "the summit will take place on Friday"),
			{ID: "c3", Subject: "summit", Property: "venue", Value: checktest.Place("anchorage"), Text: "Anchorage was chosen last week"},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set := checktest.Set(tt.claims, tt.published)
			got := checktest.Findings(t, unresolvedtime.Check, set)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}
