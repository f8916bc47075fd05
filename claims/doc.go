// Package claims is the claim model of veracity: claims, their typed values,
// entities, properties, and the claim-set file format that carries a
// knowledge base, an article's claims and the expected outcome.
//
// A [Claim] is one checkable statement, modelled like a Wikidata statement: a
// subject (an entity id), a property and a [Value], plus what text and speech
// add: the verbatim text and its span, a [Modality], an attribution, the time
// it speaks about and the sources cited for it.
//
// Values are parsed from literals with [ParseValue] ("$7.2 million",
// "more than 3.5 years", "March 2023", "the 18th century"); the extractor in
// package claims/extract resolves the mentions it finds in text with the same
// parser.
//
// Claim-set files (YAML or JSON, version 1) are read with [Decode] (one file,
// as written) and [Load] (a file with its includes merged), and written with
// [Encode]. Loading is strict: every problem is reported with the file, line
// and column.
//
// This package imports nothing else of veracity.
package claims
