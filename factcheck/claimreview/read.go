package claimreview

import (
	"bytes"
	"fmt"
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
	// label the table knows or, failing that, a ratingValue on a 1–5
	// scale. A review whose label is "Unproven" has RatingOK true and
	// Rating Unverified; one whose label is unknown and whose number is
	// missing or on another scale has RatingOK false.
	RatingOK bool
	// Label is the rating as the publisher wrote it (alternateName, or the
	// rating's name).
	Label string
	// Note says what the reader should know about the rating: that the
	// publisher's ratingValue disagrees with its label ("ratingValue 5 of
	// 5 disagrees with the label False"), the label deciding; "" when
	// there is nothing to say.
	Note string

	// Publisher is the name of the fact-checking organization that wrote
	// the review, and PublisherURL its address: the review's publisher,
	// else an author that is an Organization, else the page's site name
	// (og:site_name) or the review URL's host; "" when none is given.
	Publisher    string
	PublisherURL string
	// Author is the person who wrote the review, when the markup names one
	// (an author that is a Person); "" otherwise.
	Author string
	// URL is the address of the review, absolute when the document gives
	// the address it is resolved against (see [Reader.BaseURL]).
	URL string
	// Date is when the review was published, zero when not given.
	Date time.Time

	// Warnings say what of the markup could not be read and was left out:
	// a date in a form veracity does not read, a relative URL with nothing
	// to resolve it against.
	Warnings []string
}

// A Reader reads ClaimReview markup. The zero Reader uses [DefaultLabels].
// A Reader is safe for concurrent use as long as its Labels are not being
// written.
type Reader struct {
	// Labels maps rating labels to ratings; nil means DefaultLabels.
	Labels Labels
	// BaseURL is the address of the document being read, against which
	// relative URLs are resolved when an HTML page gives neither a
	// canonical link nor og:url; "" when not known.
	BaseURL string
	// MaxSize bounds the bytes read, after decompression; zero or less
	// means DefaultMaxSize. A larger document is an error that wraps
	// [ErrTooLarge].
	MaxSize int64
}

// Read reads the ClaimReviews of data with [DefaultLabels]; see
// [Reader.Read].
func Read(data []byte) ([]Review, error) { return Reader{}.Read(data) }

// Read reads the ClaimReviews of data: a JSON-LD document (one node, an
// array of nodes, or an object with "@graph"), an HTML page whose
// <script type="application/ld+json"> elements hold such documents, or a
// response of the Google Fact Check Tools API's claims:search
// ({"claims": [{"text", "claimant", "claimReview": [...]}]}), any of them
// gzip-compressed or not. ClaimReview nodes are found at any depth (a
// WebPage's mainEntity, say), in document order; references by "@id" are
// followed within a document. Documents larger than [WholeLimit] are
// streamed (see [Reader.Stream]).
//
// The rating is read from the label (alternateName, else the rating's
// name, or textualRating) through the Reader's Labels, then veracity's
// own rating names, then the Labels again with the label's first clause
// ("False. The photo is from 2015" is "False") and its first words. When
// the label is known it decides, and a ratingValue that says otherwise is
// noted in [Review.Note]; when it is not, ratingValue decides if the
// review declares a 1–5 scale (bestRating 5 and worstRating 1, or
// reversed), through [factcheck.RatingFromClaimReview]; otherwise the
// review is Unverified with RatingOK false.
//
// Text fields are read with HTML character references decoded
// ("Singh&#039;s" is "Singh's"). Relative URLs are resolved against the
// page's canonical link or og:url, or else the Reader's BaseURL, and
// scheme-less ones ("aosfatos.org/noticias/…") get https://.
//
// A document that is not JSON is an error (a [*SyntaxError] saying
// where). On an HTML page, a script that does not parse is skipped: Read
// returns the reviews of the other scripts together with an error naming
// the bad ones. A document without ClaimReviews gives none and no error.
func (rd Reader) Read(data []byte) ([]Review, error) {
	var out []Review
	err := rd.Stream(bytes.NewReader(data), func(r Review) { out = append(out, r) })
	return out, err
}

// A readState is what reading one document needs besides the markup.
type readState struct {
	labels *labelIndex
	page   pageInfo
}

// newReadState returns the state for reading a document of rd with the
// page information page.
func (rd Reader) newReadState(page pageInfo) *readState {
	labels := rd.Labels
	if labels == nil {
		labels = DefaultLabels
	}
	if page.base == nil && rd.BaseURL != "" {
		page.base = parseBase(rd.BaseURL)
	}
	return &readState{labels: newLabelIndex(labels), page: page}
}

// reviews calls fn with the reviews of one JSON-LD document v.
func (st *readState) reviews(v any, fn func(Review)) {
	ix := make(index)
	ix.add(v, 0)
	for _, n := range findReviews(v, nil, 0) {
		if isGoogleClaim(n) {
			for _, r := range st.readGoogle(n) {
				fn(r)
			}
			continue
		}
		fn(st.readReview(n, ix))
	}
}

