package factcheck_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
)

// noisySet returns a set of n claims and a check that reports one finding
// per claim: a document that would make a report of n findings.
func noisySet(n int) (*claims.Set, *factcheck.Check) {
	set := &claims.Set{Version: claims.Version, Document: claims.Document{Title: "Noise"}}
	for i := range n {
		set.Claims = append(set.Claims, claims.Claim{ID: fmt.Sprintf("c%d", i+1), Text: "John Smith is 54.",
			Subject: "john-smith", Property: "age", Modality: claims.ModalityAsserted,
			Value: claims.Value{Kind: claims.KindDuration, Amount: float64(20 + i%70), Unit: "year"}})
	}
	chk := &factcheck.Check{Name: "every-claim", Doc: "Reports every claim.", IgnoresVerdicts: true,
		Run: func(p *factcheck.Pass) error {
			for _, c := range p.Set.Claims {
				p.Report(factcheck.Finding{Claims: []string{c.ID}, Message: "noted"})
			}
			return nil
		}}
	return set, chk
}

// A report holds at most 1000 findings of a check by default, and the
// claims up to its cap, and says in every format how many it left out
// (issue 16).
func TestReportCaps(t *testing.T) {
	set, chk := noisySet(2000)
	checker, err := factcheck.NewChecker([]*factcheck.Check{chk}, factcheck.MaxClaims(1500))
	if err != nil {
		t.Fatal(err)
	}
	r, err := checker.Check(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Findings) != 1000 || len(r.Claims) != 1500 || len(r.Verdicts) != len(r.Claims) {
		t.Fatalf("report holds %d findings, %d claims, %d verdicts; want 1000, 1500, 1500", len(r.Findings), len(r.Claims), len(r.Verdicts))
	}
	want := factcheck.Truncation{Findings: 500, Claims: 500}
	if r.Truncated != want {
		t.Fatalf("Truncated = %+v, want %+v", r.Truncated, want)
	}
	// the findings kept are the first claims'
	if got := r.Findings[len(r.Findings)-1].Claims[0]; got != "c1000" {
		t.Errorf("last finding kept is of %s, want c1000", got)
	}

	var js bytes.Buffer
	if err := r.WriteJSON(&js); err != nil {
		t.Fatal(err)
	}
	var wire struct {
		Truncated map[string]int `json:"truncated"`
	}
	if err := json.Unmarshal(js.Bytes(), &wire); err != nil {
		t.Fatal(err)
	}
	if wire.Truncated["findings"] != 500 || wire.Truncated["claims"] != 500 {
		t.Errorf("JSON truncated = %v, want findings 500, claims 500", wire.Truncated)
	}
	back, err := factcheck.DecodeReport(js.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if back.Truncated != want {
		t.Errorf("decoded Truncated = %+v, want %+v", back.Truncated, want)
	}
	line := "Left out past the caps: 500 findings, 500 claims."
	for name, write := range map[string]func(*bytes.Buffer) error{
		"text":     func(b *bytes.Buffer) error { return r.WriteText(b, factcheck.TextOptions{}) },
		"markdown": func(b *bytes.Buffer) error { return r.WriteMarkdown(b) },
		"html":     func(b *bytes.Buffer) error { return r.WriteHTML(b) },
	} {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), line) {
			t.Errorf("%s report does not say %q", name, line)
		}
	}
}

// The caps can be lifted, and a report within them says nothing of them.
func TestReportCapsLifted(t *testing.T) {
	set, chk := noisySet(3000)
	checker, err := factcheck.NewChecker([]*factcheck.Check{chk}, factcheck.MaxFindings(0), factcheck.MaxClaims(0))
	if err != nil {
		t.Fatal(err)
	}
	r, err := checker.Check(context.Background(), set)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Findings) != 3000 || !r.Truncated.IsZero() {
		t.Fatalf("%d findings, truncated %+v; want 3000, none", len(r.Findings), r.Truncated)
	}
	js, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(js, []byte(`"truncated"`)) {
		t.Error(`a report that left nothing out has "truncated"`)
	}
}

// A check sees the checker's context through its pass, and Check stops
// with the context's error when it is done (issue 16).
func TestCheckCancelledInAPass(t *testing.T) {
	set, _ := noisySet(10)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	ran := 0
	stopper := &factcheck.Check{Name: "stopper", Doc: "Cancels the check.", IgnoresVerdicts: true,
		Run: func(p *factcheck.Pass) error {
			ran++
			if p.Context() != ctx {
				t.Error("the pass does not carry the checker's context")
			}
			cancel()
			return nil
		}}
	after := &factcheck.Check{Name: "after", Doc: "Must not run.", IgnoresVerdicts: true,
		Run: func(p *factcheck.Pass) error { ran++; return nil }}
	checker, err := factcheck.NewChecker([]*factcheck.Check{stopper, after})
	if err != nil {
		t.Fatal(err)
	}
	r, err := checker.Check(ctx, set)
	if !errors.Is(err, context.Canceled) || r != nil || ran != 1 {
		t.Fatalf("Check = %v, %v after %d checks; want nil, context.Canceled after 1", r, err, ran)
	}
}
