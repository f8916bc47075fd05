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
// object, an array, an "@graph", or an HTML page with ld+json scripts — into
// [Review] values, mapping each publisher's rating onto a [factcheck.Rating]
// by its numeric value when it is on a 1–5 scale and otherwise by its label
// through [DefaultLabels], a table a newsroom may extend. [Sources] turns
// reviews into source records, and [Match] pairs the claims of a set with
// earlier fact-checks of similar claims, so a report can say "previously
// checked by PolitiFact: false" with the link; [Attach] puts those matches
// on a report's verdicts, as [factcheck.PriorCheck] values and as
// evidence, without changing a rating.
//
// HTML is scanned by a small hand-written tokenizer that knows comments,
// quoted attributes and raw-text elements; it reads no other markup.
package claimreview
