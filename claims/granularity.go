package claims

import "fmt"

// Granularity is the unit a time is stated in: "1867" is a year, "March
// 2023" a month, "2023-03-17" a day. The zero Granularity is
// GranularityUnknown.
type Granularity uint8

// The granularities, finest first.
const (
	GranularityUnknown Granularity = iota
	GranularityDay
	GranularityWeek
	GranularityMonth
	GranularitySeason
	GranularityQuarter
	GranularityYear
	GranularityDecade
	GranularityCentury
)

var granularityNames = [...]string{"", "day", "week", "month", "season", "quarter", "year", "decade", "century"}

// String returns the granularity's name ("day", "month"…), "" when unknown.
func (g Granularity) String() string {
	if int(g) < len(granularityNames) {
		return granularityNames[g]
	}
	return fmt.Sprintf("Granularity(%d)", g)
}

// ParseGranularity returns the granularity named s.
func ParseGranularity(s string) (Granularity, error) {
	for i, n := range granularityNames {
		if n == s {
			return Granularity(i), nil
		}
	}
	return GranularityUnknown, fmt.Errorf("claims: unknown granularity %q", s)
}

// MarshalText implements [encoding.TextMarshaler].
func (g Granularity) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (g *Granularity) UnmarshalText(b []byte) error {
	v, err := ParseGranularity(string(b))
	if err != nil {
		return err
	}
	*g = v
	return nil
}
