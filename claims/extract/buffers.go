package extract

import "sync"

// buffers are the working slices of one document's analysis. They are
// pooled, so that a stream of documents (a corpus, a server's requests)
// reuses them instead of making the garbage collector clear up after
// every document. Nothing the package returns refers to them: results copy
// what they take.
type buffers struct {
	toks                       []token
	tokSent, tokMen, tokClause []int32
	cuePrev, cueNext           []int32
	sents                      []sentence
	clauses                    []clause
	ments, spare               []mention
	capSeen                    map[string]bool
}

var bufferPool = sync.Pool{New: func() any { return &buffers{capSeen: map[string]bool{}} }}

// maxPooledTokens bounds the documents whose buffers go back to the pool,
// so that one huge document does not keep its buffers alive for good.
const maxPooledTokens = 1 << 17

// release hands d's buffers back to the pool; d must not be used after.
func (d *doc) release() {
	b := d.buf
	if b == nil {
		return
	}
	d.buf = nil
	d.addCost()
	if cap(d.toks) > maxPooledTokens {
		return
	}
	clear(d.ments) // drop the pointers they hold; b.spare is clear already
	clear(d.capSeen)
	b.toks, b.tokSent, b.tokMen, b.tokClause = d.toks[:0], d.tokSent[:0], d.tokMen[:0], d.tokClause[:0]
	b.sents, b.clauses, b.ments, b.capSeen = d.sents[:0], d.clauseList[:0], d.ments[:0], d.capSeen
	if d.cuePrev != nil {
		b.cuePrev, b.cueNext = d.cuePrev[:0], d.cueNext[:0]
	}
	*d = doc{}
	bufferPool.Put(b)
}

// int32s returns s resliced to n elements, each set to v, reusing its
// array when it is large enough.
func int32s(s []int32, n int, v int32) []int32 {
	if cap(s) < n {
		s = make([]int32, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}
