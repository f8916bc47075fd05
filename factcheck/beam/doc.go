// Package beam checks a news archive on Apache Beam: every article as
// `veracity check` checks one file, and the claims of all articles against
// one another.
//
// The pipeline ([Build]) reads articles (text files by glob, dated by a
// flag or by a sidecar NAME.json; or JSON Lines {"id", "url", "published",
// "title", "text"}), checks each with one [Worker] per DoFn instance and
// writes its JSON report, exactly as `veracity check --format json` writes
// it for one of several files, to reports-*.jsonl. It keys every typed
// claim by its [Key] (referent, property, time scope), groups the claims
// by key, runs the library's value-conflict and polarity-conflict checks
// over each group ([Comparer]) and writes the findings whose claims come
// from two articles or more to conflicts-*.jsonl ([CrossFinding]: both
// articles' files or ids, claims, quotes and dates). summary.json counts
// articles, claims and findings by check and severity, overall and by
// month of publication ([Summary]).
//
// The command veracity-beam (cmd/veracity-beam) runs it on the Prism
// runner in-process by default, or on any Beam runner (--runner).
//
// This package is its own module, so that the veracity module needs no
// Beam.
package beam
