package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/veracity-go/veracity/claims"
)

// TestExtractRoundTrip: what extract prints, saved, is a claim set that
// loads and checks, with or without a knowledge base, because it defines
// every entity its claims name that the knowledge base does not.
func TestExtractRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name string
		kb   bool
	}{{"without kb", false}, {"with kb", true}} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, name := range []string{"article.txt", "kb.yaml"} {
				data, err := os.ReadFile(filepath.Join("..", "..", "examples", "alaska", name))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			t.Chdir(dir)
			args := []string{"extract", "--published", "2025-08-13"}
			if tc.kb {
				args = append(args, "--kb", "kb.yaml")
			}
			args = append(args, "article.txt")
			status, stdout, stderr := veracity(t, "", args...)
			wantStatus(t, args, status, exitOK, stdout, stderr)
			if err := os.WriteFile("x.yaml", []byte(stdout), 0o644); err != nil {
				t.Fatal(err)
			}
			set, err := claims.Load("x.yaml")
			if err != nil {
				t.Fatalf("extract's output does not load: %v\n%s", err, stdout)
			}
			if len(set.Claims) == 0 {
				t.Fatalf("no claims extracted:\n%s", stdout)
			}
			defined := map[string]bool{}
			for _, e := range set.Entities {
				defined[e.ID] = true
				if e.Name == "" || e.Kind == claims.EntityUnknown {
					t.Errorf("entity %q defined without a name or kind: %+v", e.ID, e)
				}
			}
			if !tc.kb {
				for _, c := range set.Claims {
					if !defined[c.Subject] {
						t.Errorf("%s: subject %q not defined in entities", c.ID, c.Subject)
					}
				}
			}
			args = []string{"check", "x.yaml"}
			status, stdout, stderr = veracity(t, "", args...)
			wantStatus(t, args, status, exitOK, stdout, stderr)
		})
	}
}
