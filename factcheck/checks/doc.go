// Package checks lists the built-in checks of veracity, each defined in a
// package of its own below this one, as go/analysis's passes are:
//
//   - value-conflict ([valueconflict.Check]): two claims give incompatible
//     values to one subject and property;
//   - certainty-conflict ([certaintyconflict.Check]): a subject and property
//     asserted in one claim and called unknown in another;
//   - polarity-conflict ([polarityconflict.Check]): one statement affirmed
//     and negated;
//   - arithmetic ([arithmetic.Check]): figures in the text that do not
//     compute ("rose 8% to 1,150 from 1,000", parts that exceed their
//     total, an age that its founding year does not give);
//   - unsourced ([unsourced.Check]): a check-worthy claim with neither
//     attribution nor source;
//   - unresolved-time ([unresolvedtime.Check]): a relative time with no
//     publication date to resolve it.
//
// [Default] lists them in that order; pass it to factcheck.NewChecker, or
// append a newsroom's own checks to a copy of it. The package
// factcheck/factchecktest runs checks over claim sets in tests.
package checks
