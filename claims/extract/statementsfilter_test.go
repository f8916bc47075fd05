package extract

import (
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// TestStatementDismissal: the last sentence of each text is of the class
// given ("" for one a fact-checker would check), its statement starting
// after the prefix `after` (its attribution) when there is one. The
// sentences are invented.
func TestStatementDismissal(t *testing.T) {
	tests := []struct {
		text, after, want string
	}{
		// the rest of a quotation, over several sentences
		{text: `"We trained hard all winter. The players gave everything on the day," the coach said.`, want: "quotation"},
		{text: "The coach was pleased.\n\"We trained hard all winter. The players gave everything.\" The club was founded in 1890.", want: ""},
		{text: `The report said so. The players gave everything on the day.`, want: ""},
		// imperatives
		{text: "Listen to the whole debate on our podcast.", want: "imperative"},
		{text: "Read Street was closed to traffic after the flood.", want: ""},
		// what will be
		{text: "The ceremony will be held in the capital in the spring.", want: "future"},
		{text: "The council will spend £2m on new buses.", want: ""},
		{text: "The group will now control 16% of the market.", want: ""},
		{text: "The festival will open on 27 February in the old town.", want: "future"},
		{text: "The new model is due to be launched by the summer.", want: "future"},
		{text: "The airline expects to restore all its routes before the holidays.", want: "future"},
		{text: "The bank said it would appeal against the ruling.", want: "future"},
		{text: "The film, which will open in May, was shot in Iceland.", want: ""},
		{text: "The country's plans to open its market were approved by parliament.", want: ""},
		{text: "Factory output grew faster than expected in the autumn.", want: ""},
		{text: "He left his fortune to a cat in his will.", want: ""},
		{text: "The chief executive wants to sell the shipping arm.", want: "future"},
		{text: "The result is sure to anger the fans.", want: "future"},
		{text: "The ministry is to close three prisons in the north.", want: ""},
		// the first and second person
		{text: "I always knew the team had something special about it.", want: "first person"},
		{text: "We had a long chat with the owners about the future.", want: "first person"},
		{text: "We have closed 40 branches since the merger.", want: ""},
		{text: "The US has imposed sanctions on the regime.", want: ""},
		// calls, vows, refusals and reactions
		{text: "The senator urged the agency to publish its findings.", want: "speech act"},
		{text: "The minister vowed to fight on against the closure.", want: "speech act"},
		{text: "A spokesman for the firm declined to comment on the report.", want: "speech act"},
		{text: "The singer was not available for comment.", want: "speech act"},
		{text: "The union welcomed the decision of the court.", want: "reaction"},
		{text: "The union welcomed the decision to award staff a 4% rise.", want: ""},
		{text: "The couple renewed their vows on the island last summer.", want: ""},
		{text: "The resignation of the mayor prompted calls for an inquiry.", want: ""},
		// feelings and stances
		{text: "The chairman said he was delighted with the progress of the club.", want: "feeling"},
		{text: "The firm is keen to expand into the Asian market.", want: "feeling"},
		{text: "Some 34% of the voters questioned were worried about crime.", want: ""},
		{text: "The merger was widely seen as a mistake by the industry.", want: "stance"},
		{text: "Opponents attacked the scheme as a waste of money.", want: "stance"},
		{text: "The party has simply not grasped the scale of the problem.", want: "stance"},
		{text: "The tenants were left frustrated by the delays.", want: "feeling"},
		{text: "The shares jumped amid speculation about a merger.", want: "stance"},
		// fragments left when an attribution is read
		{text: "The paper quoted a government spokeswoman.", after: "The paper quoted", want: "fragment"},
		{text: "The agency said the bank had broken the rules.", after: "The agency said", want: ""},
		{text: "The minister warned against drawing conclusions from a single poll.", after: "The minister warned", want: "fragment"},
		// a film's plot, a match's play
		{text: "The film tells the story of a miner who becomes a singer.", want: "plot"},
		{text: "The film, which tells the story of a miner, took $12m in its first week.", want: ""},
		{text: "The winger curled a shot against the post before the keeper saved a header.", want: "match play"},
		{text: "The visitors won 3-1 after a header from the captain ten minutes from the end.", want: ""},
		{text: "The firm struck a deal to cut its net debt.", want: ""},
		{text: "The full-back gathered a high kick near the touchline and ran in a try to put his side 17-10 ahead.", want: "match play"},
	}
	for _, tt := range tests {
		d := analyze(claims.Document{Text: tt.text, Published: published}, nil, nil)
		si := len(d.sents) - 1
		s := d.sents[si]
		first, last := s.first, s.last
		for first < last && int(d.toks[first].Start) < len(tt.after) {
			first++
		}
		for last > first && d.toks[last-1].Kind == text.Punct {
			last--
		}
		if got := d.dismissal(si, first, last); got != tt.want {
			t.Errorf("%q: dismissal %q, want %q", tt.text, got, tt.want)
		}
	}
}
