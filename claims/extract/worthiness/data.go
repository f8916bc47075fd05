package worthiness

import (
	"encoding/json"
	"fmt"
	"io"
)

// ReadClaimBuster reads sentences labelled in the ClaimBuster JSON format:
// an array of {"sentence_id", "label" (1 check-worthy, 0 not), "text"}.
// name is used in errors.
func ReadClaimBuster(r io.Reader, name string) ([]Example, error) {
	var rows []struct {
		ID    *int    `json:"sentence_id"`
		Label *int    `json:"label"`
		Text  *string `json:"text"`
	}
	dec := json.NewDecoder(r)
	if err := dec.Decode(&rows); err != nil {
		return nil, fmt.Errorf("worthiness: %s: %v", name, err)
	}
	out := make([]Example, 0, len(rows))
	for i, row := range rows {
		switch {
		case row.Text == nil:
			return nil, fmt.Errorf("worthiness: %s: sentence %d has no text", name, i+1)
		case row.Label == nil || *row.Label != 0 && *row.Label != 1:
			return nil, fmt.Errorf("worthiness: %s: sentence %d: label must be 0 or 1", name, i+1)
		}
		out = append(out, Example{Sentence: Sentence{Text: *row.Text}, Worthy: *row.Label == 1})
	}
	return out, nil
}
