// Package factchecktest runs checks over claim-set files in tests and
// compares the outcome with the expectations written in the files, as
// golang.org/x/tools/go/analysis/analysistest does with `// want`
// comments.
//
// A claim set's expect section gives verdicts by claim id and the findings
// the checks should report:
//
//	expect:
//	  verdicts: {venue-anchorage: true}
//	  findings:
//	    - {check: certainty-conflict, claims: [venue-anchorage, venue-unknown]}
//	    - {check: value-conflict, claims: [c3, c7], severity: error}
//
// A finding may be named by quotes instead of (or as well as) claim ids:
// it then matches when every quote appears verbatim in the finding's
// message or in the text of one of its claims, which suits claims an
// extractor numbers (see [RunArticles]):
//
//	findings:
//	  - {check: arithmetic, severity: error, quotes: ["rose 9% to £2.45bn"]}
//
// Each expected verdict is a subtest named by its claim id, failing with a
// (-want +got) diff of the rating names. Every expected finding must be
// reported (same check, same claims in any order or the quotes, and the same
// severity when one is given), and every finding reported by a check that ran must be
// expected: a set with no findings section expects none. Each miss is
// reported at the file:line of its expectation (or of the finding's first
// claim), then all of them together as a (-want +got) diff. Only the findings of
// the checks that ran are compared, so a check's own tests run it alone
// over its testdata:
//
//	func Test(t *testing.T) {
//		factchecktest.RunDirChecks(t, "testdata", []*factcheck.Check{valueconflict.Check})
//	}
package factchecktest
