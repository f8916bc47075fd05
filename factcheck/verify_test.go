package factcheck_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/sources"
)

// outcome is what a fact-checker reads off a verdict.
type outcome struct {
	Rating      factcheck.Rating
	Confidence  float64
	Explanation string
}

// approx compares confidences to a thousandth.
var approx = cmpopts.EquateApprox(0, 0.001)

// verifyTest is one claim and the outcome a fact-checker expects of it.
type verifyTest struct {
	name  string
	claim claims.Claim
	opts  []factcheck.Option
	want  outcome
}

func runVerifyTests(t *testing.T, store sources.Store, tests []verifyTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := append([]factcheck.Option{factcheck.Published(published)}, tt.opts...)
			v := factcheck.Verify(tt.claim, store, opts...)
			got := outcome{v.Rating, v.Confidence, v.Explanation}
			if diff := cmp.Diff(tt.want, got, approx); diff != "" {
				t.Errorf("Verify(%s %s %v) mismatch (-want +got):\n%s", tt.claim.Subject, tt.claim.Property, tt.claim.Value, diff)
			}
			if v.Claim != tt.claim.ID {
				t.Errorf("Verdict.Claim = %q, want %q", v.Claim, tt.claim.ID)
			}
		})
	}
}

func TestVerifyAmounts(t *testing.T) {
	price := func(v claims.Value) claims.Claim {
		return claims.Claim{ID: "c1", Subject: "alaska-purchase", Property: "price", Value: v}
	}
	runVerifyTests(t, fixture(), []verifyTest{{
		name:  "within the claim's own precision",
		claim: price(money("$7.2 million", 7.2e6, 5e4, "USD", claims.CmpEqual)),
		want: outcome{factcheck.True, 0.95,
			"Office of the Historian gives $7,200,000 (7200000 USD); the claim's $7.2 million covers 7,150,000–7,250,000"},
	}, {
		name:  "exact figure",
		claim: price(money("", 7200000, 0, "USD", claims.CmpEqual)),
		want: outcome{factcheck.True, 0.95,
			"Office of the Historian gives $7,200,000 (7200000 USD); the claim's $7,200,000 matches it"},
	}, {
		name:  "within the tolerance",
		claim: price(money("$7.5 million", 7.5e6, 5e4, "USD", claims.CmpEqual)),
		want: outcome{factcheck.MostlyTrue, 0.8,
			"Office of the Historian gives $7,200,000 (7200000 USD); the claim's $7.5 million covers 7,450,000–7,550,000, 4.2% off: within the 5% tolerance"},
	}, {
		name:  "a tighter tolerance makes it false",
		claim: price(money("$7.5 million", 7.5e6, 5e4, "USD", claims.CmpEqual)),
		opts:  []factcheck.Option{factcheck.Tolerance(0.01)},
		want: outcome{factcheck.False, 0.95,
			"Office of the Historian gives $7,200,000 (7200000 USD); the claim's $7.5 million covers 7,450,000–7,550,000, 4.2% off"},
	}, {
		name:  "about widens the figure",
		claim: price(money("about $7 million", 7e6, 5e5, "USD", claims.CmpAbout)),
		want: outcome{factcheck.True, 0.95,
			"Office of the Historian gives $7,200,000 (7200000 USD); the claim's about $7 million covers 6,000,000–8,000,000"},
	}, {
		name:  "beyond the tolerance",
		claim: price(money("$9 million", 9e6, 5e5, "USD", claims.CmpEqual)),
		want: outcome{factcheck.False, 0.95,
			"Office of the Historian gives $7,200,000 (7200000 USD); the claim's $9 million covers 8,500,000–9,500,000, 25% off"},
	}, {
		name:  "a comparator that holds",
		claim: price(money("more than $7 million", 7e6, 0, "USD", claims.CmpGreater)),
		want: outcome{factcheck.True, 0.95,
			"Office of the Historian gives $7,200,000 (7200000 USD), more than $7,000,000 as the claim says"},
	}, {
		name:  "comparators are exact: less than 7.2 million is false at 7.2 million",
		claim: price(money("less than $7.2 million", 7.2e6, 0, "USD", claims.CmpLess)),
		want: outcome{factcheck.False, 0.95,
			"Office of the Historian gives $7,200,000 (7200000 USD), not less than $7,200,000 as the claim says"},
	}, {
		name:  "currencies do not compare",
		claim: price(money("£5 million", 5e6, 5e5, "GBP", claims.CmpEqual)),
		want: outcome{factcheck.Unverified, 0,
			"Office of the Historian gives $7,200,000 (7200000 USD); the reference gives USD, the claim GBP: not comparable"},
	}, {
		name:  "kinds do not compare",
		claim: price(claims.Value{Kind: claims.KindPercent, Amount: 8, Unit: "%"}),
		want: outcome{factcheck.Unverified, 0,
			"Office of the Historian gives $7,200,000 (7200000 USD); the reference gives an amount of money, the claim a percentage: not comparable"},
	}, {
		name:  "durations convert through days",
		claim: claims.Claim{ID: "c2", Subject: "war-start", Property: "length", Value: duration("three and a half years", 3.5, 0.05, "year", claims.CmpEqual)},
		want: outcome{factcheck.True, 0.95 * 0.97,
			"Reuters gives 42 months; the claim's three and a half years (3.5 years is 42 months) covers 41.4–42.6 months"},
	}, {
		name:  "a converted comparator is exact",
		claim: claims.Claim{ID: "c3", Subject: "war-start", Property: "length", Value: duration("more than 3.5 years", 3.5, 0, "year", claims.CmpGreater)},
		want: outcome{factcheck.False, 0.95 * 0.97,
			"Reuters gives 42 months, not more than 42 months as the claim says (3.5 years is 42 months)"},
	}})
}

