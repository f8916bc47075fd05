package compare_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck/checks/internal/checktest"
	"github.com/veracity-go/veracity/factcheck/checks/internal/compare"
	"github.com/veracity-go/veracity/sources"
)

var store = sources.NewMemStore(checktest.Set(nil))

var (
	money  = checktest.Money
	amount = checktest.Amount
	place  = checktest.Place
	day    = checktest.Day
	year   = checktest.Year
	month  = checktest.Month
	years  = func(x float64, cmp claims.Comparator) claims.Value {
		return amount(claims.KindDuration, x, "year", cmp, 0.05, "")
	}
	million = func(x, prec float64) claims.Value { return money(x*1e6, "USD", prec, "") }
)

func TestRelate(t *testing.T) {
	tests := []struct {
		name string
		a, b claims.Value
		want compare.Relation
	}{
		{"same figure", money(3.2e9, "GBP", 0.05e9, "£3.2 billion"), money(3.2e9, "GBP", 0.05e9, "£3.2bn"), compare.Compatible},
		{"swapped digits", money(3.2e9, "GBP", 0.05e9, "£3.2 billion"), money(2.3e9, "GBP", 0.05e9, "£2.3 billion"), compare.Conflict},
		{"rounding: 7.2 million and 7,200,000", million(7.2, 50000), million(7.2, 0), compare.Compatible},
		{"rounding: 7.2 million and 7,240,000", million(7.2, 50000), million(7.24, 0), compare.Compatible},
		{"outside the rounding", million(7.2, 50000), million(7.3, 0), compare.Conflict},
		{"about widens", amount(claims.KindMoney, 7e6, "USD", claims.CmpAbout, 0, "about $7 million"), million(7.3, 0), compare.Compatible},
		{"currencies never compare", money(3.2e9, "GBP", 0, ""), money(2.3e9, "USD", 0, ""), compare.Incomparable},
		{"kinds never compare", amount(claims.KindCount, 5, "", 0, 0, ""), amount(claims.KindNumber, 6, "", 0, 0, ""), compare.Incomparable},
		{"more than and a figure inside", years(3.5, claims.CmpGreater), years(4, claims.CmpEqual), compare.Compatible},
		{"more than and a figure below", years(3.5, claims.CmpGreater), years(3, claims.CmpEqual), compare.Conflict},
		{"more than x and less than x", years(3.5, claims.CmpGreater), years(3.5, claims.CmpLess), compare.Conflict},
		{"at least x and at most x", years(3.5, claims.CmpAtLeast), years(3.5, claims.CmpAtMost), compare.Compatible},
		{"durations across units", years(3.5, claims.CmpEqual), amount(claims.KindDuration, 42, "month", 0, 0.5, ""), compare.Compatible},
		{"durations across units conflict", years(3.5, claims.CmpEqual), amount(claims.KindDuration, 30, "month", 0, 0.5, ""), compare.Conflict},
		{"year and its day", year(2023), day(2023, 3, 17), compare.Compatible},
		{"year and its month", year(1867), month(1867, time.March), compare.Compatible},
		{"different days", day(2023, 3, 17), day(2023, 3, 18), compare.Conflict},
		{"unresolved time", checktest.Unresolved("on Friday"), day(2023, 3, 18), compare.Incomparable},
		{"same place", place("anchorage"), place("anchorage"), compare.Compatible},
		{"refinement through part_of", place("anchorage"), place("jber"), compare.Compatible},
		{"refinement two levels up", place("jber"), place("alaska"), compare.Compatible},
		{"siblings", place("anchorage"), place("juneau"), compare.Conflict},
		{"cycle", place("loop-a"), place("anchorage"), compare.Conflict},
		{"unknown entity", place("nowhere"), place("anchorage"), compare.Conflict},
		{"bools", claims.Value{Kind: claims.KindBool, Bool: true}, claims.Value{Kind: claims.KindBool}, compare.Conflict},
		{"texts", claims.Value{Kind: claims.KindText, Text: "red"}, claims.Value{Kind: claims.KindText, Text: "blue"}, compare.Incomparable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := compare.Relate(store, tt.a, tt.b); got != tt.want {
				t.Errorf("Relate(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
			if got := compare.Relate(store, tt.b, tt.a); got != tt.want {
				t.Errorf("Relate(%v, %v) = %v, want %v (not symmetric)", tt.b, tt.a, got, tt.want)
			}
		})
	}
}

func TestImplies(t *testing.T) {
	tests := []struct {
		name string
		a, b claims.Value
		want bool
	}{
		{"same place", place("anchorage"), place("anchorage"), true},
		{"inside the negated place", place("anchorage"), place("alaska"), true},
		{"around the negated place", place("alaska"), place("anchorage"), false},
		{"another place", place("anchorage"), place("juneau"), false},
		{"day inside the negated year", day(2023, 3, 17), year(2023), true},
		{"year around the negated day", year(2023), day(2023, 3, 17), false},
		{"rounded figure", million(7.2, 50000), million(7.2, 0), true},
		{"exact figure", million(7.2, 0), million(7.2, 50000), true},
		{"another figure", million(7.2, 50000), million(7.24, 0), false},
		{"inside the negated bound", years(4, claims.CmpEqual), years(3.5, claims.CmpGreater), true},
		{"beside the negated bound", years(3.5, claims.CmpEqual), years(3.5, claims.CmpGreater), false},
		{"bound inside a bound", years(4, claims.CmpAtLeast), years(3.5, claims.CmpGreater), true},
		{"about is not the exact figure", amount(claims.KindMoney, 5e9, "USD", claims.CmpAbout, 0, ""), money(5.1e9, "USD", 0, ""), false},
		{"same text", claims.Value{Kind: claims.KindText, Text: "Red"}, claims.Value{Kind: claims.KindText, Text: "red"}, true},
		{"different currencies", money(1, "USD", 0, ""), money(1, "EUR", 0, ""), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := compare.Implies(store, tt.a, tt.b); got != tt.want {
				t.Errorf("Implies(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestSameTime(t *testing.T) {
	published := checktest.Date(2025, 8, 13)
	tests := []struct {
		name      string
		a, b      claims.Value
		published time.Time
		want      bool
	}{
		{"neither set", claims.Value{}, claims.Value{}, published, true},
		{"both set, disjoint", year(2020), year(2024), published, false},
		{"both set, overlapping", year(2024), month(2024, time.May), published, true},
		{"one set, other the publication day", year(2020), claims.Value{}, published, false},
		{"one set, covering the publication day", year(2025), claims.Value{}, published, true},
		{"one set, no publication date", year(2020), claims.Value{}, time.Time{}, true},
		{"unresolved", checktest.Unresolved("last week"), year(2020), published, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := claims.Claim{ID: "a", AsOf: tt.a}
			b := claims.Claim{ID: "b", AsOf: tt.b}
			if got := compare.SameTime(&a, &b, tt.published); got != tt.want {
				t.Errorf("SameTime(as of %v, as of %v) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestGroupBy(t *testing.T) {
	cls := []claims.Claim{
		{ID: "c1", Subject: "summit", Property: "venue"},
		{ID: "c2", Subject: "summit", Property: "date"},
		{ID: "c3", Property: "venue"},
		{ID: "c4", Subject: "summit", Property: "venue", Modality: claims.ModalityNegated},
		{ID: "c5", Subject: "summit", Property: "venue"},
	}
	asserted := func(c *claims.Claim) bool { return c.Modality == claims.ModalityAsserted }
	got := map[compare.Key][]string{}
	var order []compare.Key
	for _, g := range compare.GroupBy(cls, asserted) {
		order = append(order, g.Key)
		for _, c := range g.Claims {
			got[g.Key] = append(got[g.Key], c.ID)
		}
	}
	venue, date := compare.Key{Subject: "summit", Property: "venue"}, compare.Key{Subject: "summit", Property: "date"}
	if diff := cmp.Diff([]compare.Key{venue, date}, order); diff != "" {
		t.Errorf("group order (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[compare.Key][]string{venue: {"c1", "c5"}, date: {"c2"}}, got); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
}

func TestGroupAround(t *testing.T) {
	cls := []claims.Claim{
		{ID: "c1", Subject: "summit", Property: "venue"},
		{ID: "c2", Subject: "summit", Property: "date"},
		{ID: "c3", Subject: "summit", Property: "date", Modality: claims.ModalityUnknown},
		{ID: "c4", Subject: "summit", Property: "venue", Modality: claims.ModalityNegated},
		{ID: "c5", Subject: "summit", Property: "date"},
		{ID: "c6", Subject: "summit", Property: "cost"},
	}
	unknown := func(c *claims.Claim) bool { return c.Modality == claims.ModalityUnknown }
	negated := func(c *claims.Claim) bool { return c.Modality == claims.ModalityNegated }
	ids := func(gs []compare.Group) [][]string {
		var out [][]string
		for _, g := range gs {
			var s []string
			for _, c := range g.Claims {
				s = append(s, c.ID)
			}
			out = append(out, s)
		}
		return out
	}
	for _, tt := range []struct {
		name         string
		keep, around func(*claims.Claim) bool
		want         [][]string
	}{
		{"around nothing is GroupBy", nil, nil, [][]string{{"c1", "c4"}, {"c2", "c3", "c5"}, {"c6"}}},
		{"keys with an unknown claim", nil, unknown, [][]string{{"c2", "c3", "c5"}}},
		{"the around claim need not be kept", func(c *claims.Claim) bool { return !negated(c) }, negated, [][]string{{"c1"}}},
		{"no such key", nil, func(*claims.Claim) bool { return false }, nil},
	} {
		got := ids(compare.GroupAround(cls, tt.keep, tt.around))
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: groups (-want +got):\n%s", tt.name, diff)
		}
		if tt.around == nil {
			if diff := cmp.Diff(ids(compare.GroupBy(cls, tt.keep)), got); diff != "" {
				t.Errorf("%s: GroupAround differs from GroupBy (-GroupBy +GroupAround):\n%s", tt.name, diff)
			}
		}
	}
}

// TestQuoteSpacing checks Quote against its definition (fold spaces, elide
// past ten words) on texts that do and do not need folding.
func TestQuoteSpacing(t *testing.T) {
	ref := func(s string) string {
		w := strings.Fields(s)
		if len(w) > 10 {
			return strconv.Quote(strings.Join(w[:3], " ") + " … " + strings.Join(w[len(w)-4:], " "))
		}
		return strconv.Quote(strings.Join(w, " "))
	}
	for _, s := range []string{
		"", " ", "a", "a b", " a", "a ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u2003b", "prix\u00a0: 7\u202fmillions",
		"one two three four five six seven eight nine ten",
		"one two three four five six seven eight nine ten eleven",
		"one two three four five six seven eight nine  ten", "\xffbad \xfe bytes", "£3.2 billion",
	} {
		if got, want := compare.Quote(s), ref(s); got != want {
			t.Errorf("Quote(%q) = %s, want %s", s, got, want)
		}
		if got, want := string(compare.AppendQuote([]byte("x"), s)), "x"+ref(s); got != want {
			t.Errorf("AppendQuote(x, %q) = %s, want %s", s, got, want)
		}
	}
}

func TestLabels(t *testing.T) {
	tests := []struct {
		name, got, want string
	}{
		{"topic of an event", compare.Topic(store, compare.Key{Subject: "summit", Property: "venue"}), "the venue of the summit"},
		{"topic of an undeclared subject", compare.Topic(store, compare.Key{Subject: "project", Property: "cost"}), "the cost of the project"},
		{"topic of a person", compare.Topic(store, compare.Key{Subject: "minister", Property: "venue"}), "the venue of Jane Roe"},
		{"time since", compare.Topic(store, compare.Key{Subject: "summit", Property: "time-since"}), "the time since the summit"},
		{"count of the counted things", compare.Topic(store, compare.Key{Subject: "job", Property: "count-job"}), "the number of jobs"},
		{"count of a thing's things", compare.Topic(store, compare.Key{Subject: "project", Property: "count-property"}), "the number of properties of the project"},
		{"count of people", compare.Topic(store, compare.Key{Subject: "project", Property: "count-people"}), "the number of people of the project"},
		{"place label", compare.ValueLabel(store, place("jber")), "Joint Base Elmendorf-Richardson"},
		{"amount label", compare.ValueLabel(store, money(3.2e9, "GBP", 0, "£3.2 billion")), "£3.2 billion"},
		{"short quote", compare.Quote("the venue is  Anchorage"), `"the venue is Anchorage"`},
		{"long quote", compare.Quote("the exact location of the Trump-Putin summit is yet not known"), `"the exact location … is yet not known"`},
		{"list of three", compare.List([]string{"a", "b", "c"}), "a, b and c"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
}
