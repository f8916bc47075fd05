package worthiness

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/veracity-go/veracity/claims/extract/worthiness/internal/wink"
)

// rowsOf returns the table's rows of a lower-case token, as words.
func rowsOf(t *vectorTable, words []string, w string) []string {
	var out []string
	for _, r := range t.appendRows(nil, []byte(w)) {
		out = append(out, words[r])
	}
	return out
}

func TestWordVectors(t *testing.T) {
	v := &wink.Vectors{Dim: 2, Words: []string{"do", "not", "will", "we", "well", "run", "can", "%"},
		Vecs: [][]float32{{1, 0}, {0, 1}, {1, 1}, {-1, 0}, {0, -1}, {2, 2}, {1, -1}, {0.5, 0.5}}}
	tab, err := parseVectors(wink.Encode(v))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		token string
		want  []string
	}{
		{"do", []string{"do"}},
		{"%", []string{"%"}},
		{"don't", []string{"do", "not"}},
		{"won't", []string{"will", "not"}},
		{"can't", []string{"can", "not"}},
		{"we've", []string{"we"}},
		{"well-run", []string{"well", "run"}},
		{"zzqx", nil},
	} {
		if diff := cmp.Diff(tc.want, rowsOf(tab, v.Words, tc.token)); diff != "" {
			t.Errorf("rows of %q (-want +got):\n%s", tc.token, diff)
		}
	}
	d := make([]float32, 2)
	rows := tab.appendRows(tab.appendRows(nil, []byte("do")), []byte("well-run"))
	tab.mean(d, rows)
	// do (1,0), well (0,-1), run (2,2): mean (1, 1/3)
	want := []float32{1, 1.0 / 3}
	for j := range d {
		if d[j] < want[j]-0.02 || d[j] > want[j]+0.02 {
			t.Errorf("mean %v, want %v", d, want)
			break
		}
	}
	// the projections on (1, 2), averaged, are the mean's projection
	proj := tab.project([]float32{1, 2})
	if got, want := (proj[rows[0]]+proj[rows[1]]+proj[rows[2]])/3, d[0]+2*d[1]; got < want-1e-5 || got > want+1e-5 {
		t.Errorf("mean of the projections %v, projection of the mean %v", got, want)
	}
	tab.mean(d, nil)
	if diff := cmp.Diff([]float32{0, 0}, d); diff != "" {
		t.Errorf("mean of no words (-want +got):\n%s", diff)
	}
}

func TestEmbeddedVectors(t *testing.T) {
	tab := wordVectors()
	if tab.dim != 100 || len(tab.scales) != 30000 {
		t.Errorf("embedded table: %d words of %d dimensions, want 30,000 of 100", len(tab.scales), tab.dim)
	}
	if r, ok := tab.row(hashString("the")); !ok || r != 0 {
		t.Errorf(`row of "the" = %d, %v; want 0, the most frequent word`, r, ok)
	}
}

func TestParseVectorsErrors(t *testing.T) {
	good := wink.Encode(&wink.Vectors{Dim: 2, Words: []string{"a", "b"}, Vecs: [][]float32{{1, 0}, {0, 1}}})
	for name, data := range map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("XXWVEC01"), good[8:]...),
		"truncated": good[:len(good)-1],
		"trailing":  append(append([]byte{}, good...), 0),
		"header":    []byte("VCWVEC01"),
	} {
		if _, err := parseVectors(data); err == nil {
			t.Errorf("%s: parseVectors gave no error", name)
		}
	}
}
