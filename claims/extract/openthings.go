package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// Decisions about things: "the council will close Eastfield Library",
// "the library will not be closed", "the hospice would claim Gift Aid" and
// "Gift Aid will not be claimed" are keyed by the thing and the verb, in
// the active and the passive alike, so that one affirmed and one denied
// meet in the polarity-conflict check.

// thingVerbs map the base and past participle of verbs done to things to
// their base.
var thingVerbs = lexicon(map[string]string{
	"close": "close", "closed": "close", "sell": "sell", "sold": "sell", "shut": "shut",
	"scrap": "scrap", "scrapped": "scrap", "axe": "axe", "axed": "axe", "demolish": "demolish",
	"demolished": "demolish", "reopen": "reopen", "reopened": "reopen", "keep": "keep", "kept": "keep",
	"claim": "claim", "claimed": "claim", "build": "build", "built": "build", "cancel": "cancel",
	"cancelled": "cancel", "canceled": "cancel", "postpone": "postpone", "postponed": "postpone",
	"approve": "approve", "approved": "approve", "reject": "reject", "rejected": "reject",
	"ban": "ban", "banned": "ban", "privatise": "privatise", "privatised": "privatise",
	"merge": "merge", "merged": "merge", "relocate": "relocate", "relocated": "relocate",
})

// futureAux are the auxiliaries of a decision: "will", "would".
var futureAux = words(`will would won't wouldn't`)

// noWords hold "no", which opens "no decision has been made".
var noWords = words(`no`)

// objectSkips are words before a thing's noun: "the", "its", "all of".
var objectSkips = words(`the its his her their our a an all of any some this that these those`)

// openThing makes the claim of a decision about a thing in clause x and
// reports whether there was one.
func (b *builder) openThing(x *clauseCtx) bool {
	d := b.d
	for i := x.first + 1; i+1 < x.last; i++ {
		if !d.in(futureAux, i) {
			continue
		}
		w := d.f(i)
		if (w == "would" || w == "wouldn't") && !d.reportedWould(i, x.last) {
			continue
		}
		j, negated := i+1, strings.HasSuffix(w, "n't")
		for j < x.last && (d.f(j) == "not" || d.f(j) == "never") {
			j, negated = j+1, true
		}
		passive := false
		if j+1 < x.last && d.f(j) == "be" {
			j, passive = j+1, true
		}
		if j >= x.last {
			return false
		}
		verb, ok := thingVerbs.get(d.f(j))
		base := d.f(j) == verb
		if !ok || !passive && !base || passive && base && verb != "shut" {
			return false // the active takes the base, the passive the participle ("be shut")
		}
		thing := ""
		if passive {
			thing = b.decisionSubject(i - 1) // "the library will not be closed"
		} else {
			thing = b.objectKey(j+1, x.last) // "will close the library"
		}
		if thing == "" {
			return false
		}
		mod := x.mod
		if negated && mod == claims.ModalityAsserted {
			mod = claims.ModalityNegated
		}
		b.emit(x, thing, verb, claims.Value{Kind: claims.KindBool, Bool: true, Text: d.textOf(i, j+1)}, mod, true)
		return true
	}
	return false
}

// objectKey returns the key of the thing a verb's object at token k
// names: an entity's id, or its head noun ("the town's library" is
// "library"); "" when no noun follows.
func (b *builder) objectKey(k, last int) string {
	d := b.d
	for k < last {
		switch {
		case d.in(objectSkips, k):
			k++
		case k+2 < last && d.f(k+1) == "'s":
			k += 2 // "the town's library": the library
		default:
			goto noun
		}
	}
noun:
	if k >= last {
		return ""
	}
	if mi := d.tokMen[k]; mi >= 0 {
		if e := d.ments[mi].ent; e != nil {
			return e.id
		}
		return ""
	}
	if d.toks[k].Kind != text.Word || d.in(functionWords, k) {
		return ""
	}
	return b.decisionSubject(d.nounEnd(k, last))
}
