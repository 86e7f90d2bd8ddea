package sandbox

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/bureau/mishen/extract"
)

// envChild marks the re-executed binary as the sandbox child. An
// environment variable rather than an argument: a program's own flag parsing
// never sees it, and it is inherited by nothing the parent did not start.
const envChild = "MISHEN_SANDBOX_CHILD"

// request is the first line of the child's stdin; exactly Size bytes of the
// document follow it.
type request struct {
	Name        string         `json:"name"`
	Size        int64          `json:"size"`
	Limits      extract.Limits `json:"limits"`
	MemoryLimit int64          `json:"memory_limit"`
	// Deadline is the deadline of the context the extractor gets, before
	// the parent's hard timeout, so an extractor that watches its context
	// (the pdftotext fallback does) can stop and return what it read, with
	// the rest in Unread, before the parent kills the child. Absolute (same
	// machine, same clock), so the child's start-up does not eat the margin.
	Deadline time.Time `json:"deadline,omitzero"`
}

// response is the child's one JSON answer on its result pipe: a Document or
// an error, never both.
type response struct {
	Doc   *extract.Document `json:"doc,omitempty"`
	Error string            `json:"error,omitempty"`
	// Unsupported: the error wrapped extract.ErrUnsupported.
	Unsupported bool `json:"unsupported,omitempty"`
	// Kind is the Error kind: KindExtract for the extractor's own error,
	// KindCrash when it panicked on its goroutine and the child recovered
	// (Error then holds the panic's first line in a reviewer's words).
	Kind string `json:"kind,omitempty"`
	// PeakRSS is the child's peak resident memory in bytes when it answered.
	PeakRSS int64 `json:"peak_rss,omitempty"`
}

func (r response) valid() bool { return (r.Doc != nil) != (r.Error != "") }

// Child exit codes for failures of the protocol itself (not of a document).
const (
	exitProtocol = 3 // the request could not be read
	exitOutput   = 4 // the answer could not be written
)

// maxHeader bounds the request line.
const maxHeader = 64 << 10

// RunChildIfRequested makes this process the sandbox child when the parent
// asked for it (environment MISHEN_SANDBOX_CHILD=1): it reads the request
// from stdin, extracts, writes the answer and exits. Otherwise it returns at
// once. Call it first thing in main, before any flag parsing or output.
func RunChildIfRequested() {
	if os.Getenv(envChild) != "1" {
		return
	}
	os.Exit(runChild())
}

func runChild() int {
	// The answer goes to a private copy of fd 1; fd 1 itself is pointed at
	// stderr, so anything a library prints with fmt.Println lands in the
	// parent's stderr excerpt instead of corrupting the JSON answer.
	respFd, err := syscall.Dup(1)
	if err != nil {
		fmt.Fprintf(os.Stderr, "sandbox child: dup stdout: %v\n", err)
		return exitOutput
	}
	if err := syscall.Dup3(2, 1, 0); err != nil {
		fmt.Fprintf(os.Stderr, "sandbox child: redirect stdout: %v\n", err)
		return exitOutput
	}
	out := os.NewFile(uintptr(respFd), "sandbox-answer")

	in := bufio.NewReaderSize(os.Stdin, maxHeader)
	req, data, err := readRequest(in)
	if err != nil {
		fmt.Fprintf(os.Stderr, "sandbox child: %v\n", err)
		return exitProtocol
	}
	capMemory(req.MemoryLimit)

	ctx := context.Background()
	if !req.Deadline.IsZero() {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, req.Deadline)
		defer cancel()
	}
	var resp response
	doc, err := extractSafely(ctx, req.Name, data, req.Limits)
	data = nil // let the collector have the input while the answer is encoded
	if err != nil {
		resp.Error, resp.Kind = validUTF8(err.Error()), KindExtract
		var se *Error
		if errors.As(err, &se) {
			resp.Kind = se.Kind
			resp.Unsupported = se.unsupported
		}
		if resp.Error == "" {
			resp.Error = "解析失败（没有说明原因）"
		}
	} else {
		resp.Doc = doc
	}
	resp.PeakRSS = selfPeakRSS()
	w := bufio.NewWriterSize(out, 256<<10)
	if err := json.NewEncoder(w).Encode(resp); err != nil {
		fmt.Fprintf(os.Stderr, "sandbox child: write answer: %v\n", err)
		return exitOutput
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintf(os.Stderr, "sandbox child: write answer: %v\n", err)
		return exitOutput
	}
	return 0
}

func readRequest(in *bufio.Reader) (request, []byte, error) {
	var req request
	line, err := in.ReadSlice('\n')
	if err != nil {
		return req, nil, fmt.Errorf("read request: %w", err)
	}
	if err := json.Unmarshal(line, &req); err != nil {
		return req, nil, fmt.Errorf("decode request: %w", err)
	}
	// A file larger than the memory cap is not refused here: reading it
	// runs into the cap, and the parent reports that in the reviewer's words.
	if req.Size < 0 {
		return req, nil, fmt.Errorf("request size %d out of range", req.Size)
	}
	data := make([]byte, req.Size)
	if _, err := io.ReadFull(in, data); err != nil {
		return req, nil, fmt.Errorf("read document (%d bytes): %w", req.Size, err)
	}
	return req, data, nil
}

// capMemory limits the child to about limit bytes of memory.
//
// Two limits, because each alone falls short. debug.SetMemoryLimit makes
// the Go collector work harder near the limit, so a document that needs
// much transient garbage still fits, but it is soft: live data past it is
// allowed. RLIMIT_AS is hard — an mmap past it fails and the runtime dies
// with "out of memory", which the parent reports — but it counts address
// space, not memory: a Go program reserves about 1.2 GB of address space
// before main (heap arena index), so the cap is set to what is already
// reserved plus limit. The parent also
// watches resident memory and kills the child past limit, which covers
// memory a cgo library or the race detector maps outside the Go heap.
func capMemory(limit int64) {
	if limit <= 0 {
		return
	}
	debug.SetMemoryLimit(limit / 10 * 9)
	// A goroutine stack may grow to 1 GB by default; deep recursion on a
	// nested PDF object should die as a stack overflow well before the cap.
	debug.SetMaxStack(int(min(limit/4, 1<<30)))
	if raceEnabled {
		// ThreadSanitizer maps 2-4 bytes of shadow per heap byte outside
		// the address space a Go program reserves, and dies, not the
		// parser, when refused. Race builds are tests only: the parent's
		// watch on resident memory still caps them.
		return
	}
	base, err := addressSpace()
	if err != nil {
		fmt.Fprintf(os.Stderr, "sandbox child: address space not capped: %v\n", err)
		return
	}
	lim := uint64(base + limit)
	rl := syscall.Rlimit{Cur: lim, Max: lim}
	if err := syscall.Setrlimit(syscall.RLIMIT_AS, &rl); err != nil {
		fmt.Fprintf(os.Stderr, "sandbox child: address space not capped: %v\n", err)
	}
}
