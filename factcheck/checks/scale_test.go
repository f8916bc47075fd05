package checks_test

import (
	"context"
	"fmt"
	"hash/maphash"
	"runtime"
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
	checker, err := factcheck.NewChecker(checks.Default, factcheck.MaxFindings(0), factcheck.MaxClaims(0)) // every planted finding, no caps
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
// at most ten of each, and compares the counts of each check. It keeps a
// 64-bit hash per expected finding rather than the finding, so that it
// adds little to the memory of a benchmark of a million claims.
func compareFindings(tb testing.TB, corpus *gen.Corpus, r *factcheck.Report) {
	tb.Helper()
	wantList := corpus.Want()
	want := make(map[uint64]int32, len(wantList))
	wantCount := make(map[string]int)
	for _, f := range wantList {
		want[findingHash(f.Check, f.Claims)]++ // f.Claims are sorted
		wantCount[f.Check]++
	}
	gotCount := make(map[string]int)
	var unexpected, missing []string
	nUnexpected, nMissing := 0, 0
	var ids []string
	for _, f := range r.Findings {
		gotCount[f.Check]++
		ids = append(ids[:0], f.Claims...)
		slices.Sort(ids)
		if h := findingHash(f.Check, ids); want[h] > 0 {
			want[h]--
			continue
		}
		if nUnexpected++; nUnexpected <= 10 {
			unexpected = append(unexpected, fmt.Sprintf("%s %v: %s", f.Check, f.Claims, f.Message))
		}
	}
	for _, f := range wantList {
		if h := findingHash(f.Check, f.Claims); want[h] > 0 {
			want[h]--
			if nMissing++; nMissing <= 10 {
				missing = append(missing, fmt.Sprintf("%s %v", f.Check, f.Claims))
			}
		}
	}
	for _, l := range []struct {
		what string
		n    int
		fs   []string
	}{{"unexpected", nUnexpected, unexpected}, {"missing", nMissing, missing}} {
		for _, f := range l.fs {
			tb.Errorf("%s finding: %s", l.what, f)
		}
		if l.n > len(l.fs) {
			tb.Errorf("… and %d more %s findings", l.n-len(l.fs), l.what)
		}
	}
	for _, c := range checks.Default {
		if gotCount[c.Name] != wantCount[c.Name] {
			tb.Errorf("%s: %d findings, want %d", c.Name, gotCount[c.Name], wantCount[c.Name])
		}
	}
	if len(r.Verdicts) != len(corpus.Set.Claims) {
		tb.Errorf("%d verdicts for %d claims", len(r.Verdicts), len(corpus.Set.Claims))
	}
}

// hashSeed seeds findingHash for the whole test binary.
var hashSeed = maphash.MakeSeed()

// findingHash hashes a check name and sorted claim ids.
func findingHash(check string, sortedIDs []string) uint64 {
	var h maphash.Hash
	h.SetSeed(hashSeed)
	h.WriteString(check)
	for _, id := range sortedIDs {
		h.WriteByte(0)
		h.WriteString(id)
	}
	return h.Sum64()
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
			checker, err := factcheck.NewChecker(checks.Default, factcheck.MaxFindings(0), factcheck.MaxClaims(0)) // every planted finding, no caps
			if err != nil {
				b.Fatal(err)
			}
			ctx := context.Background()
			// Collect the generator's garbage now, so that neither the time
			// nor the heap goal of the checker's first collection owes
			// anything to it.
			runtime.GC()
			b.ReportAllocs()
			var r *factcheck.Report
			cpu0, cpuOK := gen.CPUTime()
			for b.Loop() {
				r, err = checker.Check(ctx, corpus.Set)
				if err != nil {
					b.Fatal(err)
				}
			}
			if cpu1, ok := gen.CPUTime(); ok && cpuOK {
				// CPU time of the whole process (GC included): unlike ns/op,
				// it does not count the time other processes hold the CPU.
				b.ReportMetric(float64(cpu1-cpu0)/float64(b.N), "cpu-ns/op")
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "claims/s")
			b.ReportMetric(float64(len(r.Findings)), "findings")
			compareFindings(b, corpus, r)
		})
	}
}
