package factcheck

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// mergeAgreeing folds together the records that say the same thing of a
// claim — the same rating, the same reference value and the same reasoning
// — so that an explanation names each finding once, with all its sources:
// "Purchase of Alaska, 1867 and Treasury Warrant … give $7,200,000".
//
// The subject's own date from its entity definition is dropped when a
// stored fact gives the same date, since the fact brings its sources.
//
// It merges in place: the result shares js's array, which the caller must
// no longer use.
func mergeAgreeing(js []judgement, store sources.Store) []judgement {
	// Decide the drops first: merging overwrites js from the start.
	var drop []bool
	for i, j := range js {
		if j.fromEntity && sameDateStored(j, js) {
			if drop == nil {
				drop = make([]bool, len(js))
			}
			drop[i] = true
		}
	}
	out := js[:0]
	index := make(map[string]int)
	for i, j := range js {
		if drop != nil && drop[i] {
			continue
		}
		label := j.label
		key := j.text
		if label != "" {
			key = strings.Replace(j.text, label, "\x00", 1)
		}
		key = j.rating.String() + "\x01" + key
		i, ok := index[key]
		if !ok || label == "" || out[i].label == "" {
			index[key] = len(out)
			out = append(out, j)
			continue
		}
		m := &out[i]
		m.also = append(m.also, *j.fact)
		m.also = append(m.also, j.also...)
		m.reliable = m.reliable || j.reliable
		m.weight = max(m.weight, j.weight)
		m.confidence = max(m.confidence, j.confidence)
		merged := joinAnd(uniqueStrings(append(strings.Split(m.labels(), "\x02"), j.label)))
		m.text = strings.Replace(m.text, m.label, merged, 1)
		m.text = strings.Replace(m.text, merged+" gives ", merged+" give ", 1)
		m.labelList = append(m.labelList, j.label)
		m.label = merged
	}
	return out
}

// labels returns the source labels merged into j, separated by \x02.
func (j judgement) labels() string {
	if len(j.labelList) > 0 {
		return strings.Join(j.labelList, "\x02")
	}
	return j.label
}

// sameDateStored reports whether a stored date fact among js gives exactly
// the date of the entity record j.
func sameDateStored(j judgement, js []judgement) bool {
	for _, o := range js {
		if !o.fromEntity && o.fact.Value.Kind == claims.KindTime &&
			o.fact.Value.Start.Equal(j.fact.Value.Start) && o.fact.Value.End.Equal(j.fact.Value.End) {
			return true
		}
	}
	return false
}

func uniqueStrings(ss []string) []string {
	seen := make(map[string]bool, len(ss))
	out := ss[:0:0]
	for _, s := range ss {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
