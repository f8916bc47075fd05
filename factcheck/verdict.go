package factcheck

import (
	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// A Verdict rates one claim against the reference facts.
type Verdict struct {
	// Claim is the id of the claim rated.
	Claim  string
	Rating Rating
	// Confidence is in [0, 1].
	Confidence float64
	// Explanation is a sentence a reader can follow, with the figures:
	// "3 years, 5 months and 20 days passed between 2022-02-24 and
	// 2025-08-13: less than three and a half years".
	Explanation string
	// Evidence lists the sources the verdict rests on, and any prior
	// check attached as evidence too (see [PriorCheck.SourceID]).
	Evidence []sources.Evidence
	// Prior lists earlier fact-checks of claims that read like this one,
	// best match first: information for the reader, which the rating does
	// not rest on.
	Prior []PriorCheck
}

// A Finding is about the claim set itself: claims that contradict each
// other, figures that do not add up.
type Finding struct {
	// Check is the name of the check that reported it.
	Check    string
	Severity Severity
	// Claims are the ids of the claims involved; two or more for a
	// contradiction.
	Claims  []string
	Message string
	// Spans are the places in the document's text the finding is about,
	// in byte offsets, when the check reads the text itself (arithmetic
	// over figures that no claim may hold); nil otherwise.
	Spans []claims.Span
}
