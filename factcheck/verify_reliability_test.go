package factcheck_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/sources"
)

func TestVerifyReliability(t *testing.T) {
	runVerifyTests(t, fixture(), []verifyTest{{
		name:  "reliable sources disagree",
		claim: claims.Claim{ID: "c1", Subject: "rally", Property: "crowd", Value: count(50000)},
		want: outcome{factcheck.Conflicting, 0.95 * 0.95,
			"reliable sources disagree: City police gives 50,000 protesters; the claim's 50,000 protesters matches it; the organisers gives 80,000 protesters; the claim's 50,000 protesters, 37.5% off"},
	}, {
		name:  "only an unreliable source: confidence is capped",
		claim: claims.Claim{ID: "c2", Subject: "rumoured-talks", Property: "venue", Value: place("anchorage")},
		want: outcome{factcheck.False, 0.4,
			"Daily Rumour gives Juneau, not the claim's Anchorage, and neither lies within the other; only sources of low or unknown reliability give this"},
	}, {
		name:  "a fact with no source has unknown reliability",
		claim: claims.Claim{ID: "c3", Subject: "unsourced-talks", Property: "venue", Value: place("anchorage")},
		want: outcome{factcheck.True, 0.4,
			"the reference gives Anchorage, as the claim says; only sources of low or unknown reliability give this"},
	}, {
		name:  "one reliable source among several is enough",
		claim: claims.Claim{ID: "c4", Subject: "treaty", Property: claims.PropertyDate, Value: yearTime(2020)},
		want: outcome{factcheck.True, 0.95 * 0.97,
			"the treaty is dated 2020-01-01 (Reuters and a forum post), within 2020"},
	}})
}

func TestVerifyValidity(t *testing.T) {
	head := func(id string) claims.Claim {
		return claims.Claim{ID: "c1", Subject: "agency", Property: "head", Value: entity(id)}
	}
	asOf := func(c claims.Claim, year int) claims.Claim {
		c.AsOf = yearTime(year)
		return c
	}
	runVerifyTests(t, fixture(), []verifyTest{{
		name:  "the fact valid at the publication date",
		claim: head("bob"),
		want:  outcome{factcheck.True, 0.95 * 0.97, "Reuters gives Bob, as the claim says"},
	}, {
		name:  "a fact no longer valid is not used",
		claim: head("alice"),
		want: outcome{factcheck.False, 0.95 * 0.97,
			"Reuters gives Bob, not the claim's Alice, and neither lies within the other"},
	}, {
		name:  "the claim's as-of time picks the fact",
		claim: asOf(head("alice"), 2021),
		want: outcome{factcheck.True, 0.4,
			"the reference gives Alice, as the claim says; only sources of low or unknown reliability give this"},
	}, {
		name:  "no fact holds at the as-of time",
		claim: asOf(head("alice"), 2019),
		want: outcome{factcheck.Unverified, 0,
			"no reference fact for the agency head holds at 2019-01-01 (2 facts at other times)"},
	}, {
		name:  "no date to anchor validity: every fact counts, the reliable one decides",
		claim: head("bob"),
		opts:  []factcheck.Option{factcheck.Published(day("0001-01-01"))},
		want: outcome{factcheck.True, 0.95 * 0.97,
			"Reuters gives Bob, as the claim says; the reference gives Alice, not the claim's Bob, and neither lies within the other (a source of low or unknown reliability, set aside)"},
	}})
}

