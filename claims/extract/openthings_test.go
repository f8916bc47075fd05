package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOpenThings covers decisions about things, keyed by the thing and the
// verb in the active and the passive alike.
func TestOpenThings(t *testing.T) {
	tests := []struct {
		name, text string
		want       []c
	}{{
		name: "active with an object, then passive denied",
		text: "The council will close the town's library in April.\n\nThe deputy leader said the library would not be closed.",
		want: []c{{"library", "close", "0", "asserted", ""}, {"library", "close", "0", "negated", "deputy leader"}},
	}, {
		name: "selling a named thing",
		text: "The council will sell Corn Exchange Hall. It said Corn Exchange Hall would not be sold.",
		want: []c{{"corn-exchange-hall", "sell", "0", "asserted", ""}, {"corn-exchange-hall", "sell", "0", "negated", ""}},
	}, {
		name: "different things",
		text: "The council will close the library. The museum will not be closed.",
		want: []c{{"library", "close", "0", "asserted", ""}, {"museum", "close", "0", "negated", ""}},
	}, {
		name: "a participle after will is no active",
		text: "The council will closed the library.",
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimsWhere(tt.text, func(x c) bool { _, ok := thingVerbs.get(x.Property); return ok })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q: claims (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
