package factcheck_test

import (
	"context"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
	"github.com/veracity-go/veracity/sources"
)

// concurrentKB is a house knowledge base shared by every check.
const concurrentKB = `version: 1
document: {published: 2025-08-13}
entities:
  - {id: united-states, name: United States, kind: place}
  - {id: alaska, name: Alaska, kind: place, part_of: [united-states]}
  - {id: anchorage, name: Anchorage, kind: place, part_of: [alaska]}
  - {id: juneau, name: Juneau, kind: place, part_of: [alaska]}
  - {id: alaska-purchase, name: Alaska Purchase, kind: event, date: 1867-03-30}
  - {id: invasion, name: Russian invasion of Ukraine, kind: event, date: 2022-02-24}
properties:
  - {id: price, kind: money}
sources:
  - {id: historian, name: Office of the Historian, kind: government, reliability: A}
facts:
  - {subject: alaska-purchase, property: price, value: 7200000 USD, sources: [historian]}
`

// concurrentSet returns the i-th of many different claim sets: a price
// that is right, near or wrong, a venue asserted and called unknown or
// compared with another, a time since the invasion, and unsourced claims.
func concurrentSet(t *testing.T, i int) *claims.Set {
	t.Helper()
	venue := []string{"anchorage", "juneau", "alaska"}[i%3]
	other := []string{"alaska", "juneau", "anchorage", "united-states"}[i%4]
	modality := []string{"asserted", "unknown", "hedged", "negated"}[i%4]
	src := fmt.Sprintf(`version: 1
include: [kb.yaml]
document: {title: set %d, published: 2025-08-%02d}
entities:
  - {id: summit, name: summit, kind: event}
properties:
  - {id: venue, kind: place}
claims:
  - {id: price, text: Alaska was sold for $%.2f million, subject: alaska-purchase, property: price, value: $%.2f million, sources: [historian]}
  - {id: venue-a, text: the summit is in %s, subject: summit, property: venue, value: %s, attribution: officials}
  - {id: venue-b, text: the summit venue, subject: summit, property: venue, value: %s, modality: %s}
  - {id: since, text: more than %d years after the invasion, subject: invasion, property: time-since, value: more than %d years}
  - {id: bare, text: the summit venue is %s, subject: summit, property: venue, value: %s}
`, i, 1+i%28, 6.5+float64(i)/20, 6.5+float64(i)/20, venue, venue, other, modality, 1+i%5, 1+i%5, other, other)
	dir := t.TempDir()
	for name, text := range map[string]string{"kb.yaml": concurrentKB, "set.yaml": src} {
		if err := writeText(dir+"/"+name, text); err != nil {
			t.Fatal(err)
		}
	}
	set, err := claims.Load(dir + "/set.yaml")
	if err != nil {
		t.Fatalf("set %d: %v\n%s", i, err, src)
	}
	return set
}

// TestCheckerConcurrentUse checks 64 different sets with one Checker, all
// at once, and compares each report with the one the same Checker gives
// when the sets are checked one after another. Run with -race.
func TestCheckerConcurrentUse(t *testing.T) {
	kb, err := claims.Decode([]byte(concurrentKB), "kb.yaml")
	if err != nil {
		t.Fatal(err)
	}
	checker, err := factcheck.NewChecker(checks.Default, factcheck.WithStore(sources.NewMemStore(kb)))
	if err != nil {
		t.Fatal(err)
	}
	const n = 64
	sets := make([]*claims.Set, n)
	for i := range sets {
		sets[i] = concurrentSet(t, i)
	}
	ctx := context.Background()
	want := make([]*factcheck.Report, n)
	for i, s := range sets {
		if want[i], err = checker.Check(ctx, s); err != nil {
			t.Fatalf("set %d: %v", i, err)
		}
	}
	got := make([]*factcheck.Report, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i, s := range sets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			got[i], errs[i] = checker.Check(ctx, s)
		}()
	}
	close(start)
	wg.Wait()

	findings, ratings := 0, map[factcheck.Rating]bool{}
	for i := range sets {
		if errs[i] != nil {
			t.Errorf("set %d: %v", i, errs[i])
			continue
		}
		if diff := cmp.Diff(want[i], got[i], cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("set %d: concurrent report differs from the sequential one (-want +got):\n%s", i, diff)
		}
		findings += len(got[i].Findings)
		for _, v := range got[i].Verdicts {
			ratings[v.Rating] = true
		}
	}
	// The sets must exercise the checks and the verdicts, or the
	// comparison proves little.
	t.Logf("%d sets checked at once: %d findings, ratings %v", n, findings, ratings)
	if findings == 0 || len(ratings) < 3 {
		t.Errorf("the sets gave %d findings and ratings %v; want findings and at least three ratings", findings, ratings)
	}
}

// writeText writes text to the file path.
func writeText(path, text string) error {
	return os.WriteFile(path, []byte(text), 0o644)
}
