package sources

import "github.com/veracity-go/veracity/claims"

// A Store is the reference knowledge a checker consults. Implementations
// must be safe for concurrent use.
type Store interface {
	// Facts returns the facts recorded for a subject and property, in the
	// order they were added.
	Facts(subject, property string) []Fact
	// Entity returns the entity with the given id.
	Entity(id string) (claims.Entity, bool)
	// Property returns the declared or built-in property with the given id.
	Property(id string) (claims.Property, bool)
	// Source returns the source with the given id.
	Source(id string) (Source, bool)
}
