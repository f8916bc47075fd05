package claimreview

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// summitReport is a checked article as an editor would see it: a verdict
// of each kind, claims attributed to a person, an organization and no one.
func summitReport() *factcheck.Report {
	set := &claims.Set{
		Version: 1,
		Document: claims.Document{
			Title:     "Trump–Putin summit: what we know",
			Published: time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC),
			URL:       "https://news.example.com/world/summit",
		},
		Entities: []claims.Entity{
			{ID: "zelenskyy", Name: "Volodymyr Zelenskyy", Aliases: []string{"Zelenskyy"}, Kind: claims.EntityPerson},
			{ID: "summit", Name: "Trump–Putin summit", Kind: claims.EntityEvent},
			{ID: "alaska-purchase", Name: "Alaska Purchase", Kind: claims.EntityEvent},
		},
		Claims: []claims.Claim{
			{ID: "venue", Text: "Anchorage in the US state of Alaska is the venue for the upcoming meeting",
				Attribution: "two White House officials"},
			{ID: "price", Text: "The US bought Alaska from Russia for $7.2 million in 1867"},
			{ID: "since", Text: "more than three and a half years after Moscow's invasion",
				Attribution: "Zelenskyy"},
			{ID: "calls", Text: "the two leaders have spoken  five times by phone this year",
				Attribution: "Tass"},
			{ID: "unknown", Subject: "summit", Property: "venue", Modality: claims.ModalityUnknown},
			{ID: "casualties", Text: "the war has cost more than a million lives",
				Attribution: "the Ministry of Defence"},
		},
	}
	return &factcheck.Report{
		Document: set.Document,
		Claims:   set.Claims,
		Set:      set,
		Verdicts: []factcheck.Verdict{
			{Claim: "venue", Rating: factcheck.True, Confidence: 0.9,
				Explanation: "Joint Base Elmendorf-Richardson lies in Anchorage, Alaska"},
			{Claim: "price", Rating: factcheck.MostlyTrue, Confidence: 0.8,
				Explanation: "the price was $7.2 million, paid in 1868"},
			{Claim: "since", Rating: factcheck.False, Confidence: 0.9,
				Explanation: "3 years, 5 months and 20 days passed between 2022-02-24 and 2025-08-13: less than three and a half years"},
			{Claim: "calls", Rating: factcheck.Conflicting,
				Explanation: "the Kremlin says five calls, the White House four"},
			{Claim: "unknown", Rating: factcheck.Unverified, Explanation: "no reference fact for this claim"},
			{Claim: "casualties", Rating: factcheck.HalfTrue,
				Explanation: "estimates of the dead and wounded together pass a million; of the dead alone they do not"},
		},
	}
}

func TestWriteGolden(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, summitReport(),
		Organization("Example Checks", "https://checks.example.org/"),
		BaseURL("https://checks.example.org/reviews/summit#top"),
		Date(time.Date(2025, 8, 14, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "summit.golden.jsonld")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), buf.String()); diff != "" {
		t.Errorf("Write mismatch (-want +got), go test -update rewrites it:\n%s", diff)
	}
	if probs := Validate(buf.Bytes(), Publisher); len(probs) > 0 {
		t.Errorf("the export does not pass the publisher profile: %v", probs)
	}
}

func TestFromReportDefaults(t *testing.T) {
	r := summitReport()
	r.Claims, r.Verdicts = r.Claims[1:2], r.Verdicts[1:2]
	got := FromReport(r)
	want := []ClaimReview{{
		Context:       "https://schema.org",
		Type:          "ClaimReview",
		ClaimReviewed: "The US bought Alaska from Russia for $7.2 million in 1867",
		ReviewRating: ReviewRating{Type: "Rating", RatingValue: 4, BestRating: 5, WorstRating: 1,
			AlternateName: "Mostly true", RatingExplanation: "the price was $7.2 million, paid in 1868"},
		ItemReviewed: ReviewedClaim{Type: "Claim", DatePublished: "2025-08-13",
			Appearance: &CreativeWork{Type: "NewsArticle", URL: "https://news.example.com/world/summit",
				Headline: "Trump–Putin summit: what we know"}},
		Author:        Agent{Type: "Organization", Name: "veracity"},
		DatePublished: "2025-08-13",
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FromReport without options (-want +got):\n%s", diff)
	}
}

func TestFromReportEdges(t *testing.T) {
	if got := FromReport(nil); got != nil {
		t.Errorf("FromReport(nil) = %v, want nil", got)
	}
	var buf bytes.Buffer
	if err := Write(&buf, &factcheck.Report{}); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "[]\n"; got != want {
		t.Errorf("Write of an empty report = %q, want %q", got, want)
	}
	// A document without date or article: no dates, no appearance.
	r := &factcheck.Report{
		Claims:   []claims.Claim{{ID: "c1", Text: "x"}},
		Verdicts: []factcheck.Verdict{{Claim: "c1", Rating: factcheck.False}},
	}
	got := FromReport(r, Date(time.Date(2025, 1, 2, 15, 4, 5, 0, time.UTC)))
	want := ReviewedClaim{Type: "Claim"}
	if diff := cmp.Diff(want, got[0].ItemReviewed); diff != "" {
		t.Errorf("itemReviewed of an undated document (-want +got):\n%s", diff)
	}
	if got, want := got[0].DatePublished, "2025-01-02T15:04:05Z"; got != want {
		t.Errorf("datePublished with a time of day = %q, want %q", got, want)
	}
}

func TestClaimant(t *testing.T) {
	set := &claims.Set{Entities: []claims.Entity{
		{ID: "tass", Name: "TASS", Kind: claims.EntityOrganization},
		{ID: "z", Name: "Volodymyr Zelenskyy", Aliases: []string{"Zelenskyy"}, Kind: claims.EntityPerson},
		{ID: "office", Name: "Press Office Smith", Kind: claims.EntityPerson},
	}}
	tests := []struct {
		attribution string
		want        *Agent
	}{
		{"", nil},
		{"   ", nil},
		{"Zelenskyy", &Agent{Type: "Person", Name: "Zelenskyy"}},
		{"zelenskyy", &Agent{Type: "Person", Name: "zelenskyy"}},
		{"Tass", &Agent{Type: "Organization", Name: "Tass"}},
		// The knowledge base wins over the cue words.
		{"Press Office Smith", &Agent{Type: "Person", Name: "Press Office Smith"}},
		{"the Ministry of Defence", &Agent{Type: "Organization", Name: "the Ministry of Defence"}},
		{"two White House officials", &Agent{Type: "Organization", Name: "two White House officials"}},
		{"Jane  Doe", &Agent{Type: "Person", Name: "Jane Doe"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, claimant(tt.attribution, set)); diff != "" {
			t.Errorf("claimant(%q) (-want +got):\n%s", tt.attribution, diff)
		}
	}
}

func TestReviewURL(t *testing.T) {
	tests := []struct{ base, id, want string }{
		{"", "c1", ""},
		{"https://x.example/r", "c1", "https://x.example/r#c1"},
		{"https://x.example/r#old", "c1", "https://x.example/r#c1"},
		{"https://x.example/r", "a b/c", "https://x.example/r#a%20b%2Fc"},
	}
	for _, tt := range tests {
		if got := reviewURL(tt.base, tt.id); got != tt.want {
			t.Errorf("reviewURL(%q, %q) = %q, want %q", tt.base, tt.id, got, tt.want)
		}
	}
}
