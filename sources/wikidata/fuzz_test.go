package wikidata

import (
	"bytes"
	"io"
	"testing"
)

// FuzzDecodeEntity: any bytes decode to an entity or an error, never a
// panic; an entity converts to an item whatever its values.
func FuzzDecodeEntity(f *testing.F) {
	f.Add([]byte(`{"type":"item","id":"Q1"}`))
	f.Add([]byte(`{"type":"item","id":"Q1","claims":{"P569":[{"rank":"normal","mainsnak":{"snaktype":"value","property":"P569","datatype":"time","datavalue":{"type":"time","value":{"time":"+1732-02-11T00:00:00Z","precision":11,"calendarmodel":"http://www.wikidata.org/entity/Q1985786"}}}}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := DecodeEntity(data, nil)
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
