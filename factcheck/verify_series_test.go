package factcheck_test

import (
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/sources"
)

// TestVerifySeries: a population series, each figure holding from its date
// to the next. A claim that gives its year is checked against that year's
// figure; one that gives none against the figure of the publication date.
func TestVerifySeries(t *testing.T) {
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	count := func(n float64) claims.Value { return claims.Value{Kind: claims.KindCount, Amount: n} }
	store := sources.NewMemStore(&claims.Set{
		Entities: []claims.Entity{{ID: "rome", Name: "Rome", Kind: claims.EntityPlace}},
		Sources:  []claims.Source{{ID: "census", Name: "census", Reliability: claims.ReliabilityA}},
		Facts: []claims.Fact{
			{Subject: "rome", Property: "population", Value: count(2617175), ValidFrom: day(2011, 1, 1), ValidUntil: day(2015, 8, 31), Sources: []string{"census"}},
			{Subject: "rome", Property: "population", Value: count(2864348), ValidFrom: day(2015, 8, 31), Sources: []string{"census"}},
		},
	})
	year := func(y int) claims.Value {
		return claims.Value{Kind: claims.KindTime, Start: day(y, 1, 1), End: day(y+1, 1, 1), Granularity: claims.GranularityYear}
	}
	pub := factcheck.Published(day(2016, 3, 1))
	for _, tc := range []struct {
		name  string
		value float64
		asOf  claims.Value
		want  factcheck.Rating
	}{
		{"2015 figure in 2015", 2864348, year(2015), factcheck.True},
		{"2011 figure said of 2015", 2617175, year(2015), factcheck.False},
		{"2011 figure in 2013", 2617175, year(2013), factcheck.True},
		{"no year: the figure of the publication date", 2864348, claims.Value{}, factcheck.True},
	} {
		c := claims.Claim{ID: "c", Subject: "rome", Property: "population", Value: count(tc.value), AsOf: tc.asOf}
		if v := factcheck.Verify(c, store, pub); v.Rating != tc.want {
			t.Errorf("%s: %s (%s), want %s", tc.name, v.Rating, v.Explanation, tc.want)
		}
	}
}
