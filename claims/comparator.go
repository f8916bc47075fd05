package claims

import "fmt"

// Comparator says how a stated figure relates to the true one. The zero
// Comparator is CmpEqual: the figure is given as it is, within its own
// precision.
type Comparator uint8

// The comparators. CmpAbout widens a figure's precision ("about", "around",
// "nearly", "some"); the others are exact bounds ("more than 3.5 years" is
// false at 3.47 years).
const (
	CmpEqual   Comparator = iota // =  the figure as stated
	CmpAbout                     // ~  about, around, roughly, nearly, almost
	CmpGreater                   // >  more than, over, above
	CmpAtLeast                   // >= at least, no fewer than
	CmpLess                      // <  less than, fewer than, under
	CmpAtMost                    // <= at most, up to, no more than
)

var cmpSymbols = [...]string{"=", "~", ">", ">=", "<", "<="}

// String returns the comparator's symbol: "=", "~", ">", ">=", "<" or "<=".
func (c Comparator) String() string {
	if int(c) < len(cmpSymbols) {
		return cmpSymbols[c]
	}
	return fmt.Sprintf("Comparator(%d)", c)
}

// Phrase returns the comparator in words, for explanations: "more than",
// "at least"…; "" for CmpEqual.
func (c Comparator) Phrase() string {
	switch c {
	case CmpAbout:
		return "about"
	case CmpGreater:
		return "more than"
	case CmpAtLeast:
		return "at least"
	case CmpLess:
		return "less than"
	case CmpAtMost:
		return "at most"
	}
	return ""
}

// ParseComparator returns the comparator with symbol s.
func ParseComparator(s string) (Comparator, error) {
	if s == "" {
		return CmpEqual, nil
	}
	for i, sym := range cmpSymbols {
		if sym == s {
			return Comparator(i), nil
		}
	}
	return CmpEqual, fmt.Errorf("claims: unknown comparator %q (want =, ~, >, >=, < or <=)", s)
}

// MarshalText implements [encoding.TextMarshaler].
func (c Comparator) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (c *Comparator) UnmarshalText(b []byte) error {
	v, err := ParseComparator(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}
