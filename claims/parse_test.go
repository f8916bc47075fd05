package claims_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/veracity-go/veracity/claims"
)

func TestParseValueKind(t *testing.T) {
	tests := []struct {
		kind claims.Kind
		in   string
		want claims.Value
	}{
		{claims.KindPlace, "anchorage", claims.Value{Kind: claims.KindPlace, Entity: "anchorage", Text: "anchorage"}},
		{claims.KindEntity, " jber ", claims.Value{Kind: claims.KindEntity, Entity: "jber", Text: "jber"}},
		{claims.KindEntity, "u.s._gov-2", claims.Value{Kind: claims.KindEntity, Entity: "u.s._gov-2", Text: "u.s._gov-2"}},
		{claims.KindText, "a listening session", claims.Value{Kind: claims.KindText, Text: "a listening session"}},
		{claims.KindBool, "true", claims.Value{Kind: claims.KindBool, Bool: true, Text: "true"}},
		{claims.KindBool, "Yes", claims.Value{Kind: claims.KindBool, Bool: true, Text: "Yes"}},
		{claims.KindBool, "no", claims.Value{Kind: claims.KindBool, Text: "no"}},
		{claims.KindBool, "false", claims.Value{Kind: claims.KindBool, Text: "false"}},
		{claims.KindNumber, "1867", claims.Value{Kind: claims.KindNumber, Amount: 1867, Precision: 0.5, Text: "1867"}},
		{claims.KindCount, "5", claims.Value{Kind: claims.KindCount, Amount: 5, Precision: 0.5, Text: "5"}},
		{claims.KindCount, "five phone calls", claims.Value{Kind: claims.KindCount, Amount: 5, Precision: 0.5, Unit: "phone call", Text: "five phone calls"}},
		{claims.KindQuantity, "5 furlongs", claims.Value{Kind: claims.KindQuantity, Amount: 5, Precision: 0.5, Unit: "furlong", Text: "5 furlongs"}},
		{claims.KindMoney, "7200000 USD", claims.Value{Kind: claims.KindMoney, Amount: 7.2e6, Precision: 0.5, Unit: "USD", Text: "7200000 USD"}},
		{claims.KindDuration, "more than 3.5 years", claims.Value{Kind: claims.KindDuration, Amount: 3.5, Precision: 0.05, Unit: "year", Cmp: claims.CmpGreater, Text: "more than 3.5 years"}},
		{claims.KindPercent, "8%", claims.Value{Kind: claims.KindPercent, Amount: 8, Precision: 0.5, Unit: "%", Text: "8%"}},
		{claims.KindTime, "2023", claims.Value{Kind: claims.KindTime, Start: date(2023, 1, 1), End: date(2024, 1, 1), Granularity: claims.GranularityYear, Text: "2023"}},
		{claims.KindTime, "867", claims.Value{Kind: claims.KindTime, Start: date(867, 1, 1), End: date(868, 1, 1), Granularity: claims.GranularityYear, Text: "867"}},
		{claims.KindUnknown, "anchorage", claims.Value{Kind: claims.KindEntity, Entity: "anchorage", Text: "anchorage"}},
		{claims.KindUnknown, "1867", claims.Value{Kind: claims.KindTime, Start: date(1867, 1, 1), End: date(1868, 1, 1), Granularity: claims.GranularityYear, Text: "1867"}},
		{claims.KindUnknown, "$7.2 million", claims.Value{Kind: claims.KindMoney, Amount: 7.2e6, Precision: 50000, Unit: "USD", Text: "$7.2 million"}},
	}
	for _, tt := range tests {
		got, err := claims.ParseValueKind(tt.kind, tt.in)
		if err != nil {
			t.Errorf("ParseValueKind(%v, %q): %v", tt.kind, tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseValueKind(%v, %q) mismatch (-want +got):\n%s", tt.kind, tt.in, diff)
		}
	}
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestParseValueErrors(t *testing.T) {
	tests := []struct {
		kind claims.Kind
		in   string
		want string // a part of the message
	}{
		{claims.KindUnknown, "", "empty value literal"},
		{claims.KindUnknown, "   ", "empty value literal"},
		{claims.KindUnknown, strings.Repeat("1", 1001), "value literal is 1001 bytes long (want at most 1000)"},
		{claims.KindUnknown, "1e400", `"1e400" is out of range (want a finite number)`},
		{claims.KindUnknown, "1e400 USD", "out of range"},
		{claims.KindUnknown, "$1e400", "out of range"},
		{claims.KindUnknown, "Anchorage City", "cannot read"},
		{claims.KindUnknown, "-3 years", "negative duration (want zero or more)"},
		{claims.KindUnknown, "-5 phone calls", "negative count (want zero or more)"},
		{claims.KindUnknown, "3 years ago", `unexpected "ago" after the unit "years"`},
		{claims.KindUnknown, "more than 3 years ago", `unexpected "ago" after the unit "years"`},
		{claims.KindUnknown, "about $5 million more", `unexpected "more" after the amount`},
		{claims.KindUnknown, "5 March", `not "march"`},
		{claims.KindUnknown, "one bn", `not "bn"`},
		{claims.KindUnknown, "5 calls USD", `not "usd"`},
		{claims.KindUnknown, "2023 million million", `not "million"`},
		{claims.KindUnknown, "5 thes", `not "the"`},
		{claims.KindUnknown, "- 5", "cannot read"},
		{claims.KindUnknown, "90s", `unknown unit "s"`},
		{claims.KindUnknown, "$5 phone calls", "unexpected \"phone calls\" after the amount"},
		{claims.KindUnknown, "$5 EUR", "unexpected \"EUR\" after the amount"},
		{claims.KindUnknown, "8% more", `unexpected "more" after "%"`},
		{claims.KindUnknown, "a", `want a unit or a noun after "a"`},
		{claims.KindUnknown, "$a", `want a unit or a noun after "a"`},
		{claims.KindUnknown, "--5", "cannot read"},
		{claims.KindUnknown, "more than", "cannot read"},
		{claims.KindUnknown, "some land", "cannot read"},
		{claims.KindPlace, "Anchorage", `"Anchorage" is not an entity id (want lowercase letters`},
		{claims.KindEntity, "-jber", "is not an entity id"},
		{claims.KindEntity, "jber base", "is not an entity id"},
		{claims.KindBool, "maybe", `"maybe" is not a bool (want true, false, yes or no)`},
		{claims.KindDuration, "5", `"5" is not a value of kind duration (want a duration such as "3.5 years"`},
		{claims.KindDuration, "-2 years", "negative duration"},
		{claims.KindMoney, "5", `want money such as "$7.2 million"`},
		{claims.KindMoney, "five phone calls", "want money"},
		{claims.KindPercent, "8", "want a percentage"},
		{claims.KindNumber, "five phone calls", "want a number"},
		{claims.KindNumber, "anchorage", "cannot read"},
		{claims.KindCount, "8%", "want a count"},
		{claims.KindCount, "-5", "negative count (want zero or more)"},
		{claims.KindQuantity, "5", "want a quantity"},
		{claims.KindTime, "anchorage", "want a time"},
		{claims.Kind(200), "5", "cannot parse a value of kind Kind(200)"},
	}
	for _, tt := range tests {
		// KindUnknown stands for ParseValue here.
		name := fmt.Sprintf("ParseValueKind(%v, %q)", tt.kind, tt.in)
		v, err := claims.ParseValueKind(tt.kind, tt.in)
		if tt.kind == claims.KindUnknown {
			name = fmt.Sprintf("ParseValue(%q)", tt.in)
			v, err = claims.ParseValue(tt.in)
		}
		if err == nil {
			t.Errorf("%s = %+v, want an error containing %q", name, v, tt.want)
			continue
		}
		if !strings.HasPrefix(err.Error(), "claims: ") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s error = %q, want it to start \"claims: \" and contain %q", name, err, tt.want)
		}
	}
}

