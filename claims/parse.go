package claims

import (
	"errors"
	"fmt"
	"strings"
)

// ParseValue parses a value literal, guessing its kind: "$7.2 million",
// "7200000 USD", "8%", "more than 3.5 years", "1867", "March 2023",
// "2023-03-17", "the 18th century". A literal that is none of these is an
// error; use [ParseValueKind] for entity ids and text.
//
// It reads, in turn:
//   - times, as intervals in UTC with End exclusive: "1867" (a bare
//     four-digit number is a year), "March 2023", "2023-03", "17 March
//     2023", "2024-W10", "spring 2024", "Q3 2024", "the 1990s", "the 18th
//     century" (1700–1799), "2023-03-17/2023-03-20";
//   - an optional comparator ("more than", "at least", "about", "nearly",
//     ">=", "~"; see [ScanComparator]) before an amount;
//   - money: "$7.2 million", "US$5m", "£600m", "€1.5bn", "7200000 USD",
//     "USD 5m", "12p" (0.12 GBP), "50 cents", "300 roubles", with Unit the
//     ISO 4217 code ([CurrencyCode]);
//   - percentages: "8%", "8 per cent", "eight percent" (Unit "%") and
//     "3 percentage points" (Unit "pp");
//   - durations: "3.5 years", "three and a half years", "18 months", "a
//     decade", "a year and a half", with Unit a singular time unit
//     ([DurationUnit]); "decade" and "century" are kept as units, not
//     turned into years;
//   - quantities: "12 km", "3 tonnes";
//   - counts: "five phone calls" (Unit "phone call", made singular);
//   - bare numbers: "1,234", "five", "two-thirds" ([ParseNumber]).
//
// Amounts are after scale words and Precision is half a unit of the last
// stated digit: "$7.2 million" is 7200000 ± 50000. Text is s, trimmed.
// A comparator before a year makes it a number: "about 1867".
//
// Literals longer than 1000 bytes, amounts that are not finite, years
// outside 1–9999 and negative durations and counts are errors. It is safe
// for concurrent use and runs in time linear in len(s).
func ParseValue(s string) (Value, error) {
	text, err := checkLiteral(s)
	if err != nil {
		return Value{}, err
	}
	// true and false are what Literal writes for a bool; yes and no stay
	// words that only a bool property reads as bools.
	if text == "true" || text == "false" {
		return Value{Kind: KindBool, Bool: text == "true", Text: text}, nil
	}
	v, err := guess(text)
	if err != nil {
		return Value{}, err
	}
	v.Text = text
	return v, nil
}

// checkLiteral trims s and checks that it is neither empty nor too long.
func checkLiteral(s string) (string, error) {
	if len(s) > maxLiteral {
		return "", fmt.Errorf("claims: value literal is %d bytes long (want at most %d)", len(s), maxLiteral)
	}
	text := strings.TrimSpace(s)
	if text == "" {
		return "", fmt.Errorf("claims: empty value literal (want a number, an amount, a time or an entity id)")
	}
	return text, nil
}

// guess parses a trimmed literal as a time or an amount.
func guess(text string) (Value, error) {
	cmp, n := ScanComparator(text)
	if n == 0 {
		v, ok, err := parseTime(normalizeLiteral(text), false)
		if ok || err != nil {
			return v, err
		}
	}
	return amountLiteral(text, cmp, n)
}

// amountLiteral parses text[n:] as an amount with comparator cmp.
func amountLiteral(text string, cmp Comparator, n int) (Value, error) {
	toks := tokenizeLiteral(text[n:])
	for i := range toks { // offsets into text, for messages
		toks[i].start += n
		toks[i].end += n
	}
	v, err := parseAmount(text, toks)
	if err != nil {
		return Value{}, err
	}
	v.Cmp = cmp
	return v, nil
}

// A syntaxError is the error for a literal that is not written as a value
// of any kind the parser knows, as opposed to one that is but is out of
// range ("1e400", "year 0"). ParseValueKind(KindUnknown) takes such a
// literal as an entity id when it is one.
type syntaxError struct{ msg string }

func (e *syntaxError) Error() string { return e.msg }

// syntaxErrorf returns a *syntaxError formatted as fmt.Sprintf does.
func syntaxErrorf(format string, args ...any) error {
	return &syntaxError{fmt.Sprintf(format, args...)}
}

// errNotValue is the error for a literal the parser cannot read at all.
func errNotValue(s string) error {
	return syntaxErrorf("claims: cannot read %q as a value (want a number, money, a percentage, a duration, a count or a time, such as \"$7.2 million\", \"more than 3.5 years\" or \"March 2023\")", s)
}

