package worthiness_test

import (
	"fmt"

	"github.com/veracity-go/veracity/claims/extract/worthiness"
)

func ExampleModel_Score() {
	m := worthiness.Default()
	for _, s := range []string{
		"We have lost 800,000 manufacturing jobs since 2010.",
		"Thank you all for coming tonight.",
	} {
		score := m.Score(worthiness.Sentence{Text: s})
		fmt.Printf("%-52s worthy: %v\n", s, score >= m.Threshold())
	}
	// Output:
	// We have lost 800,000 manufacturing jobs since 2010.  worthy: true
	// Thank you all for coming tonight.                    worthy: false
}
