package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOpenFiguresOfThings covers claims made without a knowledge base from
// sums that modify or measure a thing: the thing is the property, its
// owner the subject, and a later definite mention ("the £2.3bn takeover")
// is the same thing, so that two values of it meet in the value-conflict
// check.
func TestOpenFiguresOfThings(t *testing.T) {
	tests := []struct {
		name, text string
		want       []c
	}{{
		name: "a sum before the noun it modifies",
		text: "Shareholders approved a £2.3 billion takeover.",
		want: []c{{"takeover", "amount", "2300000000 GBP", "asserted", ""}},
	}, {
		name: "the last noun of a compound",
		text: "Residents will get a £20 council tax rebate.",
		want: []c{{"rebate", "amount", "20 GBP", "asserted", ""}},
	}, {
		name: "a verb after the sum is no noun",
		text: "A week at £5.05 gives an income of £9,000.",
		want: []c{{"income", "amount", "9000 GBP", "asserted", ""}},
	}, {
		name: "an object, not a source: the company is the subject",
		text: "Acme announced a £3.2 billion takeover.",
		want: []c{{"acme", "takeover", "3200000000 GBP", "asserted", ""}},
	}, {
		name: "whose it is, by \"of\" after the noun",
		text: "Acme announced a £3.2 billion takeover of Beta Ltd.",
		want: []c{{"beta-ltd", "takeover", "3200000000 GBP", "asserted", ""}},
	}, {
		name: "a source still, before a clause",
		text: "Acme announced that its takeover of Beta Ltd was worth £3.2 billion.",
		want: []c{{"beta-ltd", "takeover", "3200000000 GBP", "asserted", "Acme"}},
	}, {
		name: "a definite mention takes the owner of the one named before",
		text: "Acme agreed a £3.2 billion takeover of Beta Ltd.\n\nBeta shareholders will vote on the £2.3 billion takeover.",
		want: []c{{"beta-ltd", "takeover", "3200000000 GBP", "asserted", ""}, {"beta-ltd", "takeover", "2300000000 GBP", "asserted", ""}},
	}, {
		name: "a definite mention of another one, by its \"of\"",
		text: "Acme agreed a £3.2 billion takeover of Beta Ltd.\n\nSeparately, Gamma completed the £2.3 billion takeover of Delta Group.",
		want: []c{{"beta-ltd", "takeover", "3200000000 GBP", "asserted", ""}, {"delta-group", "takeover", "2300000000 GBP", "asserted", ""}},
	}, {
		name: "a second one with \"a\" is another one",
		text: "The regulator agreed a deal worth $375m with Banc Capital.\n\nThe regulator later reached a $140m deal with Columbia Advisors.",
		// the second figure's key would be vague: the sentence is a
		// statement to check as a whole
		want: []c{{"deal", "amount", "375000000 USD", "asserted", ""},
			{"columbia-advisors", "statement", "The regulator later reached a $140m deal with Columbia Advisors", "asserted", ""}},
	}, {
		name: "a headline's \"to\" and verb is a plan, not a fact",
		text: "US budget deficit to reach $368bn\n\nThe budget deficit hit a record $412bn.",
		want: []c{{"budget", "budget-deficit", "4.12e+11 USD", "asserted", ""}}, // the headline's is hedged, below worthiness
	}, {
		name: "a headline's \"to\" before a noun is no plan",
		text: "Return to profit as Acme makes £5m\n\nAcme made a profit of £5m.",
		want: []c{{"profit", "amount", "5000000 GBP", "asserted", ""}, {"acme", "profit", "5000000 GBP", "asserted", ""}},
	}, {
		name: "a condition supposes, it does not assert",
		text: "If the minimum wage reaches £6, firms will cut jobs.\n\nThe minimum wage is £4.85 an hour.",
		want: []c{{"wage", "minimum-wage", "6 GBP", "hedged", ""}, {"wage", "minimum-wage", "4.85 GBP", "asserted", ""}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, claimsIn(tt.text, published, nil)); diff != "" {
				t.Errorf("%q: claims (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestVenueNames checks that names ending in a venue word are places, so
// that "was held at Wembley Stadium" gives the event's venue.
func TestVenueNames(t *testing.T) {
	want := []c{{"concert", "venue", "wembley-stadium", "asserted", ""}}
	if diff := cmp.Diff(want, claimsIn("The concert was held at Wembley Stadium.", published, nil)); diff != "" {
		t.Errorf("claims (-want +got):\n%s", diff)
	}
}
