// Package progress shows a run's progress on a terminal: files done of
// total, MB/s and the time left. It is the one place the project meets
// schollz/progressbar. When the output is not a terminal (a scheduled job,
// a pipe, a log file) it writes nothing at all, so logs stay clean.
package progress

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// MinFiles is the smallest run that gets a bar: for a handful of files a
// bar only flickers.
const MinFiles = 5

// Bar counts finished files. The zero value and a nil *Bar are silent
// no-ops, so callers need no "is it a terminal" branches. Safe for
// concurrent use.
type Bar struct {
	mu    sync.Mutex
	bar   *progressbar.ProgressBar
	start time.Time
	bytes int64
	now   func() time.Time
}

// New returns a bar for total files drawn on w, or a silent bar when w is
// not a terminal or total is below MinFiles.
func New(w io.Writer, total int) *Bar {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return &Bar{}
	}
	return newBar(w, total, 100*time.Millisecond)
}

// newBar draws on w whatever it is: New decides whether w deserves one.
func newBar(w io.Writer, total int, throttle time.Duration) *Bar {
	if total < MinFiles {
		return &Bar{}
	}
	b := &Bar{start: time.Now(), now: time.Now}
	b.bar = progressbar.NewOptions(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("审查"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionSetWidth(30),
		// Throttled: workers finish small files far faster than a
		// terminal should be redrawn.
		progressbar.OptionThrottle(throttle),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionShowDescriptionAtLineEnd(),
	)
	return b
}

// Active reports whether the bar draws anything.
func (b *Bar) Active() bool { return b != nil && b.bar != nil }

// Add records one finished file of size bytes.
func (b *Bar) Add(size int64) {
	if !b.Active() {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.bytes += size
	b.bar.Describe(rate(b.bytes, b.now().Sub(b.start)))
	b.bar.Add(1)
}

// Finish clears the bar from the terminal.
func (b *Bar) Finish() {
	if !b.Active() {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.bar.Finish()
}

// rate is the throughput in words, e.g. "3.2 MB/s".
func rate(bytes int64, elapsed time.Duration) string {
	if elapsed <= 0 {
		return "— MB/s"
	}
	return fmt.Sprintf("%.1f MB/s", float64(bytes)/(1<<20)/elapsed.Seconds())
}
