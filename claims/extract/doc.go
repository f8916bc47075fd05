// Package extract turns article text into claims: sentences and clauses,
// quantity, time and entity mentions (times resolved against the
// publication date), property cues, hedges, negation, attribution and a
// check-worthiness score.
package extract
