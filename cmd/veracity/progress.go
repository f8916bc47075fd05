package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"
)

// minProgressFiles is the number of files above which check shows a
// progress bar (on a terminal).
const minProgressFiles = 3

// progress draws a bar on one terminal line: "\r[#####     ] 12/40
// file.yaml". A nil *progress draws nothing, so callers need not check. It
// is safe for concurrent use.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	total int
	done  int
	name  string
	width int // of the last line drawn, to clear it
}

// newProgress returns a progress bar for total files on w, or nil when w
// is not a terminal or there are too few files to bother.
func newProgress(w io.Writer, total int) *progress {
	if total <= minProgressFiles || !isTerminal(w) {
		return nil
	}
	return &progress{w: w, total: total}
}

// step records that one more file, name, is done, and redraws the bar.
func (p *progress) step(name string) {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	p.name = name
	p.draw()
}

// pause clears the bar, runs f (which may write to the terminal), and
// draws the bar again.
func (p *progress) pause(f func()) {
	if p == nil {
		f()
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	f()
	p.draw()
}

// finish clears the bar for good.
func (p *progress) finish() {
	if p == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	p.total = 0
}

// barWidth is the number of cells of the bar.
const barWidth = 20

// maxNameWidth is how much of a file name the bar shows.
const maxNameWidth = 40

func (p *progress) draw() {
	if p.total == 0 || p.done == 0 {
		return
	}
	filled := barWidth * p.done / p.total
	name := p.name
	if n := utf8.RuneCountInString(name); n > maxNameWidth {
		name = "…" + string([]rune(name)[n-maxNameWidth+1:])
	}
	line := fmt.Sprintf("[%s%s] %d/%d %s", strings.Repeat("#", filled), strings.Repeat(" ", barWidth-filled), p.done, p.total, name)
	p.clear()
	fmt.Fprint(p.w, "\r"+line)
	p.width = utf8.RuneCountInString(line)
}

func (p *progress) clear() {
	if p.width > 0 {
		fmt.Fprint(p.w, "\r"+strings.Repeat(" ", p.width)+"\r")
		p.width = 0
	}
}
