package claimreview

import (
	"errors"
	"math"
	"strings"
	"time"

	"github.com/veracity-go/veracity/factcheck"
)

// A Review is one ClaimReview as a publisher wrote it, with its rating
// mapped onto veracity's scale. It is plain data, safe to copy and to share
// between goroutines.
type Review struct {
	// ClaimReviewed is the text of the claim (claimReviewed, or else the
	// reviewed item's name or text).
	ClaimReviewed string
	// Claimant is who made the claim: the name of the reviewed item's
	// author; "" when not given.
	Claimant string
	// ClaimDate is when the claim was made or published, zero when not
	// given.
	ClaimDate time.Time
	// Appearance is the URL of a work the claim appeared in, "" when not
	// given.
	Appearance string

	// Rating is the publisher's verdict on veracity's scale; Unverified
	// when RatingOK is false.
	Rating factcheck.Rating
	// RatingOK reports whether the publisher's rating was recognised: a
	// ratingValue on a 1–5 scale or a label the table knows. A review whose
	// label is "Unproven" has RatingOK true and Rating Unverified; one whose
	// label is unknown has RatingOK false.
	RatingOK bool
	// Label is the rating as the publisher wrote it (alternateName, or the
	// rating's name).
	Label string

	// Publisher is the name of the organization that wrote the review, and
	// PublisherURL its address; "" when not given.
	Publisher    string
	PublisherURL string
	// URL is the address of the review.
	URL string
	// Date is when the review was published, zero when not given.
	Date time.Time
}

// A Reader reads ClaimReview markup. The zero Reader uses [DefaultLabels].
// A Reader is safe for concurrent use as long as its Labels are not being
// written.
type Reader struct {
	// Labels maps rating labels to ratings when a review has no usable
	// numeric rating; nil means DefaultLabels.
	Labels Labels
}

// Read reads the ClaimReviews of data with [DefaultLabels]; see
// [Reader.Read].
func Read(data []byte) ([]Review, error) { return Reader{}.Read(data) }

// Read reads the ClaimReviews of data: a JSON-LD document (one node, an
// array of nodes, or an object with "@graph"), or an HTML page whose
// <script type="application/ld+json"> elements hold such documents.
// ClaimReview nodes are found at any depth (a WebPage's mainEntity, say),
// in document order; references by "@id" are followed within a document.
//
// The rating is read from ratingValue when the review gives a 1–5 scale
// (bestRating 5 and worstRating 1, or reversed), through
// [factcheck.RatingFromClaimReview]; otherwise from the label
// (alternateName, else the rating's name) through the Reader's Labels,
// then factcheck's own rating names, then the Labels again with the
// label's first clause ("False. The photo is from 2015" is "False");
// otherwise it is Unverified with RatingOK false.
//
// A document that is not JSON is an error. On an HTML page, a script that
// does not parse is skipped: Read returns the reviews of the other scripts
// together with an error naming the bad ones. A document without
// ClaimReviews gives none and no error.
func (rd Reader) Read(data []byte) ([]Review, error) {
	labels := rd.Labels
	if labels == nil {
		labels = DefaultLabels
	}
	blocks, err := parseBlocks(data)
	if err != nil {
		return nil, err
	}
	var out []Review
	var errs []error
	for _, b := range blocks {
		if b.err != nil {
			errs = append(errs, b.err)
			continue
		}
		ix := make(index)
		ix.add(b.value, 0)
		for _, n := range findReviews(b.value, nil, 0) {
			out = append(out, readReview(n, ix, labels))
		}
	}
	return out, errors.Join(errs...)
}

// findReviews appends the ClaimReview nodes of v, in document order; it
// does not look inside a ClaimReview.
func findReviews(v any, out []node, depth int) []node {
	if depth > maxDepth {
		return out
	}
	switch v := v.(type) {
	case node:
		if hasType(v, "ClaimReview") {
			return append(out, v)
		}
		// Keys in a fixed order, so document order is kept for the usual
		// shapes and the rest is deterministic.
		if g, ok := v["@graph"]; ok {
			out = findReviews(g, out, depth+1)
		}
		for _, k := range sortedKeys(v) {
			if k != "@graph" {
				out = findReviews(v[k], out, depth+1)
			}
		}
	case []any:
		for _, e := range v {
			out = findReviews(e, out, depth+1)
		}
	}
	return out
}

// readReview reads one ClaimReview node.
func readReview(n node, ix index, labels Labels) Review {
	var r Review
	v, _ := prop(n, "claimReviewed")
	r.ClaimReviewed = oneLine(text(v))
	v, _ = prop(n, "url")
	r.URL = text(v)
	if id, ok := n["@id"].(string); r.URL == "" && ok && strings.HasPrefix(id, "http") {
		r.URL = id
	}
	v, _ = prop(n, "datePublished")
	r.Date = parseDate(text(v))
	v, ok := prop(n, "author")
	if !ok {
		v, _ = prop(n, "publisher")
	}
	r.Publisher, r.PublisherURL = agent(v, ix)

	v, _ = prop(n, "itemReviewed")
	readItem(&r, ix.resolve(v), ix, 0)

	v, _ = prop(n, "reviewRating")
	if rr := ix.resolve(v); rr != nil {
		r.Label, r.Rating, r.RatingOK = rating(rr, labels)
	}
	return r
}

