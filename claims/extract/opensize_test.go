package extract

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOpenSizesStaffFounding covers three facts of a thing without a
// knowledge base: a structure's size ("1.2 miles long", "the 2.1-mile
// bridge"), a firm's staff ("employs 5,000 people", "the firm's 4,500
// employees") and an organisation's founding ("was founded in 1990", "set
// up in 1995"), each keyed so that two of one thing meet and two of
// different things do not.
func TestOpenSizesStaffFounding(t *testing.T) {
	tests := []struct {
		name, text string
		props      []string
		want       []c
	}{{
		name:  "a length after a copula, then before the noun",
		text:  "The new bridge is 1.2 miles long.\n\nOfficials said the 2.1-mile bridge would open in May.",
		props: []string{PropertyLength},
		want:  []c{{"new-bridge", "length", "1.2 mile", "asserted", ""}, {"new-bridge", "length", "2.1 mile", "asserted", "Officials"}},
	}, {
		name:  "two different bridges",
		text:  "The new bridge is 1.2 miles long.\n\nThe old bridge was 0.9 miles long.",
		props: []string{PropertyLength},
		want:  []c{{"new-bridge", "length", "1.2 mile", "asserted", ""}, {"old-bridge", "length", "0.9 mile", "asserted", ""}},
	}, {
		name:  "another one, by \"a\"",
		text:  "The 300-acre site was sold.\n\nThe council bought a 200-acre site nearby.",
		props: []string{PropertyArea},
		want:  []c{{"site", "area", "300 acre", "asserted", ""}},
	}, {
		name:  "a race is no structure",
		text:  "She won the 100m final and the 10-km race.",
		props: []string{PropertyLength},
		want:  nil,
	}, {
		name:  "a workforce by a verb, then by \"the firm's\"",
		text:  "Acme Ltd employs 5,000 people.\n\nThe firm's 4,500 employees will be consulted.",
		props: []string{PropertyEmployees},
		want:  []c{{"acme-ltd", "employees", "5000 employee", "asserted", ""}, {"acme-ltd", "employees", "4500 employee", "asserted", ""}},
	}, {
		name:  "a workforce in one country is not the firm's",
		text:  "Acme Ltd employs 5,000 people in Britain and has 9,000 staff.",
		props: []string{PropertyEmployees, PropertyEmployees + "-in-britain"},
		want:  []c{{"acme-ltd", "employees-in-britain", "5000 employee", "asserted", ""}, {"acme-ltd", "employees", "9000 employee", "asserted", ""}},
	}, {
		name:  "a firm that is not the one named",
		text:  "Acme Ltd employs 5,000 people.\n\nA rival firm employs 3,000 people.",
		props: []string{PropertyEmployees},
		want:  []c{{"acme-ltd", "employees", "5000 employee", "asserted", ""}},
	}, {
		name:  "two firms named: which is \"the firm\"?",
		text:  "Acme Ltd bought Beta Corp.\n\nThe firm employs 300 people.",
		props: []string{PropertyEmployees},
		want:  nil,
	}, {
		name:  "workers who lose their jobs are no workforce",
		text:  "Acme Ltd said 300 workers would lose their jobs.",
		props: []string{PropertyEmployees},
		want:  nil,
	}, {
		name:  "an organisation by its kind, founded and set up",
		text:  "The charity was founded in 1990.\n\nThe charity, set up in 1995, helps children.",
		props: []string{"founded"},
		want:  []c{{"charity", "founded", "1990-01-01..1991-01-01 year", "asserted", ""}, {"charity", "founded", "1995-01-01..1996-01-01 year", "asserted", ""}},
	}, {
		name:  "\"the company\" for the one named; launched is founded",
		text:  "Acme Ltd was launched in 1990.\n\nThe company was set up in 1995.",
		props: []string{"founded"},
		want:  []c{{"acme-ltd", "founded", "1990-01-01..1991-01-01 year", "asserted", ""}, {"acme-ltd", "founded", "1995-01-01..1996-01-01 year", "asserted", ""}},
	}, {
		name:  "a rival charity is another",
		text:  "The charity was founded in 1990.\n\nA rival charity was set up in 1995.",
		props: []string{"founded"},
		want:  []c{{"charity", "founded", "1990-01-01..1991-01-01 year", "asserted", ""}},
	}, {
		name:  "what an organisation launched was not founded",
		text:  "The Home Office said the plan, launched on Wednesday, would help.",
		props: []string{"founded"},
		want:  nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimsWhere(tt.text, func(x c) bool { return slices.Contains(tt.props, x.Property) })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q: claims (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
