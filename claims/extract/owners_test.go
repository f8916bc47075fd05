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

// TestThingThatCosts: a measure word used as a verb after a modal ("will
// cost", "is expected to cost") is said of the noun phrase before it, not
// of itself; a noun inside a phrase after a preposition is not that
// phrase's head.
func TestThingThatCosts(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The long-awaited handheld game playing gadget will cost about 19,800 yen.", "gadget"},
		{"Each remote hunting session will cost $150.", "session"},
		{"The footbridge is expected to cost £40m.", "footbridge"},
		{"The leisure centre on the former bus depot site will cost £38m.", "centre"},
	} {
		got := claimsWhere(tt.text, func(x c) bool { return x.Property == "cost" })
		if len(got) != 1 || got[0].Subject != tt.want {
			t.Errorf("%q: cost claims %+v, want one of %s", tt.text, got, tt.want)
		}
	}
	if got := claimsWhere("He left in order to pay a $27bn tax bill.", func(x c) bool { return x.Subject == "order" }); len(got) > 0 {
		t.Errorf("claims of 'order': %+v", got)
	}
}
