package alaska_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
	"github.com/veracity-go/veracity/factcheck/factchecktest"
	"github.com/veracity-go/veracity/sources"
)

// TestClaims checks the claim set against the verdicts and findings its
// expect section gives.
func TestClaims(t *testing.T) {
	factchecktest.Run(t, "claims.yaml")
}

// check loads claims.yaml and checks it with the built-in checks.
func check(t *testing.T) (*claims.Set, *factcheck.Report) {
	t.Helper()
	set, err := claims.Load("claims.yaml")
	if err != nil {
		t.Fatal(err)
	}
	checker, err := factcheck.NewChecker(checks.Default)
	if err != nil {
		t.Fatal(err)
	}
	r, err := checker.Check(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	return set, r
}

// TestVenueCertaintyConflict: the article says the exact location is not
// known and, elsewhere, names Anchorage, Alaska and the base. An editor
// must see that.
func TestVenueCertaintyConflict(t *testing.T) {
	_, r := check(t)
	for _, f := range r.Findings {
		if f.Check == "certainty-conflict" && slices.Contains(f.Claims, "venue-unknown") && slices.Contains(f.Claims, "venue-anchorage") {
			if f.Severity < factcheck.Warning {
				t.Errorf("venue certainty-conflict has severity %s, want warning or above", f.Severity)
			}
			return
		}
	}
	t.Errorf("no certainty-conflict finding names venue-unknown and venue-anchorage; findings:\n%s", findings(r))
}

// TestSiblingVenue: places compare through part_of. Had the article named
// Juneau, a sibling of Anchorage in Alaska, the claim would be false and
// would contradict the Anchorage and base claims; it would not contradict
// "Alaska", which contains Juneau as it contains Anchorage.
func TestSiblingVenue(t *testing.T) {
	set, _ := check(t)
	juneau, err := claims.ParseValueKind(claims.KindPlace, "juneau")
	if err != nil {
		t.Fatal(err)
	}
	set.Claims = append(slices.Clone(set.Claims), claims.Claim{
		ID: "venue-juneau", Text: "the summit will be held in Juneau",
		Subject: "summit", Property: "venue", Value: juneau,
	})
	set.Expect = nil
	checker, err := factcheck.NewChecker(checks.Default)
	if err != nil {
		t.Fatal(err)
	}
	r, err := checker.Check(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := r.Verdict("venue-juneau"); v.Rating != factcheck.False {
		t.Errorf("venue-juneau: rating = %s, want false (explanation: %s)", v.Rating, v.Explanation)
	}
	var conflicts [][]string
	for _, f := range r.Findings {
		if f.Check == "value-conflict" {
			ids := slices.Clone(f.Claims)
			slices.Sort(ids)
			conflicts = append(conflicts, ids)
		}
	}
	want := [][]string{{"venue-anchorage", "venue-juneau"}, {"venue-jber", "venue-juneau"}}
	slices.SortFunc(conflicts, slices.Compare)
	if !slices.EqualFunc(conflicts, want, slices.Equal) {
		t.Errorf("value conflicts = %v, want %v; findings:\n%s", conflicts, want, findings(r))
	}
}

// TestThreeAndAHalfYears: on 2025-08-13 the invasion of 2022-02-24 was
// 3 years, 5 months and 20 days old, less than three and a half years.
func TestThreeAndAHalfYears(t *testing.T) {
	_, r := check(t)
	v, ok := r.Verdict("three-and-a-half-years-since-invasion")
	if !ok {
		t.Fatal("no verdict on three-and-a-half-years-since-invasion")
	}
	if v.Rating != factcheck.False {
		t.Errorf("rating = %s, want false (explanation: %s)", v.Rating, v.Explanation)
	}
	if !strings.Contains(v.Explanation, "3 years, 5 months and 20 days") {
		t.Errorf("explanation %q does not give the elapsed time, 3 years, 5 months and 20 days", v.Explanation)
	}
	if len(v.Evidence) == 0 {
		t.Errorf("false verdict without evidence")
	}
}

// TestTrueVerdictsCiteSources: a verdict a reader can follow cites a source
// they can open.
func TestTrueVerdictsCiteSources(t *testing.T) {
	_, r := check(t)
	var cited []string
	for _, v := range r.Verdicts {
		if v.Rating != factcheck.True {
			continue
		}
		i := slices.IndexFunc(v.Evidence, func(e sources.Evidence) bool { return e.Source.URL != "" })
		if i < 0 {
			t.Errorf("true verdict on %s cites no source with a URL", v.Claim)
			continue
		}
		cited = append(cited, v.Claim)
	}
	if len(cited) < 4 {
		t.Errorf("%d true verdicts cite a source with a URL (%s), want at least 4", len(cited), strings.Join(cited, ", "))
	}
}

// TestNoOpinions: opinions are not claims; the curated set must not
// include them.
func TestNoOpinions(t *testing.T) {
	set, _ := check(t)
	for _, c := range set.Claims {
		l := strings.ToLower(c.Text)
		for _, w := range []string{"naïve", "naive", "horrendous"} {
			if strings.Contains(l, w) {
				t.Errorf("claim %s is an opinion (%q): %s", c.ID, w, c.Text)
			}
		}
	}
}

// TestClaimsQuoteTheArticle: every claim's text is verbatim from the
// article.
func TestClaimsQuoteTheArticle(t *testing.T) {
	set, _ := check(t)
	if set.Document.Text == "" {
		t.Fatal("the document has no text; text_file not read")
	}
	for _, c := range set.Claims {
		if c.Text == "" || !strings.Contains(set.Document.Text, c.Text) {
			t.Errorf("claim %s: text %q is not in the article", c.ID, c.Text)
		}
	}
}

// TestFactsAreSourced: every reference fact names its sources, each with a
// URL and a grade, and quotes the passage that states it.
func TestFactsAreSourced(t *testing.T) {
	set, _ := check(t)
	if len(set.Facts) == 0 {
		t.Fatal("no facts; kb.yaml not included")
	}
	srcs := make(map[string]claims.Source)
	for _, s := range set.Sources {
		srcs[s.ID] = s
	}
	for _, f := range set.Facts {
		name := f.Subject + " " + f.Property
		if strings.TrimSpace(f.Quote) == "" {
			t.Errorf("fact %s has no quote", name)
		}
		if len(f.Sources) == 0 {
			t.Errorf("fact %s has no source", name)
		}
		for _, id := range f.Sources {
			s, ok := srcs[id]
			switch {
			case !ok:
				t.Errorf("fact %s: unknown source %q", name, id)
			case !strings.HasPrefix(s.URL, "https://") && !strings.HasPrefix(s.URL, "http://"):
				t.Errorf("source %s has no URL", id)
			case s.Reliability == claims.ReliabilityUnknown:
				t.Errorf("source %s has no reliability grade", id)
			}
		}
	}
}

func findings(r *factcheck.Report) string {
	var b strings.Builder
	for _, f := range r.Findings {
		fmt.Fprintf(&b, "\t%s %s %v: %s\n", f.Severity, f.Check, f.Claims, f.Message)
	}
	return b.String()
}

// Example checks the article's claims against the house knowledge base and
// prints what an editor looks at first: the counts, the false claims and
// the contradictions.
func Example() {
	set, err := claims.Load("claims.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	checker, err := factcheck.NewChecker(checks.Default)
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := checker.Check(context.Background(), set)
	if err != nil {
		fmt.Println(err)
		return
	}

	s := r.Summary()
	var counts []string
	for _, rating := range slices.Concat(factcheck.Ratings[1:], []factcheck.Rating{factcheck.Unverified}) {
		if n := s.Verdicts[rating]; n > 0 {
			counts = append(counts, fmt.Sprintf("%d %s", n, rating))
		}
	}
	fmt.Printf("%d claims: %s\n", s.Claims, strings.Join(counts, ", "))
	for _, v := range r.Verdicts {
		if v.Rating == factcheck.False {
			c, _ := r.Claim(v.Claim)
			fmt.Printf("false: %q\n", c.Text)
		}
	}
	byCheck := make(map[string]int)
	for _, f := range r.Findings {
		if f.Severity >= factcheck.Warning {
			fmt.Printf("%s %s: %s\n", f.Severity, f.Check, strings.Join(f.Claims, ", "))
		}
		byCheck[f.Check]++
	}
	fmt.Printf("unsourced claims: %d\n", byCheck["unsourced"])
	// Output:
	// 23 claims: 16 true, 1 false, 6 unverified
	// false: "more than three and a half years after Moscow’s invasion"
	// warning certainty-conflict: venue-anchorage, venue-unknown, venue-alaska, venue-jber
	// unsourced claims: 18
}
