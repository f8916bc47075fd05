package claimreview

// This file reads the Google Fact Check Tools API's own format, the
// responses of claims:search, as earlier fact-checks:
//
//	{"claims": [{"text": "…", "claimant": "…", "claimDate": "…",
//	  "claimReview": [{"publisher": {"name": "…", "site": "…"}, "url": "…",
//	    "title": "…", "reviewDate": "…", "textualRating": "…",
//	    "languageCode": "…"}]}],
//	 "nextPageToken": "…"}
//
// A claim with several reviews gives one Review each. textualRating is a
// label, read through the same table as alternateName.

// isGoogleClaim reports whether n is a claim of a Fact Check Tools API
// response: no JSON-LD type, and a "claimReview" array.
func isGoogleClaim(n node) bool {
	if _, typed := n["@type"]; typed {
		return false
	}
	_, ok := n["claimReview"].([]any)
	return ok
}

// readGoogle reads the reviews of a Fact Check Tools API claim.
func (st *readState) readGoogle(n node) []Review {
	var claim Review
	claim.ClaimReviewed = oneLine(text(n["text"]))
	claim.Claimant = oneLine(text(n["claimant"]))
	claim.ClaimDate = st.date(&claim, "claimDate", n["claimDate"])
	var out []Review
	for _, e := range n["claimReview"].([]any) {
		cr, ok := e.(node)
		if !ok {
			continue
		}
		r := claim
		r.Warnings = append([]string(nil), claim.Warnings...)
		r.URL = st.resolve(&r, "url", text(cr["url"]))
		r.Date = st.date(&r, "reviewDate", cr["reviewDate"])
		if pub, ok := cr["publisher"].(node); ok {
			r.Publisher = oneLine(text(pub["name"]))
			if site := text(pub["site"]); site != "" {
				r.PublisherURL = origin(withScheme(site))
				if r.PublisherURL == "" {
					r.PublisherURL = withScheme(site)
				}
				if r.Publisher == "" {
					r.Publisher = hostName(r.PublisherURL)
				}
			}
		}
		if r.Publisher == "" {
			r.Publisher = hostName(r.URL)
			r.PublisherURL = origin(r.URL)
		}
		r.Label = oneLine(text(cr["textualRating"]))
		r.Rating, r.RatingOK = st.labels.lookup(r.Label)
		if r.ClaimReviewed == "" {
			r.ClaimReviewed = oneLine(text(cr["title"]))
		}
		out = append(out, r)
	}
	return out
}
