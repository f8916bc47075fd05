package sources

import (
	"fmt"

	"github.com/veracity-go/veracity/claims"
)

// Source is where a fact or a claim comes from. See [claims.Source].
type Source = claims.Source

// Fact is a piece of reference knowledge. See [claims.Fact].
type Fact = claims.Fact

// Reliability is an Admiralty grade A–F. See [claims.Reliability].
type Reliability = claims.Reliability

// Stance is what a piece of evidence says of a claim. The zero Stance is
// Neutral.
type Stance uint8

// The stances.
const (
	Neutral Stance = iota
	Supports
	Refutes
)

var stanceNames = [...]string{"neutral", "supports", "refutes"}

// String returns the stance's name.
func (s Stance) String() string {
	if int(s) < len(stanceNames) {
		return stanceNames[s]
	}
	return fmt.Sprintf("Stance(%d)", s)
}

// ParseStance returns the stance named s.
func ParseStance(s string) (Stance, error) {
	for i, n := range stanceNames {
		if n == s {
			return Stance(i), nil
		}
	}
	return Neutral, fmt.Errorf("sources: unknown stance %q (want supports, refutes or neutral)", s)
}

// MarshalText implements [encoding.TextMarshaler].
func (s Stance) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Stance) UnmarshalText(b []byte) error {
	v, err := ParseStance(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Evidence is a source, the passage of it that bears on a claim, and what
// that passage says of the claim.
type Evidence struct {
	Source Source
	Quote  string
	Stance Stance
}
