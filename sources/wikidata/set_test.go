package wikidata

import (
	"testing"

	"github.com/veracity-go/veracity/claims"
)

// TestStatementsOfTerms: office holders each hold for their term, whatever
// their rank; undated statements count by rank.
func TestStatementsOfTerms(t *testing.T) {
	it := &Item{ID: "Q64", Label: "Berlin", Statements: []ItemStatement{
		{Property: "P6", Rank: RankNormal, Value: claims.Value{Kind: claims.KindEntity, Entity: "Q1"}, From: day(2001, 6, 16), Until: day(2014, 12, 11)},
		{Property: "P6", Rank: RankPreferred, Value: claims.Value{Kind: claims.KindEntity, Entity: "Q2"}, From: day(2014, 12, 11)},
		{Property: "P6", Rank: RankDeprecated, Value: claims.Value{Kind: claims.KindEntity, Entity: "Q3"}, From: day(1990, 1, 1)},
		{Property: "P2130", Rank: RankNormal, Value: claims.Value{Kind: claims.KindMoney, Amount: 1, Unit: "EUR"}},
		{Property: "P2130", Rank: RankPreferred, Value: claims.Value{Kind: claims.KindMoney, Amount: 2, Unit: "EUR"}},
	}}
	if got := statementsOf(it, "P6"); len(got) != 2 || got[0].Value.Entity != "Q1" || got[1].Value.Entity != "Q2" {
		t.Errorf("terms: %+v, want both mayors and not the deprecated one", got)
	}
	if got := statementsOf(it, "P2130"); len(got) != 1 || got[0].Value.Amount != 2 {
		t.Errorf("undated: %+v, want the preferred one", got)
	}
	mp, _ := DefaultMap().Lookup("head-of-government")
	fs := facts("berlin", it, mp, statementsOf(it, "P6"), "wikidata:Q64")
	if !fs[0].ValidFrom.Equal(day(2001, 6, 16)) || !fs[0].ValidUntil.Equal(day(2014, 12, 11)) || !fs[1].ValidUntil.IsZero() {
		t.Errorf("terms: %v–%v, %v–", fs[0].ValidFrom, fs[0].ValidUntil, fs[1].ValidFrom)
	}
}
