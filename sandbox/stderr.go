package sandbox

import (
	"bytes"
	"strings"
	"sync"
)

// stderrKeep is how much of the child's stderr is kept for the operator.
// A child can write without end (a library logging in a loop); the parent
// keeps the head and reads every line only to spot the crash message.
const stderrKeep = 64 << 10

// maxLine bounds one line held while scanning for the crash message; the
// part of a longer line past it is ignored.
const maxLine = 4 << 10

// stderrSink receives the child's stderr. Besides keeping the first
// stderrKeep bytes it notes, anywhere in the stream, the first Go panic
// line, the first "fatal error:" line and any sign that memory ran out, so
// the reason survives a flood that pushed it past the kept head.
type stderrSink struct {
	mu      sync.Mutex
	head    []byte
	dropped int64
	line    []byte
	panic   string
	fatal   string
	oom     bool
}

func newStderrSink() *stderrSink { return &stderrSink{} }

func (s *stderrSink) Write(p []byte) (int, error) {
	n := len(p)
	s.mu.Lock()
	defer s.mu.Unlock()
	if room := stderrKeep - len(s.head); room > 0 {
		k := min(room, len(p))
		s.head = append(s.head, p[:k]...)
		s.dropped += int64(len(p) - k)
	} else {
		s.dropped += int64(len(p))
	}
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\n')
		chunk := p
		if i >= 0 {
			chunk = p[:i]
		}
		if room := maxLine - len(s.line); room > 0 {
			s.line = append(s.line, chunk[:min(room, len(chunk))]...)
		}
		if i < 0 {
			break
		}
		s.endLine()
		p = p[i+1:]
	}
	return n, nil
}

func (s *stderrSink) endLine() {
	l := string(s.line)
	s.line = s.line[:0]
	s.scanLine(l)
}

// scanLine recognises the lines the Go runtime (and a cgo library or the
// race detector) prints when a process dies.
func (s *stderrSink) scanLine(l string) {
	switch {
	case s.panic == "" && strings.HasPrefix(l, "panic: "):
		s.panic = cleanPanic(strings.TrimPrefix(l, "panic: "))
	case s.fatal == "" && strings.HasPrefix(l, "fatal error: "):
		s.fatal = firstLine(validUTF8(strings.TrimPrefix(l, "fatal error: ")))
	}
	if isOOMLine(l) {
		s.oom = true
	}
}

// cleanPanic drops the runtime's annotations ("[recovered]", "goroutine 7
// [running]" never reaches here) and bounds the text.
func cleanPanic(msg string) string {
	if i := strings.Index(msg, " [recovered"); i >= 0 {
		msg = msg[:i]
	}
	return firstLine(validUTF8(msg))
}

// isOOMLine says whether a stderr line means the allocator was refused:
// the Go runtime under RLIMIT_AS, thread creation refused for the same
// reason, a C++ library's bad_alloc, or ThreadSanitizer in race builds.
func isOOMLine(l string) bool {
	for _, pat := range []string{
		"fatal error: runtime: out of memory",
		"fatal error: out of memory",
		"runtime: out of memory",
		"runtime: cannot allocate memory",
		"failed to create new OS thread",
		"std::bad_alloc",
		"ThreadSanitizer: Out of memory",
		"ThreadSanitizer failed to allocate",
		"ThreadSanitizer: failed to allocate",
		"ERROR: ThreadSanitizer: out of memory",
	} {
		if strings.Contains(l, pat) {
			return true
		}
	}
	return false
}

type stderrSummary struct {
	head    string
	dropped int64
	panic   string
	fatal   string
	oom     bool
}

func (s *stderrSink) summary() stderrSummary {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.line) > 0 { // a last line without a newline
		s.endLine()
	}
	return stderrSummary{
		head:    validUTF8(string(s.head)),
		dropped: s.dropped,
		panic:   s.panic,
		fatal:   s.fatal,
		oom:     s.oom,
	}
}
