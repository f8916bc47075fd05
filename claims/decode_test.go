package claims

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestDecodeBad decodes each file of testdata/sets/bad, one problem each,
// and checks that the first error names the file, the line and the
// problem.
func TestDecodeBad(t *testing.T) {
	tests := []struct {
		file string
		line int // 0: no line
		want string
	}{
		{"unknown-key.yaml", 6, `claim: unknown key "subjet" (did you mean subject?); want id, text, span, subject,`},
		{"unknown-top-key.yaml", 2, `claim set: unknown key "entitys" (did you mean entities?)`},
		{"list-expected.yaml", 3, `entity aliases: want a list, got the value "US"`},
		{"mapping-expected.yaml", 2, `document: want a mapping, got a list`},
		{"scalar-expected.yaml", 3, `entity id: want a single value, got a list`},
		{"top-not-mapping.yaml", 1, `claim set: want a mapping, got a list`},
		{"duplicate-entity.yaml", 5, `duplicate entity id "alaska" (first defined at line 3)`},
		{"duplicate-property.yaml", 4, `duplicate property id "venue" (first defined at line 3)`},
		{"duplicate-source.yaml", 4, `duplicate source id "tass" (first defined at line 3)`},
		{"duplicate-claim.yaml", 5, `duplicate claim id "c1" (first defined at line 3)`},
		{"duplicate-key.yaml", 5, `claim: duplicate key "id" (first at line 3)`},
		{"duplicate-key.json", 4, `claim set: duplicate key "claims" (first at line 3)`},
		{"unknown-subject.yaml", 5, `unknown entity "sumit" in claim subject (did you mean summit?)`},
		{"unknown-fact-subject.yaml", 3, `unknown entity "alaska-purchase" in fact subject`},
		{"unknown-part-of.yaml", 3, `unknown entity "united-states" in part_of`},
		{"unknown-place-value.yaml", 10, `unknown entity "juneau" in value`},
		{"unknown-source.yaml", 5, `unknown source "tass" in claim source`},
		{"unknown-verdict-claim.yaml", 5, `unknown claim "c2" in expected verdict`},
		{"unknown-finding-claim.yaml", 6, `unknown claim "c9" in expected finding`},
		{"bad-value.yaml", 5, `cannot read value "a great deal" as money (the kind of property "price"): "a great deal" is not`},
		{"bad-as-of.yaml", 3, `claim as_of: cannot read "someday" as a time:`},
		{"bad-entity-date.yaml", 3, `entity date: cannot read "in the spring" as a time:`},
		{"finding-no-claims.yaml", 6, `expected finding has neither claims nor quotes`},
		{"blank-quote.yaml", 7, `expected finding quotes item: empty`},
		{"bad-rating.yaml", 6, `verdict for "c1": unknown rating "ture" (did you mean true?)`},
		{"bad-modality.yaml", 3, `unknown modality "maybe" (want asserted, hedged, unknown or negated)`},
		{"bad-entity-kind.yaml", 3, `unknown entity kind "state"`},
		{"bad-property-kind.yaml", 3, `unknown kind "cash"`},
		{"bad-reliability.yaml", 3, `unknown reliability "G" (want a grade A to F)`},
		{"bad-source-kind.yaml", 3, `unknown source kind "wires" (did you mean wire?)`},
		{"bad-severity.yaml", 6, `unknown severity "fatal" (want error, warning, info)`},
		{"bad-date.yaml", 4, `document published: want a date YYYY-MM-DD, got "13/08/2025"`},
		{"bad-span.yaml", 3, `claim span [74, 10]: want 0 <= start <= end`},
		{"bad-worthiness.yaml", 3, `claim worthiness 1.5 is not between 0 and 1`},
		{"missing-version.yaml", 1, `missing version (want version: 1)`},
		{"version-2.yaml", 1, `unsupported version 2; this build reads version 1`},
		{"empty.yaml", 0, `empty file: missing version`},
		{"include-outside.yaml", 2, `include "../kb.yaml" lies outside the folder of this file`},
		{"text-file-absolute.yaml", 3, `text_file "/etc/passwd" lies outside the folder of this file`},
		{"yaml-syntax.yaml", 2, `YAML syntax: did not find expected '-' indicator`},
		{"yaml-only.json", 4, `JSON syntax: invalid character 'i' looking for beginning of object key string`},
		{"two-documents.yaml", 2, `more than one YAML document`},
		{"merge-key.yaml", 4, `entity: merge keys (<<) are not supported`},
		{"part-of-cycle.yaml", 3, `part_of cycle: anchorage → alaska → anchorage`},
		{"fact-no-value.yaml", 5, `fact has no value`},
		{"claim-no-id.yaml", 3, `claim has no id`},
		{"span-beyond-text.yaml", 5, `claim "c1": span [0, 40] ends beyond the document text (6 bytes)`},
		{"invalid-utf8.yaml", 3, `invalid UTF-8`},
		{"too-deep.yaml", 2, `nested deeper than 100 levels`},
	}
	seen := make(map[string]bool)
	for _, tt := range tests {
		seen[tt.file] = true
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata/sets/bad", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			s, err := Decode(data, tt.file)
			if err == nil {
				t.Fatalf("Decode(%s) = %+v, nil; want error %q", tt.file, s, tt.want)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Decode(%s) error %T %v: not an *Error", tt.file, err, err)
			}
			if e.Pos.Line != tt.line {
				t.Errorf("Decode(%s): first error at line %d, want %d: %v", tt.file, e.Pos.Line, tt.line, err)
			}
			prefix := "claims: " + tt.file + ":"
			if tt.line != 0 {
				prefix += fmt.Sprint(tt.line) + ":"
			}
			if first := e.Error(); !strings.HasPrefix(first, prefix) || !strings.Contains(first, tt.want) {
				t.Errorf("Decode(%s): first error\n\t%s\nwant prefix %q and\n\t%s", tt.file, first, prefix, tt.want)
			}
		})
	}
	// Every bad file has its row, so that none is left unchecked.
	files, _ := filepath.Glob("testdata/sets/bad/*")
	for _, f := range files {
		if name := filepath.Base(f); !seen[name] && name != "many-errors.yaml" {
			t.Errorf("testdata/sets/bad/%s has no test", name)
		}
	}
}

