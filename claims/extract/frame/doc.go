// Package frame reads clauses as frames on a dependency parse: the
// predicate (a verb's lemma, or a copula's complement), its arguments by
// relation (subject, object, obliques with their preposition, clausal
// complements), its polarity, modality, tense and the open question it
// may leave ("have not decided where the summit will be held"); and
// reference across a text: which earlier words a name, a definite
// description, a relative pronoun or a role noun refers to.
//
// It reads a [syntax.Doc] and imports nothing else of veracity's
// extractor, which builds keyed claims from its frames. All work is
// linear in the number of words.
package frame
