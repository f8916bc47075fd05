package factcheck_test

import (
	"encoding/json"
	"os"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/sources"
)

// exampleReport is a small report built by hand, as a Checker would.
func exampleReport() *factcheck.Report {
	historian := sources.Source{ID: "state-historian", Name: "Office of the Historian",
		URL: "https://history.state.gov/milestones/1866-1898/alaska-purchase", Reliability: claims.ReliabilityA}
	return &factcheck.Report{
		Document: claims.Document{Title: "The Alaska Purchase", Published: time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)},
		Claims: []claims.Claim{
			{ID: "c1", Text: "the US paid $9 million for Alaska", Subject: "alaska-purchase", Property: "price",
				Value: claims.Value{Kind: claims.KindMoney, Text: "$9 million", Amount: 9e6, Unit: "USD"}},
			{ID: "c2", Text: "the treaty was signed in March 1867", Subject: "alaska-purchase", Property: "date",
				Value: claims.Value{Kind: claims.KindTime, Text: "March 1867", Granularity: claims.GranularityMonth,
					Start: time.Date(1867, 3, 1, 0, 0, 0, 0, time.UTC), End: time.Date(1867, 4, 1, 0, 0, 0, 0, time.UTC)}},
		},
		Verdicts: []factcheck.Verdict{
			{Claim: "c1", Rating: factcheck.False, Confidence: 0.95,
				Explanation: "the reference gives $7.2 million",
				Evidence:    []sources.Evidence{{Source: historian, Stance: sources.Refutes}}},
			{Claim: "c2", Explanation: "no reference fact for this claim"},
		},
		Findings: []factcheck.Finding{
			{Check: "unsourced", Severity: factcheck.Info, Claims: []string{"c1"},
				Message: "a check-worthy claim with neither attribution nor source"},
		},
	}
}

func ExampleReport_WriteText() {
	exampleReport().WriteText(os.Stdout, factcheck.TextOptions{})
	// Output:
	// The Alaska Purchase
	// published 2025-08-13
	// 2 claims: 1 false, 1 unverified · 1 finding (1 info)
	//
	// Findings
	//
	//   info unsourced: a check-worthy claim with neither attribution nor source
	//     [c1] "the US paid $9 million for Alaska"
	//       alaska-purchase · price: $9,000,000 (as written: $9 million)
	//
	// Verdicts
	//
	//   FALSE (1)
	//
	//     [c1] "the US paid $9 million for Alaska" (confidence 95%)
	//       alaska-purchase · price: $9,000,000 (as written: $9 million)
	//       the reference gives $7.2 million
	//       source: Office of the Historian (reliability A, refutes) https://history.state.gov/milestones/1866-1898/alaska-purchase
	//
	//   UNVERIFIED (1)
	//     [c2] "the treaty was signed in March 1867"
	//       alaska-purchase · date: March 1867
}

func ExampleReport_WriteMarkdown() {
	exampleReport().WriteMarkdown(os.Stdout)
	// Output:
	// # The Alaska Purchase
	//
	// Published 2025-08-13
	//
	// 2 claims: 1 false, 1 unverified · 1 finding (1 info)
	//
	// ## Findings
	//
	// - **info** `unsourced`: a check-worthy claim with neither attribution nor source
	//   - **c1** the US paid \$9 million for Alaska — *alaska-purchase · price: \$9,000,000 (as written: \$9 million)*
	//
	// ## Verdicts
	//
	// | Claim | Rating | Explanation | Sources |
	// | --- | --- | --- | --- |
	// | **c1** the US paid \$9 million for Alaska — *alaska-purchase · price: \$9,000,000 (as written: \$9 million)* | **false** | the reference gives \$7.2 million | [Office of the Historian](https://history.state.gov/milestones/1866-1898/alaska-purchase) |
	// | **c2** the treaty was signed in March 1867 — *alaska-purchase · date: March 1867* | unverified | no reference fact for this claim |  |
}

func ExampleReport_WriteJSONLine() {
	r := exampleReport()
	r.File = "alaska.yaml"
	r.Claims, r.Verdicts = r.Claims[1:], r.Verdicts[1:]
	r.Findings = nil
	r.WriteJSONLine(os.Stdout)
	// Output:
	// {"version":1,"file":"alaska.yaml","document":{"title":"The Alaska Purchase","published":"2025-08-13"},"claims":[{"id":"c2","text":"the treaty was signed in March 1867","subject":"alaska-purchase","property":"date","value":{"kind":"time","text":"March 1867","start":"1867-03-01","end":"1867-04-01","granularity":"month"},"modality":"asserted","attribution":""}],"verdicts":[{"claim":"c2","rating":"unverified","confidence":0,"explanation":"no reference fact for this claim","evidence":[]}],"findings":[],"summary":{"claims":1,"verdicts":{"unverified":1},"findings":0}}
}

func ExampleValueJSON() {
	v := claims.Value{Kind: claims.KindDuration, Text: "more than 3.5 years", Amount: 3.5, Unit: "year", Cmp: claims.CmpGreater}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(factcheck.ValueJSON(v)); err != nil {
		panic(err)
	}
	// Output:
	// {"kind":"duration","text":"more than 3.5 years","amount":3.5,"unit":"year","cmp":">"}
}
