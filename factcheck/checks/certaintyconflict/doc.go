// Package certaintyconflict defines the certainty-conflict check: a subject
// and property given a value in one claim and called unknown, undecided or
// unconfirmed in another ("Anchorage … is the venue" and "the exact
// location … is yet not known").
//
// There is one finding per unknown claim, naming it and every asserted
// claim with a value for the same subject and property that speaks of the
// same time (as_of, the publication date by default). Hedged claims do not
// count as asserted: "the summit may be held in Anchorage" and "the venue
// is not yet known" agree. The severity is warning.
package certaintyconflict
