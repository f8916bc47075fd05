package extract

import (
	"testing"

	"github.com/veracity-go/veracity/claims"
)

// TestRoleHolders: one role of one body given to two people is keyed
// once, whichever way the body is named; the holder is the value.
func TestRoleHolders(t *testing.T) {
	for _, c := range []struct{ name, text, subject string }{
		{"a role before each name, the body a common noun",
			"Council leader Anne Fairley told the meeting the budget was balanced. Later, council leader Joan Whitby said the cuts were unavoidable.",
			"council-leader"},
		{"the body after 'of' with the name in apposition, then the body before the role",
			"The chief executive of Acme, Tom Reyes, said sales rose. Acme chief executive Jo Bloggs said profits fell.",
			"acme-chief-executive"},
	} {
		t.Run(c.name, func(t *testing.T) {
			set, err := Extract(claims.Document{Text: c.text, Published: published}, nil)
			if err != nil {
				t.Fatal(err)
			}
			var holders []string
			for _, cl := range set.Claims {
				if cl.Subject == c.subject && cl.Property == "holder" {
					holders = append(holders, cl.Value.Entity)
				}
			}
			if len(holders) != 2 || holders[0] == holders[1] {
				t.Errorf("holders of %s: %q, want two people; all: %+v", c.subject, holders, set.Claims)
			}
		})
	}
}

// TestRoleHoldersApart: roles of two bodies, a role with no body, a
// former or deputy holder, and a holder of long ago are not one role
// given twice.
func TestRoleHoldersApart(t *testing.T) {
	for _, text := range []string{
		"Rovers manager Steve Yardley said the atmosphere helped. Felling manager Ian Cawthorne was frustrated.",
		"Chief executive Tom Reyes said sales rose. Chief executive Jo Bloggs said profits fell.",
		"Former council leader Anne Fairley told the meeting. Council leader Joan Whitby said the cuts were unavoidable.",
		"Deputy council leader Anne Fairley told the meeting. Council leader Joan Whitby said the cuts were unavoidable.",
		"Council leader Anne Fairley stepped down in March. Her successor, council leader Joan Whitby, said on Monday that the cuts were unavoidable.",
		"Until May, council leader Anne Fairley chaired the meetings. Since then council leader Joan Whitby has chaired them.",
		"Council leader Anne Fairley spoke first. Neighbouring Denby's council leader Joan Whitby spoke next.",
		"GM vice president Mark LaNeve said sales rose. GM vice president Jim Press said prices fell.",
		"Tory leader Michael Howard paid tribute. When Britain went to the polls in 1979, Tory leader Margaret Thatcher won.",
	} {
		wantNoContradiction(t, text)
	}
}
