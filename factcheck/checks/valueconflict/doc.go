// Package valueconflict defines the value-conflict check: two claims that
// give incompatible values to one subject and property.
//
// Values compare as the design says: amounts (of one kind and unit) only
// when their ranges, comparators and precision included, cannot both hold
// ("7.2 million" and "7,200,000" agree); times only when their intervals
// cannot overlap ("1867" and "March 1867" agree); places and entities
// unless they are the same or one is part of the other (Anchorage and Joint
// Base Elmendorf-Richardson agree, Anchorage and Juneau do not). Claims
// about different times (as_of, the publication date by default) never
// conflict; negated and unknown claims are left to the polarity-conflict
// and certainty-conflict checks.
//
// Severity: error when two asserted figures or times by the same speaker
// certainly cannot both hold; warning for places and entities, for "about"
// figures and when the two claims have different speakers; info when
// either claim is hedged.
package valueconflict
