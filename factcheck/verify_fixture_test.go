package factcheck_test

import (
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// published is the publication date of the flagship article on the
// Trump–Putin summit.
var published = day("2025-08-13")

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// Value constructors for tests; the literal parser is tested in claims.

func money(text string, amount, precision float64, unit string, c claims.Comparator) claims.Value {
	return claims.Value{Kind: claims.KindMoney, Text: text, Amount: amount, Precision: precision, Unit: unit, Cmp: c}
}

func duration(text string, amount, precision float64, unit string, c claims.Comparator) claims.Value {
	return claims.Value{Kind: claims.KindDuration, Text: text, Amount: amount, Precision: precision, Unit: unit, Cmp: c}
}

func count(amount float64) claims.Value {
	return claims.Value{Kind: claims.KindCount, Amount: amount, Unit: "protester"}
}

func place(id string) claims.Value { return claims.Value{Kind: claims.KindPlace, Entity: id} }

func entity(id string) claims.Value { return claims.Value{Kind: claims.KindEntity, Entity: id} }

func dayTime(s string) claims.Value {
	t := day(s)
	return claims.Value{Kind: claims.KindTime, Start: t, End: t.AddDate(0, 0, 1), Granularity: claims.GranularityDay}
}

func monthTime(year int, m time.Month) claims.Value {
	t := time.Date(year, m, 1, 0, 0, 0, 0, time.UTC)
	return claims.Value{Kind: claims.KindTime, Start: t, End: t.AddDate(0, 1, 0), Granularity: claims.GranularityMonth}
}

func yearTime(year int) claims.Value {
	t := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
	return claims.Value{Kind: claims.KindTime, Start: t, End: t.AddDate(1, 0, 0), Granularity: claims.GranularityYear}
}

// fixture is the reference knowledge the verification tests check against:
// the flagship example's places and events, sources of every grade, and
// facts chosen to exercise each rule.
func fixture() *sources.MemStore {
	set := &claims.Set{
		Entities: []claims.Entity{
			{ID: "united-states", Name: "United States", Kind: claims.EntityPlace},
			{ID: "alaska", Name: "Alaska", Kind: claims.EntityPlace, PartOf: []string{"united-states"}},
			{ID: "anchorage", Name: "Anchorage", Kind: claims.EntityPlace, PartOf: []string{"alaska"}},
			{ID: "juneau", Name: "Juneau", Kind: claims.EntityPlace, PartOf: []string{"alaska"}},
			{ID: "jber", Name: "Joint Base Elmendorf-Richardson", Kind: claims.EntityPlace, PartOf: []string{"anchorage"}},
			{ID: "summit", Name: "Trump–Putin summit", Kind: claims.EntityEvent},
			{ID: "invasion", Name: "Russian invasion of Ukraine", Kind: claims.EntityEvent, Date: dayTime("2022-02-24")},
			{ID: "alaska-purchase", Name: "Alaska Purchase", Kind: claims.EntityEvent},
			{ID: "icc-warrant", Name: "the ICC warrant", Kind: claims.EntityEvent},
			{ID: "geneva-summit", Name: "Biden–Putin summit", Kind: claims.EntityEvent, Date: dayTime("2021-06-16")},
			{ID: "withdrawal", Name: "Kabul withdrawal", Kind: claims.EntityEvent, Date: dayTime("2021-08-13")},
			{ID: "war-start", Name: "the war", Kind: claims.EntityEvent, Date: yearTime(2022)},
			{ID: "treaty", Name: "the treaty", Kind: claims.EntityEvent},
			{ID: "future", Name: "the next summit", Kind: claims.EntityEvent, Date: dayTime("2026-01-01")},
			{ID: "mystery", Name: "the mystery event", Kind: claims.EntityEvent},
			{ID: "rally", Name: "the rally", Kind: claims.EntityEvent},
			{ID: "agency", Name: "the agency", Kind: claims.EntityOrganization},
			{ID: "alice", Name: "Alice", Kind: claims.EntityPerson},
			{ID: "bob", Name: "Bob", Kind: claims.EntityPerson},
		},
		Properties: []claims.Property{
			{ID: "venue", Kind: claims.KindPlace},
			{ID: "price", Kind: claims.KindMoney},
			{ID: "crowd", Kind: claims.KindCount, Name: "crowd size"},
			{ID: "length", Kind: claims.KindDuration},
			{ID: "head", Kind: claims.KindEntity},
		},
		Sources: []claims.Source{
			{ID: "state-historian", Name: "Office of the Historian", Kind: "government", Reliability: claims.ReliabilityA},
			{ID: "icc", Name: "International Criminal Court", Kind: "primary", Reliability: claims.ReliabilityA},
			{ID: "reuters", Name: "Reuters", Kind: "wire", Reliability: claims.ReliabilityB},
			{ID: "police", Name: "City police", Kind: "government", Reliability: claims.ReliabilityC},
			{ID: "organisers", Name: "the organisers", Kind: "primary", Reliability: claims.ReliabilityB},
			{ID: "tabloid", Name: "Daily Rumour", Kind: "news", Reliability: claims.ReliabilityE},
			{ID: "forum", Name: "a forum post", Kind: "social"},
		},
		Facts: []claims.Fact{
			{Subject: "alaska-purchase", Property: "price", Value: claims.Value{Kind: claims.KindMoney, Text: "7200000 USD", Amount: 7200000, Unit: "USD"},
				Sources: []string{"state-historian"}, Quote: "the United States purchased Alaska from Russia for $7.2 million"},
			{Subject: "alaska-purchase", Property: "date", Value: yearTime(1867), Sources: []string{"state-historian"}},
			{Subject: "icc-warrant", Property: "date", Value: dayTime("2023-03-17"), Sources: []string{"icc"}},
			{Subject: "summit", Property: "venue", Value: place("anchorage"), Sources: []string{"reuters"}, Quote: "the summit will be held in Anchorage"},
			{Subject: "summit", Property: "venue", Value: place("juneau"), Sources: []string{"tabloid"}},
			{Subject: "rumoured-talks", Property: "venue", Value: place("juneau"), Sources: []string{"tabloid"}},
			{Subject: "unsourced-talks", Property: "venue", Value: place("anchorage")},
			{Subject: "rally", Property: "crowd", Value: count(50000), Sources: []string{"police"}},
			{Subject: "rally", Property: "crowd", Value: count(80000), Sources: []string{"organisers"}},
			{Subject: "war-start", Property: "length", Value: duration("", 42, 0, "month", claims.CmpEqual), Sources: []string{"reuters"}},
			{Subject: "treaty", Property: "date", Value: dayTime("2020-01-01"), Sources: []string{"reuters", "forum"}},
			{Subject: "agency", Property: "head", Value: entity("alice"), ValidFrom: day("2020-01-01"), ValidUntil: day("2024-01-01")},
			{Subject: "agency", Property: "head", Value: entity("bob"), ValidFrom: day("2024-01-01"), Sources: []string{"reuters"}},
		},
	}
	return sources.NewMemStore(set)
}