func TestVerifyModality(t *testing.T) {
	venue := claims.Claim{ID: "c1", Subject: "summit", Property: "venue", Value: place("alaska")}
	with := func(c claims.Claim, m claims.Modality) claims.Claim {
		c.Modality = m
		return c
	}
	price := claims.Claim{ID: "c2", Subject: "alaska-purchase", Property: "price",
		Value: money("$7.5 million", 7.5e6, 5e4, "USD", claims.CmpEqual), Modality: claims.ModalityNegated}
	runVerifyTests(t, fixture(), []verifyTest{{
		name:  "a negated claim that the reference confirms is false",
		claim: with(venue, claims.ModalityNegated),
		want: outcome{factcheck.False, 0.9 * 0.97,
			"Reuters gives Anchorage, which lies within the claim's Alaska; the article says this is not so, which makes the claim false"},
	}, {
		name:  "a negated mostly-true figure is mostly false",
		claim: price,
		want: outcome{factcheck.MostlyFalse, 0.8,
			"Office of the Historian gives $7,200,000 (7200000 USD); the claim's $7.5 million covers 7,450,000–7,550,000, 4.2% off: within the 5% tolerance; the article says this is not so, which makes the claim mostly false"},
	}, {
		name:  "a negated claim the reference refutes is true",
		claim: claims.Claim{ID: "c3", Subject: "icc-warrant", Property: claims.PropertyDate, Value: yearTime(2022), Modality: claims.ModalityNegated},
		want: outcome{factcheck.True, 0.95,
			"the ICC warrant is dated 2023-03-17 (International Criminal Court), not within 2022; the article says this is not so, which makes the claim true"},
	}, {
		name:  "a hedged claim is rated as asserted",
		claim: with(venue, claims.ModalityHedged),
		want: outcome{factcheck.True, 0.9 * 0.97,
			"Reuters gives Anchorage, which lies within the claim's Alaska; the article hedges this claim"},
	}, {
		name:  "a claim the article calls unknown",
		claim: claims.Claim{ID: "c4", Subject: "summit", Property: "venue", Modality: claims.ModalityUnknown},
		want:  outcome{factcheck.Unverified, 0, "the article says this is not known"},
	}, {
		name:  "an asserted claim without a value",
		claim: claims.Claim{ID: "c5", Subject: "summit", Property: "venue"},
		want:  outcome{factcheck.Unverified, 0, "the claim gives no value to check"},
	}, {
		name:  "a negated claim without evidence stays unverified",
		claim: claims.Claim{ID: "c6", Subject: "summit", Property: "price", Value: money("$1", 1, 0, "USD", claims.CmpEqual), Modality: claims.ModalityNegated},
		want: outcome{factcheck.Unverified, 0,
			"there is no reference fact for Trump–Putin summit price; the article says this is not so"},
	}})
}

