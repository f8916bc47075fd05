package wikidata_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/veracity-go/veracity/sources/wikidata"
)

// Import a dump, link an article's names and read the facts Wikidata
// gives them.
func Example() {
	dump, err := os.Open("testdata/dump.json.gz")
	if err != nil {
		panic(err)
	}
	defer dump.Close()
	dir, _ := os.MkdirTemp("", "wikidata-example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "test.kb")
	stats, err := wikidata.Import(context.Background(), dump, path, wikidata.ImportOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%d items of %d entities\n", stats.Items, stats.Entities)

	kb, err := wikidata.Open(path)
	if err != nil {
		panic(err)
	}
	defer kb.Close()
	text := "Jane Roe, the composer, came to Paris in France."
	var items []string
	for _, l := range kb.Link(text) {
		fmt.Printf("%s → %s (%s)\n", l.Name, l.Item, l.Why)
		items = append(items, l.Item)
	}
	set := kb.Set(items, wikidata.SetOptions{})
	for _, f := range set.Facts {
		if f.Property != wikidata.PropertyAge {
			fmt.Println(f.Subject, f.Property, f.Value.Literal(), f.Sources)
		}
	}
	// Output:
	// 7 items of 8 entities
	// Jane Roe → Q1005 (the only item named “Jane Roe”)
	// Paris → Q1001 (linked to 1 of the text's other entities)
	// France → Q1003 (the only item named “France”)
	// Q1005 date-of-birth 1732-02-22 [wikidata:Q1005]
	// Q1005 cost 7200000 USD [wikidata:Q1005]
	// Q1001 population 2200000 [wikidata:Q1001]
	// Q1001 population 2240621 [wikidata:Q1001]
}

func ExampleTime_Value() {
	// George Washington's birth, as the parish register has it (Julian)
	t := wikidata.Time{Time: "+1732-02-11T00:00:00Z", Precision: wikidata.PrecisionDay, CalendarModel: wikidata.CalendarJulian}
	v, _ := t.Value()
	fmt.Println(v.Start.Format("2006-01-02"), v.Granularity)
	// Output: 1732-02-22 day
}
