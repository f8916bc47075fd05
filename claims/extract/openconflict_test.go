package extract_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
)

// TestOpenConflicts runs the built-in checks over claims extracted without
// a knowledge base. Claims are keyed by the measured noun's head, the
// entity or event it belongs to and the time, so that the contradictions a
// fact-checker would flag are found and figures about different things or
// times are left alone.
func TestOpenConflicts(t *testing.T) {
	pub := time.Date(2025, 5, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		text string
		// want lists the findings at warning or above, as
		// "check: first text | second text" with a phrase of each claim.
		want []string
	}{
		{"squad size", "Scotland coach Steve Clarke will name 23 players for the tournament on Monday. The 32-man squad includes six uncapped players.",
			[]string{"value-conflict: name 23 players | The 32-man squad"}},
		{"uncapped players are not the squad", "The 23-man squad includes six uncapped players. Three uncapped players were injured last season.",
			nil},
		{"start dates", "The tournament runs from 3 to 9 June. The tournament kicks off on 5 June in Glasgow.",
			[]string{"value-conflict: runs from 3 to 9 June | kicks off on 5 June"}},
		{"a day within the tournament is no start", "The tournament runs from 3 to 9 June. The final will be played on 9 June.",
			nil},
		{"resign or not", "The minister will resign on Friday. The minister will not resign, his spokesman said.",
			[]string{"polarity-conflict: will resign on Friday | will not resign"}},
		{"venue named and undecided", "The final will be played at Hampden Park. Organisers have yet to confirm a venue for the final.",
			[]string{"certainty-conflict: played at Hampden Park | yet to confirm a venue"}},
		{"different seasons", "The club's revenue was £30m last season. The club's revenue reached £40m this year.",
			nil},
		{"a year earlier", "Revenue reached £40m this year. Revenue was £25m a year earlier.",
			nil},
		{"in 2023", "Acme's profit was $5m in 2023. Acme's profit is $9m this year.",
			nil},
		{"same cost twice", "The new stadium's cost is £3.2 billion. Ministers said the stadium's cost is £2.3 billion.",
			[]string{"value-conflict: £3.2 billion | £2.3 billion"}},
		{"two things in one sentence", "Elan finished down $18.90 at $8, while Biogen fell $28.63 to $38.65.",
			nil},
		{"dates of a person", "Clarke was born in 1963. Clarke will name his squad on Monday.",
			nil},
	}
	checker, err := factcheck.NewChecker(checks.Default)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := claims.Document{Text: tt.text, Published: pub}
			set, err := extract.Extract(doc, nil)
			if err != nil {
				t.Fatal(err)
			}
			r, err := checker.Check(context.Background(), set)
			if err != nil {
				t.Fatal(err)
			}
			var got []factcheck.Finding
			for _, f := range r.Findings {
				if f.Severity >= factcheck.Warning {
					got = append(got, f)
				}
			}
			var desc []string
			for _, c := range set.Claims {
				desc = append(desc, c.ID+" "+c.Subject+" "+c.Property+" "+c.Value.Literal()+" "+c.Modality.String()+" | "+c.Text)
			}
			for _, w := range tt.want {
				check, rest, _ := strings.Cut(w, ": ")
				a, b, _ := strings.Cut(rest, " | ")
				found := slices.ContainsFunc(got, func(f factcheck.Finding) bool {
					if f.Check != check || len(f.Claims) < 2 {
						return false
					}
					x, _ := set.Claim(f.Claims[0])
					y, _ := set.Claim(f.Claims[len(f.Claims)-1])
					return strings.Contains(x.Text+" "+x.Value.Text, a) && strings.Contains(y.Text+" "+y.Value.Text, b)
				})
				if !found {
					t.Errorf("missing %s; findings: %v\nclaims:\n%s", w, got, strings.Join(desc, "\n"))
				}
			}
			if len(got) > len(tt.want) {
				t.Errorf("%d findings at warning or above, want %d: %v\nclaims:\n%s", len(got), len(tt.want), got, strings.Join(desc, "\n"))
			}
		})
	}
}
