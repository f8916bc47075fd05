package claimreview

import (
	"strings"
	"unicode/utf8"
)

// maxSegments bounds how many parts of a text Lookup compares.
const maxSegments = 12

// segments returns a text and the parts of it that may hold a claim of
// their own: what follows each clause break (a comma, semicolon, colon,
// dash, bracket or quote, or the word "that") and what lies between two
// breaks. "Speaking on Tuesday, the commissioner repeated that wind
// turbines kill millions of birds" gives, besides itself, "the
// commissioner repeated that wind turbines kill millions of birds" and
// "wind turbines kill millions of birds". The whole text comes first; at
// most maxSegments are returned.
func segments(text string) []string {
	var cuts []int // byte offsets where a part may start
	for i, r := range text {
		switch r {
		case ',', ';', ':', '(', ')', '—', '–', '"', '“', '”':
			cuts = append(cuts, i+utf8.RuneLen(r))
		case ' ':
			if rest := text[i+1:]; len(rest) > 5 && strings.EqualFold(rest[:5], "that ") {
				cuts = append(cuts, i+6)
			}
		}
	}
	out := []string{text}
	seen := map[string]bool{strings.TrimSpace(text): true}
	add := func(s string) {
		s = strings.TrimSpace(s)
		if len(out) < maxSegments && len(strings.Fields(s)) >= 3 && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	for k, c := range cuts {
		add(text[c:])
		if k+1 < len(cuts) {
			add(text[c:cuts[k+1]])
		}
	}
	if len(cuts) > 0 {
		add(text[:cuts[0]])
	}
	return out
}
