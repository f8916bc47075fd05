package syntax

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitChunk appends the words of text[i:j], a run with no white space.
func splitChunk(d *Doc, text string, i, j int) {
	start := i
	// Leading punctuation: quotes, brackets, currency symbols.
	for i < j {
		r, size := utf8.DecodeRuneInString(text[i:j])
		if !leadSplit(r) || (r == '\'' && i+size < j && elision(text[i+size:j])) ||
			(r == '\'' || r == '\u2019') && i == start && i+size < j && bareClitic(text[i+size:j]) {
			break
		}
		if r == '-' || r == '.' {
			// "--", "..." and a bare run of punctuation stay whole.
			k := i
			for k < j && text[k] == byte(r) {
				k++
			}
			if k-i >= 2 || k == j {
				d.addWord(i, k)
				i = k
				continue
			}
			if r == '-' && k < j && isDigitByte(text[k]) {
				break // "-5"
			}
			if r == '.' && k < j && isDigitByte(text[k]) {
				break // ".5"
			}
		}
		d.addWord(i, i+size)
		i += size
	}
	if i >= j {
		return
	}
	// Trailing punctuation, collected from the end.
	var tail [16]int32 // start offsets of trailing words, last first
	nt := 0
	end := j
	for end > i && nt < len(tail)-1 {
		r, size := utf8.DecodeLastRuneInString(text[i:end])
		k := end - size
		switch {
		case r == '.':
			// "...", or a full stop after a word that is no abbreviation.
			m := k
			for m > i && text[m-1] == '.' {
				m--
			}
			if end-m >= 2 {
				tail[nt], nt, end = int32(m), nt+1, m
				continue
			}
			if keepsPeriod(text[i:end]) {
				goto done
			}
			tail[nt], nt, end = int32(k), nt+1, k
		case r == '!' || r == '?' || r == ',' || r == ';' || r == ':' || r == ')' || r == ']' || r == '}' ||
			r == '"' || r == '\u201d' || r == '\u201c' || r == '\u2019' && !possessiveQuote(text[i:end]) || r == '\'' && !possessiveQuote(text[i:end]) ||
			r == '%' || r == '…' || r == '*':
			tail[nt], nt, end = int32(k), nt+1, k
		default:
			goto done
		}
		if end == i {
			break
		}
	}
done:
	if end > i {
		splitWord(d, text, i, end)
	}
	for t := nt - 1; t >= 0; t-- {
		e := j
		if t > 0 {
			e = int(tail[t-1])
		}
		d.addWord(int(tail[t]), e)
	}
}

// splitWord appends the words of text[i:j], a run with its outer
// punctuation removed: URLs and e-mail addresses whole; clitics,
// hyphens and inner slashes split off.
func splitWord(d *Doc, text string, i, j int) {
	w := text[i:j]
	if isURLish(w) {
		d.addWord(i, j)
		return
	}
	// Hyphens and dashes between parts.
	for k := i; k < j; {
		r, size := utf8.DecodeRuneInString(text[k:j])
		if (r == '-' || r == '\u2013' || r == '\u2014') && k > i && k+size < j && splitsAtHyphen(text[i:k], text[k+size:j], r) {
			splitClitics(d, text, i, k)
			d.addWord(k, k+size)
			splitWord(d, text, k+size, j)
			return
		}
		if r == '/' && k > i && k+size < j && !isDigitByte(text[k-1]) && len(text[i:k]) > 1 && len(text[k+size:j]) > 1 {
			splitClitics(d, text, i, k)
			d.addWord(k, k+size)
			splitWord(d, text, k+size, j)
			return
		}
		k += size
	}
	splitClitics(d, text, i, j)
}

// splitClitics appends text[i:j], with a clitic split off its end.
func splitClitics(d *Doc, text string, i, j int) {
	w := text[i:j]
	if n := cliticLen(w); n > 0 && n < len(w) {
		d.addWord(i, j-n)
		d.addWord(j-n, j)
		return
	}
	if len(w) == 6 && strings.EqualFold(w, "cannot") {
		d.addWord(i, i+3)
		d.addWord(i+3, j)
		return
	}
	if len(w) == 5 {
		switch strings.ToLower(w) {
		case "gonna", "wanna", "gotta":
			d.addWord(i, i+3)
			d.addWord(i+3, j)
			return
		}
	}
	d.addWord(i, j)
}

