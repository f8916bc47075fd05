package factcheck

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/veracity-go/veracity/claims"
)

// TestFindingPassages checks that a finding about the text itself, with no
// claim to point at, shows the passage it read: in every report, and in
// the JSON report as spans that read back.
func TestFindingPassages(t *testing.T) {
	text := "Of the council's 60 seats, Labour holds 29, the Conservatives 20 and the Greens 5."
	span := func(s string) claims.Span {
		i := strings.Index(text, s)
		return claims.Span{Start: i, End: i + len(s)}
	}
	r := &Report{
		Document: claims.Document{Text: text},
		Findings: []Finding{{Check: "arithmetic", Severity: Error, Message: "29, 20 and 5 make 54, not the 60 stated",
			Spans: []claims.Span{span("60 seats"), span("29"), span("20"), span("5.")}}},
	}
	want := "60 seats, Labour holds 29, the Conservatives 20 and the Greens 5."
	if got := r.passages(r.Findings[0]); !cmp.Equal(got, []string{want}) {
		t.Errorf("passages = %q, want [%q]", got, want)
	}
	for _, format := range []struct {
		name  string
		write func(*bytes.Buffer) error
	}{
		{"text", func(b *bytes.Buffer) error { return r.WriteText(b, TextOptions{}) }},
		{"markdown", func(b *bytes.Buffer) error { return r.WriteMarkdown(b) }},
		{"html", func(b *bytes.Buffer) error { return r.WriteHTML(b) }},
	} {
		var b bytes.Buffer
		if err := format.write(&b); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(b.String(), "60 seats, Labour holds 29") {
			t.Errorf("%s report does not quote the passage:\n%s", format.name, b.String())
		}
	}
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	back, err := DecodeReport(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r.Findings[0].Spans, back.Findings[0].Spans); diff != "" {
		t.Errorf("spans after a JSON round trip (-want +got):\n%s", diff)
	}
	// a finding that names claims shows them, not passages
	withClaims := Finding{Check: "arithmetic", Claims: []string{"c1"}, Spans: []claims.Span{span("29")}}
	if got := r.passages(withClaims); got != nil {
		t.Errorf("passages of a finding with claims = %q, want none", got)
	}
	// spans outside the text are left out
	if got := r.passages(Finding{Spans: []claims.Span{{Start: 5, End: 500}}}); got != nil {
		t.Errorf("passages of a span past the text = %q, want none", got)
	}
}
