package extract

import "github.com/veracity-go/veracity/claims/extract/text"

// Fold returns s normalized for matching, as [text.Fold] does: what the
// extractor matches names, aliases and cues on.
func Fold(s string) string { return text.Fold(s) }