// TestDecodeManyErrors checks that Decode reports every problem up to
// ten, each with its line, then says there are more.
func TestDecodeManyErrors(t *testing.T) {
	data, err := os.ReadFile("testdata/sets/bad/many-errors.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Decode(data, "many-errors.yaml")
	var list ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("Decode error %T %v, want an ErrorList", err, err)
	}
	var got []string
	for _, e := range list {
		got = append(got, fmt.Sprintf("%d %s", e.Pos.Line, strings.Fields(e.Msg)[2]))
	}
	want := []string{`3 "m1"`, `4 "m2"`, `5 "m3"`, `6 "m4"`, `7 "m5"`, `8 "m6"`, `9 "m7"`, `10 "m8"`, `11 "m9"`, `12 "m10"`, `0 errors`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if lines := strings.Split(err.Error(), "\n"); len(lines) != 11 || lines[10] != "claims: many-errors.yaml: too many errors" {
		t.Errorf("Error() =\n%s\nwant 11 lines ending in too many errors", err)
	}
}

// TestDecodeSeveralProblems checks that problems of different kinds in one
// file are all reported, in line order.
func TestDecodeSeveralProblems(t *testing.T) {
	src := `version: 1
entities:
  - {id: summit, kind: meeting}
claims:
  - {id: c1, subject: summit, colour: red}
  - {id: c1, subject: nowhere}
`
	_, err := Decode([]byte(src), "several.yaml")
	want := `claims: several.yaml:3:24: unknown entity kind "meeting" (want person, place, organization, event or thing)
claims: several.yaml:5:31: claim: unknown key "colour"; want id, text, span, subject, property, value, modality, attribution, as_of, sources, worthiness
claims: several.yaml:6:5: duplicate claim id "c1" (first defined at line 5)
claims: several.yaml:6:23: unknown entity "nowhere" in claim subject`
	if err == nil || err.Error() != want {
		t.Errorf("Decode error:\n%v\nwant:\n%s", err, want)
	}
}

func TestErrorString(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{Pos: Pos{File: "a.yaml", Line: 3, Col: 5}, Msg: "bad"}, "claims: a.yaml:3:5: bad"},
		{&Error{Pos: Pos{File: "a.yaml", Line: 3}, Msg: "bad"}, "claims: a.yaml:3: bad"},
		{&Error{Pos: Pos{File: "a.yaml"}, Msg: "bad"}, "claims: a.yaml: bad"},
		{&Error{Msg: "bad"}, "claims: bad"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

// TestDecodeDesignExample decodes the example of DESIGN.md and checks what
// a user of the set relies on: ids, kinds, links, typed values, positions.
func TestDecodeDesignExample(t *testing.T) {
	data, err := os.ReadFile("testdata/sets/summit.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Decode(data, "summit.yaml")
	if err != nil {
		t.Fatal(err)
	}
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

	if got, want := s.Document.Published, day(2025, 8, 13); !got.Equal(want) {
		t.Errorf("Document.Published = %v, want %v", got, want)
	}
	jber, _ := s.Entity("jber")
	if diff := cmp.Diff(Entity{ID: "jber", Name: "Joint Base Elmendorf-Richardson", Kind: EntityPlace, PartOf: []string{"anchorage"},
		Pos: Pos{File: "summit.yaml", Line: 14, Col: 5}}, jber); diff != "" {
		t.Errorf("entity jber (-want +got):\n%s", diff)
	}
	inv, _ := s.Entity("invasion")
	if inv.Date.Kind != KindTime || !inv.Date.Start.Equal(day(2022, 2, 24)) || inv.Date.Granularity != GranularityDay {
		t.Errorf("invasion date = %+v, want the day 2022-02-24", inv.Date)
	}
	src := s.Sources[0]
	if src.Reliability != ReliabilityA || src.Kind != "government" || !src.Retrieved.Equal(day(2025, 8, 14)) {
		t.Errorf("source = %+v, want government, A, retrieved 2025-08-14", src)
	}

	venue, _ := s.Claim("venue-anchorage")
	if diff := cmp.Diff(Value{Kind: KindPlace, Entity: "anchorage", Text: "anchorage"}, venue.Value); diff != "" {
		t.Errorf("venue-anchorage value (-want +got):\n%s", diff)
	}
	if venue.Span != (Span{0, 74}) || venue.Attribution != "two White House officials" || venue.Pos.Line != 30 {
		t.Errorf("venue-anchorage = %+v", venue)
	}
	unknown, _ := s.Claim("venue-unknown")
	if unknown.Modality != ModalityUnknown || !unknown.Value.IsZero() {
		t.Errorf("venue-unknown modality %v value %+v, want unknown and no value", unknown.Modality, unknown.Value)
	}
	price, _ := s.Claim("price")
	if price.Value.Kind != KindMoney || price.Value.Amount != 7.2e6 || price.Value.Unit != "USD" || price.Value.Text != "$7.2 million" {
		t.Errorf("price value = %+v, want 7200000 USD as written", price.Value)
	}
	since, _ := s.Claim("time-since-invasion")
	if since.Value.Kind != KindDuration || since.Value.Cmp != CmpGreater || since.Value.Amount != 3.5 || since.Value.Unit != "year" {
		t.Errorf("time-since value = %+v, want > 3.5 year", since.Value)
	}
	if since.AsOf.Kind != KindTime || !since.AsOf.Start.Equal(day(2025, 8, 13)) {
		t.Errorf("time-since as_of = %+v, want 2025-08-13", since.AsOf)
	}
	if f := s.Facts[1]; f.Value.Kind != KindTime || f.Value.Granularity != GranularityYear || !f.Value.Start.Equal(day(1867, 1, 1)) {
		t.Errorf("date fact value = %+v, want the year 1867 (date is a built-in time property)", f.Value)
	}

	wantExpect := &Expect{
		Verdicts:   map[string]string{"venue-anchorage": "true", "price": "true"},
		VerdictPos: map[string]Pos{"venue-anchorage": {"summit.yaml", 49, 14}, "price": {"summit.yaml", 49, 37}},
		Findings: []ExpectedFinding{{Check: "certainty-conflict", Claims: []string{"venue-anchorage", "venue-unknown"},
			Severity: "warning", Pos: Pos{"summit.yaml", 51, 7}}},
	}
	if diff := cmp.Diff(wantExpect, s.Expect); diff != "" {
		t.Errorf("Expect (-want +got):\n%s", diff)
	}
}

// TestDecodeJSON reads JSON, including what YAML parsers refuse, with
// positions.
func TestDecodeJSON(t *testing.T) {
	src := "{\"version\": 1,\n \"document\": {\"url\": \"https:\\/\\/example.org\\/a\", \"title\": \"tab\\there\"},\n \"claims\": [{\"id\": \"c1\", \"span\": [0, 3], \"worthiness\": 0.5}]}"
	s, err := Decode([]byte(src), "set.json")
	if err != nil {
		t.Fatal(err)
	}
	want := &Set{
		Version:  1,
		Document: Document{URL: "https://example.org/a", Title: "tab\there"},
		Claims:   []Claim{{ID: "c1", Span: Span{0, 3}, Worthiness: 0.5, Pos: Pos{"set.json", 3, 13}}},
		File:     "set.json",
	}
	if diff := cmp.Diff(want, s); diff != "" {
		t.Errorf("Decode (-want +got):\n%s", diff)
	}
}

// TestDecodeIncludeAlone checks what Decode does with a file that has
// includes: it leaves references to Load, and keeps a literal whose
// property it cannot see as text when no kind fits.
func TestDecodeIncludeAlone(t *testing.T) {
	src := `version: 1
include: [kb.yaml]
claims:
  - {id: c1, subject: summit, property: venue, value: anchorage, sources: [tass]}
  - {id: c2, subject: summit, property: mood, value: "tense, they said"}
`
	s, err := Decode([]byte(src), "article.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got := []Value{s.Claims[0].Value, s.Claims[1].Value}
	want := []Value{{Kind: KindEntity, Entity: "anchorage", Text: "anchorage"}, {Text: "tense, they said"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"kb.yaml"}, s.Include); diff != "" {
		t.Errorf("Include (-want +got):\n%s", diff)
	}
}

// TestDecodeNulls checks that null (~ or nothing) means "not given".
func TestDecodeNulls(t *testing.T) {
	src := "version: 1\ndocument:\nentities:\n  - {id: a, name: ~, aliases: null}\nexpect:\n"
	s, err := Decode([]byte(src), "nulls.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := &Set{Version: 1, Entities: []Entity{{ID: "a"}}}
	if diff := cmp.Diff(want, s, cmpopts.IgnoreFields(Entity{}, "Pos"), cmpopts.IgnoreFields(Set{}, "File")); diff != "" {
		t.Errorf("Decode (-want +got):\n%s", diff)
	}
}

// TestDecodeAliasBomb feeds the "billion laughs": ten levels of ten
// aliases each, used where the format wants a list of strings. It must
// fail fast, not expand 10^10 nodes.
func TestDecodeAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("version: 1\nentities:\n  - id: lol\n    aliases: &l0 [lol]\n")
	for i := 1; i <= 10; i++ {
		fmt.Fprintf(&b, "  - id: lol%d\n    aliases: &l%d [", i, i)
		for j := range 10 {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "*l%d", i-1)
		}
		b.WriteString("]\n")
	}
	b.WriteString("claims: *l10\n")
	start := time.Now()
	_, err := Decode([]byte(b.String()), "lol.yaml")
	if took := time.Since(start); took > 5*time.Second*raceSlowdown {
		t.Errorf("Decode took %v", took)
	}
	if err == nil || !strings.Contains(err.Error(), "claims: lol.yaml:6:19: entity aliases item: want a single value, got a list") {
		t.Errorf("Decode error = %v, want entity aliases item: want a single value, got a list", err)
	}
}

// TestDecodeAliasExpansion feeds a file whose aliases expand where the
// format allows them: a thousand claims, each an alias of one claim whose
// sources are an alias of two thousand ids. Read out, that is two million
// nodes from a file of a few kilobytes.
func TestDecodeAliasExpansion(t *testing.T) {
	var b strings.Builder
	b.WriteString("version: 1\nfacts:\n  - {subject: x, property: y, value: z, sources: &s [")
	for i := range 2000 {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "s%d", i)
	}
	b.WriteString("]}\nclaims:\n  - &c {id: c, sources: *s}\n")
	for range 1000 {
		b.WriteString("  - *c\n")
	}
	start := time.Now()
	_, err := Decode([]byte(b.String()), "expand.yaml")
	// About a second: the walk stops at a million nodes. The bound is
	// loose for busy machines; unbounded expansion would take hours.
	if took := time.Since(start); took > 30*time.Second*raceSlowdown {
		t.Errorf("Decode took %v", took)
	}
	// one error, at the alias that crossed the limit ("sources: *s" of
	// the claim that is aliased), and none of the nodes left unread
	// (issue 16)
	var list ErrorList
	if !errors.As(err, &list) || len(list) != 1 || list[0].Error() != "claims: expand.yaml:5:25: aliases expand to more than 1000000 nodes; refusing to read further" {
		t.Errorf("Decode error = %v, want only expand.yaml:5:25: aliases expand to more than 1000000 nodes", err)
	}
}

// TestDecodeAliases checks that aliases used sensibly are read.
func TestDecodeAliases(t *testing.T) {
	src := `version: 1
sources:
  - {id: tass, kind: wire}
  - {id: ria, kind: wire}
claims:
  - {id: c1, sources: &both [tass, ria]}
  - {id: c2, sources: *both}
`
	s, err := Decode([]byte(src), "aliases.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"tass", "ria"}, s.Claims[1].Sources); diff != "" {
		t.Errorf("c2 sources (-want +got):\n%s", diff)
	}
}

func TestDecodeTooLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates MaxFileSize bytes")
	}
	_, err := Decode(make([]byte, MaxFileSize+1), "big.yaml")
	if err == nil || !strings.Contains(err.Error(), "claims: big.yaml: file is larger than 268435456 bytes") {
		t.Errorf("Decode error = %v, want file is larger than 268435456 bytes", err)
	}
}
