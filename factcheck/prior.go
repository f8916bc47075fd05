package factcheck

import (
	"fmt"
	"strings"
	"time"
)

// A PriorCheck is an earlier fact-check, by another publisher, of a claim
// that reads like the one a verdict rates: what lets a report say
// `previously checked by PolitiFact: false ("Pants on Fire!")` with the
// link. It is information for the reader, not evidence the rating rests
// on: checking never reads it and attaching one never changes a rating.
// Package claimreview finds prior checks in ClaimReview markup
// (claimreview.Attach).
//
// A PriorCheck is plain data, safe to copy and to share between
// goroutines.
type PriorCheck struct {
	// Publisher names the organization that published the fact-check;
	// "" when not given.
	Publisher string
	// URL is the address of the fact-check.
	URL string
	// Rating is the publisher's verdict on veracity's scale, and RatingOK
	// whether the publisher's rating was recognised at all; when it is
	// not, Rating is Unverified and Label is all there is.
	Rating   Rating
	RatingOK bool
	// Label is the rating as the publisher wrote it: "Pants on Fire!".
	Label string
	// Claim is the claim the publisher checked, as the publisher wrote
	// it, and Claimant who made it ("" when not given).
	Claim    string
	Claimant string
	// Similarity is how alike Claim and the verdict's claim read, in
	// (0, 1]: a match is made on wording, so a claim and its negation may
	// match, and the reader is to judge.
	Similarity float64
	// Date is when the fact-check was published; zero when not given.
	Date time.Time
	// Note says what the reader should know about the publisher's rating:
	// "ratingValue 5 of 5 disagrees with the label False" (the label
	// decides); "" when there is nothing to say.
	Note string
	// Author is the person who wrote the fact-check, when the markup
	// names one; the organization is Publisher.
	Author string
	// SourceID is the id of the source of the verdict's evidence entry
	// that stands for this prior check, when it was also attached as
	// evidence; the text, Markdown and HTML reports then show it once, as
	// a prior check.
	SourceID string
}

// String says what the text report says: `previously checked by
// PolitiFact: false ("Pants on Fire!") https://…`.
func (p PriorCheck) String() string {
	var b strings.Builder
	b.WriteString("previously checked")
	if p.Publisher != "" {
		b.WriteString(" by " + oneLine(p.Publisher))
	}
	b.WriteString(": " + p.verdictText())
	if p.URL != "" {
		b.WriteString(" " + oneLine(p.URL))
	}
	return b.String()
}

// verdictText says what the publisher found: `false ("Pants on Fire!")`,
// or the label alone when it is not on veracity's scale.
func (p PriorCheck) verdictText() string {
	label := oneLine(p.Label)
	switch {
	case !p.RatingOK && label != "":
		return fmt.Sprintf("%q (not on veracity's scale)", label)
	case !p.RatingOK:
		return "no rating given"
	case label != "" && !sameLabel(label, p.Rating.String()):
		return fmt.Sprintf("%s (%q)", p.Rating, label)
	}
	return p.Rating.String()
}

// detail says which claim the publisher checked, by whom it was made and
// how alike it reads: `claim checked: "Says …" (claimant: Facebook posts;
// similarity 67%)`; "" when the claim is not given.
func (p PriorCheck) detail() string {
	if oneLine(p.Claim) == "" {
		return ""
	}
	var notes []string
	if c := oneLine(p.Claimant); c != "" {
		notes = append(notes, "claimant: "+c)
	}
	notes = append(notes, fmt.Sprintf("similarity %.0f%%", p.Similarity*100))
	if n := oneLine(p.Note); n != "" {
		notes = append(notes, n)
	}
	return fmt.Sprintf("claim checked: \"%s\" (%s)", oneLine(p.Claim), strings.Join(notes, "; "))
}

// sameLabel reports whether a publisher's label says no more than the
// rating's name: "False", "false", "Mostly false" for mostly-false.
func sameLabel(label, rating string) bool {
	norm := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return r == ' ' || r == '-' || r == '_' || r == '.' || r == '!'
		}), " ")
	}
	return norm(label) == norm(rating)
}

// priorSources returns the source ids of the evidence entries that a
// verdict's prior checks stand for.
func (v Verdict) priorSources() map[string]bool {
	var ids map[string]bool
	for _, p := range v.Prior {
		if p.SourceID != "" {
			if ids == nil {
				ids = make(map[string]bool)
			}
			ids[p.SourceID] = true
		}
	}
	return ids
}
