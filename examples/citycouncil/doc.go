// Package citycouncil is veracity's second example, from local government
// and transport: a FICTIONAL news article about a city council approving a
// tram extension (article.txt, published 2025-06-12), its check-worthy
// claims curated by hand (claims.yaml), and a house knowledge base
// (kb.yaml) whose sources are invented and whose URLs are placeholders
// under example.org.
//
// The article has problems planted in it, as an editor would want them
// caught before publication:
//
//   - the scheme's cost is £3.2 billion in one paragraph and £2.3 billion in
//     another (value-conflict; the business case says £2.3 billion);
//   - the public inquiry's venue is named, then said to be not yet
//     confirmed (certainty-conflict);
//   - "more than ten years after the closure of the old tram network" is
//     false: 9 years and 2 months had passed.
//
// Its tests check both the curated claim set and what the extractor finds
// in the article with the knowledge base:
//
//	go test ./examples/citycouncil
//	go run ./cmd/veracity check --kb examples/citycouncil/kb.yaml --published 2025-06-12 examples/citycouncil/article.txt
//
// The package has no code of its own; its tests are the example.
package citycouncil
