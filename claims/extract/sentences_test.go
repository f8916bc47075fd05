package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/veracity-go/veracity/claims"
)

func sentencesOf(text string) []string {
	d := analyze(claims.Document{Text: text}, nil, nil)
	var out []string
	for _, s := range d.sents {
		out = append(out, d.textOf(s.first, s.last))
	}
	return out
}

func clausesOf(text string) []string {
	d := analyze(claims.Document{Text: text}, nil, nil)
	var out []string
	for _, c := range d.clauseList {
		out = append(out, d.textOf(c.first, c.last))
	}
	return out
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"titles", "Prof Samuel Greene spoke. Dr. Jones and Mr. Smith met St. Paul's staff.",
			[]string{"Prof Samuel Greene spoke.", "Dr. Jones and Mr. Smith met St. Paul's staff."}},
		{"dotted abbreviations", "The U.S. economy grew. It beat the U.K. figure, e.g. in March, i.e. early.",
			[]string{"The U.S. economy grew.", "It beat the U.K. figure, e.g. in March, i.e. early."}},
		{"abbreviation ending a sentence", "He moved to the U.S. The move cost $3.5m.",
			[]string{"He moved to the U.S.", "The move cost $3.5m."}},
		{"a unit glued to a figure", "The scheme will cost £54m. He said 300 jobs would go by 2027, or 4k.",
			[]string{"The scheme will cost £54m.", "He said 300 jobs would go by 2027, or 4k."}},
		{"initials and decimals", "J. K. Rowling earned 3.5 times more. No. 10 agreed on Jan. 5.",
			[]string{"J. K. Rowling earned 3.5 times more.", "No. 10 agreed on Jan. 5."}},
		{"quotes", "“We will win,” he said. “Will we?” she asked. Then they left.",
			[]string{"“We will win,” he said.", "“Will we?” she asked.", "Then they left."}},
		{"headline lines", "Agenda of the summit\nWhere is it happening?\nIt starts today.",
			[]string{"Agenda of the summit", "Where is it happening?", "It starts today."}},
		{"hard-wrapped paragraph", "The firm said profits rose\nsharply in March.\n\nNew paragraph here.",
			[]string{"The firm said profits rose\nsharply in March.", "New paragraph here."}},
		{"etc", "They sold apples, pears etc. The rest was waste.",
			[]string{"They sold apples, pears etc.", "The rest was waste."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, sentencesOf(tt.text)); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
		})
	}
}

func TestClauses(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Although the exact location is not known, it will take place in Alaska on Friday.",
			[]string{"the exact location is not known", "it will take place in Alaska on Friday"}},
		{"Sales rose 5%, but profits fell.", []string{"Sales rose 5%", "profits fell"}},
		{"The team won; the coach resigned.", []string{"The team won", "the coach resigned"}},
		{"Kyiv agreed to a ceasefire, however insisting on a truce.",
			[]string{"Kyiv agreed to a ceasefire", "insisting on a truce"}},
		{"However, Trump said on Monday that talks were over.",
			[]string{"Trump said on Monday that talks were over"}},
		{"“Stop, but wait,” she said.", []string{"Stop", "wait,” she said"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, clausesOf(tt.text)); diff != "" {
			t.Errorf("clauses of %q (-want +got):\n%s", tt.text, diff)
		}
	}
}