// findReviews appends the ClaimReview nodes of v, and the claims of a
// Google Fact Check Tools API response, in document order; it does not
// look inside them.
func findReviews(v any, out []node, depth int) []node {
	if depth > maxDepth {
		return out
	}
	switch v := v.(type) {
	case node:
		if hasType(v, "ClaimReview") || isGoogleClaim(v) {
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
func (st *readState) readReview(n node, ix index) Review {
	var r Review
	v, _ := prop(n, "claimReviewed")
	r.ClaimReviewed = oneLine(text(v))
	v, _ = prop(n, "url")
	r.URL = text(v)
	if id, ok := n["@id"].(string); r.URL == "" && ok && strings.HasPrefix(id, "http") {
		r.URL = id
	}
	r.URL = st.resolve(&r, "url", r.URL)
	v, _ = prop(n, "datePublished")
	r.Date = st.date(&r, "datePublished", v)
	st.readAgents(&r, n, ix)

	v, _ = prop(n, "itemReviewed")
	st.readItem(&r, ix.resolve(v), ix, 0)

	v, _ = prop(n, "reviewRating")
	if rr := ix.resolve(v); rr != nil {
		r.Label, r.Rating, r.RatingOK, r.Note = st.rating(rr)
	}
	return r
}

// readItem fills in what r says of the claim from the reviewed item and,
// for what it lacks, from the items nested in it.
func (st *readState) readItem(r *Review, item node, ix index, depth int) {
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
			r.Claimant = agentOf(v, ix).name
		}
	}
	if v, ok := prop(item, "datePublished"); ok && r.ClaimDate.IsZero() {
		r.ClaimDate = st.date(r, "itemReviewed datePublished", v)
	}
	for _, p := range []string{"appearance", "firstAppearance"} {
		v, ok := prop(item, p)
		if !ok {
			continue
		}
		if s, ok := v.(string); ok && r.Appearance == "" {
			r.Appearance = st.resolve(r, p, text(s))
			continue
		}
		app := ix.resolve(v)
		if app == nil {
			continue
		}
		if u, _ := prop(app, "url"); r.Appearance == "" {
			r.Appearance = st.resolve(r, p+" url", text(u))
		}
		if a, ok := prop(app, "author"); ok && r.Claimant == "" {
			r.Claimant = agentOf(a, ix).name
		}
		if d, ok := prop(app, "datePublished"); ok && r.ClaimDate.IsZero() {
			r.ClaimDate = st.date(r, p+" datePublished", d)
		}
	}
	if v, ok := prop(item, "url"); ok && r.Appearance == "" && !hasType(item, "Claim") {
		r.Appearance = st.resolve(r, "itemReviewed url", text(v)) // the older shape: itemReviewed is the work itself
	}
	if v, ok := prop(item, "itemReviewed"); ok {
		st.readItem(r, ix.resolve(v), ix, depth+1)
	}
}

// rating maps a Rating node onto veracity's scale: the label when the
// table knows it, with a note when the number disagrees; else the number
// on a declared 1–5 scale.
func (st *readState) rating(rr node) (label string, r factcheck.Rating, ok bool, note string) {
	for _, p := range []string{"alternateName", "name"} {
		if v, found := prop(rr, p); found && text(v) != "" {
			label = oneLine(text(v))
			break
		}
	}
	lr, lok := st.labels.lookup(label)
	nr, nok, desc := numericRating(rr)
	switch {
	case lok:
		if nok && nr != lr {
			note = fmt.Sprintf("%s disagrees with the label %s", desc, clip(label, 60))
		}
		return label, lr, true, note
	case nok:
		return label, nr, true, ""
	}
	return label, factcheck.Unverified, false, ""
}

// numericRating reads ratingValue when the rating declares a 1–5 scale,
// best 5 and worst 1 or the other way round; desc says what it read
// ("ratingValue 5 of 5").
func numericRating(rr node) (r factcheck.Rating, ok bool, desc string) {
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
		return factcheck.Unverified, false, ""
	}
	desc = fmt.Sprintf("ratingValue %g of %g", value, best)
	switch {
	case best == factcheck.ClaimReviewBest && worst == factcheck.ClaimReviewWorst:
	case best == factcheck.ClaimReviewWorst && worst == factcheck.ClaimReviewBest:
		desc = fmt.Sprintf("ratingValue %g (best %g, worst %g)", value, best, worst)
		value = factcheck.ClaimReviewBest + factcheck.ClaimReviewWorst - value
	default:
		return factcheck.Unverified, false, ""
	}
	if value < factcheck.ClaimReviewWorst || value > factcheck.ClaimReviewBest {
		return factcheck.Unverified, false, ""
	}
	r, ok = factcheck.RatingFromClaimReview(int(value), "")
	return r, ok, desc
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
