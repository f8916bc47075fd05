package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// Statements of fact about a person or thing in the past or present:
// "Mr Reddy had been wearing a seatbelt" and "he had not been wearing a
// seatbelt" are one statement affirmed and denied. A clause of a subject,
// auxiliaries, perhaps "not" or "never", a verb and its object is keyed by
// the subject and the verb's stem with the object's head noun, so that the
// two meet in the polarity-conflict check. Only clauses with an auxiliary
// count ("had been wearing", "did not request", "has breached"): a plain
// verb in the past is too often a narrative step, not a claim. And such a
// statement becomes a claim only when the article both affirms and denies
// it: on its own it would add a claim to check to most sentences of an
// article, for no finding.

// statementAux are the auxiliaries of such a statement.
var statementAux = words(`had has have was were is are been being did does do`)

// openStatement makes the claim of a statement in clause x and reports
// whether it did.
func (b *builder) openStatement(x *clauseCtx) bool {
	d := b.d
	for i := x.first + 1; i+2 < x.last; i++ {
		if !d.in(statementAux, i) || d.in(statementAux, i-1) {
			continue
		}
		j, negated := i, false
		for j < x.last && (d.in(statementAux, j) || d.f(j) == "not" || d.f(j) == "never" || strings.HasSuffix(d.f(j), "n't")) {
			if d.f(j) == "not" || d.f(j) == "never" || strings.HasSuffix(d.f(j), "n't") {
				negated = true
			}
			j++
		}
		if j+1 >= x.last || d.toks[j].Kind != text.Word || d.tokMen[j] >= 0 || d.in(functionWords, j) {
			return false
		}
		stem := verbStem(d.f(j))
		obj := b.objectKey(j+1, x.last)
		if stem == "" || obj == "" || !d.statementVerb(j) {
			return false
		}
		subject := b.decisionSubject(d.skipRelative(i - 1))
		if subject == "" {
			return false
		}
		mod := x.mod
		if negated {
			if mod != claims.ModalityAsserted && mod != claims.ModalityNegated {
				return false
			}
			mod = claims.ModalityNegated
		} else if mod == claims.ModalityNegated {
			return false // a negation elsewhere in the clause: whose is it?
		}
		n := len(b.out)
		b.emit(x, subject, stem+"-"+obj, claims.Value{Kind: claims.KindBool, Bool: true, Text: d.textOf(i, j+1)}, mod, true)
		if len(b.out) > n {
			// held back until the end of the article (keepStatements)
			b.statements = append(b.statements, b.out[n])
			b.out = b.out[:n]
		}
		return true
	}
	return false
}

// keepStatements adds to the claims the statements the article both
// affirms and denies, in document order, and reports whether it added any.
func (b *builder) keepStatements() bool {
	if len(b.statements) == 0 {
		return false
	}
	type key struct{ subject, property string }
	seen := map[key][2]bool{}
	for _, c := range b.statements {
		k := key{c.Subject, c.Property}
		p := seen[k]
		p[btoi(c.Modality == claims.ModalityNegated)] = true
		seen[k] = p
	}
	added := false
	for _, c := range b.statements {
		if p := seen[key{c.Subject, c.Property}]; p[0] && p[1] {
			b.out = append(b.out, c)
			added = true
		}
	}
	if added {
		slices.SortStableFunc(b.out, func(x, y claims.Claim) int { return cmp.Compare(x.Span.Start, y.Span.Start) })
	}
	return added
}

func btoi(v bool) int {
	if v {
		return 1
	}
	return 0
}

// statementVerb reports whether token j reads as a verb after
// auxiliaries: a participle ("wearing", "breached", "recovered") or a base
// after "did" ("did not request").
func (d *doc) statementVerb(j int) bool {
	w := d.f(j)
	if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || d.in(pastCues, j) {
		return true
	}
	p := d.f(j - 1)
	return p == "did" || p == "does" || p == "do" || p == "not" && j >= 2 && (d.f(j-2) == "did" || d.f(j-2) == "does")
}

// verbStem returns a verb's stem for a key: "wearing" and "wear",
// "requested" and "request" alike.
func verbStem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if s, ok := strings.CutSuffix(w, suf); ok && len(s) >= 3 {
			return strings.TrimSuffix(s, "e")
		}
	}
	return strings.TrimSuffix(w, "e")
}
