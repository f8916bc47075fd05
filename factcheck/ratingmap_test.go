package factcheck_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/factcheck"
)

func TestClaimReview(t *testing.T) {
	type pair struct {
		Value int
		Name  string
	}
	want := map[factcheck.Rating]pair{
		factcheck.True:        {5, "True"},
		factcheck.MostlyTrue:  {4, "Mostly true"},
		factcheck.HalfTrue:    {3, "Half true"},
		factcheck.MostlyFalse: {2, "Mostly false"},
		factcheck.False:       {1, "False"},
		factcheck.Conflicting: {0, "Conflicting"},
		factcheck.Unverified:  {0, "Unverified"},
	}
	got := make(map[factcheck.Rating]pair)
	for _, r := range factcheck.Ratings {
		v, n := r.ClaimReview()
		got[r] = pair{v, n}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ClaimReview mismatch (-want +got):\n%s", diff)
	}
}

func TestClaimReviewRoundTrip(t *testing.T) {
	for _, r := range factcheck.Ratings {
		v, n := r.ClaimReview()
		got, ok := factcheck.RatingFromClaimReview(v, n)
		if !ok || got != r {
			t.Errorf("RatingFromClaimReview(%d, %q) = %v, %v; want %v, true", v, n, got, ok, r)
		}
	}
}

func TestRatingFromClaimReview(t *testing.T) {
	tests := []struct {
		value  int
		name   string
		want   factcheck.Rating
		wantOK bool
	}{
		{1, "Pants on Fire", factcheck.False, true}, // the value decides
		{5, "Correct", factcheck.True, true},
		{0, "conflicting", factcheck.Conflicting, true}, // names fold case
		{0, "mostly-true", factcheck.MostlyTrue, true},  // our own rating names
		{0, " Unverified ", factcheck.Unverified, true},
		{7, "Half true", factcheck.HalfTrue, true}, // off the scale: the name decides
		{0, "Misleading", factcheck.Unverified, false},
		{9, "", factcheck.Unverified, false},
	}
	for _, tt := range tests {
		got, ok := factcheck.RatingFromClaimReview(tt.value, tt.name)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("RatingFromClaimReview(%d, %q) = %v, %v; want %v, %v", tt.value, tt.name, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestOtherScales(t *testing.T) {
	type labels struct {
		FEVER, AVeriTeC, PolitiFact string
		HasPolitiFact               bool
	}
	want := map[factcheck.Rating]labels{
		factcheck.True:        {"SUPPORTS", "Supported", "true", true},
		factcheck.MostlyTrue:  {"SUPPORTS", "Supported", "mostly-true", true},
		factcheck.HalfTrue:    {"NOT ENOUGH INFO", "Conflicting Evidence/Cherrypicking", "half-true", true},
		factcheck.MostlyFalse: {"REFUTES", "Refuted", "mostly-false", true},
		factcheck.False:       {"REFUTES", "Refuted", "false", true},
		factcheck.Conflicting: {"NOT ENOUGH INFO", "Conflicting Evidence/Cherrypicking", "", false},
		factcheck.Unverified:  {"NOT ENOUGH INFO", "Not Enough Evidence", "", false},
	}
	got := make(map[factcheck.Rating]labels)
	for _, r := range factcheck.Ratings {
		pf, ok := r.PolitiFact()
		got[r] = labels{r.FEVER(), r.AVeriTeC(), pf, ok}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("labels mismatch (-want +got):\n%s", diff)
	}
}

func TestReverseScales(t *testing.T) {
	tests := []struct {
		scale, label string
		parse        func(string) (factcheck.Rating, bool)
		want         factcheck.Rating
		wantOK       bool
	}{
		{"FEVER", "SUPPORTS", factcheck.RatingFromFEVER, factcheck.True, true},
		{"FEVER", "refutes", factcheck.RatingFromFEVER, factcheck.False, true},
		{"FEVER", "NOT ENOUGH INFO", factcheck.RatingFromFEVER, factcheck.Unverified, true},
		{"FEVER", "MAYBE", factcheck.RatingFromFEVER, factcheck.Unverified, false},
		{"AVeriTeC", "Supported", factcheck.RatingFromAVeriTeC, factcheck.True, true},
		{"AVeriTeC", "Refuted", factcheck.RatingFromAVeriTeC, factcheck.False, true},
		{"AVeriTeC", "Conflicting Evidence/Cherrypicking", factcheck.RatingFromAVeriTeC, factcheck.Conflicting, true},
		{"AVeriTeC", "not enough evidence", factcheck.RatingFromAVeriTeC, factcheck.Unverified, true},
		{"AVeriTeC", "Unknown", factcheck.RatingFromAVeriTeC, factcheck.Unverified, false},
		{"PolitiFact", "pants-fire", factcheck.RatingFromPolitiFact, factcheck.False, true},
		{"PolitiFact", "barely-true", factcheck.RatingFromPolitiFact, factcheck.MostlyFalse, true},
		{"PolitiFact", "Mostly-True", factcheck.RatingFromPolitiFact, factcheck.MostlyTrue, true},
		{"PolitiFact", "full-flop", factcheck.RatingFromPolitiFact, factcheck.Unverified, false},
	}
	for _, tt := range tests {
		got, ok := tt.parse(tt.label)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("RatingFrom%s(%q) = %v, %v; want %v, %v", tt.scale, tt.label, got, ok, tt.want, tt.wantOK)
		}
	}
}

// TestScalesRoundTrip checks that every label a rating maps to reads back
// to a rating that maps to the same label.
func TestScalesRoundTrip(t *testing.T) {
	for _, r := range factcheck.Ratings {
		if back, ok := factcheck.RatingFromFEVER(r.FEVER()); !ok || back.FEVER() != r.FEVER() {
			t.Errorf("FEVER round trip of %v: got %v, %v", r, back, ok)
		}
		if back, ok := factcheck.RatingFromAVeriTeC(r.AVeriTeC()); !ok || back.AVeriTeC() != r.AVeriTeC() {
			t.Errorf("AVeriTeC round trip of %v: got %v, %v", r, back, ok)
		}
		if pf, ok := r.PolitiFact(); ok {
			if back, ok := factcheck.RatingFromPolitiFact(pf); !ok || back != r {
				t.Errorf("PolitiFact round trip of %v: got %v, %v", r, back, ok)
			}
		}
	}
}
