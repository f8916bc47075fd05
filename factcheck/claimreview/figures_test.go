package claimreview

import "testing"

func TestFiguresAgree(t *testing.T) {
	tests := []struct {
		claim, review string
		want          bool
	}{
		{"Russia sold Alaska for 7.2 million dollars", "Alaska was bought for $7.2 million", true},
		{"Russia sold Alaska for $7,200,000", "Alaska was bought for $7.2 million", true},
		{"spent $1.2 billion", "bought for $7.2 million", false},
		{"about 7 million people", "7.2 million people", true}, // 7 million covers 6.5–7.5 million
		{"grew 8.2 percent", "grew by 8.2%", true},
		{"grew 6.1 percent", "grew by 8.2%", false},
		{"rose 30% since 2015", "has risen by 30% since 2015", true},
		{"rose 30% since 2019", "has risen by 30% since 2015", false},
		{"spent $800 billion last year", "spent $800 billion in 2023", true}, // no year to disagree with
		{"sends 350 million pounds a week", "sends £350 million a week", true},
		{"tres millones de personas", "3 millones de personas", true},
		{"three million people", "3.8 million people", false}, // three million covers 2.5–3.5 million
		{"no figure at all", "$7.2 million", true},
	}
	for _, tt := range tests {
		if got := figuresAgree(figures(tt.claim), figures(tt.review)); got != tt.want {
			t.Errorf("figuresAgree(%q, %q) = %v, want %v (figures %+v, %+v)", tt.claim, tt.review, got, tt.want, figures(tt.claim), figures(tt.review))
		}
	}
}

func TestStem(t *testing.T) {
	for _, group := range [][]string{
		{"kill", "kills", "killed", "killing"},
		{"country", "countries"},
		{"state", "states"},
		{"stop", "stopped", "stopping"},
		{"legalise", "legalised"},
	} {
		for _, w := range group[1:] {
			if stem(w) != stem(group[0]) {
				t.Errorf("stem(%q) = %q, stem(%q) = %q; want one stem", w, stem(w), group[0], stem(group[0]))
			}
		}
	}
	for _, pair := range [][2]string{{"bus", "bu"}, {"census", "censu"}, {"kill", "kil"}} {
		if stem(pair[0]) == pair[1] {
			t.Errorf("stem(%q) = %q", pair[0], pair[1])
		}
	}
}
