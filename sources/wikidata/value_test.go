package wikidata

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
)

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func TestTimeValue(t *testing.T) {
	for _, tc := range []struct {
		in         Time
		start, end time.Time
		gran       claims.Granularity
	}{
		{Time{"+1770-12-16T00:00:00Z", 11, CalendarGregorian}, day(1770, 12, 16), day(1770, 12, 17), claims.GranularityDay},
		// Washington was born on 11 February 1731/2 Old Style: 22 February 1732
		{Time{"+1732-02-11T00:00:00Z", 11, CalendarJulian}, day(1732, 2, 22), day(1732, 2, 23), claims.GranularityDay},
		// the day after Julian 4 October 1582 was Gregorian 15 October
		{Time{"+1582-10-05T00:00:00Z", 11, CalendarJulian}, day(1582, 10, 15), day(1582, 10, 16), claims.GranularityDay},
		{Time{"+1890-03-00T00:00:00Z", 10, CalendarGregorian}, day(1890, 3, 1), day(1890, 4, 1), claims.GranularityMonth},
		{Time{"+2015-00-00T00:00:00Z", 9, CalendarGregorian}, day(2015, 1, 1), day(2016, 1, 1), claims.GranularityYear},
		{Time{"+1967-00-00T00:00:00Z", 8, CalendarGregorian}, day(1960, 1, 1), day(1970, 1, 1), claims.GranularityDecade},
		{Time{"+1900-00-00T00:00:00Z", 7, CalendarGregorian}, day(1801, 1, 1), day(1901, 1, 1), claims.GranularityCentury},
	} {
		v, err := tc.in.Value()
		if err != nil {
			t.Errorf("%v: %v", tc.in, err)
			continue
		}
		if !v.Start.Equal(tc.start) || !v.End.Equal(tc.end) || v.Granularity != tc.gran || v.Kind != claims.KindTime {
			t.Errorf("%v → %v–%v %v, want %v–%v %v", tc.in, v.Start, v.End, v.Granularity, tc.start, tc.end, tc.gran)
		}
	}
	for _, bad := range []Time{
		{"+13798000000-00-00T00:00:00Z", 3, CalendarGregorian}, // the universe: too coarse
		{"-0753-04-21T00:00:00Z", 11, CalendarJulian},          // before year 1
		{"+2015-02-00T00:00:00Z", 11, CalendarGregorian},       // day precision, no day
		{"2015-02-01T00:00:00Z", 11, CalendarGregorian},        // no sign
		{"+2015-13-01T00:00:00Z", 11, CalendarGregorian},
		{"+2015-01-01T00:00:00Z", 14, CalendarGregorian}, // seconds
	} {
		if v, err := bad.Value(); err == nil {
			t.Errorf("%v → %v, want an error", bad, v)
		}
	}
}

func TestQuantityValue(t *testing.T) {
	for _, tc := range []struct {
		in   Quantity
		kind claims.Kind
		want claims.Value
	}{
		{Quantity{Amount: "+2864348", Unit: "1"}, claims.KindCount,
			claims.Value{Kind: claims.KindCount, Amount: 2864348, Text: "2864348"}},
		{Quantity{Amount: "+7200000", LowerBound: "+7150000", UpperBound: "+7250000", Unit: "http://www.wikidata.org/entity/Q4917"}, claims.KindMoney,
			claims.Value{Kind: claims.KindMoney, Amount: 7200000, Precision: 50000, Unit: "USD", Text: "7200000 USD"}},
		{Quantity{Amount: "+2.5", Unit: "http://www.wikidata.org/entity/Q828224"}, claims.KindQuantity,
			claims.Value{Kind: claims.KindQuantity, Amount: 2.5, Unit: "km", Text: "2.5 km"}},
		{Quantity{Amount: "+54", Unit: "http://www.wikidata.org/entity/Q24564698"}, claims.KindQuantity,
			claims.Value{Kind: claims.KindDuration, Amount: 54, Unit: "year", Text: "54 year"}},
	} {
		got, err := tc.in.Value(tc.kind)
		if err != nil || got != tc.want {
			t.Errorf("%+v → %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []Quantity{
		{Amount: "+12", Unit: "http://www.wikidata.org/entity/Q999999"}, // unknown unit
		{Amount: "twelve", Unit: "1"},
		{Amount: "+1e999", Unit: "1"},
	} {
		if v, err := bad.Value(claims.KindQuantity); err == nil {
			t.Errorf("%+v → %+v, want an error", bad, v)
		}
	}
}

func TestDataValues(t *testing.T) {
	dv := func(typ, raw string) DataValue { return DataValue{Type: typ, Raw: json.RawMessage(raw)} }
	if id, err := dv("wikibase-entityid", `{"entity-type":"item","numeric-id":64}`).EntityID(); err != nil || id != "Q64" {
		t.Errorf("numeric id → %q, %v; want Q64", id, err)
	}
	if s, err := dv("string", `"https://example.org"`).String(); err != nil || s != "https://example.org" {
		t.Errorf("string → %q, %v", s, err)
	}
	if s, l, err := dv("monolingualtext", `{"text":"Berlin","language":"de"}`).Monolingual(); err != nil || s != "Berlin" || l != "de" {
		t.Errorf("monolingual → %q %q, %v", s, l, err)
	}
	if _, err := dv("string", `"x"`).Time(); err == nil {
		t.Error("a string read as a time: no error")
	}
}

func TestTables(t *testing.T) {
	if _, err := parseMap(propertiesTSV); err != nil {
		t.Fatal(err)
	}
	if len(units()) == 0 || len(classKinds()) == 0 {
		t.Fatal("empty embedded table")
	}
	for _, c := range []string{"USD", "EUR", "GBP", "JPY"} {
		found := false
		for _, u := range units() {
			found = found || u.unit == c && u.kind == claims.KindMoney
		}
		if !found {
			t.Errorf("no currency %s in units.tsv", c)
		}
	}
}
