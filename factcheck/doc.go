// Package factcheck checks claim sets: it rates each claim against the
// reference facts of a [sources.Store] (a [Verdict]) and runs checks over the
// set as a whole (a [Finding]: two claims that contradict each other, a
// figure that does not add up).
//
// A check is a value, like go/analysis's Analyzer: a [Check] has a name, a
// doc and a Run function that reports findings through a [Pass]. The
// built-in checks live in the packages below factcheck/checks, and
// checks.Default lists them; a newsroom adds its own beside them. A
// [Checker] validates a list of checks once and then runs them, with the
// verdicts, over any number of sets, concurrently if the caller likes.
//
// A [Report] gathers claims, verdicts and findings, and renders as text
// ([Report.WriteText]), JSON (the version 1 contract, [Report.WriteJSON]),
// Markdown ([Report.WriteMarkdown]) or one self-contained HTML page with the
// article's claims highlighted by verdict ([Report.WriteHTML]). Package
// factcheck/claimreview writes schema.org ClaimReview.
package factcheck
