package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
)

// dc is a decision claim as tests compare it.
type dc struct {
	Subject, Property, Modality string
}

// TestDecisions reads the decisions an article affirms or denies, keyed so
// that "the mayor will resign" and "the mayor said she would not resign"
// meet: a pronoun takes the key of the role noun it refers back to, a verb
// of denial denies the reported decision, and "ruled out" denies the one
// it rules out.
func TestDecisions(t *testing.T) {
	pub := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		text string
		want []dc
	}{
		{"role noun and pronoun",
			"The mayor will resign next month, her spokesman said.\n\nThe mayor said she would not resign.",
			[]dc{{"mayor", "resign", "asserted"}, {"mayor", "resign", "negated"}}},
		{"pronoun in the next paragraph",
			"The chief executive will step down in May.\n\nHe will not step down, a spokesman said.",
			[]dc{{"executive", "step-down", "asserted"}, {"executive", "step-down", "negated"}}},
		{"it for an organisation",
			"The council will appeal, officials said.\n\nThe council later said it would not appeal.",
			[]dc{{"council", "appeal", "asserted"}, {"council", "appeal", "negated"}}},
		{"no antecedent", "She will not resign.", nil},
		{"she is not the club", "The club said she would not resign.", nil},
		{"he is not an organisation", "The council said he would resign.", nil},
		{"it is not a person", "The minister said it would close.", nil},
		{"she is not the chairman", "The chairman said she would resign.", nil},
		{"nearest compatible role", "The mayor met the chairman on Monday. She said she would resign.",
			[]dc{{"mayor", "resign", "asserted"}}},
		{"nearest role", "The mayor met the minister on Monday. He said he would resign.",
			[]dc{{"minister", "resign", "asserted"}}},
		{"a person named nearer", "The mayor met Jane Smith on Monday. She said she would not resign.",
			[]dc{{"jane-smith", "resign", "negated"}}},
		{"a role in apposition to a name", "Jane Smith, the mayor, said she would not resign.",
			[]dc{{"jane-smith", "resign", "negated"}}},
		{"too far back",
			"The mayor spoke on Monday.\n\nThe budget was approved.\n\nRoads were closed.\n\nShe said she would not resign.",
			nil},
		{"the club chairman", "The club chairman said he would resign.",
			[]dc{{"chairman", "resign", "asserted"}}},
		{"denied that it would", "The manager will leave at the end of the season.\n\nThe club denied that the manager would leave.",
			[]dc{{"manager", "leave", "asserted"}, {"manager", "leave", "negated"}}},
		{"denied that it would not", "The club denied that the manager would not leave.", nil},
		{"ruled out", "Smith will stand again.\n\nSmith has ruled out standing again.",
			[]dc{{"smith", "stand", "asserted"}, {"smith", "stand", "negated"}}},
		{"ruled out, doubled consonant", "Smith ruled out quitting.",
			[]dc{{"smith", "quit", "negated"}}},
		{"not ruled out", "Smith has not ruled out standing again.", nil},
		{"ruled out an object", "Smith has ruled out playing any new material.", nil},
		{"ruled out no decision", "Smith has ruled out raising taxes.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Extract(claims.Document{Text: tt.text, Published: pub}, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []dc
			for _, x := range s.Claims {
				if x.Value.Kind == claims.KindBool && x.Property != PropertyFuture && x.Property != PropertyCause {
					got = append(got, dc{x.Subject, x.Property, x.Modality.String()})
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("decisions of %q:\n got %v\nwant %v", tt.text, got, tt.want)
			}
		})
	}
}
