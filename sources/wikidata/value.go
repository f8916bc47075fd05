package wikidata

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
)

// The calendar models of Wikidata's time values.
const (
	CalendarGregorian = "http://www.wikidata.org/entity/Q1985727"
	CalendarJulian    = "http://www.wikidata.org/entity/Q1985786"
)

// The precisions of Wikidata's time values that veracity keeps.
const (
	PrecisionCentury = 7
	PrecisionDecade  = 8
	PrecisionYear    = 9
	PrecisionMonth   = 10
	PrecisionDay     = 11
)

// A Time is a time value as Wikidata writes it: "+1770-12-16T00:00:00Z",
// a precision and a calendar model. Time and Quantity are plain values,
// safe to copy and share.
type Time struct {
	Time          string `json:"time"`
	Precision     int    `json:"precision"`
	CalendarModel string `json:"calendarmodel"`
}

// Time decodes a time value.
func (v DataValue) Time() (Time, error) {
	var t Time
	if v.Type != "time" {
		return t, fmt.Errorf("wikidata: %s value is not a time", v.Type)
	}
	if err := json.Unmarshal(v.Raw, &t); err != nil {
		return t, fmt.Errorf("wikidata: time: %w", err)
	}
	return t, nil
}

// Value converts t to a veracity time: the interval its precision covers,
// in the proleptic Gregorian calendar (a Julian date of day precision is
// converted; coarser ones cover the same year or month in both). It fails
// for precisions finer than a day or coarser than a century, and for
// years before 1 or after 9998, which veracity's times do not hold.
func (t Time) Value() (claims.Value, error) {
	y, m, d, err := splitTime(t.Time)
	if err != nil {
		return claims.Value{}, err
	}
	var v claims.Value
	v.Kind = claims.KindTime
	if y < 1 || y > 9998 {
		// veracity's times (and its JSON report) hold years 1 to 9999
		return v, fmt.Errorf("wikidata: time %s is outside the years 1 to 9998", t.Time)
	}
	switch t.Precision {
	case PrecisionDay:
		if m < 1 || d < 1 {
			return v, fmt.Errorf("wikidata: time %s has day precision but no day", t.Time)
		}
		if t.CalendarModel == CalendarJulian {
			y, m, d = julianToGregorian(y, m, d)
		}
		v.Start = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		v.End = v.Start.AddDate(0, 0, 1)
		v.Granularity = claims.GranularityDay
		v.Text = v.Start.Format(time.DateOnly)
	case PrecisionMonth:
		if m < 1 {
			return v, fmt.Errorf("wikidata: time %s has month precision but no month", t.Time)
		}
		v.Start = time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		v.End = v.Start.AddDate(0, 1, 0)
		v.Granularity = claims.GranularityMonth
		v.Text = v.Start.Format("2006-01")
	case PrecisionYear:
		v.Start = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		v.End = v.Start.AddDate(1, 0, 0)
		v.Granularity = claims.GranularityYear
		v.Text = strconv.Itoa(y)
	case PrecisionDecade:
		y -= mod(y, 10)
		v.Start = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		v.End = v.Start.AddDate(10, 0, 0)
		v.Granularity = claims.GranularityDecade
		v.Text = strconv.Itoa(y) + "s"
	case PrecisionCentury:
		// Wikidata writes the 19th century as 1801–1900 or as 1900:
		// take the century that holds the year, counted from year 1.
		c := (y - 1) / 100
		if y <= 0 {
			c = -((-y)/100 + 1)
		}
		v.Start = time.Date(c*100+1, 1, 1, 0, 0, 0, 0, time.UTC)
		v.End = v.Start.AddDate(100, 0, 0)
		v.Granularity = claims.GranularityCentury
		v.Text = v.Start.Format("2006") + "–" + v.End.AddDate(-1, 0, 0).Format("2006")
	default:
		return v, fmt.Errorf("wikidata: time %s: precision %d is not kept (7 century … 11 day)", t.Time, t.Precision)
	}
	return v, nil
}

func mod(a, b int) int { return ((a % b) + b) % b }

// splitTime reads "+1770-12-16T00:00:00Z" (or a negative year); month and
// day may be 00.
func splitTime(s string) (y, m, d int, err error) {
	bad := func() (int, int, int, error) {
		return 0, 0, 0, fmt.Errorf("wikidata: bad time %q", s)
	}
	if len(s) < 2 || (s[0] != '+' && s[0] != '-') {
		return bad()
	}
	date, _, ok := strings.Cut(s[1:], "T")
	if !ok {
		return bad()
	}
	parts := strings.Split(date, "-")
	if len(parts) != 3 || len(parts[0]) == 0 || len(parts[0]) > 11 || len(parts[1]) != 2 || len(parts[2]) != 2 {
		return bad()
	}
	var n [3]int
	for i, p := range parts {
		for _, c := range p {
			if c < '0' || c > '9' {
				return bad()
			}
		}
		n[i], _ = strconv.Atoi(p)
	}
	y, m, d = n[0], n[1], n[2]
	if s[0] == '-' {
		y = -y
	}
	if m > 12 || d > 31 || y > 1e9 || y < -1e9 {
		return bad()
	}
	return y, m, d, nil
}

