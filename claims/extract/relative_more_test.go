package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMoreRelativeTimes covers days back by weeks and months, days next to
// the last time, weekdays of a named week, against 2025-08-13 (a
// Wednesday).
func TestMoreRelativeTimes(t *testing.T) {
	tests := []struct {
		text string
		want []m
	}{
		{"The storm hit two months ago.", []m{{"two months ago", "time", "2025-06-13..2025-06-14 day"}}},
		{"The storm hit 3 weeks ago.", []m{{"3 weeks ago", "time", "2025-07-23..2025-07-24 day"}}},
		{"It was sold on 3 May 2020 and listed the next day.", []m{{"3 May 2020", "time", "2020-05-03..2020-05-04 day"}, {"the next day", "time", "2020-05-04..2020-05-05 day"}}},
		{"The talks are next week on Tuesday.", []m{{"next week on Tuesday", "time", "2025-08-19..2025-08-20 day"}}},
		{"It was due on 12 of Nov 2024.", []m{{"12 of Nov 2024", "time", "2024-11-12..2024-11-13 day"}}},
		{"It may be in may.", []m{{"may", "time", "2025-05-01..2025-06-01 month"}}},
		// not times
		{"The day after the vote was calm, and he may attend.", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, mentionsIn(tt.text, published, nil)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}
