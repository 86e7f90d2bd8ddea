package sandbox

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"github.com/bureau/mishen/internal/sharedcorpus"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// fuzzOptions bound one fuzz input: short enough that a hang costs little
// fuzzing time, long enough that a busy machine does not turn a slow valid
// parse into a timeout too often (a timeout is a handled outcome anyway).
var fuzzOptions = Options{Timeout: 5 * time.Second, MemoryLimit: 1 << 30}

// FuzzPDFSandboxed feeds PDF bytes through the child-process wrapper. A
// panic or a hang inside the PDF library is an outcome here, not a fuzzer
// crash: what fails the target is a broken contract — both or neither of
// Document and error, a reason that is a Go stack or empty, a protocol
// failure between parent and child, or a parent that dies.
//
// The parser's coverage stays in the child; see fuzzfeedback_test.go for
// how its outcome is fed back to the fuzzer.
//
// Set SANDBOX_FUZZ_LOG=/path to append each input's outcome (kind, reason,
// sha256) there, to count what the library does with the mutants.
func FuzzPDFSandboxed(f *testing.F) {
	seeds := seedPDFs()
	names := make([]string, 0, len(seeds))
	for n := range seeds {
		names = append(names, n)
	}
	sort.Strings(names)
	r := rand.New(rand.NewPCG(1, 2))
	for _, n := range names {
		f.Add(seeds[n])
		f.Add(flip(r, seeds[n], 3))
	}
	logPath := os.Getenv("SANDBOX_FUZZ_LOG")
	f.Fuzz(func(t *testing.T, data []byte) {
		// Keep every input a PDF to the sniffer, so the fuzzer's time goes
		// to the PDF reader, not to the "not a document" branch.
		if !bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")) {
			data = append([]byte("%PDF-1.4\n"), data...)
		}
		doc, st, err := ExtractStats(context.Background(), "fuzz.pdf", data, fuzzOptions)
		checkResult(t, runResult{name: "fuzz.pdf", size: len(data), doc: doc, err: err, st: st}, fuzzOptions)
		feedback(outcomeClass(doc, err))
		if logPath != "" {
			appendOutcome(logPath, data, st, err)
		}
	})
}

func appendOutcome(path string, data []byte, st Stats, err error) {
	reason := "ok"
	var se *Error
	if errors.As(err, &se) {
		reason = plainReason(se.Reason)
	}
	f, ferr := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if ferr != nil {
		return
	}
	defer f.Close()
	fmt.Fprintf(f, "%s\t%s\t%d\t%x\n", st.Outcome, reason, st.Elapsed.Milliseconds(), sha256.Sum256(data))
}

// TestByteFlipRobustness is the deterministic counterpart of the fuzzer:
// 200 mutants (seed 1; 30 under the race detector) of a real corpus PDF, 1 to 8 bytes flipped each, all
// through the real child. The library panics on a share of these; the
// parent must get a Document or a reasoned error for every one.
func TestByteFlipRobustness(t *testing.T) {
	if testing.Short() {
		t.Skip("200 child processes; skipped in -short")
	}
	base, baseName := textPDF("Hello sandbox", "Second page"), "generated two-page PDF"
	if dir := sharedcorpus.Path("pdf_cjk"); dir != "" {
		// A real producer's file, small (1 KB, a CJK font with a CMap), so
		// most flips land in structure — xref, page tree, font — rather
		// than in compressed page content: of these 200, about a quarter
		// fail to open, half open damaged, a quarter read clean.
		p := filepath.Join(dir, "pdfjs_issue8372.pdf")
		if b, err := os.ReadFile(p); err == nil {
			base, baseName = b, p
		}
	}
	mutants := 200
	if raceEnabled {
		// A race-built child starts and parses 5-10 times slower; the
		// parent's concurrency is exercised as well by 30.
		mutants = 30
	}
	r := rand.New(rand.NewPCG(1, 0))
	names := make([]string, mutants)
	data := make([][]byte, mutants)
	for i := range mutants {
		n := 1 + r.IntN(8)
		names[i] = fmt.Sprintf("mutant-%03d-%dflips.pdf", i, n)
		data[i] = flip(r, base, n)
	}
	opt := fuzzOptions
	res := runAll(names, data, opt, 2)
	counts := map[string]int{}
	for _, rr := range res {
		checkResult(t, rr, opt)
		counts[rr.outcome]++
	}
	t.Logf("%d mutants of %s: %v", mutants, baseName, counts)
	if testing.Verbose() {
		logTable(t, "byte-flip mutants", res)
	}
}

// TestSeedPDFs checks the generator: the valid seeds must be read fully by
// the real extractor, so the fuzzer starts from files that reach deep into
// the parser; the hostile ones must end as a handled outcome.
func TestSeedPDFs(t *testing.T) {
	valid := map[string]string{"one-page": "Hello sandbox", "two-pages": "Second page", "flate": "compressed stream", "escapes": "backslash"}
	seeds := seedPDFs()
	for name, data := range seeds {
		t.Run(name, func(t *testing.T) {
			doc, st, err := ExtractStats(context.Background(), name+".pdf", data, fuzzOptions)
			checkResult(t, runResult{name: name, doc: doc, err: err, st: st}, fuzzOptions)
			want, ok := valid[name]
			if !ok {
				t.Logf("hostile seed %s: outcome %s %v", name, st.Outcome, err)
				return
			}
			if err != nil {
				if strings.Contains(err.Error(), "not built yet") {
					t.Skip("PDF extractor not built yet")
				}
				t.Fatalf("valid seed: %v", err)
			}
			var all strings.Builder
			for _, p := range doc.Parts {
				all.WriteString(p.Text)
			}
			if !strings.Contains(all.String(), want) {
				t.Errorf("valid seed read as %q, want it to contain %q", all.String(), want)
			}
		})
	}
}
