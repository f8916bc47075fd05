package claimreview_test

import (
	"fmt"
	"strings"

	"github.com/veracity-go/veracity/factcheck/claimreview"
)

// Read earlier fact-checks as the Google Fact Check Tools API returns
// them, streaming: a feed of any size is read with bounded memory.
func ExampleReader_Stream() {
	response := `{"claims": [{"text": "Drinking hot water every 15 minutes kills the coronavirus",
  "claimant": "WhatsApp messages", "claimDate": "2020-03-10T00:00:00Z",
  "claimReview": [
    {"publisher": {"name": "AFP Fact Check", "site": "factcheck.afp.com"},
     "url": "https://factcheck.afp.com/hot-water", "reviewDate": "2020-03-12T00:00:00Z",
     "textualRating": "False", "languageCode": "en"},
    {"publisher": {"name": "Misbar", "site": "misbar.com"},
     "url": "https://misbar.com/factcheck/hot-water", "reviewDate": "2020-03-13T00:00:00Z",
     "textualRating": "زائف", "languageCode": "ar"}]}]}`
	rd := claimreview.Reader{MaxSize: 1 << 30}
	err := rd.Stream(strings.NewReader(response), func(r claimreview.Review) {
		fmt.Printf("%s: %s (%q) %s\n", r.Publisher, r.Rating, r.Label, r.Date.Format("2006-01-02"))
	})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// AFP Fact Check: false ("False") 2020-03-12
	// Misbar: false ("زائف") 2020-03-13
}
