package claims_test

import (
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/veracity-go/veracity/claims"
)

// A newsroom keeps its knowledge base in one file and includes it from
// each article's claim set.
func ExampleLoad() {
	dir, err := os.MkdirTemp("", "claims-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)
	files := map[string]string{
		"kb.yaml": `version: 1
entities:
  - {id: alaska, name: Alaska, kind: place}
  - {id: anchorage, name: Anchorage, kind: place, part_of: [alaska]}
  - {id: summit, name: Trump–Putin summit, kind: event}
properties:
  - {id: venue, kind: place, cues: [venue, held in]}
`,
		"summit.yaml": `version: 1
include: [kb.yaml]
document: {title: "Summit: what we know", published: 2025-08-13}
claims:
  - {id: venue-anchorage, subject: summit, property: venue, value: anchorage,
     attribution: two White House officials}
`,
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			log.Fatal(err)
		}
	}

	s, err := claims.Load(filepath.Join(dir, "summit.yaml"))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(s.Document.Title, s.Document.Published.Format("2006-01-02"))
	for _, c := range s.Claims {
		subject, _ := s.Entity(c.Subject)
		place, _ := s.Entity(c.Value.Entity)
		fmt.Printf("%s: %s %s %s (%s), per %s\n", c.ID, subject.Label(), c.Property, place.Label(), c.Value.Kind, c.Attribution)
	}
	// Output:
	// Summit: what we know 2025-08-13
	// venue-anchorage: Trump–Putin summit venue Anchorage (place), per two White House officials
}

// Every problem in a file is reported with its file, line and column.
func ExampleDecode() {
	_, err := claims.Decode([]byte(`version: 1
entities:
  - {id: summit, kind: event}
claims:
  - {id: c1, subject: sumit, modality: maybe}
`), "article.yaml")
	fmt.Println(err)
	// Output:
	// claims: article.yaml:5:23: unknown entity "sumit" in claim subject (did you mean summit?)
	// claims: article.yaml:5:40: unknown modality "maybe" (want asserted, hedged, unknown or negated)
}
