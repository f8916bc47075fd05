package extract

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestEasterSunday(t *testing.T) {
	for y, want := range map[int]string{2016: "2016-03-27", 2019: "2019-04-21", 2024: "2024-03-31", 2025: "2025-04-20", 2038: "2038-04-25"} {
		if got := easterSunday(y).Format(time.DateOnly); got != want {
			t.Errorf("easterSunday(%d) = %s, want %s", y, got, want)
		}
	}
}

// TestHolidays resolves holidays against 2025-08-13 and leaves alone the
// words that only look like them.
func TestHolidays(t *testing.T) {
	tests := []struct {
		text string
		want []m
	}{
		{"The shop will open on Christmas Eve.", []m{{"Christmas Eve", "time", "2025-12-24..2025-12-25 day"}}},
		{"Sales fell over Christmas.", []m{{"Christmas", "time", "2024-12-25..2024-12-26 day"}}},
		{"He died on Good Friday 2019.", []m{{"Good Friday 2019", "time", "2019-04-19..2019-04-20 day"}}},
		{"Talks will resume after Easter.", []m{{"Easter", "time", "2026-04-05..2026-04-06 day"}}},
		{"It closed before Thanksgiving 2023.", []m{{"Thanksgiving 2023", "time", "2023-11-23..2023-11-24 day"}}},
		{"Stores cut prices on Black Friday 2010.", []m{{"Black Friday 2010", "time", "2010-11-26..2010-11-27 day"}}},
		{"Parades were held on Memorial Day and Labor Day 2024.", []m{{"Memorial Day", "time", "2025-05-26..2025-05-27 day"}, {"Labor Day 2024", "time", "2024-09-02..2024-09-03 day"}}},
		{"They met on Martin Luther King Day 2020.", []m{{"Martin Luther King Day 2020", "time", "2020-01-20..2020-01-21 day"}}},
		{"Cards sold out before Valentine's Day.", []m{{"Valentine's Day", "time", "2025-02-14..2025-02-15 day"}}},
		{"Next Easter falls late.", []m{{"Next Easter", "time", "2026-04-05..2026-04-06 day"}}},
		{"We fly for the Halloween weekend 2021.", []m{{"Halloween weekend 2021", "time", "2021-10-30..2021-11-01 day"}}},
		{"Crowds gathered on New Year's Eve.", []m{{"New Year's Eve", "time", "2024-12-31..2025-01-01 day"}}},
		// not holidays
		{"Christmas shopping and Easter eggs were up.", nil},
		{"Ukraine's Independence Day parade was cancelled.", nil},
		{"Chinese New Year celebrations began.", nil},
		{"Christmas Island lies south of Java.", nil},
	}
	for _, tt := range tests {
		var got []m
		for _, x := range mentionsIn(tt.text, published, nil) {
			if x.Kind == "time" {
				got = append(got, x)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}
