package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNumericDates covers months and days written with figures and
// dashes, month ranges without a year, year ranges and times counted from
// today or tomorrow. The publication date is 2025-08-13.
func TestNumericDates(t *testing.T) {
	tests := []struct {
		text string
		want []m
	}{
		{"Prices peaked in 2021-7 and fell by 11-2022.", []m{
			{"2021-7", "time", "2021-07-01..2021-08-01 month"}, {"11-2022", "time", "2022-11-01..2022-12-01 month"}}},
		{"The 2011-12 season was long.", []m{{"2011-12", "time", "2011-01-01..2013-01-01 year"}}}, // a season, not December 2011
		{"It closed on 14-Aug-2019 and reopened in Jan-2020.", []m{
			{"14-Aug-2019", "time", "2019-08-14..2019-08-15 day"}, {"Jan-2020", "time", "2020-01-01..2020-02-01 month"}}},
		{"Work ran from June to October.", []m{{"from June to October", "time", "2024-06-01..2024-11-01 month"}}},
		{"Work will run from November to March.", []m{{"from November to March", "time", "2025-11-01..2026-04-01 month"}}},
		{"Output grew 2016 to 2019.", []m{{"2016 to 2019", "time", "2016-01-01..2020-01-01 year"}}},
		{"The vote will be held 10 days from tomorrow.", []m{{"10 days from tomorrow", "time", "2025-08-24..2025-08-25 day"}}},
		{"The talks will resume in 3 weeks.", []m{{"3 weeks", "time", "2025-09-03..2025-09-04 day"}}},
		{"Rates hit their highest level in 4 years.", []m{{"4 years", "duration", "4 year"}}},
	}
	for _, tt := range tests {
		got := mentionsIn(tt.text, published, nil)
		var vals []m
		for _, x := range got {
			if x.Kind != "entity" && x.Kind != "place" {
				vals = append(vals, x)
			}
		}
		if diff := cmp.Diff(tt.want, vals); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}
