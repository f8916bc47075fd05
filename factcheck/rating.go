package factcheck

import "fmt"

// Rating is a verdict's rating of a claim. The zero Rating is Unverified:
// no evidence decides the claim. A Rating is never true by default.
type Rating uint8

// The ratings, from no evidence through true to false.
const (
	Unverified  Rating = iota // no evidence either way
	True                      // the evidence supports the claim as stated
	MostlyTrue                // right within the tolerance, not within the claim's own precision
	HalfTrue                  // partly right
	MostlyFalse               // mostly wrong
	False                     // the evidence refutes the claim
	Conflicting               // reliable sources disagree
)

var ratingNames = [...]string{"unverified", "true", "mostly-true", "half-true", "mostly-false", "false", "conflicting"}

// Ratings lists every rating, Unverified first.
var Ratings = []Rating{Unverified, True, MostlyTrue, HalfTrue, MostlyFalse, False, Conflicting}

// String returns the rating's name: "true", "mostly-false", "unverified"…
func (r Rating) String() string {
	if int(r) < len(ratingNames) {
		return ratingNames[r]
	}
	return fmt.Sprintf("Rating(%d)", r)
}

// ParseRating returns the rating named s.
func ParseRating(s string) (Rating, error) {
	for i, n := range ratingNames {
		if n == s {
			return Rating(i), nil
		}
	}
	return Unverified, fmt.Errorf("factcheck: unknown rating %q (want true, mostly-true, half-true, mostly-false, false, conflicting or unverified)", s)
}

// MustParseRating is like ParseRating but panics on an unknown name. It is
// for tests and package-level tables.
func MustParseRating(s string) Rating {
	r, err := ParseRating(s)
	if err != nil {
		panic(err)
	}
	return r
}

// MarshalText implements [encoding.TextMarshaler].
func (r Rating) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *Rating) UnmarshalText(b []byte) error {
	v, err := ParseRating(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}
