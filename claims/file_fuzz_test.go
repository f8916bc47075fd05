package claims

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// FuzzDecode decodes any bytes as YAML or as JSON. Decode must not panic;
// a set it accepts must encode in both formats and decode back to itself.
// The seed corpus in testdata/fuzz/FuzzDecode holds valid sets and broken
// ones.
func FuzzDecode(f *testing.F) {
	f.Fuzz(func(t *testing.T, data []byte, asJSON bool) {
		name := "fuzz.yaml"
		if asJSON {
			name = "fuzz.json"
		}
		s, err := Decode(data, name)
		if err != nil {
			if _, ok := err.(ErrorList); !ok {
				t.Fatalf("Decode error %T %v, want an ErrorList", err, err)
			}
			return
		}
		for _, format := range []Format{YAML, JSON} {
			var buf bytes.Buffer
			if err := Encode(&buf, s, format); err != nil {
				t.Fatalf("Encode(%v) of a decoded set: %v", format, err)
			}
			again, err := Decode(buf.Bytes(), "again."+format.String())
			if err != nil {
				t.Fatalf("Decode(Encode(%v)): %v\n%s", format, err, buf.Bytes())
			}
			if diff := cmp.Diff(s, again, ignorePos); diff != "" {
				t.Fatalf("Decode(Encode(%v)) (-want +got):\n%s\n%s", format, diff, buf.Bytes())
			}
		}
	})
}
