package factcheck

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/veracity-go/veracity/claims"
)

func TestWriteJSONGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := testReport().WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "report.json", buf.Bytes())
}

// decodeAny decodes JSON as a consumer without our types would.
func decodeAny(t *testing.T, data []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatalf("report is not valid JSON: %v\n%s", err, data)
	}
	return m
}

// TestJSONContract checks the fields and types that the version 1 report
// promises, as a consumer decoding it into generic maps sees them.
func TestJSONContract(t *testing.T) {
	data, err := json.Marshal(testReport())
	if err != nil {
		t.Fatal(err)
	}
	got := decodeAny(t, data)

	if _, ok := got["file"]; ok {
		t.Errorf(`report without a file has a "file" field: %v`, got["file"])
	}
	for _, tc := range []struct {
		key  string
		want any
	}{
		{"version", 1.0},
		{"document", map[string]any{
			"title": "Trump–Putin summit: what we *know*", "published": "2025-08-13",
			"url": "https://example.org/news/summit", "language": "en",
		}},
		{"summary", map[string]any{
			"claims":   7.0,
			"verdicts": map[string]any{"true": 2.0, "false": 2.0, "conflicting": 1.0, "unverified": 2.0},
			"findings": 3.0,
		}},
		{"findings", []any{
			map[string]any{"check": "certainty-conflict", "severity": "warning",
				"claims":  []any{"venue-anchorage", "venue-unknown"},
				"message": `the venue of summit is given as Anchorage ("venue-anchorage") and called unknown ("venue-unknown")`},
			map[string]any{"check": "arithmetic", "severity": "error", "claims": []any{"revenue"},
				"message": "$1.1bn plus 15% is $1.265bn, not $1.2bn"},
			map[string]any{"check": "unsourced", "severity": "info", "claims": []any{"calls"},
				"message": "a check-worthy claim with neither attribution nor source"},
		}},
	} {
		if diff := cmp.Diff(tc.want, got[tc.key]); diff != "" {
			t.Errorf("%q mismatch (-want +got):\n%s", tc.key, diff)
		}
	}

	cls, _ := got["claims"].([]any)
	wantClaims := []any{
		map[string]any{"id": "venue-anchorage", "text": "Anchorage in the US state of Alaska is the venue for the upcoming meeting",
			"span": []any{0.0, 72.0}, "subject": "summit", "property": "venue",
			"value":    map[string]any{"kind": "place", "text": "Anchorage", "entity": "anchorage"},
			"modality": "asserted", "attribution": "two White House officials",
			"sources": []any{"white-house"}, "worthiness": 0.9},
		// No value: "value" is left out; no attribution: "" is still there.
		map[string]any{"id": "venue-unknown", "text": "the exact location of the\nTrump-Putin summit is yet not known",
			"span": []any{74.0, 135.0}, "subject": "summit", "property": "venue",
			"modality": "unknown", "attribution": ""},
		// No span: "span" is left out; "cmp" "=" is left out.
		map[string]any{"id": "price", "text": "the US paid $7.5 million for Alaska", "subject": "alaska-purchase", "property": "price",
			"value":    map[string]any{"kind": "money", "text": "$7.5 million", "amount": 7500000.0, "unit": "USD", "precision": 50000.0},
			"modality": "asserted", "attribution": ""},
		map[string]any{"id": "since-invasion", "text": "more than three and a half years after Moscow's invasion",
			"subject": "invasion", "property": "time-since",
			"value":    map[string]any{"kind": "duration", "text": "more than three and a half years", "amount": 3.5, "unit": "year", "cmp": ">"},
			"modality": "hedged", "attribution": "",
			"as_of": map[string]any{"kind": "time", "start": "2025-08-13", "end": "2025-08-14", "granularity": "day"}},
		map[string]any{"id": "purchase-date", "text": "Alaska was bought in 1867", "subject": "alaska-purchase", "property": "date",
			"value":    map[string]any{"kind": "time", "text": "1867", "start": "1867-01-01", "end": "1868-01-01", "granularity": "year"},
			"modality": "asserted", "attribution": ""},
		map[string]any{"id": "revenue", "text": "Revenue | rose *15%* to $1.2bn from $1.1bn", "subject": "acme", "property": "revenue-growth",
			"value":    map[string]any{"kind": "percent", "text": "15%", "amount": 15.0, "unit": "%"},
			"modality": "asserted", "attribution": "", "worthiness": 0.75},
		// A count of zero keeps its amount.
		map[string]any{"id": "calls", "text": "there were no phone calls \x1b[31mbetween them", "subject": "summit", "property": "calls",
			"value":    map[string]any{"kind": "count", "text": "no phone calls", "amount": 0.0, "unit": "phone call"},
			"modality": "negated", "attribution": ""},
	}
	if diff := cmp.Diff(wantClaims, cls); diff != "" {
		t.Errorf("claims mismatch (-want +got):\n%s", diff)
	}

	vs, _ := got["verdicts"].([]any)
	if len(vs) != 7 {
		t.Fatalf("got %d verdicts, want 7", len(vs))
	}
	wantPrice := map[string]any{"claim": "price", "rating": "false", "confidence": 0.95,
		"explanation": "the reference gives $7.2 million (7200000 USD), not $7.5 million",
		"evidence": []any{map[string]any{
			"source": "Office of the Historian, U.S. Department of State", "source_id": "state-historian",
			"url":         "https://history.state.gov/milestones/1866-1898/alaska-purchase",
			"reliability": "A", "quote": "the United States paid Russia $7.2 million", "stance": "refutes"},
			// A prior check attached as evidence too: the source carries
			// no reliability, and the same id as the prior entry.
			map[string]any{
				"source":    "PolitiFact fact-check: Says the U.S. paid $7.5 million for Alaska.",
				"source_id": "claimreview:https://www.politifact.com/factchecks/2024/may/02/facebook-posts/alaska-price/",
				"url":       "https://www.politifact.com/factchecks/2024/may/02/facebook-posts/alaska-price/",
				"quote":     `PolitiFact rated "Says the U.S. paid $7.5 million for Alaska." Pants on Fire!`, "stance": "refutes"}},
		// "prior", an addition to version 1: every field typed, the
		// optional ones (claimant, date, source_id) given.
		"prior": []any{map[string]any{
			"publisher": "PolitiFact",
			"url":       "https://www.politifact.com/factchecks/2024/may/02/facebook-posts/alaska-price/",
			"rating":    "false", "rated": true, "label": "Pants on Fire!",
			"claim":    "Says the U.S. paid $7.5 million for Alaska.",
			"claimant": "Facebook posts", "similarity": 0.707, "date": "2024-05-02",
			"source_id": "claimreview:https://www.politifact.com/factchecks/2024/may/02/facebook-posts/alaska-price/"}}}
	if diff := cmp.Diff(wantPrice, vs[2]); diff != "" {
		t.Errorf("verdict on price mismatch (-want +got):\n%s", diff)
	}
	// An unverified verdict has an empty evidence list, not null, and a
	// zero confidence that is still present.
	// A prior check whose label is off veracity's scale is "unverified"
	// and not rated; the required fields are there even when empty, the
	// optional ones left out.
	wantUnknown := map[string]any{"claim": "venue-unknown", "rating": "unverified", "confidence": 0.0,
		"explanation": "no reference fact for this claim", "evidence": []any{},
		"prior": []any{map[string]any{"publisher": "Fact <Check> | Desk", "url": "javascript:alert(1)",
			"rating": "unverified", "rated": false, "label": "Four *Stars*",
			"claim": "Nobody knows where the summit\x1b[2J will be", "similarity": 0.55}}}
	if diff := cmp.Diff(wantUnknown, vs[1]); diff != "" {
		t.Errorf("verdict on venue-unknown mismatch (-want +got):\n%s", diff)
	}
	// A verdict without prior checks has no "prior" field.
	wantRevenue := []string{"claim", "confidence", "evidence", "explanation", "rating"}
	if got := slices.Sorted(maps.Keys(vs[5].(map[string]any))); !slices.Equal(got, wantRevenue) {
		t.Errorf("verdict on revenue has fields %q, want %q", got, wantRevenue)
	}
}

