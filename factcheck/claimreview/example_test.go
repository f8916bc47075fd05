package claimreview_test

import (
	"fmt"
	"os"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/claimreview"
)

// Export a checked article's verdicts as ClaimReview markup, to paste into
// the page that publishes the check.
func Example() {
	report := &factcheck.Report{
		Document: claims.Document{
			Title:     "Alaska, 1867",
			URL:       "https://news.example.com/alaska",
			Published: time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC),
		},
		Claims: []claims.Claim{{ID: "c1", Text: "Alaska was bought for $7.2 million", Attribution: "the mayor"}},
		Verdicts: []factcheck.Verdict{{Claim: "c1", Rating: factcheck.True,
			Explanation: "the Treaty of Cession gives $7.2 million"}},
	}
	err := claimreview.Write(os.Stdout, report,
		claimreview.Organization("Example Checks", "https://checks.example.org/"),
		claimreview.BaseURL("https://checks.example.org/alaska"))
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// [
	//   {
	//     "@context": "https://schema.org",
	//     "@type": "ClaimReview",
	//     "url": "https://checks.example.org/alaska#c1",
	//     "claimReviewed": "Alaska was bought for $7.2 million",
	//     "reviewRating": {
	//       "@type": "Rating",
	//       "ratingValue": 5,
	//       "bestRating": 5,
	//       "worstRating": 1,
	//       "alternateName": "True",
	//       "ratingExplanation": "the Treaty of Cession gives $7.2 million"
	//     },
	//     "itemReviewed": {
	//       "@type": "Claim",
	//       "author": {
	//         "@type": "Person",
	//         "name": "the mayor"
	//       },
	//       "datePublished": "2025-08-13",
	//       "appearance": {
	//         "@type": "NewsArticle",
	//         "url": "https://news.example.com/alaska",
	//         "headline": "Alaska, 1867"
	//       }
	//     },
	//     "author": {
	//       "@type": "Organization",
	//       "name": "Example Checks",
	//       "url": "https://checks.example.org/"
	//     },
	//     "datePublished": "2025-08-13"
	//   }
	// ]
}

// Read other fact-checkers' markup and find which claims of an article
// they have checked before.
func ExampleMatch() {
	page := []byte(`<html><head>
<script type="application/ld+json">
{"@context": "https://schema.org", "@type": "ClaimReview",
 "url": "https://www.politifact.com/factchecks/moon",
 "author": {"@type": "Organization", "name": "PolitiFact", "url": "https://www.politifact.com"},
 "claimReviewed": "Says the moon landing footage was filmed in a Nevada studio",
 "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 6, "worstRating": 1,
                  "alternateName": "Pants on Fire!"}}
</script></head></html>`)
	reviews, err := claimreview.Read(page)
	if err != nil {
		fmt.Println(err)
		return
	}
	article := []claims.Claim{
		{ID: "c1", Text: "the Moon landing footage was filmed in a studio in Nevada"},
		{ID: "c2", Text: "Apollo 11 launched on 16 July 1969"},
	}
	for _, p := range claimreview.Match(reviews, article, 0) {
		fmt.Printf("%s: %s\n", p.Claim, p)
	}
	// Output:
	// c1: previously checked by PolitiFact: false ("Pants on Fire!") https://www.politifact.com/factchecks/moon
}

// Check markup before publishing it.
func ExampleValidate() {
	doc := []byte(`[{"@context": "https://schema.org", "@type": "ClaimReview",
  "url": "https://elsewhere.example/review",
  "author": {"@type": "Organization", "name": "Checks", "url": "https://checks.example/"},
  "claimReviewed": "The bridge cost $2 billion",
  "reviewRating": {"@type": "Rating", "ratingValue": 7, "alternateName": "False"}}]`)
	for _, p := range claimreview.Validate(doc, claimreview.Publisher) {
		fmt.Println(p)
	}
	// Output:
	// [0].reviewRating.ratingValue: error: 7 is outside the scale 1 (worst) to 5 (best)
	// [0].url: error: elsewhere.example is not on the publisher's site checks.example
}
