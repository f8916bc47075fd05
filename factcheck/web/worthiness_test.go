package web

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

func TestMinWorthiness(t *testing.T) {
	h := NewHandler()
	const text = `"text": "The minister voted for the war. The council closed the library in Leeds."`
	claimsOf := func(body string) int {
		t.Helper()
		resp, got := post(t, h, body)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: status %d: %s", body, resp.StatusCode, got)
		}
		var r struct {
			Claims []json.RawMessage `json:"claims"`
		}
		if err := json.Unmarshal([]byte(got), &r); err != nil {
			t.Fatal(err)
		}
		return len(r.Claims)
	}
	if n := claimsOf(`{` + text + `, "min_worthiness": 1}`); n != 0 {
		t.Errorf("min_worthiness 1 kept %d claims", n)
	}
	if n := claimsOf(`{` + text + `, "min_worthiness": 0}`); n != 2 {
		t.Errorf("min_worthiness 0 kept %d claims of two sentences, want 2", n)
	}
	for _, bad := range []string{`1.5`, `-1`, `"high"`} {
		resp, got := post(t, h, `{`+text+`, "min_worthiness": `+bad+`}`)
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(got, "min_worthiness") {
			t.Errorf("min_worthiness %s: status %d, body %s; want 400 naming the field", bad, resp.StatusCode, got)
		}
	}
}
