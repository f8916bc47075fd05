package main

import "sort"

// nounVerbs returns the nouns of an act and the verbs they are made from
// ("compensation", "compensate"; "repair", "repair"; "decision",
// "decide"), sorted by noun: the noun's most frequent sense is an act, a
// communication, an event or a possession (actLexFiles: not "bomber", a
// person, nor "telephone", a thing), and WordNet's
// derivational pointer ("+") joins it to a verb of one stem (their first
// four letters, or all of a shorter verb but its last: "pay",
// "payment"), so that a pointer between words of one sense but not one
// form ("marriage", "wed") is left out. Verbs are given as their synonym
// group's (canon).
func nounVerbs(dict string, counts map[string]map[int]int, skip map[string]bool, verb *pos, canon func(string) string) ([][2]string, error) {
	noun, err := readPOS(dict, "noun", "1")
	if err != nil {
		return nil, err
	}
	var out [][2]string
	for n, offs := range noun.index {
		if skip[n] || !keyable(n) || len(offs) == 0 {
			continue
		}
		s := noun.sets[offs[0]]
		if s == nil || !actLexFiles[s.lexFile] {
			continue
		}
		best, uses := "", -1 // of several verbs, the most used: "approve", not "approbate"
		for k, dv := range s.derivs {
			if dv[0] >= len(s.words) || s.words[dv[0]] != n {
				continue
			}
			t := verb.sets[s.derivOff[k]]
			if t == nil || dv[1] >= len(t.words) {
				continue
			}
			v := t.words[dv[1]]
			if skip[v] || !keyable(v) || !oneStem(n, v) || s.lexFile == lexPossession && v == n {
				continue // (a thing paid is no act: "pay the rent", "pay a fine")
			}
			u := 0
			for _, c := range counts["2/"+v] {
				u += c
			}
			if u > uses || u == uses && v < best {
				best, uses = v, u
			}
		}
		if best != "" {
			out = append(out, [2]string{n, canon(best)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out, nil
}

// actLexFiles are the lexicographer files of nouns that name what is
// done: noun.act, noun.communication, noun.event, noun.possession. A
// possession counts only in a form of its own ("payment", "compensation"),
// not as the verb's own word ("rent", "fine", "tax"), which names a thing
// paid.
var actLexFiles = map[int]bool{4: true, 10: true, 11: true, lexPossession: true}

const lexPossession = 21

// oneStem reports whether noun n and verb v begin alike: their first four
// letters, or all of a verb of three letters ("pay", "payment"), or all
// of a verb of four but its last ("sale", "sell" do not; "wage", "wag"
// would).
func oneStem(n, v string) bool {
	k := min(4, len(v)-1)
	if len(v) <= 3 {
		k = len(v)
	}
	return k > 0 && len(n) >= k && n[:k] == v[:k]
}