// TestParseValueKindUnknown checks when a literal that is not a value is
// taken as an entity id: when it is not written as a value at all, never
// when it is one out of range.
func TestParseValueKindUnknown(t *testing.T) {
	tests := []struct {
		in      string
		want    claims.Kind
		wantErr string
	}{
		{"anchorage", claims.KindEntity, ""},
		{"alaska-purchase", claims.KindEntity, ""},
		{"g7", claims.KindEntity, ""},
		{"2024-election", claims.KindEntity, ""},
		{"a", claims.KindEntity, ""},
		{"90s", claims.KindEntity, ""},
		{"five", claims.KindNumber, ""},
		{"1867", claims.KindTime, ""},
		{"1e400", 0, "out of range"},
		{"0000", 0, "out of range"},
		{"-3 years", 0, "negative duration"},
		{"Anchorage City", 0, "cannot read"},
	}
	for _, tt := range tests {
		v, err := claims.ParseValueKind(claims.KindUnknown, tt.in)
		switch {
		case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
			t.Errorf("ParseValueKind(KindUnknown, %q) = %v, %v; want an error containing %q", tt.in, v.Kind, err, tt.wantErr)
		case tt.wantErr == "" && err != nil:
			t.Errorf("ParseValueKind(KindUnknown, %q): %v", tt.in, err)
		case tt.wantErr == "" && v.Kind != tt.want:
			t.Errorf("ParseValueKind(KindUnknown, %q).Kind = %v, want %v", tt.in, v.Kind, tt.want)
		case v.Kind == claims.KindEntity && v.Entity != tt.in:
			t.Errorf("ParseValueKind(KindUnknown, %q).Entity = %q, want the literal", tt.in, v.Entity)
		}
	}
}

