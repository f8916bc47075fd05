package factcheck

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

func init() {
	// Another test file of the package may define -update too; share it.
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata/golden")
	}
}

// updating reports whether the test run was asked to rewrite golden files.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// checkGolden compares got with testdata/golden/name, or rewrites the file
// when run with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if updating() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s mismatch (-want +got):\n%s", path, diff)
	}
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

var (
	srcHistorian = sources.Source{ID: "state-historian", Name: "Office of the Historian, U.S. Department of State",
		URL: "https://history.state.gov/milestones/1866-1898/alaska-purchase", Reliability: claims.ReliabilityA}
	srcWhiteHouse = sources.Source{ID: "white-house", Name: "The White House", URL: "https://www.whitehouse.gov/briefings/", Reliability: claims.ReliabilityB}
	srcBlog       = sources.Source{ID: "blog", Name: "Some blog (unrated)"}
	srcPolitiFact = sources.Source{ID: "claimreview:https://www.politifact.com/factchecks/2024/may/02/facebook-posts/alaska-price/",
		Name: "PolitiFact fact-check: Says the U.S. paid $7.5 million for Alaska.",
		URL:  "https://www.politifact.com/factchecks/2024/may/02/facebook-posts/alaska-price/"}
)

// testReport returns a report built by hand with one of everything the
// renderers show: every kind of value, ratings of every group, evidence
// with and without URLs, prior checks (one also attached as evidence, one
// with a label off veracity's scale and a URL that may not be linked), and
// findings of each severity. Its texts hold
// characters that Markdown and terminals treat specially.
func testReport() *Report {
	return &Report{
		Document: claims.Document{
			Title:     "Trump–Putin summit: what we *know*",
			Published: day(2025, 8, 13),
			URL:       "https://example.org/news/summit",
			Language:  "en",
		},
		Claims: []claims.Claim{
			{ID: "venue-anchorage", Text: "Anchorage in the US state of Alaska is the venue for the upcoming meeting",
				Span: claims.Span{Start: 0, End: 72}, Subject: "summit", Property: "venue",
				Value:       claims.Value{Kind: claims.KindPlace, Text: "Anchorage", Entity: "anchorage"},
				Attribution: "two White House officials", Sources: []string{"white-house"}, Worthiness: 0.9},
			{ID: "venue-unknown", Text: "the exact location of the\nTrump-Putin summit is yet not known",
				Span: claims.Span{Start: 74, End: 135}, Subject: "summit", Property: "venue", Modality: claims.ModalityUnknown},
			{ID: "price", Text: "the US paid $7.5 million for Alaska", Subject: "alaska-purchase", Property: "price",
				Value: claims.Value{Kind: claims.KindMoney, Text: "$7.5 million", Amount: 7500000, Unit: "USD", Precision: 50000}},
			{ID: "since-invasion", Text: "more than three and a half years after Moscow's invasion",
				Subject: "invasion", Property: "time-since", Modality: claims.ModalityHedged,
				Value: claims.Value{Kind: claims.KindDuration, Text: "more than three and a half years", Amount: 3.5, Unit: "year", Cmp: claims.CmpGreater},
				AsOf:  claims.Value{Kind: claims.KindTime, Start: day(2025, 8, 13), End: day(2025, 8, 14), Granularity: claims.GranularityDay}},
			{ID: "purchase-date", Text: "Alaska was bought in 1867", Subject: "alaska-purchase", Property: "date",
				Value: claims.Value{Kind: claims.KindTime, Text: "1867", Start: day(1867, 1, 1), End: day(1868, 1, 1), Granularity: claims.GranularityYear}},
			{ID: "revenue", Text: "Revenue | rose *15%* to $1.2bn from $1.1bn", Subject: "acme", Property: "revenue-growth",
				Value: claims.Value{Kind: claims.KindPercent, Text: "15%", Amount: 15, Unit: "%"}, Worthiness: 0.75},
			{ID: "calls", Text: "there were no phone calls \x1b[31mbetween them", Subject: "summit", Property: "calls",
				Value: claims.Value{Kind: claims.KindCount, Text: "no phone calls", Amount: 0, Unit: "phone call"}, Modality: claims.ModalityNegated},
		},
		Verdicts: []Verdict{
			{Claim: "venue-anchorage", Rating: True, Confidence: 0.9,
				Explanation: "the reference gives Joint Base Elmendorf-Richardson, which lies in Anchorage",
				Evidence:    []sources.Evidence{{Source: srcWhiteHouse, Quote: "The meeting will be held at JBER.", Stance: sources.Supports}}},
			{Claim: "venue-unknown", Explanation: "no reference fact for this claim",
				Prior: []PriorCheck{{Publisher: "Fact <Check> | Desk", URL: "javascript:alert(1)", Label: "Four *Stars*",
					Claim: "Nobody knows where the summit\x1b[2J will be", Similarity: 0.55}}},
			{Claim: "price", Rating: False, Confidence: 0.95,
				Explanation: "the reference gives $7.2 million (7200000 USD), not $7.5 million",
				Evidence: []sources.Evidence{
					{Source: srcHistorian, Quote: "the United States paid Russia $7.2 million", Stance: sources.Refutes},
					{Source: srcPolitiFact, Quote: `PolitiFact rated "Says the U.S. paid $7.5 million for Alaska." Pants on Fire!`, Stance: sources.Refutes},
				},
				Prior: []PriorCheck{{Publisher: "PolitiFact", URL: srcPolitiFact.URL, Rating: False, RatingOK: true, Label: "Pants on Fire!",
					Claim: "Says the U.S. paid $7.5 million for Alaska.", Claimant: "Facebook posts", Similarity: 0.707,
					Date: day(2024, 5, 2), SourceID: srcPolitiFact.ID}}},
			{Claim: "since-invasion", Rating: False, Confidence: 0.8,
				Explanation: "3 years, 5 months and 20 days passed between 2022-02-24 and 2025-08-13: less than three and a half years"},
			{Claim: "purchase-date", Rating: True, Confidence: 1,
				Explanation: "the Alaska Purchase was signed on 1867-03-30",
				Evidence:    []sources.Evidence{{Source: srcHistorian, Stance: sources.Supports}}},
			{Claim: "revenue", Rating: Conflicting, Confidence: 0.5,
				Explanation: "reliable sources disagree: 15% | 12%",
				Evidence: []sources.Evidence{
					{Source: srcWhiteHouse, Quote: "up 15%", Stance: sources.Supports},
					{Source: srcBlog, Quote: "up [12%]", Stance: sources.Refutes},
				}},
			{Claim: "calls", Explanation: "no reference fact for this claim"},
		},
		Findings: []Finding{
			{Check: "certainty-conflict", Severity: Warning, Claims: []string{"venue-anchorage", "venue-unknown"},
				Message: `the venue of summit is given as Anchorage ("venue-anchorage") and called unknown ("venue-unknown")`},
			{Check: "arithmetic", Severity: Error, Claims: []string{"revenue"},
				Message: "$1.1bn plus 15% is $1.265bn, not $1.2bn"},
			{Check: "unsourced", Severity: Info, Claims: []string{"calls"},
				Message: "a check-worthy claim with neither attribution nor source"},
		},
	}
}
