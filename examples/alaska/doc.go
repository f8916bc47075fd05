// Package alaska is veracity's flagship example: a real news article about
// the Trump–Putin summit of 15 August 2025 in Alaska (article.txt, published
// 2025-08-13), its check-worthy claims curated by hand (claims.yaml), and a
// small house knowledge base (kb.yaml) of places, people, events, sources
// and facts that the claims are checked against.
//
// The example shows what a fact-checker gets from the library:
//
//   - verdicts against sourced facts: the Alaska Purchase price and year,
//     the ICC warrant of 17 March 2023, Putin's last US visit in 2015, and
//     the venue, which compares through part_of links (Joint Base
//     Elmendorf-Richardson lies in Anchorage, which lies in Alaska);
//   - durations computed from event dates: "more than three and a half
//     years after Moscow's invasion" is false on the publication date,
//     3 years, 5 months and 20 days after 24 February 2022, while "the
//     first meeting between the US and Russian leaders in over four years"
//     holds against the Geneva summit of 16 June 2021;
//   - findings about the article itself: the venue is said to be unknown in
//     one sentence and given in three others (certainty-conflict), and most
//     claims name no source (unsourced, info);
//   - honest gaps: claims the knowledge base has no fact for (the five
//     phone calls, who said what on which day) stay unverified.
//
// Run the claim set's expectations with
//
//	go test ./examples/alaska
//
// or check it from the command line with
//
//	go run ./cmd/veracity check examples/alaska/claims.yaml
//
// The package has no code of its own; its tests and its Example are the
// example.
package alaska
