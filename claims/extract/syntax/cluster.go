package syntax

import (
	"math"
	"sort"
)

// clusterIterations bounds the exchange algorithm's passes over the
// words.
const clusterIterations = 15

// wordClusters groups the words seen at least minCount times in the
// sentences (lower-cased) into k classes by the exchange algorithm
// (Martin, Liermann and Ney 1998): words move, one at a time, to the
// class that most raises the likelihood of a class bigram model of the
// text. It returns each word's class, from 1 to k. It is deterministic.
func wordClusters(gold []*GoldSentence, minCount, k, iters int) map[uint64]uint16 {
	// Word ids: 0 the sentence boundary, 1 the rare words, then the
	// others by falling count (ties by hash).
	count := map[uint64]int{}
	for _, g := range gold {
		for _, f := range g.Form {
			count[hashLower(f)]++
		}
	}
	var words []uint64
	for h, n := range count {
		if n >= minCount {
			words = append(words, h)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		a, b := count[words[i]], count[words[j]]
		if a != b {
			return a > b
		}
		return words[i] < words[j]
	})
	id := map[uint64]int32{}
	for i, h := range words {
		id[h] = int32(i + 2)
	}
	nw := len(words) + 2
	// Bigram counts, as adjacency lists.
	type edge struct {
		w int32
		n int32
	}
	bigrams := map[[2]int32]int32{}
	seq := []int32{}
	for _, g := range gold {
		seq = append(seq[:0], 0)
		for _, f := range g.Form {
			w, ok := id[hashLower(f)]
			if !ok {
				w = 1
			}
			seq = append(seq, w)
		}
		seq = append(seq, 0)
		for i := 1; i < len(seq); i++ {
			bigrams[[2]int32{seq[i-1], seq[i]}]++
		}
	}
	keys := make([][2]int32, 0, len(bigrams))
	for b := range bigrams {
		keys = append(keys, b)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	succ := make([][]edge, nw)
	pred := make([][]edge, nw)
	self := make([]int32, nw)
	left := make([]int64, nw) // times a word is the first of a bigram
	right := make([]int64, nw)
	for _, b := range keys {
		n := bigrams[b]
		left[b[0]] += int64(n)
		right[b[1]] += int64(n)
		if b[0] == b[1] {
			self[b[0]] = n
			continue
		}
		succ[b[0]] = append(succ[b[0]], edge{b[1], n})
		pred[b[1]] = append(pred[b[1]], edge{b[0], n})
	}
	// Classes: 0 holds the boundary alone and never changes; words start
	// in classes 1..k by rank.
	class := make([]int32, nw)
	for w := 1; w < nw; w++ {
		class[w] = int32(1 + (w-1)%k)
	}
	nc := k + 1
	big := make([]int64, nc*nc) // class bigram counts
	cl := make([]int64, nc)     // class counts as first of a bigram
	cr := make([]int64, nc)
	for _, b := range keys {
		big[int(class[b[0]])*nc+int(class[b[1]])] += int64(bigrams[b])
	}
	for w := 0; w < nw; w++ {
		cl[class[w]] += left[w]
		cr[class[w]] += right[w]
	}
	f := func(x int64) float64 {
		if x <= 0 {
			return 0
		}
		return float64(x) * math.Log(float64(x))
	}
	sc := make([]int64, nc) // the word's successors' counts by class
	pc := make([]int64, nc)
	var sl, pl []int32 // the classes present in sc, pc
	for it := 0; it < iters; it++ {
		moved := 0
		for w := 2; w < nw; w++ {
			a := int(class[w])
			sl, pl = sl[:0], pl[:0]
			for _, e := range succ[w] {
				c := class[e.w]
				if sc[c] == 0 {
					sl = append(sl, c)
				}
				sc[c] += int64(e.n)
			}
			for _, e := range pred[w] {
				c := class[e.w]
				if pc[c] == 0 {
					pl = append(pl, c)
				}
				pc[c] += int64(e.n)
			}
			s := int64(self[w])
			// Take w out of a.
			for _, c := range sl {
				big[a*nc+int(c)] -= sc[c]
			}
			for _, c := range pl {
				big[int(c)*nc+a] -= pc[c]
			}
			big[a*nc+a] -= s
			cl[a] -= left[w]
			cr[a] -= right[w]
			// The gain of putting it in each class.
			gain := func(b int) float64 {
				d := 0.0
				for _, c := range sl {
					if int(c) != b {
						x := big[b*nc+int(c)]
						d += f(x+sc[c]) - f(x)
					}
				}
				for _, c := range pl {
					if int(c) != b {
						x := big[int(c)*nc+b]
						d += f(x+pc[c]) - f(x)
					}
				}
				x := big[b*nc+b]
				d += f(x+sc[b]+pc[b]+s) - f(x)
				d -= f(cl[b]+left[w]) - f(cl[b])
				d -= f(cr[b]+right[w]) - f(cr[b])
				return d
			}
			best, bestGain := a, gain(a)
			for b := 1; b < nc; b++ {
				if b == a {
					continue
				}
				if g := gain(b); g > bestGain+1e-9 {
					best, bestGain = b, g
				}
			}
			// Put it in best.
			for _, c := range sl {
				if int(c) != best {
					big[best*nc+int(c)] += sc[c]
				}
			}
			for _, c := range pl {
				if int(c) != best {
					big[int(c)*nc+best] += pc[c]
				}
			}
			big[best*nc+best] += sc[best] + pc[best] + s
			cl[best] += left[w]
			cr[best] += right[w]
			if best != a {
				moved++
				class[w] = int32(best)
			}
			for _, c := range sl {
				sc[c] = 0
			}
			for _, c := range pl {
				pc[c] = 0
			}
		}
		if moved == 0 {
			break
		}
	}
	out := make(map[uint64]uint16, len(words))
	for i, h := range words {
		out[h] = uint16(class[i+2])
	}
	return out
}
