package claimreview

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the forms of date publishers write in ClaimReview
// markup and feeds, most precise first: ISO 8601 with and without a zone,
// with a space for the T ("2020-06-24 00:03", every AFP edition), RFC 1123
// as feeds and HTTP write it, and dates alone.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05.999999999Z0700",
	"2006-01-02T15:04:05Z07",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04Z0700",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05Z0700",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05.999999999",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04Z07:00",
	"2006-01-02 15:04 -0700",
	"2006-01-02 15:04",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700",
	"Mon, 02 Jan 2006",
	"2 Jan 2006",
	"2 January 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	time.DateOnly,
	"2006/01/02",
	"20060102",
	"2006-01",
	"2006",
}

// parseDate reads a date or date-time in one of dateLayouts; ok is false
// when s is in none of them.
func parseDate(s string) (t time.Time, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// date reads the date of field from v; a value that is not a date is left
// out with a warning on r.
func (st *readState) date(r *Review, field string, v any) time.Time {
	s := text(v)
	if s == "" {
		return time.Time{}
	}
	t, ok := parseDate(s)
	if !ok {
		r.Warnings = append(r.Warnings, fmt.Sprintf("%s %q is not a date veracity reads; left out", field, clip(oneLine(s), 40)))
	}
	return t
}
