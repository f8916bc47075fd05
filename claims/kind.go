package claims

import "fmt"

// Kind is the kind of a [Value] or of the values a [Property] takes.
// The zero Kind is KindUnknown: the kind has not been determined.
type Kind uint8

// The kinds of value.
const (
	KindUnknown  Kind = iota
	KindNumber        // a bare number: 1,234; three and a half
	KindMoney         // an amount of a currency: $7.2 million
	KindPercent       // a percentage or percentage points: 8%
	KindQuantity      // an amount of a unit: 12 km, 3 tonnes
	KindDuration      // a length of time: 3.5 years
	KindTime          // an interval of calendar time: 1867, March 2023
	KindPlace         // an entity that is a place
	KindEntity        // any other entity
	KindCount         // a count of things: five phone calls
	KindText          // free text
	KindBool          // yes or no
)

var kindNames = [...]string{
	KindUnknown:  "",
	KindNumber:   "number",
	KindMoney:    "money",
	KindPercent:  "percent",
	KindQuantity: "quantity",
	KindDuration: "duration",
	KindTime:     "time",
	KindPlace:    "place",
	KindEntity:   "entity",
	KindCount:    "count",
	KindText:     "text",
	KindBool:     "bool",
}

// String returns the name of k as used in claim-set files and reports
// ("money", "time"…), or "" for KindUnknown.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// ParseKind returns the Kind named s.
func ParseKind(s string) (Kind, error) {
	for k, name := range kindNames {
		if name == s && s != "" {
			return Kind(k), nil
		}
	}
	if s == "date" { // a common synonym in hand-written files
		return KindTime, nil
	}
	return KindUnknown, fmt.Errorf("claims: unknown kind %q (want number, money, percent, quantity, duration, time, place, entity, count, text or bool)", s)
}

// IsEntity reports whether values of kind k name an entity.
func (k Kind) IsEntity() bool { return k == KindPlace || k == KindEntity }

// IsAmount reports whether values of kind k carry an amount.
func (k Kind) IsAmount() bool {
	switch k {
	case KindNumber, KindMoney, KindPercent, KindQuantity, KindDuration, KindCount:
		return true
	}
	return false
}

// MarshalText implements [encoding.TextMarshaler].
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *Kind) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*k = KindUnknown
		return nil
	}
	v, err := ParseKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}
