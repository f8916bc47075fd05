package checks_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
	"github.com/veracity-go/veracity/factcheck/checks/internal/gen"
)

// seed is the generator's seed for every test and benchmark here, so that
// runs compare like with like.
const seed = 4

// checkGenerated runs checks.Default over a generated corpus and returns
// the report.
func checkGenerated(tb testing.TB, corpus *gen.Corpus) *factcheck.Report {
	tb.Helper()
	checker, err := factcheck.NewChecker(checks.Default)
	if err != nil {
		tb.Fatal(err)
	}
	r, err := checker.Check(context.Background(), corpus.Set)
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// compareFindings reports the findings of r that corpus does not expect
// and those it expects that r lacks, by check and claims (in any order),
// at most ten of each.
func compareFindings(tb testing.TB, corpus *gen.Corpus, r *factcheck.Report) {
	tb.Helper()
	wantList := corpus.Want()
	want := make(map[string]int, len(wantList))
	for _, f := range wantList {
		want[f.Key()]++
	}
	var unexpected []string
	got := make(map[string]int)
	for _, f := range r.Findings {
		k := gen.Finding{Check: f.Check, Claims: f.Claims}.Key()
		got[f.Check]++
		if want[k] == 0 {
			unexpected = append(unexpected, fmt.Sprintf("%s %v: %s", f.Check, f.Claims, f.Message))
			continue
		}
		want[k]--
	}
	var missing []string
	for _, f := range wantList {
		if k := f.Key(); want[k] > 0 {
			missing = append(missing, fmt.Sprintf("%s %v", f.Check, f.Claims))
			want[k]--
		}
	}
	for _, l := range []struct {
		what string
		fs   []string
	}{{"unexpected", unexpected}, {"missing", missing}} {
		slices.Sort(l.fs)
		for i, f := range l.fs {
			if i == 10 {
				tb.Errorf("… and %d more %s findings", len(l.fs)-10, l.what)
				break
			}
			tb.Errorf("%s finding: %s", l.what, f)
		}
	}
	wantCount := corpus.Count()
	for _, c := range checks.Default {
		if got[c.Name] != wantCount[c.Name] {
			tb.Errorf("%s: %d findings, want %d", c.Name, got[c.Name], wantCount[c.Name])
		}
	}
	if len(r.Verdicts) != len(corpus.Set.Claims) {
		tb.Errorf("%d verdicts for %d claims", len(r.Verdicts), len(corpus.Set.Claims))
	}
}

// TestGeneratedClaims checks generated sets of 1,000 claims (and 10,000
// unless -short), in both orders: every planted conflict, unknown, denial
// and unsourced claim is found, and nothing else.
func TestGeneratedClaims(t *testing.T) {
	sizes := []int{1000, 10000}
	if testing.Short() {
		sizes = sizes[:1]
	}
	for _, n := range sizes {
		for _, order := range []gen.Order{gen.Articles, gen.Shuffled} {
			t.Run(fmt.Sprintf("%d/order=%s", n, order), func(t *testing.T) {
				testGenerated(t, gen.GenerateOrder(n, seed, order), n)
			})
		}
	}
}

// testGenerated checks a generated corpus of n claims.
func testGenerated(t *testing.T, corpus *gen.Corpus, n int) {
	if got := len(corpus.Set.Claims); got != n {
		t.Fatalf("generated %d claims, want %d", got, n)
	}
	count := corpus.Count()
	t.Logf("planted findings: %v", count)
	for _, name := range []string{"value-conflict", "certainty-conflict", "polarity-conflict", "unsourced"} {
		if count[name] == 0 {
			t.Errorf("the generator planted no %s findings", name)
		}
	}
	compareFindings(t, corpus, checkGenerated(t, corpus))
}

// TestGenerateIsDeterministic checks that one size and seed give one set.
func TestGenerateIsDeterministic(t *testing.T) {
	a, b := gen.Generate(500, seed), gen.Generate(500, seed)
	if !slices.EqualFunc(a.Set.Claims, b.Set.Claims, func(x, y claims.Claim) bool {
		return x.ID == y.ID && x.Subject == y.Subject && x.Property == y.Property && x.Value == y.Value && x.Text == y.Text
	}) {
		t.Error("two sets generated from one seed differ")
	}
	if len(a.Want()) != len(b.Want()) || len(a.Set.Facts) != len(b.Set.Facts) {
		t.Errorf("two corpora generated from one seed differ: %d and %d findings, %d and %d facts",
			len(a.Want()), len(b.Want()), len(a.Set.Facts), len(b.Set.Facts))
	}
}

// BenchmarkChecker measures factcheck.Checker.Check with checks.Default
// (verdicts and every check) over generated sets of 10k, 100k and 1M
// claims in article order; generation is not timed. The 1M size is skipped
// with -short. After the timed runs it checks the findings against the
// planted ones.
func BenchmarkChecker(b *testing.B) {
	benchmarkChecker(b, gen.Articles, 10_000, 100_000, 1_000_000)
}

// BenchmarkShuffledChecker is BenchmarkChecker over sets whose claims are
// scattered uniformly (gen.Shuffled), the worst case for the caches, at
// 100k and 1M claims.
func BenchmarkShuffledChecker(b *testing.B) {
	benchmarkChecker(b, gen.Shuffled, 100_000, 1_000_000)
}

func benchmarkChecker(b *testing.B, order gen.Order, sizes ...int) {
	for _, n := range sizes {
		name := fmt.Sprintf("%dk", n/1000)
		if n >= 1_000_000 {
			name = fmt.Sprintf("%dM", n/1_000_000)
		}
		b.Run("claims="+name, func(b *testing.B) {
			if n > 100_000 && testing.Short() {
				b.Skip("more than 100k claims: skipped with -short")
			}
			corpus := gen.GenerateOrder(n, seed, order)
			checker, err := factcheck.NewChecker(checks.Default)
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			b.ReportAllocs()
			var r *factcheck.Report
			for b.Loop() {
				r, err = checker.Check(ctx, corpus.Set)
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
			b.ReportMetric(float64(len(r.Findings)), "findings")
			compareFindings(b, corpus, r)
		})
	}
}
