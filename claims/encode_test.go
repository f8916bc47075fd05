package claims

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// ignorePos leaves out what Decode adds and Encode does not write.
var ignorePos = cmp.Options{
	cmpopts.IgnoreFields(Set{}, "File"),
	cmpopts.IgnoreFields(Entity{}, "Pos"),
	cmpopts.IgnoreFields(Property{}, "Pos"),
	cmpopts.IgnoreFields(Source{}, "Pos"),
	cmpopts.IgnoreFields(Fact{}, "Pos"),
	cmpopts.IgnoreFields(Claim{}, "Pos"),
	cmpopts.IgnoreFields(ExpectedFinding{}, "Pos"),
	cmpopts.IgnoreFields(Expect{}, "VerdictPos"),
}

// mustParseKind parses a literal for a test's want.
func mustParseKind(t *testing.T, k Kind, lit string) Value {
	t.Helper()
	v, err := ParseValueKind(k, lit)
	if err != nil {
		t.Fatalf("ParseValueKind(%v, %q): %v", k, lit, err)
	}
	return v
}

// richSet is a set with every field given, including values no literal
// writes and strings that YAML would read as something else.
func richSet(t *testing.T) *Set {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	ny := time.FixedZone("EDT", -4*3600)
	return &Set{
		Version: 1,
		Include: []string{"kb.yaml", "shared/people.yaml"},
		Document: Document{
			Title:     "null",
			Published: time.Date(2025, 8, 13, 9, 30, 0, 0, ny),
			URL:       "https://example.org/news/summit?a=1&b=2#top",
			Language:  "en",
			Text:      "  Leading spaces.\nA line: with a colon # and a hash\n\ttab\n",
			TextFile:  "article.txt",
		},
		Entities: []Entity{
			{ID: "united-states", Name: "United States", Kind: EntityPlace, Aliases: []string{"US", "U.S.", "true", "1867", "- dash"}},
			{ID: "alaska", Name: "Alaska", Kind: EntityPlace, PartOf: []string{"united-states"}, Aliases: []string{}},
			{ID: "invasion", Name: "Russian invasion of Ukraine", Kind: EntityEvent, Date: mustParseKind(t, KindTime, "2022-02-24")},
			{ID: "purchase", Name: "Alaska Purchase", Kind: EntityEvent, Date: mustParseKind(t, KindTime, "1867")},
			{ID: "odd", Name: "'quoted' \"double\" {flow} [list]", Kind: EntityThing,
				Date: Value{Kind: KindTime, Start: day(2023, 3, 17), End: day(2023, 3, 20)}},
			{ID: "tass", Name: "Tass", Kind: EntityOrganization},
			{ID: "zelenskyy", Kind: EntityPerson},
		},
		Properties: []Property{
			{ID: "venue", Name: "Venue", Kind: KindPlace, Cues: []string{"venue", "held in"}},
			{ID: "price", Kind: KindMoney, Cues: []string{}},
			{ID: "mood", Kind: KindText},
			{ID: "open", Kind: KindBool},
			{ID: "loose"},
		},
		Sources: []Source{
			{ID: "state-historian", Name: "Office of the Historian", URL: "https://history.state.gov", Publisher: "U.S. Department of State",
				Kind: "government", Published: day(2020, 1, 2), Retrieved: day(2025, 8, 14), Reliability: ReliabilityA},
			{ID: "tass-wire", Kind: "wire", Reliability: ReliabilityF},
		},
		Facts: []Fact{
			{Subject: "purchase", Property: "price", Value: mustParseKind(t, KindMoney, "7200000 USD"),
				ValidFrom: day(1867, 3, 30), ValidUntil: day(1868, 1, 1), Sources: []string{"state-historian"}, Quote: "for $7.2 million"},
			{Subject: "purchase", Property: "date", Value: mustParseKind(t, KindTime, "1867")},
			// A value no literal gives: a precision of its own.
			{Subject: "purchase", Property: "price", Value: Value{Kind: KindMoney, Amount: 7.2e6, Unit: "USD", Precision: 123.5}},
		},
		Claims: []Claim{
			{ID: "c1", Text: "Anchorage in the US state of Alaska is the venue", Span: Span{0, 49},
				Subject: "invasion", Property: "venue", Value: mustParseKind(t, KindPlace, "alaska"),
				Attribution: "two White House officials", Sources: []string{"tass-wire"}, Worthiness: 0.875},
			{ID: "c2", Subject: "purchase", Property: "price", Value: mustParseKind(t, KindMoney, "$7.2 million"), Modality: ModalityHedged},
			{ID: "c3", Subject: "invasion", Property: "time-since", Value: mustParseKind(t, KindDuration, "more than 3.5 years"),
				AsOf: mustParseKind(t, KindTime, "2025-08-13"), Modality: ModalityNegated, Sources: []string{}},
			{ID: "c4", Subject: "invasion", Property: "mood", Value: mustParseKind(t, KindText, "tense, they said: very")},
			{ID: "c5", Subject: "invasion", Property: "open", Value: Value{Kind: KindBool, Bool: true}},
			// Values of an undeclared property, and of a declared one
			// without a kind: a bare text, and an entity.
			{ID: "c6", Subject: "invasion", Property: "undeclared", Value: Value{Text: "no literal reads this"}, Modality: ModalityUnknown},
			{ID: "c7", Subject: "invasion", Property: "loose", Value: Value{Kind: KindEntity, Entity: "tass"}},
			{ID: "1867"},
		},
		Expect: &Expect{
			Verdicts: map[string]string{"c1": "true", "c2": "mostly-false", "1867": "unverified"},
			Findings: []ExpectedFinding{
				{Check: "certainty-conflict", Claims: []string{"c1", "c6"}, Severity: "warning"},
				{Check: "unsourced", Claims: []string{}},
				{Check: "arithmetic", Quotes: []string{"rose 8% to £1,150m", `said: "no"`}, Severity: "error"},
				{Check: "value-conflict", Claims: []string{"c2"}, Quotes: []string{"$7.2 million"}},
			},
		},
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	for _, f := range []Format{YAML, JSON} {
		t.Run(f.String(), func(t *testing.T) {
			want := richSet(t)
			var buf bytes.Buffer
			if err := Encode(&buf, want, f); err != nil {
				t.Fatal(err)
			}
			got, err := Decode(buf.Bytes(), "set."+f.String())
			if err != nil {
				t.Fatalf("Decode(Encode(s)): %v\n%s", err, buf.Bytes())
			}
			if diff := cmp.Diff(want, got, ignorePos); diff != "" {
				t.Errorf("Decode(Encode(s)) (-want +got):\n%s\n%s", diff, buf.Bytes())
			}
		})
	}
}

// TestEncodeEmpty checks the smallest sets: nothing given, and sections
// given empty, which must stay empty rather than absent.
func TestEncodeEmpty(t *testing.T) {
	for _, s := range []*Set{
		{Version: 1},
		{Version: 1, Include: []string{}, Entities: []Entity{}, Properties: []Property{}, Sources: []Source{},
			Facts: []Fact{}, Claims: []Claim{}, Expect: &Expect{}},
		{Version: 1, Expect: &Expect{Verdicts: map[string]string{}, Findings: []ExpectedFinding{}}},
	} {
		for _, f := range []Format{YAML, JSON} {
			var buf bytes.Buffer
			if err := Encode(&buf, s, f); err != nil {
				t.Fatal(err)
			}
			got, err := Decode(buf.Bytes(), "set."+f.String())
			if err != nil {
				t.Fatalf("Decode(Encode(%+v)): %v\n%s", s, err, buf.Bytes())
			}
			if diff := cmp.Diff(s, got, ignorePos); diff != "" {
				t.Errorf("%v: Decode(Encode(s)) (-want +got):\n%s\n%s", f, diff, buf.Bytes())
			}
		}
	}
}

// TestEncodeFiles round-trips the valid sets of testdata/sets through both
// formats.
func TestEncodeFiles(t *testing.T) {
	files, _ := filepath.Glob("testdata/sets/*.yaml")
	if len(files) == 0 {
		t.Fatal("no testdata/sets/*.yaml")
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		want, err := Decode(data, file)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range []Format{YAML, JSON} {
			var buf bytes.Buffer
			if err := Encode(&buf, want, f); err != nil {
				t.Fatal(err)
			}
			got, err := Decode(buf.Bytes(), "out."+f.String())
			if err != nil {
				t.Fatalf("%s as %v: %v\n%s", file, f, err, buf.Bytes())
			}
			if diff := cmp.Diff(want, got, ignorePos); diff != "" {
				t.Errorf("%s as %v (-want +got):\n%s", file, f, diff)
			}
		}
	}
}

// TestEncodeYAML checks that the YAML written is what a person would
// write: short entries on one line, values as literals, no needless
// quotes.
func TestEncodeYAML(t *testing.T) {
	s := &Set{
		Version:  1,
		Document: Document{Title: "Summit: what we know", Published: time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)},
		Entities: []Entity{
			{ID: "alaska", Name: "Alaska", Kind: EntityPlace, Aliases: []string{"AK"}},
			{ID: "purchase", Name: "Alaska Purchase", Kind: EntityEvent, Date: mustParseKind(t, KindTime, "1867")},
		},
		Properties: []Property{{ID: "price", Kind: KindMoney}},
		Claims: []Claim{{ID: "c1", Text: "Alaska was sold for $7.2 million", Subject: "purchase", Property: "price",
			Value: mustParseKind(t, KindMoney, "$7.2 million"), Sources: []string{"a", "b"}}},
		Expect: &Expect{Verdicts: map[string]string{"c1": "true"}},
	}
	var buf bytes.Buffer
	if err := Encode(&buf, s, YAML); err != nil {
		t.Fatal(err)
	}
	want := `version: 1
document:
  title: 'Summit: what we know'
  published: 2025-08-13
entities:
  - {id: alaska, name: Alaska, kind: place, aliases: [AK]}
  - {id: purchase, name: Alaska Purchase, kind: event, date: 1867}
properties:
  - {id: price, kind: money}
claims:
  - id: c1
    text: Alaska was sold for $7.2 million
    subject: purchase
    property: price
    value: $7.2 million
    sources: [a, b]
expect:
  verdicts:
    c1: true
`
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("Encode YAML (-want +got):\n%s", diff)
	}
}

