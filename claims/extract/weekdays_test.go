package extract

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestNamedWeekdaysAtTheWeekend pins down "next" and "last" before a
// weekday for papers of Saturday and Sunday, where the calendar-week
// reading is furthest from the nearest day: "last Friday" in a Sunday
// paper is the Friday of last week (the paper would say "on Friday" for
// two days before); weeks run from Monday, so in a Sunday paper "next
// Monday" is the next day.
func TestNamedWeekdaysAtTheWeekend(t *testing.T) {
	sat := time.Date(2025, 5, 31, 0, 0, 0, 0, time.UTC)
	sun := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		pub  time.Time
		want []m
	}{
		{"He was arrested last Friday.", sun, []m{{"last Friday", "time", "2025-05-23..2025-05-24 day"}}},
		{"He was arrested on Friday.", sun, []m{{"Friday", "time", "2025-05-30..2025-05-31 day"}}},
		{"He will appear in court next Monday.", sun, []m{{"next Monday", "time", "2025-06-02..2025-06-03 day"}}},
		{"He will appear in court on Monday.", sun, []m{{"Monday", "time", "2025-06-02..2025-06-03 day"}}},
		{"The talks ended last Sunday.", sat, []m{{"last Sunday", "time", "2025-05-25..2025-05-26 day"}}},
		{"The talks resume this Sunday.", sat, []m{{"this Sunday", "time", "2025-06-01..2025-06-02 day"}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, mentionsIn(tt.text, tt.pub, nil)); diff != "" {
			t.Errorf("%q published %s (-want +got):\n%s", tt.text, tt.pub.Format("Mon 2006-01-02"), diff)
		}
	}
}
