package factcheck

import (
	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// Verify rates one claim against the facts of store. Options set the
// tolerance and the publication date that anchors the claim's as-of time.
func Verify(c claims.Claim, store sources.Store, opts ...Option) Verdict {
	return verify(c, store, newConfig(opts))
}

// verify is a placeholder until the comparison rules land.
func verify(c claims.Claim, store sources.Store, cfg config) Verdict {
	return Verdict{Claim: c.ID, Rating: Unverified, Explanation: "no reference fact for this claim"}
}
