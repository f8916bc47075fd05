package claims

import (
	"fmt"
	"time"
)

// Reliability is a source's grade on the Admiralty scale, A (completely
// reliable) to F (reliability cannot be judged). The zero Reliability is
// ReliabilityUnknown, which ranks like F.
type Reliability uint8

// The Admiralty grades.
const (
	ReliabilityUnknown Reliability = iota
	ReliabilityA                   // completely reliable
	ReliabilityB                   // usually reliable
	ReliabilityC                   // fairly reliable
	ReliabilityD                   // not usually reliable
	ReliabilityE                   // unreliable
	ReliabilityF                   // reliability cannot be judged
)

// String returns the grade letter, "" when unknown.
func (r Reliability) String() string {
	if r >= ReliabilityA && r <= ReliabilityF {
		return string(rune('A' + r - ReliabilityA))
	}
	if r == ReliabilityUnknown {
		return ""
	}
	return fmt.Sprintf("Reliability(%d)", r)
}

// Reliable reports whether facts from a source of grade r may decide a
// verdict: grades A to C.
func (r Reliability) Reliable() bool { return r >= ReliabilityA && r <= ReliabilityC }

// ParseReliability returns the grade named by a letter A to F.
func ParseReliability(s string) (Reliability, error) {
	if len(s) == 1 && s[0] >= 'A' && s[0] <= 'F' {
		return ReliabilityA + Reliability(s[0]-'A'), nil
	}
	if len(s) == 1 && s[0] >= 'a' && s[0] <= 'f' {
		return ReliabilityA + Reliability(s[0]-'a'), nil
	}
	return ReliabilityUnknown, fmt.Errorf("claims: unknown reliability %q (want a grade A to F)", s)
}

// MarshalText implements [encoding.TextMarshaler].
func (r Reliability) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (r *Reliability) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = ReliabilityUnknown
		return nil
	}
	v, err := ParseReliability(string(b))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// SourceKinds lists the kinds of source a claim-set file may give.
var SourceKinds = []string{"primary", "government", "wire", "news", "academic", "reference", "social"}

// A Source is where a fact or a claim comes from, as recorded in a claim-set
// file. Package sources builds its store from these records.
type Source struct {
	ID        string `json:"id"`
	Name      string `json:"name,omitempty"`
	URL       string `json:"url,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	// Kind is one of SourceKinds, or empty.
	Kind        string      `json:"kind,omitempty"`
	Published   time.Time   `json:"published,omitzero"`
	Retrieved   time.Time   `json:"retrieved,omitzero"`
	Reliability Reliability `json:"reliability,omitempty"`

	Pos Pos `json:"-"`
}

// Label returns the name of s, or its id.
func (s Source) Label() string {
	if s.Name != "" {
		return s.Name
	}
	return s.ID
}

// A Fact is a piece of reference knowledge: a subject, a property and a
// value, valid over an interval, backed by sources.
type Fact struct {
	Subject  string `json:"subject"`
	Property string `json:"property"`
	Value    Value  `json:"value"`
	// ValidFrom and ValidUntil bound when the fact holds; zero is unbounded.
	// ValidUntil is exclusive.
	ValidFrom  time.Time `json:"valid_from,omitzero"`
	ValidUntil time.Time `json:"valid_until,omitzero"`
	Sources    []string  `json:"sources,omitempty"`
	// Quote is the passage of the source that states the fact.
	Quote string `json:"quote,omitempty"`

	Pos Pos `json:"-"`
}

// ValidAt reports whether the fact holds at t.
func (f Fact) ValidAt(t time.Time) bool {
	if !f.ValidFrom.IsZero() && t.Before(f.ValidFrom) {
		return false
	}
	if !f.ValidUntil.IsZero() && !t.Before(f.ValidUntil) {
		return false
	}
	return true
}
