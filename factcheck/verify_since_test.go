package factcheck_test

import (
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
)

func TestVerifyStoredTimeSince(t *testing.T) {
	store := fixture()
	store.AddFact(claims.Fact{Subject: "mystery", Property: claims.PropertyTimeSince,
		Value: duration("", 18, 0, "month", claims.CmpEqual), Sources: []string{"reuters"}})
	runVerifyTests(t, store, []verifyTest{{
		name:  "a stored duration is compared as an amount when there is no date",
		claim: claims.Claim{ID: "c1", Subject: "mystery", Property: claims.PropertyTimeSince, Value: duration("a year and a half", 1.5, 0, "year", claims.CmpEqual)},
		want: outcome{factcheck.True, 0.95 * 0.97,
			"Reuters gives 18 months; the claim's a year and a half (1.5 years is 18 months) matches it"},
	}})
}

func TestVerifyTimeSince(t *testing.T) {
	since := func(subject string, v claims.Value) claims.Claim {
		return claims.Claim{ID: "c1", Subject: subject, Property: claims.PropertyTimeSince, Value: v}
	}
	const invasion = "3 years, 5 months and 20 days passed between 2022-02-24 (Russian invasion of Ukraine) and 2025-08-13: "
	withAsOf := func(c claims.Claim, v claims.Value) claims.Claim {
		c.AsOf = v
		return c
	}
	runVerifyTests(t, fixture(), []verifyTest{{
		// The design's example: 3y5m20d is about 3.47 years, not more than 3.5.
		name:  "more than three and a half years is false at 3 years, 5 months and 20 days",
		claim: since("invasion", duration("more than three and a half years", 3.5, 0, "year", claims.CmpGreater)),
		want:  outcome{factcheck.False, 0.95, invasion + "less than 3.5 years"},
	}, {
		name:  "more than three years holds",
		claim: since("invasion", duration("more than three years", 3, 0, "year", claims.CmpGreater)),
		want:  outcome{factcheck.True, 0.95, invasion + "more than 3 years, as the claim says"},
	}, {
		name:  "less than three and a half years holds",
		claim: since("invasion", duration("less than 3.5 years", 3.5, 0, "year", claims.CmpLess)),
		want:  outcome{factcheck.True, 0.95, invasion + "less than 3.5 years, as the claim says"},
	}, {
		name:  "about three and a half years is within 5%",
		claim: since("invasion", duration("about three and a half years", 3.5, 0, "year", claims.CmpAbout)),
		want:  outcome{factcheck.True, 0.95, invasion + "within the claim's 3.325–3.675 years"},
	}, {
		name:  "an exact three and a half years is mostly true",
		claim: since("invasion", duration("3.5 years", 3.5, 0, "year", claims.CmpEqual)),
		want: outcome{factcheck.MostlyTrue, 0.8,
			invasion + "about 3.47 years, outside the claim's 3.5 years but within 5% of 3.5 years"},
	}, {
		name:  "three years is false",
		claim: since("invasion", duration("three years", 3, 0, "year", claims.CmpEqual)),
		want:  outcome{factcheck.False, 0.95, invasion + "more than 3 years"},
	}, {
		name:  "months count on the calendar",
		claim: since("invasion", duration("41 months", 41, 0.5, "month", claims.CmpEqual)),
		want:  outcome{factcheck.MostlyTrue, 0.8, invasion + "about 41.66 months, outside the claim's 40.5–41.5 months but within 5% of 41 months"},
	}, {
		name:  "days count exactly",
		claim: since("invasion", duration("1,266 days", 1266, 0, "day", claims.CmpEqual)),
		want:  outcome{factcheck.True, 0.95, invasion + "exactly 1,266 days, as the claim says"},
	}, {
		name:  "exactly four years is not more than four years",
		claim: since("withdrawal", duration("more than four years", 4, 0, "year", claims.CmpGreater)),
		want: outcome{factcheck.False, 0.95,
			"4 years passed between 2021-08-13 (Kabul withdrawal) and 2025-08-13: exactly 4 years, not more"},
	}, {
		name:  "exactly four years is at least four years",
		claim: since("withdrawal", duration("at least four years", 4, 0, "year", claims.CmpAtLeast)),
		want: outcome{factcheck.True, 0.95,
			"4 years passed between 2021-08-13 (Kabul withdrawal) and 2025-08-13: at least 4 years, as the claim says"},
	}, {
		// "the first such summit in over four years": the subject is the
		// previous summit.
		name:  "in over four years, since the previous event",
		claim: since("geneva-summit", duration("over four years", 4, 0, "year", claims.CmpGreater)),
		want: outcome{factcheck.True, 0.95,
			"4 years, 1 month and 28 days passed between 2021-06-16 (Biden–Putin summit) and 2025-08-13: more than 4 years, as the claim says"},
	}, {
		name:  "the claim's as-of time replaces the publication date",
		claim: withAsOf(since("invasion", duration("more than 3.5 years", 3.5, 0, "year", claims.CmpGreater)), dayTime("2025-09-01")),
		want: outcome{factcheck.True, 0.95,
			"3 years, 6 months and 8 days passed between 2022-02-24 (Russian invasion of Ukraine) and 2025-09-01: more than 3.5 years, as the claim says"},
	}, {
		name:  "an as-of month gives a range that may straddle the bound",
		claim: withAsOf(since("invasion", duration("more than 3.5 years", 3.5, 0, "year", claims.CmpGreater)), monthTime(2025, 8)),
		want: outcome{factcheck.Unverified, 0,
			"between 3 years, 5 months and 8 days and 3 years, 6 months and 7 days passed between 2022-02-24 (Russian invasion of Ukraine) and August 2025: whether that is more than 3.5 years depends on the exact date"},
	}, {
		name:  "a year-only date: every possible value satisfies the claim",
		claim: since("war-start", duration("more than two years", 2, 0, "year", claims.CmpGreater)),
		want: outcome{factcheck.True, 0.9,
			"between 2 years, 7 months and 13 days and 3 years, 7 months and 12 days passed between 2022 (the war) and 2025-08-13: all of it more than 2 years, as the claim says"},
	}, {
		name:  "a year-only date: no possible value satisfies the claim",
		claim: since("war-start", duration("more than four years", 4, 0, "year", claims.CmpGreater)),
		want: outcome{factcheck.False, 0.95,
			"between 2 years, 7 months and 13 days and 3 years, 7 months and 12 days passed between 2022 (the war) and 2025-08-13: all of it less than 4 years"},
	}, {
		name:  "a year-only date: some possible values satisfy the claim",
		claim: since("war-start", duration("more than three years", 3, 0, "year", claims.CmpGreater)),
		want: outcome{factcheck.Unverified, 0,
			"between 2 years, 7 months and 13 days and 3 years, 7 months and 12 days passed between 2022 (the war) and 2025-08-13: whether that is more than 3 years depends on the exact date"},
	}, {
		name:  "a date from a fact names its source",
		claim: since("treaty", duration("more than five years", 5, 0, "year", claims.CmpGreater)),
		want: outcome{factcheck.True, 0.95 * 0.97,
			"5 years, 7 months and 12 days passed between 2020-01-01 (the treaty, per Reuters and a forum post) and 2025-08-13: more than 5 years, as the claim says"},
	}, {
		name:  "the as-of date is before the subject's",
		claim: since("future", duration("more than a year", 1, 0, "year", claims.CmpGreater)),
		want: outcome{factcheck.False, 0.95,
			"2025-08-13 is 4 months and 19 days before 2026-01-01 (the next summit): less than 1 year"},
	}, {
		name:  "no date for the subject",
		claim: since("mystery", duration("more than a year", 1, 0, "year", claims.CmpGreater)),
		want: outcome{factcheck.Unverified, 0,
			"there is no date for the mystery event in the reference, so the time since the mystery event cannot be computed"},
	}, {
		name:  "no as-of date",
		claim: since("invasion", duration("more than a year", 1, 0, "year", claims.CmpGreater)),
		opts:  []factcheck.Option{factcheck.Published(day("0001-01-01"))},
		want: outcome{factcheck.Unverified, 0,
			"there is no as-of date (the claim gives none and the publication date is not known), so the time since Russian invasion of Ukraine cannot be computed"},
	}, {
		name:  "neither",
		claim: since("mystery", duration("more than a year", 1, 0, "year", claims.CmpGreater)),
		opts:  []factcheck.Option{factcheck.Published(day("0001-01-01"))},
		want: outcome{factcheck.Unverified, 0,
			"there is no date for the mystery event in the reference and no as-of date (the claim gives none and the publication date is not known), so the time since the mystery event cannot be computed"},
	}, {
		name:  "a value that is not a duration",
		claim: since("invasion", money("$5", 5, 0, "USD", claims.CmpEqual)),
		want: outcome{factcheck.Unverified, 0,
			"from 2022-02-24 (Russian invasion of Ukraine) to 2025-08-13 is a duration; the claim gives an amount of money: not comparable"},
	}, {
		name: "a negated time-since claim",
		claim: claims.Claim{ID: "c2", Subject: "invasion", Property: claims.PropertyTimeSince, Modality: claims.ModalityNegated,
			Value: duration("more than 3.5 years", 3.5, 0, "year", claims.CmpGreater)},
		want: outcome{factcheck.True, 0.95,
			invasion + "less than 3.5 years; the article says this is not so, which makes the claim true"},
	}})
}