// julianToGregorian converts a date of the Julian calendar to the
// proleptic Gregorian calendar, through the Julian day number (Richards'
// algorithm, as in the Explanatory Supplement to the Astronomical Almanac).
func julianToGregorian(y, m, d int) (int, int, int) {
	// Julian calendar → JDN
	a := (14 - m) / 12
	yy := y + 4800 - a
	mm := m + 12*a - 3
	jdn := d + (153*mm+2)/5 + 365*yy + floorDiv(yy, 4) - 32083
	// JDN → Gregorian
	aa := jdn + 32044
	b := floorDiv(4*aa+3, 146097)
	c := aa - floorDiv(146097*b, 4)
	dd := floorDiv(4*c+3, 1461)
	e := c - floorDiv(1461*dd, 4)
	mo := floorDiv(5*e+2, 153)
	day := e - floorDiv(153*mo+2, 5) + 1
	month := mo + 3 - 12*floorDiv(mo, 10)
	year := 100*b + dd - 4800 + floorDiv(mo, 10)
	return year, month, day
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// A Quantity is a quantity value: an amount with optional bounds and a
// unit ("1" for none, else the unit item's URI).
type Quantity struct {
	Amount     string `json:"amount"`
	UpperBound string `json:"upperBound"`
	LowerBound string `json:"lowerBound"`
	Unit       string `json:"unit"`
}

// Quantity decodes a quantity value.
func (v DataValue) Quantity() (Quantity, error) {
	var q Quantity
	if v.Type != "quantity" {
		return q, fmt.Errorf("wikidata: %s value is not a quantity", v.Type)
	}
	if err := json.Unmarshal(v.Raw, &q); err != nil {
		return q, fmt.Errorf("wikidata: quantity: %w", err)
	}
	return q, nil
}

// UnitID returns the id of the unit item ("Q4917"), or "" for none.
func (q Quantity) UnitID() string {
	if i := strings.LastIndexByte(q.Unit, '/'); i >= 0 {
		return q.Unit[i+1:]
	}
	return ""
}

// Value converts q to a veracity amount of kind k (the kind of the
// property it gives): a currency unit becomes money with its ISO 4217
// code, a known unit a quantity (or a duration) in veracity's unit, no
// unit a count or number. The bounds give the precision: the larger
// distance from the amount to a bound. It fails on a bad number or a unit
// veracity does not know.
func (q Quantity) Value(k claims.Kind) (claims.Value, error) {
	a, err := parseAmount(q.Amount)
	if err != nil {
		return claims.Value{}, err
	}
	v := claims.Value{Kind: k, Amount: a}
	for _, b := range []string{q.UpperBound, q.LowerBound} {
		if b == "" {
			continue
		}
		x, err := parseAmount(b)
		if err != nil {
			return claims.Value{}, err
		}
		v.Precision = max(v.Precision, math.Abs(x-a))
	}
	if id := q.UnitID(); id != "" {
		u, ok := unitOf(id)
		if !ok {
			return claims.Value{}, fmt.Errorf("wikidata: unit %s is not known", id)
		}
		v.Kind, v.Unit = u.kind, u.unit
	} else if k != claims.KindCount && k != claims.KindNumber {
		v.Kind = claims.KindNumber
	}
	v.Text = strings.TrimPrefix(q.Amount, "+")
	if v.Unit != "" {
		v.Text += " " + v.Unit
	}
	return v, nil
}

func parseAmount(s string) (float64, error) {
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(x, 0) || math.IsNaN(x) {
		return 0, fmt.Errorf("wikidata: bad amount %q", s)
	}
	return x, nil
}

// EntityID decodes an item (or property) value: "Q64".
func (v DataValue) EntityID() (string, error) {
	if v.Type != "wikibase-entityid" {
		return "", fmt.Errorf("wikidata: %s value is not an entity id", v.Type)
	}
	var x struct {
		ID       string `json:"id"`
		Type     string `json:"entity-type"`
		NumberID int64  `json:"numeric-id"`
	}
	if err := json.Unmarshal(v.Raw, &x); err != nil {
		return "", fmt.Errorf("wikidata: entity id: %w", err)
	}
	if x.ID == "" && x.NumberID > 0 {
		p := "Q"
		if x.Type == "property" {
			p = "P"
		}
		x.ID = p + strconv.FormatInt(x.NumberID, 10)
	}
	if x.ID == "" {
		return "", fmt.Errorf("wikidata: entity id value has no id")
	}
	return x.ID, nil
}

// String decodes a string value (string, external id, URL).
func (v DataValue) String() (string, error) {
	if v.Type != "string" {
		return "", fmt.Errorf("wikidata: %s value is not a string", v.Type)
	}
	var s string
	if err := json.Unmarshal(v.Raw, &s); err != nil {
		return "", fmt.Errorf("wikidata: string: %w", err)
	}
	return s, nil
}

// Monolingual decodes a monolingual text value: its text and language.
func (v DataValue) Monolingual() (text, lang string, err error) {
	if v.Type != "monolingualtext" {
		return "", "", fmt.Errorf("wikidata: %s value is not a monolingual text", v.Type)
	}
	var x struct {
		Text     string `json:"text"`
		Language string `json:"language"`
	}
	if err := json.Unmarshal(v.Raw, &x); err != nil {
		return "", "", fmt.Errorf("wikidata: monolingual text: %w", err)
	}
	return x.Text, x.Language, nil
}