func TestVerifyTimes(t *testing.T) {
	date := func(subject string, v claims.Value) claims.Claim {
		return claims.Claim{ID: "c1", Subject: subject, Property: claims.PropertyDate, Value: v}
	}
	runVerifyTests(t, fixture(), []verifyTest{{
		name:  "in 2023 is true of 2023-03-17",
		claim: date("icc-warrant", yearTime(2023)),
		want: outcome{factcheck.True, 0.95,
			"the ICC warrant is dated 2023-03-17 (International Criminal Court), within 2023"},
	}, {
		name:  "the same day",
		claim: date("icc-warrant", dayTime("2023-03-17")),
		want: outcome{factcheck.True, 0.95,
			"the ICC warrant is dated 2023-03-17 (International Criminal Court), as the claim says"},
	}, {
		name:  "times that cannot overlap conflict",
		claim: date("icc-warrant", yearTime(2022)),
		want: outcome{factcheck.False, 0.95,
			"the ICC warrant is dated 2023-03-17 (International Criminal Court), not within 2022"},
	}, {
		name:  "a claim finer than the reference is not contradicted",
		claim: date("alaska-purchase", monthTime(1867, 3)),
		want: outcome{factcheck.True, 0.6,
			"Alaska Purchase is dated 1867 (Office of the Historian), which includes March 1867; the reference only gives the year"},
	}, {
		name:  "the entity's own date counts as a fact",
		claim: date("invasion", monthTime(2022, 2)),
		want: outcome{factcheck.True, 0.95,
			"Russian invasion of Ukraine is dated 2022-02-24, within February 2022"},
	}, {
		name:  "and refutes",
		claim: date("invasion", monthTime(2022, 3)),
		want: outcome{factcheck.False, 0.95,
			"Russian invasion of Ukraine is dated 2022-02-24, not within March 2022"},
	}, {
		name:  "partly overlapping intervals",
		claim: date("war-start", claims.Value{Kind: claims.KindTime, Start: day("2021-12-01"), End: day("2022-02-01")}),
		want: outcome{factcheck.True, 0.5,
			"the war is dated 2022, which overlaps 2021-12-01 to 2022-01-31 without lying within it"},
	}, {
		name:  "no date at all",
		claim: date("mystery", yearTime(2023)),
		want:  outcome{factcheck.Unverified, 0, "there is no reference fact for the mystery event date"},
	}})
}

func TestVerifyPlaces(t *testing.T) {
	venue := func(id string) claims.Claim {
		return claims.Claim{ID: "c1", Subject: "summit", Property: "venue", Value: place(id)}
	}
	// Reuters (grade B) gives Anchorage; the Daily Rumour (grade E) gives
	// Juneau and is set aside whenever it disagrees.
	runVerifyTests(t, fixture(), []verifyTest{{
		name:  "the same place",
		claim: venue("anchorage"),
		want: outcome{factcheck.True, 0.95 * 0.97,
			"Reuters gives Anchorage, as the claim says; Daily Rumour gives Juneau, not the claim's Anchorage, and neither lies within the other (a source of low or unknown reliability, set aside)"},
	}, {
		name:  "the reference lies within the claim's coarser place",
		claim: venue("alaska"),
		want: outcome{factcheck.True, 0.9 * 0.97,
			"Reuters gives Anchorage, which lies within the claim's Alaska"},
	}, {
		name:  "the claim refines the reference",
		claim: venue("jber"),
		want: outcome{factcheck.True, 0.6 * 0.97,
			"Reuters gives Anchorage; the claim's Joint Base Elmendorf-Richardson lies within it, more precise than the reference; Daily Rumour gives Juneau, not the claim's Joint Base Elmendorf-Richardson, and neither lies within the other (a source of low or unknown reliability, set aside)"},
	}, {
		name:  "siblings conflict",
		claim: venue("juneau"),
		want: outcome{factcheck.False, 0.95 * 0.97,
			"Reuters gives Anchorage, not the claim's Juneau, and neither lies within the other; Daily Rumour gives Juneau, as the claim says (a source of low or unknown reliability, set aside)"},
	}, {
		name:  "an entity the knowledge base does not know",
		claim: venue("atlantis"),
		want: outcome{factcheck.Unverified, 0,
			"Reuters gives Anchorage; atlantis is not in the knowledge base, so how atlantis relates to Anchorage is unknown; Daily Rumour gives Juneau; atlantis is not in the knowledge base, so how atlantis relates to Juneau is unknown"},
	}, {
		name:  "a place against a time",
		claim: claims.Claim{ID: "c2", Subject: "summit", Property: "venue", Value: yearTime(2025)},
		want: outcome{factcheck.Unverified, 0,
			"Reuters gives Anchorage; the reference gives a place, the claim a time: not comparable; Daily Rumour gives Juneau; the reference gives a place, the claim a time: not comparable"},
	}})
}
