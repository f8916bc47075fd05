// Package polarityconflict defines the polarity-conflict check: one
// statement affirmed and the same statement negated, often by different
// speakers ("the minister will resign on Friday" and, from a spokesman,
// "the minister will not resign").
//
// An asserted claim and a negated claim of one subject and property, about
// the same time (as_of, the publication date by default), conflict when
// the negated claim has no value, or when the asserted value implies the
// negated one: it is the same value, the same figure rounded differently
// ("7.2 million" and "7,200,000"), or narrower (a place inside the negated
// place, a time inside the negated time, a range inside the negated range).
// A negated claim with a different value is consistent: "the summit is not
// in Juneau" and "the summit is in Anchorage" agree. Hedged and unknown
// claims are left to the other checks.
//
// One finding per pair, severity warning; the message names the speakers
// when they differ.
package polarityconflict