func TestMustParseValue(t *testing.T) {
	if got := claims.MustParseValue("1867").Granularity; got != claims.GranularityYear {
		t.Errorf("MustParseValue(%q).Granularity = %v, want year", "1867", got)
	}
	defer func() {
		r := recover()
		if err, ok := r.(error); !ok || !strings.HasPrefix(err.Error(), "claims: ") {
			t.Errorf("MustParseValue(%q) panicked with %v, want a claims error", "zillions", r)
		}
	}()
	claims.MustParseValue("zillions")
}

// canonical is what must survive a round trip through Value.Literal.
func canonical(v claims.Value) claims.Value {
	v.Text = ""
	v.Precision = 0
	return v
}

// roundTripValues returns values to write and read back: some parsed, some
// made at random.
func roundTripValues(t *testing.T) []claims.Value {
	t.Helper()
	var vs []claims.Value
	for _, s := range []string{
		"$7.2 million", "7200000 USD", "12p", "£600m", "8%", "3 percentage points",
		"more than 3.5 years", "nearly three and a half years", "a decade", "five phone calls",
		"12 km", "1,234", "two-thirds", "-5", "1867", "0867", "March 2023", "2023-03-17",
		"2024-W10", "spring 2024", "winter 1999", "Q3 2024", "the 1990s", "the 18th century",
		"1st century", "2023-03-17/2023-03-20", "at least 5", "up to 48 hours",
	} {
		vs = append(vs, claims.MustParseValue(s))
	}
	r := rand.New(rand.NewPCG(1, 2))
	units := map[claims.Kind][]string{
		claims.KindNumber:   {""},
		claims.KindMoney:    {"USD", "GBP", "EUR", "JPY", "RUB", "CHF"},
		claims.KindPercent:  {"%", "pp"},
		claims.KindDuration: {"year", "month", "week", "day", "hour", "minute", "second", "decade", "century", "quarter"},
		claims.KindQuantity: {"km", "m", "mile", "kg", "tonne", "litre", "ha"},
		claims.KindCount:    {"phone call", "person", "bus", "country", "vote"},
	}
	for range 2000 {
		k := []claims.Kind{claims.KindNumber, claims.KindMoney, claims.KindPercent, claims.KindDuration, claims.KindQuantity, claims.KindCount}[r.IntN(6)]
		a := math.Round(r.NormFloat64()*math.Pow10(r.IntN(10))*1000) / math.Pow10(r.IntN(6))
		if r.IntN(4) == 0 {
			a = float64(r.IntN(10000))
		}
		if k == claims.KindDuration || k == claims.KindCount {
			a = math.Abs(a)
		}
		u := units[k][r.IntN(len(units[k]))]
		vs = append(vs, claims.Value{Kind: k, Amount: a, Unit: u, Cmp: claims.Comparator(r.IntN(6))})
	}
	for range 2000 {
		y := 1 + r.IntN(9999)
		start := date(y, 1, 1)
		var end time.Time
		var g claims.Granularity
		switch r.IntN(9) {
		case 0:
			g, start = claims.GranularityDay, start.AddDate(0, 0, r.IntN(365))
			end = start.AddDate(0, 0, 1)
		case 1:
			g = claims.GranularityWeek
			yy, ww := start.AddDate(0, 0, 7*r.IntN(52)).ISOWeek()
			lit := fmt.Sprintf("%04d-W%02d", yy, ww)
			if yy < 1 || yy > 9999 {
				continue
			}
			v := claims.MustParseValue(lit)
			start, end = v.Start, v.End
		case 2:
			g, start = claims.GranularityMonth, start.AddDate(0, r.IntN(12), 0)
			end = start.AddDate(0, 1, 0)
		case 3:
			g, start = claims.GranularitySeason, start.AddDate(0, 2+3*r.IntN(4), 0)
			end = start.AddDate(0, 3, 0)
		case 4:
			g, start = claims.GranularityQuarter, start.AddDate(0, 3*r.IntN(4), 0)
			end = start.AddDate(0, 3, 0)
		case 5:
			g, end = claims.GranularityYear, start.AddDate(1, 0, 0)
		case 6:
			y = y / 10 * 10
			if y == 0 {
				continue
			}
			g, start, end = claims.GranularityDecade, date(y, 1, 1), date(y+10, 1, 1)
		case 7:
			c := y/100 + 1
			g, start, end = claims.GranularityCentury, date(max(1, (c-1)*100), 1, 1), date(c*100, 1, 1)
		case 8:
			g, start = claims.GranularityDay, start.AddDate(0, 0, r.IntN(365))
			end = start.AddDate(0, 0, 2+r.IntN(1000))
			if end.Year() > 9999 {
				continue
			}
		}
		vs = append(vs, claims.Value{Kind: claims.KindTime, Start: start, End: end, Granularity: g})
	}
	vs = append(vs,
		claims.Value{Kind: claims.KindPlace, Entity: "anchorage"},
		claims.Value{Kind: claims.KindEntity, Entity: "alaska-purchase"},
		claims.Value{Kind: claims.KindBool, Bool: true},
		claims.Value{Kind: claims.KindBool},
		claims.Value{Kind: claims.KindCount, Amount: 5},
	)
	return vs
}

