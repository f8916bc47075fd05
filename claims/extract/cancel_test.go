package extract

import (
	"context"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/veracity-go/veracity/claims"
)

// flipCtx is a context whose Err turns to Canceled at its after-th call,
// and counts the calls: a cancellation at a known point of the work.
type flipCtx struct {
	context.Context
	after int64
	calls atomic.Int64
}

func (c *flipCtx) Err() error {
	if c.calls.Add(1) >= c.after {
		return context.Canceled
	}
	return nil
}

// Extraction stops at the first look at its context after a cancel, and
// looks often enough: at least once per stopEvery sentences of each stage
// (issue 16).
func TestExtractContextCancel(t *testing.T) {
	text := synthetic(1<<20, " ")
	doc := claims.Document{Text: text, Published: published}
	kb := alaskaKB()
	var e Extractor
	if _, err := e.ExtractContext(context.Background(), doc, kb); err != nil {
		t.Fatal(err)
	}
	// how often a whole run looks
	probe := &flipCtx{Context: context.Background(), after: 1 << 62}
	if _, err := e.ExtractContext(probe, doc, kb); err != nil {
		t.Fatal(err)
	}
	looks := probe.calls.Load()
	d := analyze(doc, kb, nil)
	sents := len(d.sents)
	d.release()
	// five sentence stages (kb entities, values, names, claims) look once
	// per stopEvery sentences, plus a few times between stages
	if min := int64(4 * sents / stopEvery); looks < min {
		t.Fatalf("%d looks at the context over %d sentences; want at least %d", looks, sents, min)
	}
	for _, after := range []int64{1, 2, looks / 3, looks / 2, looks - 1} {
		ctx := &flipCtx{Context: context.Background(), after: after}
		set, err := e.ExtractContext(ctx, doc, kb)
		if !errors.Is(err, context.Canceled) || set != nil {
			t.Errorf("cancelled at look %d of %d: got %v, %v; want nil, context.Canceled", after, looks, set, err)
		}
		if n := ctx.calls.Load(); n != after {
			t.Errorf("cancelled at look %d: looked %d times, want it to stop at the first look after", after, n)
		}
		if _, err := e.MentionsContext(&flipCtx{Context: context.Background(), after: after}, doc, kb); !errors.Is(err, context.Canceled) && after <= 2 {
			t.Errorf("MentionsContext cancelled at look %d: err %v", after, err)
		}
	}
}
