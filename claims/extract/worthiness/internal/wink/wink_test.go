package wink

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLoad(t *testing.T) {
	v, err := Load("testdata/tiny.json", 3)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"the", "cat", "dog"}, v.Words); diff != "" {
		t.Errorf("words (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]float32{1, 0.9, 0}, v.Vecs[1]); diff != "" {
		t.Errorf("vector of cat, without its norm and index (-want +got):\n%s", diff)
	}
	if _, err := Load("testdata/missing.json", 3); err == nil {
		t.Error("Load of a missing file gave no error")
	}
}

// TestKMeans: cat and dog point one way and tax the other; the clusters
// split them so, and the same seed gives the same clusters.
func TestKMeans(t *testing.T) {
	v, err := Load("testdata/tiny.json", 0)
	if err != nil {
		t.Fatal(err)
	}
	unit := Normalized(v.Vecs[1:])
	a := KMeans(unit, 2, 10, 1)
	if a[0] != a[1] || a[0] == a[2] {
		t.Errorf("clusters of cat, dog, tax: %v; want cat and dog together, tax apart", a)
	}
	if diff := cmp.Diff(a, KMeans(unit, 2, 10, 1)); diff != "" {
		t.Errorf("two runs with one seed differ (-first +second):\n%s", diff)
	}
}

// TestEncode: each value comes back within half its vector's step.
func TestEncode(t *testing.T) {
	v, err := Load("testdata/tiny.json", 0)
	if err != nil {
		t.Fatal(err)
	}
	b := Encode(v)
	if string(b[:8]) != "VCWVEC01" || b[8] != 3 || b[9] != 4 {
		t.Fatalf("header % x", b[:10])
	}
	words := 4 + 3 + 3 + 3 + 3 // a length byte and the bytes of each
	if want := 10 + words + 4*(4+3); len(b) != want {
		t.Fatalf("%d bytes, want %d", len(b), want)
	}
	// tax: its largest coordinate, -2, is -127 steps of 2/127
	tax := b[len(b)-3:]
	if got := int8(tax[2]); got != -127 || tax[0] != 0 || tax[1] != 0 {
		t.Errorf("tax quantized as % x, want 00 00 81", tax)
	}
	step := 1.0 / 127 // cat: largest 1
	cat := b[10+words+(4+3) : 10+words+2*(4+3)][4:]
	for j, want := range []float64{1, 0.9, 0} {
		if got := float64(int8(cat[j])) * step; math.Abs(got-want) > step/2+1e-9 {
			t.Errorf("cat[%d] = %v, want %v", j, got, want)
		}
	}
}
