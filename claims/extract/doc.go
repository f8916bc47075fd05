// Package extract turns article text into claims: sentences and clauses,
// quantity, time and entity mentions (times resolved against the
// publication date), property cues, hedges, negation, attribution and a
// check-worthiness score.
//
// # Pipeline
//
// The text is folded for matching ([Fold]: NFKC, case folding, accents
// removed, curly quotes and dashes made plain) and split into tokens that
// keep their byte spans in the original text, so every span reported is
// valid in the original: text[span.Start:span.End] is the mention or
// claim text, on rune boundaries. Invalid UTF-8 is tolerated.
//
// Tokens are grouped into sentences (robust to abbreviations such as
// "Prof", "U.S." and "e.g.", initials, decimals, quotes and headline
// lines) and sentences into clauses at contrastive and concessive joints
// ("Although X, Y", "X, but Y", "X; Y", "however").
//
// [Mentions] finds knowledge-base entities by name and alias (longest
// first), then times (dates in common formats, day first as British news
// writes them; months, years, decades, centuries, seasons; weekdays and
// "last week", "three years ago", "a year earlier" resolved by the tense
// of their clause against the publication date), then quantities (money
// with ISO 4217 codes, percentages and percentage points, durations and
// ages, measures, counts with their noun, numbers in digits and words,
// with comparators such as "more than" and "about"), then capitalized
// names the knowledge base does not know, with slug ids ([Slug]).
//
// [Extract] turns clauses into claims: a subject (a knowledge-base entity
// or a resolved pronoun), a property (cued by the property's cue phrases,
// or fitting the value's kind) and a value, with the clause's modality
// (asserted, hedged, unknown, negated) and the sentence's attribution.
// "N after EVENT" is a time-since claim about the event. Each claim gets a
// check-worthiness score and only claims scoring at least
// [DefaultMinWorthiness] are kept.
package extract
