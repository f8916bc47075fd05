// Package extract turns article text into claims: sentences and clauses,
// quantity, time and entity mentions (times resolved against the
// publication date), property cues, hedges, negation, attribution and a
// check-worthiness score.
//
// # Pipeline
//
// The text is folded for matching ([text.Fold]: NFKC, case folding, accents
// removed, curly quotes and dashes made plain) and split into tokens that
// keep their byte spans in the original text, so every span reported is
// valid in the original: text[span.Start:span.End] is the mention or
// claim text, on rune boundaries. Invalid UTF-8 is tolerated.
//
// Tokens are grouped into sentences (robust to abbreviations such as
// "Prof", "U.S." and "e.g.", initials, decimals, quotes and headline
// lines) and sentences into clauses at contrastive and concessive joints
// ("Although X, Y", "X, but Y", "X; Y", "however"), at relative clauses
// (", which …", ", who …", ", when …") and at subordinate clauses ("since
// it is…", "because…"). Each clause has its own modality: the negation of
// "not required to arrest him since it is not a member of the ICC, which
// in 2023 issued a warrant" stops before "which".
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
// or a resolved pronoun), a property (cued by the property's cue phrases;
// a time is an event's date) and a value, with the clause's modality
// (asserted, hedged, unknown, negated) and the sentence's attribution.
// A place is a venue only when the clause relates it to the event ("take
// place in X", "X is the venue", "the meeting … in X", "X was their only
// option"); a place that modifies a noun ("US President") is none. "N
// after EVENT" is a time-since claim about the event; "the first time
// since T" and "the first meeting in D" speak of the previous occurrence.
// One clause gives one value to a subject's property: the most specific.
// Every sentence is scored by the check-worthiness model of package
// worthiness (trained on ClaimBuster's debate sentences); each claim's
// Worthiness (two decimals) is the higher of its sentence's score and that
// of its own cues, and claims whose cues score at least
// [DefaultMinWorthiness] and whose Worthiness reaches [DefaultThreshold]
// are kept. A check-worthy sentence that yields no claim becomes a
// statement claim (property statement, its text as the value): not from
// questions, headlines, labelled lines, opinions, direct quotations or
// what is only supposed, nor from the sentences a fact-checker passes
// over — calls, vows and reactions, feelings and stances, what will be
// (unless it holds a figure), the first person, the plot of a film and
// the play of a match. [Sentences] lists every sentence with its score
// and claims. The extracted set defines the entities its claims name that
// the knowledge base does not.
//
// Without a knowledge base, claims are keyed so that two share a subject
// and property only when they speak of the same thing: a figure by its
// measured noun phrase ("car sales", "spending on health") and its owner
// ("Japan's trade surplus"), with the time it speaks of as its as_of; a
// group's size ("the 32-man squad", "will name 23 players"); an event
// noun's start, end, date or venue ("the tournament runs from 3 to 9
// June", "the final will be played at Hampden Park"); a decision ("the
// minister will (not) resign"). Figures whose key would be vague (a bare
// count, a person's "date") make no claim: precision first.
//
// # Layers
//
// The extractor is built in layers, each importing only those below it:
// package text (folding and tokens with their spans), package syntax
// (tagger, lemmatizer and dependency parser trained on Universal
// Dependencies), package frame (clauses read as frames on the parse, and
// reference across the article), package worthiness (the
// check-worthiness model), and this package, which finds mentions,
// reads claims and keys them.
//
// # Bounded work
//
// Every stage is linear in the text, whatever it holds: a run of words
// without a full stop is cut into sentences of at most 512 tokens, and
// lookups that would rescan a clause per word (its tense, its first
// person or measure noun, the values near a figure) are indexed or done
// once per clause. [Extractor.ExtractContext] and
// [Extractor.MentionsContext] stop within a few sentences of work once
// their context is done. BenchmarkPathological and FuzzCost hold the
// package to this.
package extract
