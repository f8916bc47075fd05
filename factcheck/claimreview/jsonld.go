package claimreview

// The JSON-LD node types FromReport builds. Field order is the order in
// which Write prints the properties. They are plain data, safe to copy and
// to share between goroutines.

// Context is the JSON-LD context of every top-level node Write prints, the
// one schema-dts's WithContext expects.
const Context = "https://schema.org"

// A ClaimReview is one schema.org ClaimReview: a review of one claim. Like
// the other node types here, it is plain data, safe to copy and share.
type ClaimReview struct {
	// Context is "https://schema.org".
	Context string `json:"@context"`
	// Type is "ClaimReview".
	Type string `json:"@type"`
	// URL is the address of the review: the base URL, "#" and the claim's
	// id; empty when no base URL was given.
	URL string `json:"url,omitempty"`
	// ClaimReviewed is the text of the claim.
	ClaimReviewed string        `json:"claimReviewed"`
	ReviewRating  ReviewRating  `json:"reviewRating"`
	ItemReviewed  ReviewedClaim `json:"itemReviewed"`
	// Author is the organization that reviewed the claim.
	Author Agent `json:"author"`
	// DatePublished is when the review was published (ISO 8601).
	DatePublished string `json:"datePublished,omitempty"`
}

// A ReviewRating is a ClaimReview's schema.org Rating.
type ReviewRating struct {
	// Type is "Rating".
	Type string `json:"@type"`
	// RatingValue is on the scale WorstRating (1, false) to BestRating
	// (5, true). All three are zero, and left out, for a rating with no
	// place on the scale (conflicting, unverified).
	RatingValue int `json:"ratingValue,omitempty"`
	BestRating  int `json:"bestRating,omitempty"`
	WorstRating int `json:"worstRating,omitempty"`
	// AlternateName is the rating as a reader sees it: "False", "Mostly
	// true".
	AlternateName string `json:"alternateName"`
	// RatingExplanation is the verdict's explanation.
	RatingExplanation string `json:"ratingExplanation,omitempty"`
}

// A ReviewedClaim is the schema.org Claim a ClaimReview reviews: who made
// it, when, and where it appeared.
type ReviewedClaim struct {
	// Type is "Claim".
	Type string `json:"@type"`
	// Author is who the claim is attributed to; nil when it is not
	// attributed.
	Author *Agent `json:"author,omitempty"`
	// DatePublished is when the article carrying the claim was published.
	DatePublished string `json:"datePublished,omitempty"`
	// Appearance is the article carrying the claim; nil when neither its
	// URL nor its title is known.
	Appearance *CreativeWork `json:"appearance,omitempty"`
}

// An Agent is a schema.org Person or Organization.
type Agent struct {
	// Type is "Person" or "Organization".
	Type string `json:"@type"`
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

// A CreativeWork is the work a claim appeared in; FromReport writes the
// checked article as a NewsArticle.
type CreativeWork struct {
	// Type is "NewsArticle" for an article, or another CreativeWork type.
	Type     string `json:"@type"`
	URL      string `json:"url,omitempty"`
	Headline string `json:"headline,omitempty"`
}
