package claims_test

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/veracity-go/veracity/claims"
)

// FuzzParseValue checks that the parser never panics, that what it accepts
// is sound (a finite amount with a non-negative precision, a time interval
// that starts before it ends) and that the canonical literal of an
// accepted value reads back to it. Seeds are in
// testdata/fuzz/FuzzParseValue.
func FuzzParseValue(f *testing.F) {
	for _, s := range []string{
		"$7.2 million", "more than three and a half years", "1867", "the 18th century",
		"2023-03-17/2023-03-20", "five phone calls", "12p", "~ 3.5 year", "1e400",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for k := claims.KindUnknown; k <= claims.KindBool; k++ {
			v, err := claims.ParseValueKind(k, s)
			if err == nil {
				checkSound(t, v)
			}
		}
		if a, p, err := claims.ParseNumber(s); err == nil && (!finite(a) || !finite(p) || p < 0) {
			t.Errorf("ParseNumber(%q) = %v ± %v, want a finite amount and precision", s, a, p)
		}
		if _, _, n, ok := claims.ScanNumber(s); n < 0 || n > len(s) || !ok && n != 0 {
			t.Errorf("ScanNumber(%q) took %d bytes (ok %v), want 0 to %d", s, n, ok, len(s))
		}
		if _, n := claims.ScanComparator(s); n < 0 || n > len(s) {
			t.Errorf("ScanComparator(%q) took %d bytes, want 0 to %d", s, n, len(s))
		}

		v, err := claims.ParseValue(s)
		if err != nil {
			return
		}
		checkSound(t, v)
		lit := v.Literal()
		w, err := claims.ParseValue(lit)
		if err != nil {
			t.Fatalf("ParseValue(%q) = %+v, whose literal %q does not read back: %v", s, v, lit, err)
		}
		if diff := cmp.Diff(canonical(v), canonical(w), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("ParseValue(%q) and its literal %q differ (-want +got):\n%s", s, lit, diff)
		}
	})
}

func finite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// checkSound fails t unless v is a value a checker can use.
func checkSound(t *testing.T, v claims.Value) {
	t.Helper()
	if !finite(v.Amount) || !finite(v.Precision) || v.Precision < 0 {
		t.Errorf("value %+v: want a finite amount and a finite, non-negative precision", v)
	}
	if v.Kind == claims.KindTime {
		if !v.Start.Before(v.End) {
			t.Errorf("time %+v: want Start before End", v)
		}
		if y := v.Start.Year(); y < 1 || y > 9999 {
			t.Errorf("time %+v: want a start in the years 1 to 9999", v)
		}
	}
	if (v.Kind == claims.KindDuration || v.Kind == claims.KindCount) && v.Amount < 0 {
		t.Errorf("value %+v: want a non-negative %v", v, v.Kind)
	}
}
