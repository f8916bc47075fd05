package syntax

import (
	"slices"
	"testing"
)

// TestParseBufferScores checks that parse, which sums the scores of the
// buffer's features once for each b0, chooses the transitions that
// scoring all the features of each configuration chooses.
func TestParseBufferScores(t *testing.T) {
	m := Default()
	w := m.worker()
	for _, text := range []string{
		"The council approved the plan on Tuesday, officials said.",
		"Ms Holt will not open the conference; the minister, Sara Holt, will.",
		"x",
		"\" ' ( ) - , .",
	} {
		d := m.Parse(text)
		forms := make([]string, d.Len())
		for i := range forms {
			forms[i] = d.Word(i)
		}
		m.tagger.prepare(&w.sw, forms, true)
		tags := make([]int, len(forms))
		m.tagger.tag(&w.sw, tags, nil, w.tscore)
		var st sentenceTags
		st.lower = w.sw.lower
		st.setTags(tags, m.tagger.classes)
		var got pstate
		m.parser.parse(&got, &st, nil, make([]int32, nActions()))

		var want pstate
		want.reset(len(forms))
		scores := make([]int32, nActions())
		for !want.terminal() {
			clear(scores)
			m.parser.w.score(want.parseFeatures(nil, &st), scores)
			best := -1
			for a := range scores {
				if (best < 0 || scores[a] > scores[best]) && want.valid(a) {
					best = a
				}
			}
			want.apply(best)
		}
		if !slices.Equal(got.head, want.head) || !slices.Equal(got.rel, want.rel) {
			t.Errorf("%q: heads %v %v, want %v %v", text, got.head, got.rel, want.head, want.rel)
		}
	}
}
