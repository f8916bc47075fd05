package text

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"naïve", "naive"},
		{"Zelenskyy’s", "zelenskyy's"},
		{"“feel out”", `"feel out"`},
		{"Trump–Putin — summit", "trump-putin - summit"},
		{"ﬁnance ² Straße", "finance 2 strasse"},
		{"CAFÉ Crème", "cafe creme"},
		{"bad\xffbyte", "bad byte"},
		{"…", "..."},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
