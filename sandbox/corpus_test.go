package sandbox

import (
	"context"
	"errors"
	"fmt"
	"github.com/bureau/mishen/internal/sharedcorpus"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/bureau/mishen/extract"
)

func corpusFiles(t testing.TB, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, e := range ents {
		if e.Type().IsRegular() && !strings.HasSuffix(e.Name(), ".tsv") && !strings.HasSuffix(e.Name(), ".md") {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	return files
}

// runResult is one document's outcome through the sandbox.
type runResult struct {
	name    string
	size    int
	doc     *extract.Document
	err     error
	st      Stats
	outcome string // ok, unreadable, or the error kind
}

func (r runResult) reason() string {
	switch {
	case r.err != nil:
		return r.err.Error()
	case len(r.doc.Unread) > 0:
		return strings.Join(r.doc.Unread, "；")
	}
	return fmt.Sprintf("%d parts", len(r.doc.Parts))
}

// runAll sends each input through Extract, workers at a time, in order of
// the inputs.
func runAll(names []string, data [][]byte, opt Options, workers int) []runResult {
	res := make([]runResult, len(names))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				doc, st, err := ExtractStats(context.Background(), names[i], data[i], opt)
				r := runResult{name: names[i], size: len(data[i]), doc: doc, err: err, st: st, outcome: st.Outcome}
				if err == nil && len(doc.Unread) > 0 {
					r.outcome = "unreadable"
				}
				res[i] = r
			}
		}()
	}
	for i := range names {
		next <- i
	}
	close(next)
	wg.Wait()
	return res
}

// checkResult states what every outcome must satisfy whatever the input:
// a Document or an error, never both; an error is a sandbox *Error with a
// reason in words, not a Go stack; the answer came within the timeout; the
// child stayed near the memory cap; no protocol failure (KindSandbox is a
// bug in this package or the child, not in the document).
func checkResult(t testing.TB, r runResult, opt Options) {
	t.Helper()
	if (r.doc == nil) == (r.err == nil) {
		t.Errorf("%s: doc %v and err %v: exactly one must be set", r.name, r.doc, r.err)
		return
	}
	if r.st.Elapsed > opt.Timeout+slack {
		t.Errorf("%s: took %v, timeout %v", r.name, r.st.Elapsed, opt.Timeout)
	}
	// The watcher samples every pollInterval, so the peak may pass the cap
	// by what a parser allocates in that time; a tenth is generous.
	if r.st.MaxRSS > opt.MemoryLimit+opt.MemoryLimit/10 {
		t.Errorf("%s: child peaked at %d MiB, cap %d MiB", r.name, r.st.MaxRSS>>20, opt.MemoryLimit>>20)
	}
	if r.err != nil {
		var se *Error
		if !errors.As(r.err, &se) {
			t.Errorf("%s: error %T %v is not a *sandbox.Error", r.name, r.err, r.err)
			return
		}
		if se.Reason == "" || strings.Contains(se.Reason, "goroutine ") || strings.Contains(se.Reason, ".go:") {
			t.Errorf("%s: reason %q is empty or carries a stack", r.name, se.Reason)
		}
		if se.Kind == KindSandbox || se.Kind == KindCanceled {
			t.Errorf("%s: %s failure %q; detail:\n%s", r.name, se.Kind, se.Reason, se.Detail)
		}
		return
	}
	for i, p := range r.doc.Parts {
		if p.Kind == "" || !utf8.ValidString(p.Text) || !utf8.ValidString(p.Name) {
			t.Errorf("%s: part %d has no kind or invalid UTF-8", r.name, i)
		}
	}
}

func logTable(t testing.TB, title string, res []runResult) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%-58s %-10s %7s %7s %s\n", title, "file", "outcome", "ms", "RSS MiB", "reason")
	counts := map[string]int{}
	for _, r := range res {
		counts[r.outcome]++
		reason := []rune(r.reason())
		if len(reason) > 70 {
			reason = append(reason[:70], '…')
		}
		fmt.Fprintf(&b, "%-58s %-10s %7d %7d %s\n", filepath.Base(r.name), r.outcome, r.st.Elapsed.Milliseconds(), r.st.MaxRSS>>20, string(reason))
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Fprintf(&b, "totals:")
	for _, k := range keys {
		fmt.Fprintf(&b, " %s=%d", k, counts[k])
	}
	t.Log(b.String())
}

// TestCorpusRobustness sends every malformed and CJK corpus file through
// the real child (this test binary re-executed, running extract.Extract):
// each must come back as a Document or an error with a reason within its
// timeout and under the memory cap, and none may take the test down.
func TestCorpusRobustness(t *testing.T) {
	// 10 s, not the production 60 s: nothing in the corpus needs more than
	// half a second (3 s race-built), and the one file that hangs the
	// library (a /Prev cycle) should not eat the package's test budget.
	opt := Options{Timeout: 10 * time.Second, MemoryLimit: DefaultMemoryLimit}
	for _, dir := range []string{"malformed", "pdf_cjk", "docx"} {
		t.Run(dir, func(t *testing.T) {
			files := corpusFiles(t, sharedcorpus.Dir(t, dir))
			data := make([][]byte, len(files))
			for i, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				data[i] = b
			}
			// 3 workers on 2 cores: a hung child costs wall time, not CPU.
			res := runAll(files, data, opt, 3)
			for _, r := range res {
				checkResult(t, r, opt)
			}
			logTable(t, "sandbox.Extract over ../shared/corpus/"+dir, res)
		})
	}
}

// TestCorpusUnderSmallCap shows the memory cap does not get in the way of
// real documents: the address-space limit counts what the Go runtime has
// reserved, not what it uses, so a formula that got it wrong would fail
// every file here. Each readable CJK PDF and DOCX must read the same under a
// 256 MiB cap as under the default.
func TestCorpusUnderSmallCap(t *testing.T) {
	if raceEnabled {
		t.Skip("race builds set no address-space cap (see capMemory): nothing to show")
	}
	const smallCap = 256 << 20
	for _, dir := range []string{"pdf_cjk", "docx"} {
		t.Run(dir, func(t *testing.T) {
			files := corpusFiles(t, sharedcorpus.Dir(t, dir))
			data := make([][]byte, len(files))
			for i, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				data[i] = b
			}
			opt := Options{Timeout: 15 * time.Second, MemoryLimit: smallCap}
			var peak int64
			for _, r := range runAll(files, data, opt, 2) {
				checkResult(t, r, opt)
				if r.outcome == KindMemory {
					t.Errorf("%s: over a %d MiB cap: %v", filepath.Base(r.name), smallCap>>20, r.err)
				}
				peak = max(peak, r.st.MaxRSS)
			}
			t.Logf("%d files under a %d MiB cap, highest child peak %d MiB", len(files), smallCap>>20, peak>>20)
		})
	}
}
