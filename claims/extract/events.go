package extract

import "github.com/veracity-go/veracity/claims/extract/text"

// eventNounsOpen are common nouns that name events, the subjects of dates
// and venues when no knowledge base names them: "the final will be played
// at Hampden Park", "the tournament runs from 3 to 9 June".
var eventNounsOpen = words(`final semi-final semifinal match game tournament championship championships
	cup summit meeting talks election referendum vote conference festival ceremony concert race
	trial hearing launch opening premiere inquiry poll contest tour fixture derby showdown
	congress convention rally strike auction sale debate hustings exhibition gala`)

// openEvent reports whether token i is an event noun that no mention
// covers.
func (b *builder) openEvent(i int) bool {
	d := b.d
	return d.toks[i].Kind == text.Word && d.tokMen[i] < 0 && d.in(eventNounsOpen, i)
}