// cliticLen returns the byte length of a clitic ending w: "n't", "'s",
// "'re", "'ve", "'ll", "'d", "'m", with a straight or curly apostrophe.
func cliticLen(w string) int {
	lw := len(w)
	for _, apos := range [...]string{"'", "\u2019"} {
		if lw > 3+len(apos)-1 && hasSuffixFold(w, "n"+apos+"t") {
			return 2 + len(apos)
		}
		for _, c := range [...]string{"s", "re", "ve", "ll", "d", "m"} {
			n := len(apos) + len(c)
			if lw > n && hasSuffixFold(w, apos+c) {
				return n
			}
		}
	}
	return 0
}

func hasSuffixFold(w, suf string) bool {
	return len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf)
}

// elision reports a word that starts with an apostrophe of its own:
// "'90s", "'em", "'til".
func elision(rest string) bool {
	if rest == "" {
		return false
	}
	if isDigitByte(rest[0]) {
		return true
	}
	switch strings.ToLower(strings.TrimRight(rest, ".,;:!?\"')")) {
	case "em", "til", "cause", "n":
		return true
	}
	return false
}

// bareClitic reports whether rest, what follows an apostrophe that opens
// a chunk, is a clitic standing apart ("John 's", "I 'm"), which is one
// word as it is when attached.
func bareClitic(rest string) bool {
	switch strings.ToLower(strings.TrimRight(rest, ".,;:!?\"')")) {
	case "s", "m", "re", "ve", "d", "ll":
		return true
	}
	return false
}

// possessiveQuote reports a final apostrophe that is a plural
// possessive ("the workers'"), which UD keeps as a word of its own too;
// both readings split, so it only guards against a lone apostrophe.
func possessiveQuote(w string) bool { return len(w) <= 1 }

func leadSplit(r rune) bool {
	switch r {
	case '"', '\'', '(', '[', '{', '\u201c', '\u2018', '\u201d', '\u2019', '$', '£', '€', '¥', '#', '*', '<', '>', '-', '.', '…', ',', ';', ':', '!', '?', '~', '=', '+', '&', '@', '|', '\\', '`', '^', '_', '%', '/':
		return true
	}
	return unicode.IsPunct(r) && r != '@'
}

// keepsPeriod reports whether w (ending in '.') keeps its full stop as
// part of the word: abbreviations and initials ("U.S.", "Mr.", "J.").
func keepsPeriod(w string) bool {
	body := w[:len(w)-1]
	if body == "" {
		return false
	}
	if strings.IndexByte(body, '.') >= 0 {
		// "U.S.", "e.g.", "a.m.": letters between dots.
		// A figure ("13.5p.", "2.5m.") ends a sentence.
		for _, part := range strings.Split(body, ".") {
			if utf8.RuneCountInString(part) > 2 || strings.IndexFunc(part, unicode.IsDigit) >= 0 {
				return false
			}
		}
		return true
	}
	if utf8.RuneCountInString(body) == 1 {
		r, _ := utf8.DecodeRuneInString(body)
		return unicode.IsUpper(r)
	}
	return abbreviation(body)
}

// abbreviation reports a word that is written with a full stop of its
// own in English news ("Mr", "Dr", "St", "Inc", "Jan").
func abbreviation(w string) bool {
	_, ok := abbreviations[strings.ToLower(strings.TrimSuffix(w, "."))]
	return ok
}

var abbreviations = func() map[string]struct{} {
	m := map[string]struct{}{}
	for _, w := range strings.Fields(`mr mrs ms dr prof st sr jr rev gen col lt sgt capt cmdr gov sen rep
		inc ltd co corp bros plc no nos vs etc approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec
		mon tue tues wed thu thur thurs fri sat sun ave rd blvd mt ft hon`) {
		m[w] = struct{}{}
	}
	return m
}()

// splitsAtHyphen reports whether a hyphen between left and right
// separates two words, as UD English writes them: yes between words,
// not after a single letter or a common prefix ("e-mail",
// "co-workers"), nor between figures ("713-654-0365").
func splitsAtHyphen(left, right string, dash rune) bool {
	if dash != '-' {
		return true
	}
	if isDigitByte(left[len(left)-1]) && isDigitByte(right[0]) {
		return false
	}
	if utf8.RuneCountInString(left) == 1 {
		return false
	}
	switch strings.ToLower(left) {
	case "co", "pre", "post", "non", "anti", "re", "ex", "self", "mid", "multi", "semi", "sub", "pro", "inter", "counter", "over", "under", "vice":
		return false
	}
	return true
}

func isURLish(w string) bool {
	lw := strings.ToLower(w)
	if strings.HasPrefix(lw, "http://") || strings.HasPrefix(lw, "https://") || strings.HasPrefix(lw, "www.") {
		return true
	}
	at := strings.IndexByte(w, '@')
	return at > 0 && strings.IndexByte(w[at:], '.') > 0
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }
