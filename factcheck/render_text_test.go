package factcheck

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
)

func TestWriteTextGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := testReport().WriteText(&buf, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "report.txt", buf.Bytes())
}

func TestWriteTextNoColor(t *testing.T) {
	var buf bytes.Buffer
	if err := testReport().WriteText(&buf, TextOptions{Color: false}); err != nil {
		t.Fatal(err)
	}
	// The fixture's claim text holds an escape sequence of its own: even
	// that must not reach the terminal.
	if i := strings.IndexByte(buf.String(), 0x1b); i >= 0 {
		t.Errorf("text without colour holds an escape code at byte %d:\n%s", i, buf.String())
	}
}

var ansiCode = regexp.MustCompile("\x1b\\[[0-9;]*m")

func TestWriteTextColor(t *testing.T) {
	r := testReport()
	var plain, color bytes.Buffer
	if err := r.WriteText(&plain, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteText(&color, TextOptions{Color: true}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		ansiRed + "FALSE" + ansiReset,
		ansiGreen + "TRUE" + ansiReset,
		ansiYellow + "CONFLICTING" + ansiReset,
		ansiDim + "UNVERIFIED" + ansiReset,
		ansiRed + "error" + ansiReset,
		ansiYellow + "warning" + ansiReset,
	} {
		if !strings.Contains(color.String(), want) {
			t.Errorf("coloured text lacks %q:\n%s", want, color.String())
		}
	}
	// Colour changes nothing but the escape codes.
	if diff := cmp.Diff(plain.String(), ansiCode.ReplaceAllString(color.String(), "")); diff != "" {
		t.Errorf("coloured text without its escape codes differs from plain text (-want +got):\n%s", diff)
	}
}

func TestWriteTextOrder(t *testing.T) {
	var buf bytes.Buffer
	if err := testReport().WriteText(&buf, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	// Findings come before verdicts, and the rating groups go from false
	// to unverified.
	order := []string{"Findings", "Verdicts", "  FALSE (2)", "  CONFLICTING (1)", "  TRUE (2)", "  UNVERIFIED (2)"}
	last := -1
	for _, s := range order {
		i := strings.Index(out, s)
		if i < 0 {
			t.Fatalf("text report lacks %q:\n%s", s, out)
		}
		if i < last {
			t.Errorf("%q comes before %q, want after:\n%s", s, order[0], out)
		}
		last = i
	}
}

func TestWriteTextEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := new(Report).WriteText(&buf, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	want := "Fact-check report\n0 claims · 0 findings\n"
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("empty report mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteTextSumsUpInfo(t *testing.T) {
	r := &Report{}
	for i := range 5 {
		id := fmt.Sprintf("c%d", i+1)
		r.Claims = append(r.Claims, claims.Claim{ID: id, Text: "claim " + id})
		r.Findings = append(r.Findings, Finding{Check: "unsourced", Severity: Info,
			Claims: []string{id}, Message: id + " names neither who says it nor a source"})
	}
	r.Findings = append(r.Findings, Finding{Check: "value-conflict", Severity: Warning,
		Claims: []string{"c4", "c5"}, Message: "c4 and c5 disagree"})

	var short, full strings.Builder
	if err := r.WriteText(&short, TextOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := r.WriteText(&full, TextOptions{AllInfo: true}); err != nil {
		t.Fatal(err)
	}
	s := short.String()
	if !strings.Contains(s, "unsourced: 5 findings") || !strings.Contains(s, "claims: c1, c2, c3, c4, c5") {
		t.Errorf("five info findings of one check should be summed up with their claims:\n%s", s)
	}
	if strings.Contains(s, "c3 names neither") {
		t.Errorf("summed-up info findings should not be listed one by one:\n%s", s)
	}
	if w, i := strings.Index(s, "warning value-conflict"), strings.Index(s, "info unsourced"); w < 0 || i < 0 || w > i {
		t.Errorf("the warning should come before the info findings:\n%s", s)
	}
	for i := range 5 {
		if msg := fmt.Sprintf("c%d names neither", i+1); !strings.Contains(full.String(), msg) {
			t.Errorf("AllInfo should list %q:\n%s", msg, full.String())
		}
	}
}