// TestLiteralRoundTrip checks that Value.Literal writes what the parser
// reads back: ParseValueKind(v.Kind, lit) always, and ParseValue(lit) for
// every kind it can guess.
func TestLiteralRoundTrip(t *testing.T) {
	opt := cmpopts.EquateEmpty()
	for _, v := range roundTripValues(t) {
		lit := v.Literal()
		want := canonical(v)
		got, err := claims.ParseValueKind(v.Kind, lit)
		if err != nil {
			t.Errorf("ParseValueKind(%v, %q) (the literal of %+v): %v", v.Kind, lit, want, err)
			continue
		}
		if diff := cmp.Diff(want, canonical(got), opt); diff != "" {
			t.Errorf("ParseValueKind(%v, %q) mismatch (-want +got):\n%s", v.Kind, lit, diff)
		}
		guessable := v.Kind.IsAmount() || v.Kind == claims.KindTime
		if v.Kind == claims.KindCount && v.Unit == "" {
			guessable = false // a count of nothing reads as a number
		}
		if !guessable {
			continue
		}
		got, err = claims.ParseValue(lit)
		if err != nil {
			t.Errorf("ParseValue(%q) (the literal of %+v): %v", lit, want, err)
			continue
		}
		if diff := cmp.Diff(want, canonical(got), opt); diff != "" {
			t.Errorf("ParseValue(%q) mismatch (-want +got):\n%s", lit, diff)
		}
	}
}

func TestLiteral(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"$7.2 million", "7200000 USD"},
		{"more than 3.5 years", "> 3.5 year"},
		{"nearly three and a half years", "~ 3.5 year"},
		{"March 2023", "2023-03"},
		{"the 1990s", "1990s"},
		{"the eighteenth century", "18th century"},
		{"spring 2024", "spring 2024"},
		{"the third quarter of 2024", "Q3 2024"},
		{"2024-W10", "2024-W10"},
		{"0867", "0867"},
		{"1,867", "1,867"},
		{"5 phone calls", "5 phone call"},
		{"8 per cent", "8%"},
		{"2023-03-17/2023-03-20", "2023-03-17/2023-03-20"},
	}
	for _, tt := range tests {
		if got := claims.MustParseValue(tt.in).Literal(); got != tt.want {
			t.Errorf("ParseValue(%q).Literal() = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// A bool's literal reads back as a bool without a declared kind, so an
// undeclared yes/no property round-trips.
func TestParseValueBoolLiteral(t *testing.T) {
	for _, b := range []bool{true, false} {
		v := claims.Value{Kind: claims.KindBool, Bool: b}
		got, err := claims.ParseValue(v.Literal())
		if err != nil {
			t.Fatalf("ParseValue(%q): %v", v.Literal(), err)
		}
		if got.Kind != claims.KindBool || got.Bool != b {
			t.Errorf("ParseValue(%q) = %+v, want the bool %v", v.Literal(), got, b)
		}
	}
	if v, err := claims.ParseValue("no"); err == nil && v.Kind == claims.KindBool {
		t.Errorf(`ParseValue("no") guessed a bool; only a bool property should read "no" as one`)
	}
}

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 18: "18th", 21: "21st", 22: "22nd", 101: "101st", 111: "111th"} {
		if got := claims.Ordinal(n); got != want {
			t.Errorf("Ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}
