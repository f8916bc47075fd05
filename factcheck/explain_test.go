package factcheck

import (
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
)

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		x    float64
		want string
	}{
		{0, "0"},
		{7, "7"},
		{999, "999"},
		{1000, "1,000"},
		{7200000, "7,200,000"},
		{7150000.5, "7,150,000.5"},
		{-1234567, "-1,234,567"},
		{3.5, "3.5"},
		{3.4714285714, "3.47"},
		{0.25, "0.25"},
		{123456.789, "123,456.789"},
	}
	for _, tt := range tests {
		if got := formatNumber(tt.x); got != tt.want {
			t.Errorf("formatNumber(%v) = %q, want %q", tt.x, got, tt.want)
		}
	}
}

func TestFormatAmount(t *testing.T) {
	tests := []struct {
		v    claims.Value
		want string
	}{
		{claims.Value{Kind: claims.KindMoney, Amount: 7200000, Unit: "USD"}, "$7,200,000"},
		{claims.Value{Kind: claims.KindMoney, Amount: 1.2e9, Unit: "GBP"}, "£1,200,000,000"},
		{claims.Value{Kind: claims.KindMoney, Amount: 50, Unit: "EUR"}, "€50"},
		{claims.Value{Kind: claims.KindMoney, Amount: 300, Unit: "JPY"}, "¥300"},
		{claims.Value{Kind: claims.KindMoney, Amount: 1500, Unit: "CHF"}, "1,500 CHF"},
		{claims.Value{Kind: claims.KindMoney, Amount: -5, Unit: "USD"}, "-$5"},
		{claims.Value{Kind: claims.KindPercent, Amount: 8, Unit: "%"}, "8%"},
		{claims.Value{Kind: claims.KindPercent, Amount: 2.5, Unit: "pp"}, "2.5 percentage points"},
		{claims.Value{Kind: claims.KindPercent, Amount: 1, Unit: "pp"}, "1 percentage point"},
		{claims.Value{Kind: claims.KindDuration, Amount: 3.5, Unit: "year"}, "3.5 years"},
		{claims.Value{Kind: claims.KindDuration, Amount: 1, Unit: "year"}, "1 year"},
		{claims.Value{Kind: claims.KindDuration, Amount: 2, Unit: "century"}, "2 centuries"},
		{claims.Value{Kind: claims.KindQuantity, Amount: 12, Unit: "km"}, "12 km"},
		{claims.Value{Kind: claims.KindCount, Amount: 5, Unit: "phone call"}, "5 phone calls"},
		{claims.Value{Kind: claims.KindCount, Amount: 180, Unit: "people"}, "180 people"},
		{claims.Value{Kind: claims.KindCount, Amount: 3, Unit: "company"}, "3 companies"},
		{claims.Value{Kind: claims.KindCount, Amount: 4, Unit: "branch"}, "4 branches"},
		{claims.Value{Kind: claims.KindCount, Amount: 2, Unit: "day"}, "2 days"},
		{claims.Value{Kind: claims.KindCount, Amount: 40, Unit: "staff"}, "40 staff"},
		{claims.Value{Kind: claims.KindNumber, Amount: 1234}, "1,234"},
	}
	for _, tt := range tests {
		if got := formatAmount(tt.v); got != tt.want {
			t.Errorf("formatAmount(%+v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}

func TestFormatStatedAndReference(t *testing.T) {
	more := claims.Value{Kind: claims.KindDuration, Amount: 3.5, Unit: "year", Cmp: claims.CmpGreater}
	if got, want := formatStated(more), "more than 3.5 years"; got != want {
		t.Errorf("formatStated(more than 3.5 years) = %q, want %q", got, want)
	}
	fact := claims.Value{Kind: claims.KindMoney, Amount: 7200000, Unit: "USD"}
	if got, want := formatReference(fact, nil), "$7,200,000 (7200000 USD)"; got != want {
		t.Errorf("formatReference = %q, want %q", got, want)
	}
	plain := claims.Value{Kind: claims.KindNumber, Amount: 12}
	if got, want := formatReference(plain, nil), "12"; got != want {
		t.Errorf("formatReference(12) = %q, want %q (no repeated literal)", got, want)
	}
}

func TestFormatTime(t *testing.T) {
	d := func(s string) time.Time { return date(s) }
	tests := []struct {
		v    claims.Value
		want string
	}{
		{claims.Value{Kind: claims.KindTime, Start: d("2023-03-17"), End: d("2023-03-18"), Granularity: claims.GranularityDay}, "2023-03-17"},
		{claims.Value{Kind: claims.KindTime, Start: d("1867-03-01"), End: d("1867-04-01"), Granularity: claims.GranularityMonth}, "March 1867"},
		{claims.Value{Kind: claims.KindTime, Start: d("2023-01-01"), End: d("2024-01-01"), Granularity: claims.GranularityYear}, "2023"},
		{claims.Value{Kind: claims.KindTime, Start: d("1860-01-01"), End: d("1870-01-01"), Granularity: claims.GranularityDecade}, "the 1860s"},
		{claims.Value{Kind: claims.KindTime, Start: d("1700-01-01"), End: d("1800-01-01"), Granularity: claims.GranularityCentury}, "the 18th century"},
		{claims.Value{Kind: claims.KindTime, Start: d("2000-01-01"), End: d("2100-01-01"), Granularity: claims.GranularityCentury}, "the 21st century"},
		{claims.Value{Kind: claims.KindTime, Start: d("1100-01-01"), End: d("1200-01-01"), Granularity: claims.GranularityCentury}, "the 12th century"},
		{claims.Value{Kind: claims.KindTime, Start: d("2025-08-13")}, "2025-08-13"},
		{claims.Value{Kind: claims.KindTime, Start: d("2023-03-06"), End: d("2023-03-13"), Granularity: claims.GranularityWeek}, "2023-03-06 to 2023-03-12"},
	}
	for _, tt := range tests {
		if got := formatTime(tt.v); got != tt.want {
			t.Errorf("formatTime(%v to %v) = %q, want %q", tt.v.Start, tt.v.End, got, tt.want)
		}
	}
}
