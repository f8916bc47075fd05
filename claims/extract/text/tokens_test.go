package text

import "testing"

func TestCaseFlags(t *testing.T) {
	for _, tt := range []struct {
		word string
		want Flags
	}{
		{"the", 0},
		{"Trump", Cap},
		{"NATO", Cap | Upper},
		{"A", Cap}, // one letter is not an acronym
		{"iPhone", 0},
		{"McDonald", Cap},
		{"G7", Cap},   // one letter
		{"UK's", Cap}, // the possessive's "s" is lower case
		{"Élysée", Cap},
		{"ÉLYSÉE", Cap | Upper},
		{"éLYSÉE", 0},
		{"ǅemal", Cap}, // a title-case letter
		{"日本", 0},      // uncased letters
		{"\xffAB", Upper},
		{"", 0},
	} {
		if got := caseFlags(tt.word); got != tt.want {
			t.Errorf("caseFlags(%q) = %b, want %b", tt.word, got, tt.want)
		}
	}
}
