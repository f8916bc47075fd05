package extract

import "testing"

func TestCaseFlags(t *testing.T) {
	for _, tt := range []struct {
		word string
		want uint8
	}{
		{"the", 0},
		{"Trump", fCap},
		{"NATO", fCap | fUpper},
		{"A", fCap}, // one letter is not an acronym
		{"iPhone", 0},
		{"McDonald", fCap},
		{"G7", fCap},   // one letter
		{"UK's", fCap}, // the possessive's "s" is lower case
		{"Élysée", fCap},
		{"ÉLYSÉE", fCap | fUpper},
		{"éLYSÉE", 0},
		{"ǅemal", fCap}, // a title-case letter
		{"日本", 0},       // uncased letters
		{"\xffAB", fUpper},
		{"", 0},
	} {
		if got := caseFlags(tt.word); got != tt.want {
			t.Errorf("caseFlags(%q) = %b, want %b", tt.word, got, tt.want)
		}
	}
}