func TestVerifyEvidence(t *testing.T) {
	store := fixture()
	src := func(id string) sources.Source {
		s, ok := store.Source(id)
		if !ok {
			t.Fatalf("fixture has no source %q", id)
		}
		return s
	}
	tests := []struct {
		name  string
		claim claims.Claim
		want  []sources.Evidence
	}{{
		name:  "one piece per fact, with its quote",
		claim: claims.Claim{Subject: "summit", Property: "venue", Value: place("anchorage")},
		want: []sources.Evidence{
			{Source: src("reuters"), Quote: "the summit will be held in Anchorage", Stance: sources.Supports},
			{Source: src("tabloid"), Stance: sources.Refutes},
		},
	}, {
		name:  "a negated claim turns the stances round",
		claim: claims.Claim{Subject: "summit", Property: "venue", Value: place("anchorage"), Modality: claims.ModalityNegated},
		want: []sources.Evidence{
			{Source: src("reuters"), Quote: "the summit will be held in Anchorage", Stance: sources.Refutes},
			{Source: src("tabloid"), Stance: sources.Supports},
		},
	}, {
		name:  "one piece per source of a fact; an unknown id keeps its id",
		claim: claims.Claim{Subject: "treaty", Property: claims.PropertyDate, Value: yearTime(2020)},
		want: []sources.Evidence{
			{Source: src("reuters"), Stance: sources.Supports},
			{Source: src("forum"), Stance: sources.Supports},
		},
	}, {
		// The explanation names the knowledge base; evidence lists sources.
		name:  "the entity's own date, which cites no source, is no evidence",
		claim: claims.Claim{Subject: "invasion", Property: claims.PropertyDate, Value: yearTime(2021)},
	}, {
		name:  "a fact that cannot be compared is neutral",
		claim: claims.Claim{Subject: "alaska-purchase", Property: "price", Value: money("£5", 5, 0, "GBP", claims.CmpEqual)},
		want: []sources.Evidence{{Source: src("state-historian"),
			Quote: "the United States purchased Alaska from Russia for $7.2 million", Stance: sources.Neutral}},
	}, {
		name:  "no fact, no evidence",
		claim: claims.Claim{Subject: "mystery", Property: "venue", Value: place("anchorage")},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := factcheck.Verify(tt.claim, store, factcheck.Published(published)).Evidence
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("evidence mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestVerifyUnknownSourceID(t *testing.T) {
	store := new(sources.MemStore)
	store.AddFact(sources.Fact{Subject: "s", Property: "p", Value: place("x"), Sources: []string{"gone"}})
	v := factcheck.Verify(claims.Claim{Subject: "s", Property: "p", Value: place("x")}, store)
	want := []sources.Evidence{{Source: sources.Source{ID: "gone"}, Stance: sources.Supports}}
	if diff := cmp.Diff(want, v.Evidence); diff != "" {
		t.Errorf("evidence mismatch (-want +got):\n%s", diff)
	}
	if v.Confidence > 0.4 {
		t.Errorf("confidence %v resting on an unknown source, want at most 0.4", v.Confidence)
	}
}

func TestVerifyNilStore(t *testing.T) {
	v := factcheck.Verify(claims.Claim{ID: "c1", Subject: "s", Property: "p", Value: place("x")}, nil)
	want := outcome{factcheck.Unverified, 0, "there is no reference fact for s p"}
	if diff := cmp.Diff(want, outcome{v.Rating, v.Confidence, v.Explanation}); diff != "" {
		t.Errorf("Verify with a nil store mismatch (-want +got):\n%s", diff)
	}
}

func TestVerifyMergesAgreeingSources(t *testing.T) {
	store := sources.NewMemStore(&claims.Set{
		Entities: []claims.Entity{
			{ID: "purchase", Name: "Alaska Purchase", Kind: claims.EntityEvent, Date: dayTime("1867-03-30")},
		},
		Sources: []claims.Source{
			{ID: "historian", Name: "Office of the Historian", Reliability: claims.ReliabilityA},
			{ID: "archives", Name: "National Archives", Reliability: claims.ReliabilityA},
		},
		Facts: []claims.Fact{
			{Subject: "purchase", Property: "price", Value: money("7200000 USD", 7200000, 0, "USD", claims.CmpEqual), Sources: []string{"historian"}, Quote: "for $7.2 million"},
			{Subject: "purchase", Property: "price", Value: money("7200000 USD", 7200000, 0, "USD", claims.CmpEqual), Sources: []string{"archives"}, Quote: "$7.2 Million"},
			{Subject: "purchase", Property: claims.PropertyDate, Value: dayTime("1867-03-30"), Sources: []string{"historian"}},
		},
	})
	price := factcheck.Verify(claims.Claim{Subject: "purchase", Property: "price",
		Value: money("$7.2 million", 7200000, 50000, "USD", claims.CmpEqual)}, store)
	if price.Rating != factcheck.True {
		t.Fatalf("price rated %v, want true: %s", price.Rating, price.Explanation)
	}
	if n := strings.Count(price.Explanation, "7,200,000"); n != 1 {
		t.Errorf("two sources giving the same figure should be explained once, got %d mentions: %s", n, price.Explanation)
	}
	if !strings.Contains(price.Explanation, "Office of the Historian and National Archives give") {
		t.Errorf("explanation should name both sources together: %s", price.Explanation)
	}
	if len(price.Evidence) != 2 || price.Evidence[0].Quote == price.Evidence[1].Quote {
		t.Errorf("each source keeps its own quote as evidence, got %+v", price.Evidence)
	}

	date := factcheck.Verify(claims.Claim{Subject: "purchase", Property: claims.PropertyDate, Value: yearTime(1867)}, store)
	if n := strings.Count(date.Explanation, "1867-03-30"); n != 1 {
		t.Errorf("the entity's date repeated by a sourced fact should be explained once, got %d: %s", n, date.Explanation)
	}
	for _, e := range date.Evidence {
		if e.Source.ID == "" {
			t.Errorf("evidence without a source: %+v", e)
		}
	}
}
