// Package checktest builds the claims and knowledge the built-in checks'
// Go tests share, without the value parser: places around Anchorage, a few
// events, and constructors for values.
package checktest

import (
	"context"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
)

// Entities are the places and events of the Alaska summit, plus Juneau (a
// sibling of Anchorage) and a part_of cycle (loop-a ⇄ loop-b).
func Entities() []claims.Entity {
	return []claims.Entity{
		{ID: "united-states", Name: "United States", Kind: claims.EntityPlace},
		{ID: "alaska", Name: "Alaska", Kind: claims.EntityPlace, PartOf: []string{"united-states"}},
		{ID: "anchorage", Name: "Anchorage", Kind: claims.EntityPlace, PartOf: []string{"alaska"}},
		{ID: "juneau", Name: "Juneau", Kind: claims.EntityPlace, PartOf: []string{"alaska"}},
		{ID: "jber", Name: "Joint Base Elmendorf-Richardson", Kind: claims.EntityPlace, PartOf: []string{"anchorage"}},
		{ID: "loop-a", Name: "Loop A", Kind: claims.EntityPlace, PartOf: []string{"loop-b"}},
		{ID: "loop-b", Name: "Loop B", Kind: claims.EntityPlace, PartOf: []string{"loop-a"}},
		{ID: "summit", Name: "summit", Kind: claims.EntityEvent},
		{ID: "alaska-purchase", Name: "Alaska Purchase", Kind: claims.EntityEvent},
		{ID: "minister", Name: "Jane Roe", Kind: claims.EntityPerson},
	}
}

// Set returns a set with the [Entities] and the given claims, published on
// 2025-08-13 unless published is given.
func Set(cls []claims.Claim, published ...time.Time) *claims.Set {
	s := &claims.Set{Version: 1, Entities: Entities(), Claims: cls}
	s.Document.Published = Date(2025, 8, 13)
	if len(published) > 0 {
		s.Document.Published = published[0]
	}
	return s
}

// Date returns midnight UTC of a day.
func Date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// Place returns a place value naming the entity id.
func Place(id string) claims.Value {
	return claims.Value{Kind: claims.KindPlace, Entity: id, Text: id}
}

// Amount returns an amount of the given kind and unit, as written in text.
func Amount(k claims.Kind, amount float64, unit string, cmp claims.Comparator, precision float64, text string) claims.Value {
	return claims.Value{Kind: k, Amount: amount, Unit: unit, Cmp: cmp, Precision: precision, Text: text}
}

// Money returns a money amount given as written, with no comparator.
func Money(amount float64, currency string, precision float64, text string) claims.Value {
	return Amount(claims.KindMoney, amount, currency, claims.CmpEqual, precision, text)
}

// Day returns the time value of one day.
func Day(y int, m time.Month, d int) claims.Value {
	s := Date(y, m, d)
	return claims.Value{Kind: claims.KindTime, Start: s, End: s.AddDate(0, 0, 1), Granularity: claims.GranularityDay, Text: s.Format("2006-01-02")}
}

// Month returns the time value of one month.
func Month(y int, m time.Month) claims.Value {
	s := Date(y, m, 1)
	return claims.Value{Kind: claims.KindTime, Start: s, End: s.AddDate(0, 1, 0), Granularity: claims.GranularityMonth, Text: s.Format("January 2006")}
}

// Year returns the time value of one year.
func Year(y int) claims.Value {
	s := Date(y, 1, 1)
	return claims.Value{Kind: claims.KindTime, Start: s, End: s.AddDate(1, 0, 0), Granularity: claims.GranularityYear, Text: s.Format("2006")}
}

// Unresolved returns a time value that was never resolved, as written.
func Unresolved(text string) claims.Value {
	return claims.Value{Kind: claims.KindTime, Text: text}
}

// Findings runs one check over set and returns its findings, failing t if
// the check breaks.
func Findings(t testing.TB, chk *factcheck.Check, set *claims.Set) []factcheck.Finding {
	t.Helper()
	c, err := factcheck.NewChecker([]*factcheck.Check{chk})
	if err != nil {
		t.Fatal(err)
	}
	r, err := c.Check(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	return r.Findings
}