// readItem fills in what r says of the claim from the reviewed item and,
// for what it lacks, from the items nested in it.
func readItem(r *Review, item node, ix index, depth int) {
	if item == nil || depth > 4 {
		return
	}
	if r.ClaimReviewed == "" {
		for _, p := range []string{"text", "name"} {
			if v, ok := prop(item, p); ok && text(v) != "" {
				r.ClaimReviewed = oneLine(text(v))
				break
			}
		}
	}
	for _, p := range []string{"author", "creator"} {
		if v, ok := prop(item, p); ok && r.Claimant == "" {
			r.Claimant, _ = agent(v, ix)
		}
	}
	if v, ok := prop(item, "datePublished"); ok && r.ClaimDate.IsZero() {
		r.ClaimDate = parseDate(text(v))
	}
	for _, p := range []string{"appearance", "firstAppearance"} {
		v, ok := prop(item, p)
		if !ok {
			continue
		}
		if s, ok := v.(string); ok && r.Appearance == "" {
			r.Appearance = strings.TrimSpace(s)
			continue
		}
		app := ix.resolve(v)
		if app == nil {
			continue
		}
		if u, _ := prop(app, "url"); r.Appearance == "" {
			r.Appearance = text(u)
		}
		if a, ok := prop(app, "author"); ok && r.Claimant == "" {
			r.Claimant, _ = agent(a, ix)
		}
		if d, ok := prop(app, "datePublished"); ok && r.ClaimDate.IsZero() {
			r.ClaimDate = parseDate(text(d))
		}
	}
	if v, ok := prop(item, "url"); ok && r.Appearance == "" && !hasType(item, "Claim") {
		r.Appearance = text(v) // the older shape: itemReviewed is the work itself
	}
	if v, ok := prop(item, "itemReviewed"); ok {
		readItem(r, ix.resolve(v), ix, depth+1)
	}
}

// agent returns the name and URL of a Person or Organization written as a
// node, a reference, an array (the first) or a bare name.
func agent(v any, ix index) (name, url string) {
	if a, ok := v.([]any); ok {
		for _, e := range a {
			if name, url = agent(e, ix); name != "" || url != "" {
				return name, url
			}
		}
		return "", ""
	}
	if s, ok := v.(string); ok {
		return oneLine(s), ""
	}
	n := ix.resolve(v)
	if n == nil {
		return "", ""
	}
	nv, _ := prop(n, "name")
	uv, _ := prop(n, "url")
	return oneLine(text(nv)), text(uv)
}

// rating maps a Rating node onto veracity's scale.
func rating(rr node, labels Labels) (label string, r factcheck.Rating, ok bool) {
	for _, p := range []string{"alternateName", "name"} {
		if v, found := prop(rr, p); found && text(v) != "" {
			label = oneLine(text(v))
			break
		}
	}
	if r, ok := numericRating(rr, label); ok {
		return label, r, true
	}
	if r, ok := labels.Lookup(label); ok {
		return label, r, true
	}
	if r, ok := factcheck.RatingFromClaimReview(0, label); ok {
		return label, r, true // veracity's own names, whatever the table
	}
	if first := firstClause(label); first != label {
		if r, ok := labels.Lookup(first); ok {
			return label, r, true
		}
	}
	return label, factcheck.Unverified, false
}

// numericRating reads ratingValue when the rating declares a 1–5 scale,
// best 5 and worst 1 or the other way round.
func numericRating(rr node, label string) (factcheck.Rating, bool) {
	get := func(p string) (float64, bool) {
		v, ok := prop(rr, p)
		if !ok {
			return 0, false
		}
		return number(v)
	}
	value, vok := get("ratingValue")
	best, bok := get("bestRating")
	worst, wok := get("worstRating")
	if !vok || !bok || !wok || value != math.Trunc(value) {
		return factcheck.Unverified, false
	}
	switch {
	case best == factcheck.ClaimReviewBest && worst == factcheck.ClaimReviewWorst:
	case best == factcheck.ClaimReviewWorst && worst == factcheck.ClaimReviewBest:
		value = factcheck.ClaimReviewBest + factcheck.ClaimReviewWorst - value
	default:
		return factcheck.Unverified, false
	}
	if value < factcheck.ClaimReviewWorst || value > factcheck.ClaimReviewBest {
		return factcheck.Unverified, false
	}
	return factcheck.RatingFromClaimReview(int(value), label)
}

// firstClause returns s up to its first sentence or clause break: "False.
// The photo was taken in 2015" gives "False".
func firstClause(s string) string {
	if i := strings.IndexAny(s, ".:;!?(—–\n"); i > 0 {
		return strings.TrimSpace(s[:i])
	}
	return s
}

// oneLine collapses the white space of s.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