func TestEncodeJSON(t *testing.T) {
	s := &Set{
		Version:  1,
		Entities: []Entity{{ID: "alaska", Name: "Alaska <AK> & co", Kind: EntityPlace, Aliases: []string{"AK"}}},
		Claims:   []Claim{{ID: "c1", Span: Span{3, 9}, Worthiness: 0.5}},
	}
	var buf bytes.Buffer
	if err := Encode(&buf, s, JSON); err != nil {
		t.Fatal(err)
	}
	want := `{
  "version": 1,
  "entities": [
    {
      "id": "alaska",
      "name": "Alaska <AK> & co",
      "kind": "place",
      "aliases": ["AK"]
    }
  ],
  "claims": [
    {
      "id": "c1",
      "span": [3, 9],
      "worthiness": 0.5
    }
  ]
}
`
	if diff := cmp.Diff(want, buf.String()); diff != "" {
		t.Errorf("Encode JSON (-want +got):\n%s", diff)
	}
}

func TestEncodeErrors(t *testing.T) {
	var buf bytes.Buffer
	if err := Encode(&buf, &Set{Version: 1}, Format(9)); err == nil || err.Error() != "claims: unknown format Format(9)" {
		t.Errorf("Encode(Format(9)) = %v, want claims: unknown format Format(9)", err)
	}
	if err := Encode(&buf, nil, YAML); err == nil || err.Error() != "claims: cannot encode a nil *Set" {
		t.Errorf("Encode(nil) = %v, want claims: cannot encode a nil *Set", err)
	}
	nan := &Set{Version: 1, Facts: []Fact{{Subject: "a", Property: "b", Value: Value{Kind: KindNumber, Amount: zero() / zero()}}}}
	for _, f := range []Format{YAML, JSON} {
		if err := Encode(&buf, nan, f); err == nil || !strings.Contains(err.Error(), "cannot encode the number NaN") {
			t.Errorf("Encode(NaN amount, %v) = %v, want cannot encode the number NaN", f, err)
		}
	}
}

