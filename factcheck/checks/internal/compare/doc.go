// Package compare holds what the built-in checks share: grouping claims by
// subject and property, deciding whether two values can both hold (amounts
// by their ranges, times by their intervals, places through part_of), and
// the labels and quotes that findings' messages are made of.
//
// It is internal to factcheck/checks: its rules are the checks' rules, not
// a public contract.
package compare
