// Package unsourced defines the unsourced check: a check-worthy claim that
// names neither who says it nor a source for it.
//
// A claim is check-worthy when it is asserted or hedged, has a value, and,
// if an extractor scored it, has a worthiness at or above the threshold of
// the check-worthiness model ([MinWorthiness], about 0.4); hand-written
// claims (worthiness 0) always count. Such a claim with no attribution and
// no sources gets one finding of severity info.
package unsourced
