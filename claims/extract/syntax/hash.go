package syntax

import "unicode/utf8"

// Features are 64-bit keys: a template number mixed with the values it
// reads (hashes of words, tag and label indices). Collisions at 64 bits
// are negligible for a model of a few million features.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashLower hashes the lower case of s (ASCII folded by hand, other
// letters through their UTF-8 bytes) without allocating.
func hashLower(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

// hashString hashes s as it is.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// suffixLower hashes the last n runes of s, lower-cased.
func suffixLower(s string, n int) uint64 {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return hashLower(s[i:])
}

// prefixLower hashes the first n runes of s, lower-cased.
func prefixLower(s string, n int) uint64 {
	i := 0
	for k := 0; k < n && i < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return hashLower(s[:i])
}

// mix combines a template number and up to three values into a key.
func mix(t uint64, a, b, c uint64) uint64 {
	h := t*0x9E3779B97F4A7C15 ^ a
	h = (h ^ h>>29) * 0xBF58476D1CE4E5B9
	h ^= b
	h = (h ^ h>>32) * 0x94D049BB133111EB
	h ^= c
	h = (h ^ h>>29) * 0xBF58476D1CE4E5B9
	h ^= h >> 32
	if h == 0 {
		h = 1 // 0 marks an empty slot
	}
	return h
}
