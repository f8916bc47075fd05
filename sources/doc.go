// Package sources holds the reference knowledge that claims are checked
// against: sources with their reliability grades, evidence, facts, and the
// [Store] that indexes them by subject and property.
//
// The records themselves (Source, Fact, Reliability) are defined in package
// claims, because the claim-set file format carries them and package claims
// imports nothing of ours; this package gives them their behaviour.
package sources
