package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTimeParts reads the beginning, middle and end of times against
// 2025-08-13, a Wednesday.
func TestTimeParts(t *testing.T) {
	tests := []struct {
		text string
		want []m
	}{
		{"It was founded at the end of 2000.", []m{{"the end of 2000", "time", "2000-09-01..2001-01-01 month"}}},
		{"We have lived here since the beginning of 1989.", []m{{"the beginning of 1989", "time", "1989-01-01..1989-05-01 month"}}},
		{"Building began in mid-2019.", []m{{"mid-2019", "time", "2019-05-01..2019-09-01 month"}}},
		{"Prices rose in late July.", []m{{"late July", "time", "2025-07-16..2025-08-01 day"}}},
		{"It opens in mid-November.", []m{{"mid-November", "time", "2024-11-10..2024-11-21 day"}}},
		{"The disks will be renewed by the end of the week.", []m{{"the end of the week", "time", "2025-08-14..2025-08-18 day"}}},
		{"Rents fell in the early 1990s.", []m{{"the early 1990s", "time", "1990-01-01..1993-01-01 year"}}},
		{"The talks will end of course.", nil},
		// not parts of times
		{"The late president paid late fees before the end of the war.", nil},
		{"Early voting starts at the start of play.", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, mentionsIn(tt.text, published, nil)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}