// zero returns 0 in a way the compiler does not fold, for NaN.
func zero() float64 { return 0 }

// TestFormatOf checks the format chosen by a file's name.
func TestFormatOf(t *testing.T) {
	for name, want := range map[string]Format{"a.json": JSON, "A.JSON": JSON, "a.yaml": YAML, "a.yml": YAML, "a": YAML, "json": YAML} {
		if got := FormatOf(name); got != want {
			t.Errorf("FormatOf(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestEncodeStrings round-trips strings that YAML reads as something else
// or must escape: line breaks of every kind, indicators, special words.
func TestEncodeStrings(t *testing.T) {
	for _, str := range []string{
		"a\r\nb", "a\rb", "\u0085x", "a\u2028b", "x\u2029", "\ufeffbom", "tab\t", " lead", "trail ",
		"a\x01b", "\x7f", "\u00a0nbsp", "- x", "? x", "&a", "*a", "!tag", "%dir", "@at", "`bt", "#c", "a #b",
		"a: b", "'", "\"", "{", "}", "[", "]", ",", "|", ">", "---", "...", "a\n", "\n", "\n\n", " \n x", "x\n ",
		"\U0010FFFF", "\uFFFE", "0x10", "1e3", ".inf", "0o7", "1_000", "2025-08-13T10:00:00Z", "2025-02-30",
		"yes", "no", "on", "off", "Null", "NULL", "~", "=", "<<", "",
	} {
		// The include leaves the verdict's claim id unchecked.
		s := &Set{Version: 1, Include: []string{"kb.yaml"}, Document: Document{Title: str, Text: str},
			Entities: []Entity{{ID: "e" + str, Name: str, Aliases: []string{"x" + str}}},
			Expect:   &Expect{Verdicts: map[string]string{str: "true"}}}
		for _, f := range []Format{YAML, JSON} {
			var buf bytes.Buffer
			if err := Encode(&buf, s, f); err != nil {
				t.Errorf("%q as %v: %v", str, f, err)
				continue
			}
			got, err := Decode(buf.Bytes(), "set."+f.String())
			if err != nil {
				t.Errorf("%q as %v: %v\n%s", str, f, err, buf.Bytes())
				continue
			}
			if diff := cmp.Diff(s, got, ignorePos); diff != "" {
				t.Errorf("%q as %v: Decode(Encode(s)) (-want +got):\n%s\n%s", str, f, diff, buf.Bytes())
			}
		}
	}
}
