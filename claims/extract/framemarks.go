package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims/extract/frame"
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// What tells statements apart: a statement limited in time or in part
// (bounded), and the marks that tell a thing from others of its noun
// (marks); frames.go's opposed uses both.

// bounded reports whether frame f is limited in time or in part: an
// oblique of "until", "after", "from" or "before", an adverb "then",
// "later" or "partly", a clause of "until" or "after", or a time ("next
// season").
func (fr *frameReader) bounded(f *frame.Frame) bool {
	d := fr.t.Doc
	for _, o := range f.Obliques {
		switch o.Prep {
		case "until", "till", "after", "from", "before", "for", "during":
			return true
		}
		if fr.isTime(o.Head) {
			return true
		}
	}
	for _, k := range fr.t.Kids(f.Pred) {
		if boundWords[strings.ToLower(d.Word(int(k)))] {
			return true // in time, or in part: "paid for partly by the team's owners"
		}
		if d.Rel[k].String() == "advcl" {
			if m := fr.t.Kid(int(k), syntax.RelMark); m >= 0 {
				switch strings.ToLower(d.Word(m)) {
				case "until", "till", "after", "before", "once", "when":
					return true
				}
			}
		}
	}
	return false
}

// marks returns the words that tell noun n's thing from others of its
// noun: its adjectives and compounds ("old", "community"), a time it is
// of ("the festival in 2023"), a possessor that is a time ("last year's
// festival": "last year"), a participle ("the reservoir proposed in
// Sussex"), and
// those of a proposal or consent the thing is "for" ("outline planning
// permission for the homes": "outline", "planning").
func (fr *frameReader) marks(n int) []string {
	if n < 0 {
		return nil
	}
	d := fr.t.Doc
	out := fr.modifiers(n, false)
	for _, k := range fr.t.Kids(n) {
		k := int(k)
		if d.Rel[k] == relPoss && frame.IsTimeNoun(strings.ToLower(d.Lemma[k])) {
			w := strings.ToLower(d.Lemma[k])
			if m := fr.t.Kid(k, syntax.RelDet); m >= 0 {
				w = strings.ToLower(d.Word(m)) + " " + w
			} else if m := fr.t.Kid(k, syntax.RelAmod); m >= 0 {
				w = strings.ToLower(d.Word(m)) + " " + w
			}
			out = append(out, w)
		}
		if d.Rel[k].Universal() == syntax.RelNmod && fr.isTime(k) {
			out = append(out, strings.ToLower(d.Word(k))) // "the festival in 2023"
		}
		if d.Rel[k] == relAcl && d.XPOS[k] == "VBN" {
			out = append(out, strings.ToLower(d.Lemma[k])) // "the reservoir proposed in Sussex"
		}
	}
	if h := int(d.Head[n]); h >= 0 && d.Rel[n].Universal() == syntax.RelNmod && caseOfWord(fr.t, n) == "for" &&
		(proposalNouns[strings.ToLower(d.Lemma[h])] || consentNouns[strings.ToLower(d.Lemma[h])]) {
		out = append(out, fr.modifiers(h, false)...)
	}
	return out
}
