package text_test

import (
	"fmt"

	"github.com/veracity-go/veracity/claims/extract/text"
)

func ExampleTokens() {
	src := "The Café’s bill rose 3.5% to £1,200."
	folded, m := text.FoldMapped(src, nil)
	for t := range text.Tokens(src, folded, m, nil) {
		fmt.Printf("%q %q cap=%v\n", src[t.Start:t.End], folded[t.FoldStart:t.FoldEnd], t.Has(text.Cap))
	}
	// Output:
	// "The" "the" cap=true
	// "Café" "cafe" cap=true
	// "’s" "'s" cap=false
	// "bill" "bill" cap=false
	// "rose" "rose" cap=false
	// "3.5" "3.5" cap=false
	// "%" "%" cap=false
	// "to" "to" cap=false
	// "£" "£" cap=false
	// "1,200" "1,200" cap=false
	// "." "." cap=false
}
