package checks_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
)

func TestDefault(t *testing.T) {
	if err := factcheck.Validate(checks.Default); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range checks.Default {
		got = append(got, c.Name)
	}
	// The stable names of DESIGN.md, in Default's order.
	want := []string{"value-conflict", "certainty-conflict", "polarity-conflict", "arithmetic", "unsourced", "unresolved-time"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("checks.Default names (-want +got):\n%s", diff)
	}
	for _, name := range want {
		if c, ok := checks.Lookup(name); !ok || c.Name != name {
			t.Errorf("Lookup(%q) = %v, %v", name, c, ok)
		}
	}
	if c, ok := checks.Lookup("valu-conflict"); ok {
		t.Errorf("Lookup(valu-conflict) = %v, want none", c.Name)
	}
}
