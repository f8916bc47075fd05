package claims

import "fmt"

// Modality says how a claim is put. The zero Modality is ModalityAsserted,
// the default of the claim-set format: a claim stated as fact.
type Modality uint8

// The modalities.
const (
	ModalityAsserted Modality = iota // stated as fact
	ModalityHedged                   // may, reportedly, analysts said
	ModalityUnknown                  // not yet known, undecided, unclear, unconfirmed
	ModalityNegated                  // not, never, denied
)

var modalityNames = [...]string{"asserted", "hedged", "unknown", "negated"}

// String returns the modality's name as used in files and reports.
func (m Modality) String() string {
	if int(m) < len(modalityNames) {
		return modalityNames[m]
	}
	return fmt.Sprintf("Modality(%d)", m)
}

// ParseModality returns the modality named s; "" is ModalityAsserted.
func ParseModality(s string) (Modality, error) {
	if s == "" {
		return ModalityAsserted, nil
	}
	for i, n := range modalityNames {
		if n == s {
			return Modality(i), nil
		}
	}
	return ModalityAsserted, fmt.Errorf("claims: unknown modality %q (want asserted, hedged, unknown or negated)", s)
}

// MarshalText implements [encoding.TextMarshaler].
func (m Modality) MarshalText() ([]byte, error) { return []byte(m.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (m *Modality) UnmarshalText(b []byte) error {
	v, err := ParseModality(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}
