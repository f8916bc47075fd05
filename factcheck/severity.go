package factcheck

import "fmt"

// Severity is how sure a finding is. The zero Severity is SeverityUnknown,
// which ranks below Info.
type Severity uint8

// The severities, least first.
const (
	SeverityUnknown Severity = iota
	Info                     // worth a look
	Warning                  // likely a problem
	Error                    // certainly a problem
)

var severityNames = [...]string{"", "info", "warning", "error"}

// String returns the severity's name.
func (s Severity) String() string {
	if int(s) < len(severityNames) {
		return severityNames[s]
	}
	return fmt.Sprintf("Severity(%d)", s)
}

// ParseSeverity returns the severity named s: info, warning or error.
func ParseSeverity(s string) (Severity, error) {
	for i, n := range severityNames {
		if n == s && s != "" {
			return Severity(i), nil
		}
	}
	return SeverityUnknown, fmt.Errorf("factcheck: unknown severity %q (want info, warning or error)", s)
}

// MarshalText implements [encoding.TextMarshaler].
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Severity) UnmarshalText(b []byte) error {
	v, err := ParseSeverity(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}
