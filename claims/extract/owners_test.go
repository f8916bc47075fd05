package extract

import "testing"

// TestOwnerNamedAfterModifier: a name that says what kind of thing the
// next name is ("US firm ISG", "US gaming consortium BLB") is not the
// owner of the figure; a person after a company's role is ("Acme chief
// Jo Bloggs" leaves the company's figures the company's).
func TestOwnerNamedAfterModifier(t *testing.T) {
	for _, tt := range []struct{ text, property, want string }{
		{"US gaming consortium BLB will pay $339m for the unit.", "pay", "blb"},
		{"The Dutch company will complete its $4.5bn acquisition of US firm ISG next month.", "acquisition", "isg"},
	} {
		got := claimsWhere(tt.text, func(x c) bool { return x.Property == tt.property })
		if len(got) != 1 || got[0].Subject != tt.want {
			t.Errorf("%q: %s claims %+v, want one of %s", tt.text, tt.property, got, tt.want)
		}
	}
}
