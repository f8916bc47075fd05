package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFigureBeforeLastYear checks that a figure followed by "last year" is
// a figure and a year, not a span of that many years: in "rose to 1,150
// from 1,000 last year" the 1,000 is what it rose from.
func TestFigureBeforeLastYear(t *testing.T) {
	tests := []struct {
		text string
		want []m
	}{
		{"Its membership rose to 1,150 from 1,000 last year.", []m{{"1,150", "number", "1150"}, {"1,000", "number", "1000"}, {"last year", "time", "2024-01-01..2025-01-01 year"}}},
		{"Sales fell to 500 last year.", []m{{"500", "number", "500"}, {"last year", "time", "2024-01-01..2025-01-01 year"}}},
		// a count of years still reads as a span
		{"Five reports came in the 5 past years.", []m{{"Five reports", "count", "5 report"}, {"5 past years", "time", "2020-08-13..2025-08-13 year"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, mentionsIn(tt.text, published, nil)); diff != "" {
			t.Errorf("%q: mentions (-want +got):\n%s", tt.text, diff)
		}
	}
}