func TestJSONEmptyReport(t *testing.T) {
	var buf bytes.Buffer
	if err := new(Report).WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	got := decodeAny(t, buf.Bytes())
	want := map[string]any{
		"version": 1.0, "document": map[string]any{},
		"claims": []any{}, "verdicts": []any{}, "findings": []any{},
		"summary": map[string]any{"claims": 0.0, "verdicts": map[string]any{}, "findings": 0.0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("empty report mismatch (-want +got):\n%s", diff)
	}
}

func TestWriteJSONLine(t *testing.T) {
	r := testReport()
	r.File = "articles/summit.yaml"
	var buf bytes.Buffer
	if err := r.WriteJSONLine(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Count(out, "\n") != 1 || !strings.HasSuffix(out, "\n") {
		t.Fatalf("WriteJSONLine wrote %d lines, want exactly one:\n%s", strings.Count(out, "\n"), out)
	}
	got := decodeAny(t, buf.Bytes())
	if got["file"] != "articles/summit.yaml" {
		t.Errorf(`"file" = %v, want "articles/summit.yaml"`, got["file"])
	}
	// The line and the indented form carry the same report.
	var indented bytes.Buffer
	if err := r.WriteJSON(&indented); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(decodeAny(t, indented.Bytes()), got); diff != "" {
		t.Errorf("JSON line differs from WriteJSON (-want +got):\n%s", diff)
	}
}

func TestDecodeReportRoundTrip(t *testing.T) {
	want := testReport()
	want.File = "summit.yaml"
	data, err := json.Marshal(want)
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeReport(data)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(Report{}, "Set"), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("DecodeReport(MarshalJSON(r)) mismatch (-want +got):\n%s", diff)
	}
}

func TestDecodeReportErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"not json", `{"version": 1,`, "factcheck: decoding report"},
		{"version", `{"version": 2}`, "factcheck: report version 2, want 1"},
		{"rating", `{"version": 1, "verdicts": [{"claim": "c1", "rating": "pants-on-fire"}]}`, `factcheck: verdict on "c1": factcheck: unknown rating "pants-on-fire"`},
		{"severity", `{"version": 1, "findings": [{"check": "x", "severity": "fatal"}]}`, `factcheck: finding of "x"`},
		{"date", `{"version": 1, "claims": [{"id": "c1", "value": {"kind": "time", "start": "13/08/2025"}}]}`, `factcheck: claim "c1": value start: bad date "13/08/2025"`},
		{"kind", `{"version": 1, "claims": [{"id": "c1", "value": {"kind": "colour"}}]}`, `factcheck: claim "c1": value: claims: unknown kind "colour"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeReport([]byte(tc.in))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("DecodeReport(%s) error = %v, want one containing %q", tc.in, err, tc.want)
			}
		})
	}
}

func TestValueJSON(t *testing.T) {
	f := func(x float64) *float64 { return &x }
	yes := true
	for _, tc := range []struct {
		name string
		in   claims.Value
		want JSONValue
	}{
		{"zero", claims.Value{}, JSONValue{}},
		{"money", claims.Value{Kind: claims.KindMoney, Text: "$7.2 million", Amount: 7.2e6, Unit: "USD", Precision: 5e4},
			JSONValue{Kind: "money", Text: "$7.2 million", Amount: f(7.2e6), Unit: "USD", Precision: 5e4}},
		{"about", claims.Value{Kind: claims.KindNumber, Amount: 40, Cmp: claims.CmpAbout},
			JSONValue{Kind: "number", Amount: f(40), Cmp: "~"}},
		{"zero amount", claims.Value{Kind: claims.KindCount, Unit: "death"},
			JSONValue{Kind: "count", Amount: f(0), Unit: "death"}},
		{"month", claims.Value{Kind: claims.KindTime, Text: "March 2023", Start: day(2023, 3, 1), End: day(2023, 4, 1), Granularity: claims.GranularityMonth},
			JSONValue{Kind: "time", Text: "March 2023", Start: "2023-03-01", End: "2023-04-01", Granularity: "month"}},
		{"entity", claims.Value{Kind: claims.KindEntity, Entity: "tass"}, JSONValue{Kind: "entity", Entity: "tass"}},
		{"bool", claims.Value{Kind: claims.KindBool, Bool: true}, JSONValue{Kind: "bool", Bool: &yes}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ValueJSON(tc.in)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("ValueJSON(%+v) mismatch (-want +got):\n%s", tc.in, diff)
			}
			back, err := got.Value()
			if err != nil {
				t.Fatalf("Value() error: %v", err)
			}
			if diff := cmp.Diff(tc.in, back, cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })); diff != "" {
				t.Errorf("ValueJSON(v).Value() does not give back v (-want +got):\n%s", diff)
			}
		})
	}
}
