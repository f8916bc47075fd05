package extract

import (
	"testing"

	"github.com/veracity-go/veracity/claims"
)

func TestModality(t *testing.T) {
	tests := []struct {
		text string
		want claims.Modality
	}{
		{"The summit will take place in Alaska.", claims.ModalityAsserted},
		{"The exact location of the summit is yet not known.", claims.ModalityUnknown},
		{"The venue is not yet known.", claims.ModalityUnknown},
		{"The date remains unclear.", claims.ModalityUnknown},
		{"The venue is yet to be decided.", claims.ModalityUnknown},
		{"The fee has not been confirmed.", claims.ModalityUnknown},
		{"Zelenskyy may attend.", claims.ModalityHedged},
		{"The deal reportedly cost $5m.", claims.ModalityHedged},
		{"The talks are expected to last two days.", claims.ModalityHedged},
		{"It remains to be seen if the summit can result in a ceasefire.", claims.ModalityHedged},
		{"Some analysts noted that Russia would exchange gains.", claims.ModalityHedged},
		{"According to reports, the deal is done.", claims.ModalityHedged},
		{"Ukrainians will not give their land.", claims.ModalityNegated},
		{"He never paid the fine.", claims.ModalityNegated},
		{"The company denied the report.", claims.ModalityNegated},
		{"The minister refused to resign.", claims.ModalityNegated},
		{"The club didn't pay.", claims.ModalityNegated},
		{"He not only paid but apologised.", claims.ModalityAsserted},
		{"No fewer than 20 people came.", claims.ModalityAsserted},
		{"She may not attend.", claims.ModalityHedged},
		{"Talks began in May.", claims.ModalityAsserted},
	}
	for _, tt := range tests {
		d := analyze(claims.Document{Text: tt.text, Published: published}, nil, nil)
		c := d.clauseList[len(d.clauseList)-1]
		if got := d.modalityOf(c.first, c.last); got != tt.want {
			t.Errorf("%q: modality %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestAttribution(t *testing.T) {
	tests := []struct {
		text string
		want string // attribution of the last sentence
	}{
		{"Anchorage is the venue, two White House officials said.", "two White House officials"},
		{"Alaska will be visited for the first time, according to the state news agency Tass.", "Tass"},
		{"“Ukrainians will not give their land,” Zelenskyy said on Saturday.", "Zelenskyy"},
		{"However, Trump said on Monday, “There’ll be some land swapping.”", "Trump"},
		{"“Ukrainians will not give their land,” said Volodymyr Zelenskyy.", "Volodymyr Zelenskyy"},
		{"Marco Rubio spoke to Sid Rosenberg on the radio. “I need to see him,” he said.", "Marco Rubio"},
		{"Prof Samuel Greene, who teaches at King’s College London, said that it was bad.", "Samuel Greene"},
		{"Last week, Putin said that he was not opposed.", "Putin"},
		{"The line will close for nine days, rail bosses have announced.", "rail bosses"},
		{"Michael Howard has said that Labour was rattled.", "Michael Howard"},
		{"Council officials had said the road was safe.", "Council officials"},
		{"Marco Rubio spoke to Sid Rosenberg. “I need to see him,” he had said.", "Marco Rubio"},
		{"Gift Aid will not be claimed on any of the money, a spokesman added.", "a spokesman"},
		{"The fees are claimed back by the firm.", ""},
		{"The society said it would close the branch. It added that a final date had yet to be fixed.", "society"},
		{"Ann Lee said the shop would close. It added that no date was set.", ""},
		{"The sky is blue.", ""},
		{"General Motors, the world's largest car maker, has confirmed that it will build a new car.", "General Motors"},
		{"The Consumer Electronics Association (CEA) has predicted that shipments will rise.", "Consumer Electronics Association"},
		{"She was banned in May and has admitted taking the stimulant.", ""},
	}
	for _, tt := range tests {
		d := analyze(claims.Document{Text: tt.text, Published: published}, nil, nil)
		b := newBuilder(d)
		b.build(0, nil)
		got := b.attrs[len(b.attrs)-1].who
		if got != tt.want {
			t.Errorf("%q: attribution %q, want %q", tt.text, got, tt.want)
		}
	}
}
