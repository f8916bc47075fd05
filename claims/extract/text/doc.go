// Package text is the bottom layer of the extractor: it folds text for
// matching and splits it into tokens that keep their spans in the
// original.
//
// [Fold] normalizes a string for matching: compatibility forms replaced
// (NFKC), case folded, accents removed, curly quotes and dashes made
// plain. [FoldMapped] does the same for a document and keeps a [Map]
// from the folded text back to the original, so that every span found
// in the folded text is valid, on rune boundaries, in the original.
//
// [Tokens] splits folded text into words, numbers ("3.5", "1,234",
// "192.168.1.2" as figures between points) and punctuation marks, each
// with its spans in both texts, its [Kind] and its [Flags]: how it is
// capitalized and what space comes before it. Invalid UTF-8 is
// tolerated; the work is linear in the text, and a stop function lets a
// caller give up on a long text.
//
// The package knows nothing of sentences, mentions or claims: those are
// the layers above it (package extract and its subpackages).
package text
