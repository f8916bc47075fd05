package claimreview

import (
	"context"
	"math"

	"github.com/veracity-go/veracity/factcheck"
)

// MaxAttached is how many prior checks [Attach] gives one claim at most,
// the best matches: a claim that went viral may have been checked by a
// dozen publishers, and a report lists a few.
const MaxAttached = 5

// Factcheck returns the prior check as package factcheck models it, for
// a [factcheck.Verdict]'s Prior. Its SourceID is the id of the source of
// [PriorCheck.Evidence], so that a report that holds both shows it once;
// its Similarity is the Score to three decimals, as a report shows it.
func (p PriorCheck) Factcheck() factcheck.PriorCheck {
	r := p.Review
	return factcheck.PriorCheck{
		Publisher:  r.Publisher,
		URL:        r.URL,
		Rating:     r.Rating,
		RatingOK:   r.RatingOK,
		Label:      r.Label,
		Claim:      r.ClaimReviewed,
		Claimant:   r.Claimant,
		Similarity: math.Round(p.Score*1000) / 1000,
		Date:       r.Date,
		SourceID:   SourceOf(r).ID,
		Note:       r.Note,
		Author:     r.Author,
	}
}

// Attach matches the claims of report against the reviews of ix and
// attaches to each claim's verdict its matches, best first and at most
// [MaxAttached]: each both as a prior check ([PriorCheck.Factcheck]) and
// as evidence ([PriorCheck.Evidence]). Ratings, confidences and
// explanations are left as they are: a prior check tells the reader what
// others found, it does not decide the claim. A threshold of zero or less
// means [DefaultThreshold]. Reviews already attached to a verdict (by
// source id) are not attached again, so attaching twice changes nothing.
//
// A claim without a verdict gets none. Attach returns how many matches it
// attached. It modifies report and must not run concurrently with other
// uses of it; ix may be shared.
func Attach(report *factcheck.Report, ix *Index, threshold float64) int {
	n, _ := AttachContext(context.Background(), report, ix, threshold)
	return n
}

// AttachContext is [Attach] under ctx: when ctx is done it stops, within
// a few claims, and returns how many matches it attached and ctx's error.
func AttachContext(ctx context.Context, report *factcheck.Report, ix *Index, threshold float64) (int, error) {
	if report == nil || ix == nil || len(ix.reviews) == 0 {
		return 0, nil
	}
	verdict := make(map[string]int, len(report.Verdicts))
	for i, v := range report.Verdicts {
		if _, dup := verdict[v.Claim]; !dup {
			verdict[v.Claim] = i
		}
	}
	n := 0
	done := make(map[string]bool)
	for k, c := range report.Claims {
		if err := ctxErr(ctx, k); err != nil {
			return n, err
		}
		i, ok := verdict[c.ID]
		if !ok || done[c.ID] {
			continue
		}
		done[c.ID] = true
		v := &report.Verdicts[i]
		have := make(map[string]bool)
		for _, p := range v.Prior {
			have[p.SourceID] = true
		}
		matches := ix.LookupTop(c.Text, threshold, MaxAttached)
		for _, m := range matches[:min(len(matches), MaxAttached)] {
			m.Claim = c.ID
			fp := m.Factcheck()
			if have[fp.SourceID] {
				continue
			}
			have[fp.SourceID] = true
			v.Prior = append(v.Prior, fp)
			v.Evidence = append(v.Evidence, m.Evidence())
			n++
		}
	}
	return n, nil
}
