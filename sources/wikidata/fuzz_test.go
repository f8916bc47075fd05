package wikidata

import (
	"bytes"
	"encoding/json"
	"io"
	"regexp"
	"testing"
)

// FuzzDecodeEntity: any bytes decode to an entity or an error, never a
// panic; an entity converts to an item whatever its values.
func FuzzDecodeEntity(f *testing.F) {
	f.Add([]byte(`{"type":"item","id":"Q1"}`))
	f.Add([]byte(`{"type":"item","id":"Q1","claims":{"P569":[{"rank":"normal","mainsnak":{"snaktype":"value","property":"P569","datatype":"time","datavalue":{"type":"time","value":{"time":"+1732-02-11T00:00:00Z","precision":11,"calendarmodel":"http://www.wikidata.org/entity/Q1985786"}}}}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := DecodeEntity(data, nil)
		// the scanner skips nothing valid JSON holds: it agrees with a
		// full decoding by encoding/json
		// (encoding/json also matches keys regardless of case: "ID" is
		// "id" to it, not to Wikidata's format)
		var je jsonEntity
		if !hasFoldedKey(data) && json.Unmarshal(data, &je) == nil {
			if want, werr := convertEntity(&je, nil); werr == nil {
				if err != nil {
					t.Fatalf("scanner rejects what encoding/json reads: %v", err)
				}
				if e.ID != want.ID || e.Type != want.Type || e.Sitelinks != want.Sitelinks || len(e.Claims) != len(want.Claims) ||
					len(e.Labels) != len(want.Labels) || len(e.Aliases) != len(want.Aliases) {
					t.Fatalf("scanner reads %+v, encoding/json %+v", e, want)
				}
			}
		}
		if err != nil {
			return
		}
		it := NewItem(e, nil, nil, Skips{})
		if it.ID != e.ID {
			t.Fatalf("item %q of entity %q", it.ID, e.ID)
		}
		for _, s := range it.Statements {
			if s.Value.Kind == 0 {
				t.Fatalf("statement with no value kind: %+v", s)
			}
		}
	})
}

// entityKey matches an entity key in any case.
var entityKey = regexp.MustCompile(`"(?i:id|type|labels|descriptions|aliases|sitelinks|claims|missing|value)"\s*:`)

// hasFoldedKey reports whether data has an entity key written in other
// than lower case.
func hasFoldedKey(data []byte) bool {
	for _, m := range entityKey.FindAll(data, -1) {
		if !bytes.Equal(m, bytes.ToLower(m)) {
			return true
		}
	}
	return false
}

// FuzzDumpReader: any bytes read as a dump end in io.EOF or an error that
// names a byte offset within the input, never a panic or a hang.
func FuzzDumpReader(f *testing.F) {
	f.Add([]byte("[\n{\"type\":\"item\",\"id\":\"Q1\"},\n{\"type\":\"item\",\"id\":\"Q2\"}\n]\n"))
	f.Add([]byte("{\"type\":\"item\",\"id\":\"Q1\"}\n"))
	f.Add([]byte("[\n]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := NewDumpReader(bytes.NewReader(data))
		if err != nil {
			return
		}
		for range 1000 {
			_, err := d.Next()
			if err == io.EOF {
				return
			}
			if de, ok := err.(*DumpError); ok {
				if de.Offset < 0 || de.Offset > d.Offset() {
					t.Fatalf("offset %d beyond the %d bytes read", de.Offset, d.Offset())
				}
				return
			}
			if err != nil {
				t.Fatalf("error %v is not a *DumpError", err)
			}
		}
	})
}
