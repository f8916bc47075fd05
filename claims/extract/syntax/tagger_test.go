package syntax

import (
	"slices"
	"testing"
)

// TestStaticFeatureSplit checks that the word and context features that
// the tagger scores apart at analysis are the static features it learned
// with.
func TestStaticFeatureSplit(t *testing.T) {
	tg := &tagger{ambig: map[uint64]uint64{hashLower("the"): 7}}
	var sw sentenceWords
	for _, s := range [][]string{
		{"The", "upgrade", "cost", "£", "12", "million", "."},
		{"x"},
		{"Mr.", "Smith", "did", "n't", "pay"},
	} {
		tg.prepare(&sw, s, true)
		for i := range s {
			want := sw.staticFeatures(nil, i)
			got := sw.contextFeatures(sw.wordFeatures(nil, i), i)
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("%q word %d: split features differ from the static ones", s, i)
			}
		}
	}
}
