// Package claimreview writes and reads schema.org ClaimReview markup
// (JSON-LD), the format fact-checkers publish so that search engines and
// other fact-checkers can find their verdicts.
//
// Export: [FromReport] turns each verdict of a [factcheck.Report] into a
// [ClaimReview], and [Write] writes them as a JSON array of top-level nodes,
// each with "@context": "https://schema.org" (the shape schema-dts types as
// WithContext<ClaimReview>[]). Ratings use factcheck's ClaimReview mapping
// ([factcheck.Rating.ClaimReview]): ratingValue on a 1–5 scale (worst 1,
// best 5) with the label a reader sees as alternateName.
//
// Validation: [Validate] checks a document against a [Profile]: [SchemaOrg]
// (known types and properties, @context and @type, a ratingValue within its
// scale) or [Publisher], which adds the conventions search engines and the
// IFCN ask of publishers (claimReviewed present and short, the review's url
// on the publisher's own site, a rating label).
//
// Import: [Read] reads ClaimReview markup as publishers write it — one
// object, an array, an "@graph", a Data Commons feed, an HTML page with
// ld+json scripts, or a Google Fact Check Tools API claims:search response,
// gzip-compressed or not — into [Review] values; [Reader.Stream] reads
// feeds too large to hold, with bounded memory. Each publisher's rating is
// mapped onto a [factcheck.Rating] by its label through [DefaultLabels],
// an embedded table of labels in eight languages that says where each
// comes from (a newsroom may extend it), and by its numeric value on a
// 1–5 scale only when the label is unknown; a number that contradicts a
// known label is noted. The publisher is the fact-checking organization,
// the journalist its Author; dates in the forms real markup uses are read
// and the others reported in [Review.Warnings]; HTML character references
// are decoded and relative URLs resolved against the page's address.
// [Sources] turns reviews into source records, and [Match] pairs the
// claims of a set with earlier fact-checks of similar claims — the same
// rare words and the same figures — so a report can say "previously
// checked by PolitiFact: false" with the link; [Attach] puts those
// matches on a report's verdicts, as [factcheck.PriorCheck] values and as
// evidence, without changing a rating.
//
// HTML is scanned by a small hand-written tokenizer that knows comments,
// quoted attributes and raw-text elements; it reads no other markup.
package claimreview
