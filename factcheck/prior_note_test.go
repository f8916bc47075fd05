package factcheck

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A prior check's note (a ratingValue that disagrees with the label) and
// author (the journalist, beside the publishing organization) reach the
// JSON report, come back from it, and the note is shown in the text report.
func TestPriorNoteAndAuthor(t *testing.T) {
	p := PriorCheck{Publisher: "AFP Fact Check", Author: "Jane Reporter", URL: "https://factcheck.afp.com/x",
		Rating: False, RatingOK: true, Label: "False", Claim: "Masks cause oxygen deficiency", Similarity: 0.8,
		Note: "ratingValue 5 of 5 disagrees with the label False"}
	r := &Report{Verdicts: []Verdict{{Claim: "c1", Prior: []PriorCheck{p}}}}
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"note":"ratingValue 5 of 5 disagrees with the label False"`, `"author":"Jane Reporter"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("JSON report lacks %s:\n%s", want, data)
		}
	}
	got, err := DecodeReport(data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p, got.Verdicts[0].Prior[0]); diff != "" {
		t.Errorf("prior check after a round trip (-want +got):\n%s", diff)
	}
	if d := p.detail(); !strings.Contains(d, "ratingValue 5 of 5 disagrees with the label False") {
		t.Errorf("detail() = %q, want the note", d)
	}
}