// kindWants says what a literal of each kind looks like, for error
// messages.
var kindWants = map[Kind]string{
	KindNumber:   `a number such as "1,234" or "five"`,
	KindMoney:    `money such as "$7.2 million" or "7200000 USD"`,
	KindPercent:  `a percentage such as "8%" or "3 percentage points"`,
	KindQuantity: `a quantity such as "12 km"`,
	KindDuration: `a duration such as "3.5 years" or "more than three and a half years"`,
	KindTime:     `a time such as "1867", "March 2023" or "2023-03-17"`,
	KindCount:    `a count such as "five phone calls" or "5"`,
}

// ParseValueKind parses a value literal as a value of the given kind, as the
// claim-set loader does for a property's kind. For places and entities the
// literal is an entity id; for text it is the text. KindUnknown guesses as
// [ParseValue] does, and takes a bare identifier as an entity id.
//
// By kind:
//   - KindUnknown: as [ParseValue]; a literal that is not written as a
//     value but is an identifier is an entity id ("anchorage", "g7",
//     "2024-election"), while one written as a value out of range is
//     still an error ("1e400", "0000");
//   - KindPlace, KindEntity: an entity id, a lowercase identifier
//     matching [a-z0-9][a-z0-9._-]*; the Value has Entity set;
//   - KindText: any text; KindBool: true, false, yes or no;
//   - KindTime: a time; any digits are a year ("867"; "99999" is an error);
//   - KindDuration, KindMoney, KindPercent, KindQuantity: an amount of
//     that kind (a count of an unknown unit is taken as a quantity:
//     "5 furlongs" is 5 furlong);
//   - KindNumber: a bare number ("1867" is a number here); KindCount: a
//     count or a bare number.
//
// Text is s, trimmed. ParseValueKind(v.Kind, v.Literal()) gives back v's
// kind, amount, unit, comparator, interval and granularity. It is safe for
// concurrent use.
func ParseValueKind(k Kind, s string) (Value, error) {
	text, err := checkLiteral(s)
	if err != nil {
		return Value{}, err
	}
	var v Value
	switch k {
	case KindUnknown:
		v, err = guess(text)
		var se *syntaxError
		if errors.As(err, &se) && isEntityID(text) {
			v, err = Value{Kind: KindEntity, Entity: text}, nil
		}
	case KindPlace, KindEntity:
		if !isEntityID(text) {
			return Value{}, fmt.Errorf("claims: %q is not an entity id (want lowercase letters, digits, '.', '_' or '-', starting with a letter or digit, such as \"anchorage\")", text)
		}
		v = Value{Kind: k, Entity: text}
	case KindText:
		v = Value{Kind: KindText}
	case KindBool:
		switch strings.ToLower(text) {
		case "true", "yes":
			v = Value{Kind: KindBool, Bool: true}
		case "false", "no":
			v = Value{Kind: KindBool}
		default:
			return Value{}, fmt.Errorf("claims: %q is not a bool (want true, false, yes or no)", text)
		}
	case KindTime:
		var ok bool
		v, ok, err = parseTime(normalizeLiteral(text), true)
		if err == nil && !ok {
			err = errWantKind(k, text)
		}
	case KindNumber, KindCount, KindMoney, KindPercent, KindQuantity, KindDuration:
		v, err = amountKind(k, text)
	default:
		return Value{}, fmt.Errorf("claims: cannot parse a value of kind %v (want a kind from number to bool)", k)
	}
	if err != nil {
		return Value{}, err
	}
	v.Text = text
	return v, nil
}

// amountKind parses text as an amount of kind k.
func amountKind(k Kind, text string) (Value, error) {
	cmp, n := ScanComparator(text)
	v, err := amountLiteral(text, cmp, n)
	if err != nil {
		return Value{}, err
	}
	switch {
	case v.Kind == k:
	case k == KindCount && v.Kind == KindNumber:
		if v.Amount < 0 {
			return Value{}, fmt.Errorf("claims: %q: negative count (want zero or more)", text)
		}
		v.Kind = KindCount
	case k == KindQuantity && v.Kind == KindCount:
		v.Kind = KindQuantity
	default:
		return Value{}, errWantKind(k, text)
	}
	return v, nil
}

// errWantKind is the error for a literal that is not of the kind wanted.
func errWantKind(k Kind, text string) error {
	return fmt.Errorf("claims: %q is not a value of kind %v (want %s)", text, k, kindWants[k])
}

// isEntityID reports whether s is an entity id: [a-z0-9][a-z0-9._-]*.
func isEntityID(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case i > 0 && (c == '.' || c == '_' || c == '-'):
		default:
			return false
		}
	}
	return true
}

// MustParseValue is like [ParseValue] but panics on error. It is for tests
// and package-level tables.
func MustParseValue(s string) Value {
	v, err := ParseValue(s)
	if err != nil {
		panic(err)
	}
	return v
}
