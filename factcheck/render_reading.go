package factcheck

import (
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
)

// claimReading returns how the library read the claim with the given id,
// on one line, for the text and Markdown reports: its subject and
// property, then its value as the checks compare it, with the words as
// written when they differ, then how it is put and who puts it:
//
//	summit · venue: Anchorage · according to two White House officials
//	summit · venue: unknown
//	exhibition · opening: 14 May 2026 (as written: from 14 to 19 May)
//	invasion · time-since: more than 3.5 years (as written: more than three and a half years) · hedged
//
// A statement's reading is its clause, which the report prints already:
// its reading says only how it is put, or is "" when it is asserted and
// unattributed. An unknown id reads "".
func (r *Report) claimReading(id string) string {
	c, ok := r.Claim(id)
	if !ok {
		return ""
	}
	return oneLine(reading(c))
}

// reading returns c's reading (see [Report.claimReading]).
func reading(c claims.Claim) string {
	var parts []string
	statement := c.Property == "statement" || c.Property == ""
	if !statement {
		head := c.Property
		if c.Subject != "" {
			head = c.Subject + " · " + head
		}
		switch {
		case c.Modality == claims.ModalityUnknown:
			head += ": unknown"
		case !c.Value.IsZero():
			v := readingValue(c.Value)
			switch {
			case c.Modality == claims.ModalityNegated && c.Value.Kind.IsAmount() && c.Value.Amount == 0:
				v = "none" // "no phone calls"
			case c.Modality == claims.ModalityNegated:
				v = "not " + v
			}
			head += ": " + v
			if w := strings.TrimSpace(c.Value.Text); w != "" && !strings.EqualFold(w, readingValue(c.Value)) {
				head += " (as written: " + w + ")"
			}
		case c.Modality == claims.ModalityNegated:
			head += ": denied"
		}
		parts = append(parts, head)
	} else if c.Modality == claims.ModalityNegated {
		parts = append(parts, "denied")
	}
	if c.Modality == claims.ModalityHedged {
		parts = append(parts, "hedged")
	}
	if c.Modality == claims.ModalityUnknown && statement {
		parts = append(parts, "left open")
	}
	if a := strings.TrimSpace(c.Attribution); a != "" {
		parts = append(parts, "according to "+a)
	}
	return strings.Join(parts, " · ")
}

// readingValue writes a value as the checks compare it: a day as
// "14 May 2026", a month as "May 2026", other times by their literal
// ("2015", "Q3 2024", "2026-05-14/2026-05-20"); amounts with their
// comparison, thousands separated, and their unit ("> 3.5 year",
// "7,200,000 USD", "8%"); places and other entities by what was written,
// or their key.
func readingValue(v claims.Value) string {
	switch {
	case v.Kind == claims.KindTime && !v.Start.IsZero():
		s := v.Start
		midnight := s.Equal(time.Date(s.Year(), s.Month(), s.Day(), 0, 0, 0, 0, time.UTC))
		switch {
		case v.Granularity == claims.GranularityDay && midnight && (v.End.IsZero() || v.End.Equal(s.AddDate(0, 0, 1))):
			return s.Format("2 January 2006")
		case v.Granularity == claims.GranularityMonth && midnight && s.Day() == 1 && (v.End.IsZero() || v.End.Equal(s.AddDate(0, 1, 0))):
			return s.Format("January 2006")
		}
		return v.Literal()
	case v.Kind.IsAmount():
		return formatStated(v)
	case v.Kind.IsEntity() && v.Text != "":
		return v.Text
	}
	return v.Literal()
}
