package arithmetic_test

import "testing"

// TestLeadAges: the age of a person not yet named ("A 34-year-old man",
// "The new MP, 34,") against the one birth the article gives, of a person
// named near it.
func TestLeadAges(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"an indefinite lead, the title agrees",
			"A 34-year-old man has gone on trial accused of fraud. Mr Rourke, who was born in March 1988, denies the charge.",
			[]string{"warning: born in March 1988, Rourke is 37 years old in 2025, not 34"}},
		{"an indefinite lead, right", "A 37-year-old man has gone on trial accused of fraud. Mr Rourke, who was born in March 1988, denies the charge.", nil},
		{"an indefinite lead, the title does not agree",
			"A 34-year-old man has gone on trial accused of fraud. Ms Rourke, who was born in March 1988, gave evidence.", nil},
		{"two births: which one is a guess",
			"A 34-year-old man has gone on trial. Mr Rourke, who was born in March 1988, denies it. Mr Hale, who was born in 1970, is his uncle.", nil},
		{"a role in apposition",
			"The new MP, 34, told supporters her priority was the hospital. Born in Leeds in 1988, Ms Okafor trained as a nurse.",
			[]string{"warning: born in 1988, Okafor is 36 or 37 years old in 2025, not 34"}},
		{"a role in apposition, the person named far away",
			"The new MP, 34, told supporters her priority was the hospital. The count began at 10pm. Turnout was 61%. Three recounts were held. The result came at 5am. The Greens came fourth. Born in Leeds in 1988, Ms Okafor trained as a nurse.", nil},
		{"a figure after a comma that is no role", "Of the complaints upheld, 34, or 40%, concerned waiting times. Ms Okafor, who was born in 1961, chairs the board.", nil},
		{"a role at another time", "In 2010 the then chairman, 34, oversaw the club's move to a new ground. Born in 1976, Mr Hale led the club for a decade.", nil},
		{"the person born speaks: a witness, perhaps", "A 34-year-old man was arrested at the scene. Mr Rourke, who was born in March 1960, said he heard shouting.", nil},
	})
}
