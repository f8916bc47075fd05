package wikidata

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
)

// readAll reads every entity of a dump.
func readAll(t *testing.T, r io.Reader) ([]*Entity, error) {
	t.Helper()
	d, err := NewDumpReader(r)
	if err != nil {
		return nil, err
	}
	var out []*Entity
	for {
		e, err := d.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, e)
	}
}

func TestDumpFormats(t *testing.T) {
	for _, name := range []string{"testdata/dump.json", "testdata/dump.json.gz", "testdata/dump.json.bz2"} {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		es, err := readAll(t, f)
		f.Close()
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(es) != 8 || es[0].ID != "Q1001" || es[7].ID != "P1082" || es[7].Type != "property" {
			t.Errorf("%s: %d entities, want the 8 of the file", name, len(es))
		}
	}
}

func TestDumpJSONLines(t *testing.T) {
	es, err := readAll(t, strings.NewReader(`{"type":"item","id":"Q1"}`+"\n"+`{"type":"item","id":"Q2"}`+"\n"))
	if err != nil || len(es) != 2 {
		t.Fatalf("JSON Lines: %d entities, %v; want 2", len(es), err)
	}
}

// TestDumpErrors: a broken dump is an error that names the byte offset
// of the line that breaks, in the decompressed dump.
func TestDumpErrors(t *testing.T) {
	good := `{"type":"item","id":"Q1"},` + "\n" // 27 bytes
	for _, tc := range []struct {
		name, dump string
		offset     int64
		msg        string
	}{
		{"cut inside an entity", "[\n" + good + `{"type":"item","id":"Q2","lab`, 2 + 27, "unexpected end of JSON input"},
		{"not an object", "[\n" + good + "42,\n]\n", 2 + 27, "want an entity"},
		{"data after the end", "[\n" + good + "]\n" + good, 2 + 27 + 2, "data after the closing ]"},
		{"bad rank", "[\n" + `{"type":"item","id":"Q1","claims":{"P31":[{"rank":"best","mainsnak":{"snaktype":"novalue","property":"P31"}}]}}` + "\n]\n", 2, `unknown rank "best"`},
		{"value snak without value", "[\n" + `{"type":"item","id":"Q1","claims":{"P31":[{"rank":"normal","mainsnak":{"snaktype":"value","property":"P31"}}]}}` + "\n]\n", 2, "no datavalue"},
	} {
		_, err := readAll(t, strings.NewReader(tc.dump))
		var de *DumpError
		if !errors.As(err, &de) {
			t.Errorf("%s: error %v, want a *DumpError", tc.name, err)
			continue
		}
		if de.Offset != tc.offset || !strings.Contains(err.Error(), tc.msg) || !strings.Contains(err.Error(), "byte offset") {
			t.Errorf("%s: %v (offset %d), want offset %d and %q", tc.name, err, de.Offset, tc.offset, tc.msg)
		}
	}
}

// TestDumpTruncatedGzip: a gzip stream cut short is an error, not a short
// dump.
func TestDumpTruncatedGzip(t *testing.T) {
	data, err := os.ReadFile("testdata/dump.json.gz")
	if err != nil {
		t.Fatal(err)
	}
	_, err = readAll(t, bytes.NewReader(data[:len(data)/2]))
	var de *DumpError
	if !errors.As(err, &de) || !strings.Contains(err.Error(), "byte offset") {
		t.Errorf("truncated gzip: %v, want a *DumpError with the byte offset", err)
	}
}

// TestDumpUnclosed: a dump cut after a whole line is read, and says so.
func TestDumpUnclosed(t *testing.T) {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	io.WriteString(z, "[\n"+`{"type":"item","id":"Q1"},`+"\n")
	z.Close()
	d, err := NewDumpReader(&b)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Next(); err != nil {
		t.Fatal(err)
	}
	if _, err := d.Next(); err != io.EOF {
		t.Fatalf("end: %v, want io.EOF", err)
	}
	if !d.Unclosed() {
		t.Error("Unclosed() = false for a dump with no closing ]")
	}
}

func TestDecodeResponse(t *testing.T) {
	es, err := DecodeResponse([]byte(`{"entities":{"Q1":{"type":"item","id":"Q1","labels":{"en":{"language":"en","value":"universe"}}},
		"Q404":{"id":"Q404","missing":""}},"success":1}`), nil)
	if err != nil || len(es) != 1 || es[0].Label("en") != "universe" {
		t.Fatalf("response: %v, %v; want Q1 alone", es, err)
	}
	if _, err := DecodeResponse([]byte(`{"error":{"code":"no-such-entity","info":"Could not find an entity with the ID \"Qx\"."}}`), nil); err == nil || !strings.Contains(err.Error(), "no-such-entity") {
		t.Errorf("api error: %v", err)
	}
}

func TestPeekID(t *testing.T) {
	if id, ok := PeekID([]byte(`{"type":"item","id":"Q42","labels":{}}`)); !ok || id != "Q42" {
		t.Errorf("PeekID = %q, %v", id, ok)
	}
	if _, ok := PeekID([]byte(`{"type":"item"}`)); ok {
		t.Error("PeekID found an id in an entity with none")
	}
}
