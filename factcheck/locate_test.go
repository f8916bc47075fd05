package factcheck

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
)

func TestLocateClaims(t *testing.T) {
	text := "The council will spend £3.2 billion. Critics said the council will spend too much. The council will spend £3.2 billion, it said again."
	cs := []claims.Claim{
		{ID: "a", Text: "The council will spend £3.2 billion"},
		{ID: "given", Text: "Critics said", Span: claims.Span{Start: 38, End: 50}},
		{ID: "b", Text: "The council will spend £3.2 billion"}, // the second occurrence, after the previous claim
		{ID: "absent", Text: "not in the article at all"},
		{ID: "short", Text: "said"},
	}
	got := locateClaims(text, cs)
	want := []claims.Span{{Start: 0, End: 36}, {Start: 38, End: 50}, {Start: 84, End: 120}, {}, {}}
	var spans []claims.Span
	for _, c := range got {
		spans = append(spans, c.Span)
	}
	if diff := cmp.Diff(want, spans); diff != "" {
		t.Errorf("spans (-want +got):\n%s", diff)
	}
	for i, c := range got {
		if !c.Span.IsZero() && text[c.Span.Start:c.Span.End] != c.Text {
			t.Errorf("claim %s: span %v holds %q, not its text", c.ID, c.Span, text[c.Span.Start:c.Span.End])
		}
		if cs[i].Span != (claims.Span{}) && cs[i].ID != "given" {
			t.Errorf("claim %s of the input was modified", cs[i].ID)
		}
	}
}

// A set of many claims none of which is in a long text stops searching
// once it has read the text locateBudget times, instead of once a claim.
func TestLocateClaimsBounded(t *testing.T) {
	text := strings.Repeat("a", 1<<16)
	cs := make([]claims.Claim, 10_000)
	for i := range cs {
		cs[i] = claims.Claim{ID: "c", Text: "not in the text at all"}
	}
	cs = append(cs, claims.Claim{ID: "late", Text: strings.Repeat("a", 10)})
	got := locateClaims(text, cs)
	if !got[len(got)-1].Span.IsZero() {
		t.Errorf("the search went on past its budget and placed the last claim at %v", got[len(got)-1].Span)
	}
}
