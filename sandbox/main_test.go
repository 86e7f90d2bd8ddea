package sandbox

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/bureau/mishen/extract"
)

// TestMain lets the test binary act as its own sandbox child, the way
// cmd/mishen does: re-executed with MISHEN_SANDBOX_CHILD=1 it never runs the
// tests. In the child the extractor is replaced by testExtract, which
// misbehaves on purpose when the document's name asks for it. The hooks live
// in this _test.go file, so they exist only in the test binary: no document
// given to mishen can reach them.
func TestMain(m *testing.M) {
	if os.Getenv(envChild) == "1" {
		extractFunc = testExtract
		RunChildIfRequested()
	}
	os.Exit(m.Run())
}

// hookPrefix starts a document name that selects a test hook.
const hookPrefix = "hook:"

func testExtract(ctx context.Context, name string, data []byte, lim extract.Limits) (*extract.Document, error) {
	hook, ok := strings.CutPrefix(name, hookPrefix)
	if !ok {
		return extract.Extract(ctx, name, data, lim)
	}
	switch hook {
	case "ok":
		return &extract.Document{Format: "txt", Parts: []extract.Part{{Kind: extract.KindBody, Line: 1, Text: "秘密★1年\n正文"}}, Engines: []string{"hook"}}, nil
	case "hang-report-pid": // hangs after telling the test its pid
		if err := os.WriteFile(os.Getenv("SANDBOX_TEST_PIDFILE"), []byte(fmt.Sprint(os.Getpid())), 0o644); err != nil {
			return nil, err
		}
		for {
			time.Sleep(time.Hour)
		}
	case "ctx-aware": // stops at its context's deadline and says what it missed
		<-ctx.Done()
		return &extract.Document{Format: "pdf", Unread: []string{"第2页读取超时"}}, nil
	case "hang": // an endless wait that ignores ctx, like a parser stuck on a /Kids cycle
		for {
			time.Sleep(time.Hour)
		}
	case "spin": // an endless loop that never blocks
		x := 0
		for {
			x++
		}
	case "panic":
		var idx []int
		_ = idx[len(data)+5] // a real runtime error, as a parser would hit
		return nil, nil
	case "goroutine-panic": // outside any recover of the extractor
		go func() { panic("boom in a worker goroutine") }()
		time.Sleep(time.Hour)
	case "finalizer-panic": // the case seen in ledongthuc/pdf: no recover reaches a finalizer
		type handle struct{ _ [64]byte }
		h := &handle{}
		runtime.SetFinalizer(h, func(*handle) { panic("finalizer boom: stream already closed") })
		h = nil
		for {
			runtime.GC()
			time.Sleep(10 * time.Millisecond)
		}
	case "oom": // keeps every byte it touches
		var keep [][]byte
		for {
			b := make([]byte, 16<<20)
			for i := 0; i < len(b); i += 4096 {
				b[i] = 1
			}
			keep = append(keep, b)
		}
	case "mem-ok": // a large but bounded need must still fit under the cap
		b := make([]byte, 150<<20)
		for i := 0; i < len(b); i += 4096 {
			b[i] = 1
		}
		return &extract.Document{Format: "txt", Parts: []extract.Part{{Kind: extract.KindBody, Text: fmt.Sprint(len(b))}}}, nil
	case "exit":
		os.Exit(7)
	case "stack-overflow": // deep recursion, as on a PDF of nested arrays: a fatal error, no recover
		return nil, errors.New(fmt.Sprint(recurse(0)))
	case "stdout-noise": // a library printing to stdout must not corrupt the answer
		fmt.Println("garbage on stdout {\"doc\":")
		os.Stdout.WriteString("more garbage\n")
		return &extract.Document{Format: "txt", Parts: []extract.Part{{Kind: extract.KindBody, Text: "clean"}}}, nil
	case "stderr-flood":
		line := strings.Repeat("x", 1023) + "\n"
		for range 8 << 10 { // 8 MiB
			os.Stderr.WriteString(line)
		}
		go func() { panic("after the flood") }()
		time.Sleep(time.Hour)
	case "big-output":
		return &extract.Document{Format: "txt", Parts: []extract.Part{{Kind: extract.KindBody, Text: strings.Repeat("密", 1<<20)}}}, nil
	case "nil":
		return nil, nil
	case "bad-utf8":
		return &extract.Document{Format: "txt", Parts: []extract.Part{{Kind: extract.KindBody, Name: "n\xfe", Text: "机密\xff★"}}, Unread: []string{"第1页\xc3"}}, nil
	case "error-unsupported":
		return nil, fmt.Errorf("测试格式不能读取：%w", extract.ErrUnsupported)
	case "report-limits": // reports what the child was given and what it set
		var rl syscall.Rlimit
		if err := syscall.Getrlimit(syscall.RLIMIT_AS, &rl); err != nil {
			return nil, err
		}
		base, _ := addressSpace()
		return &extract.Document{Format: "txt", Engines: []string{
			fmt.Sprint(lim.MaxPages), fmt.Sprint(lim.MaxTextBytes),
			fmt.Sprint(debug.SetMemoryLimit(-1)), fmt.Sprint(rl.Cur), fmt.Sprint(base),
			string(data),
		}}, nil
	}
	return nil, errors.New("unknown test hook " + hook)
}

// recurse never returns; the padding makes each frame big so the stack
// cap is reached quickly.
func recurse(n int) int {
	var pad [256]byte
	pad[n%256] = byte(n)
	return recurse(n+1) + int(pad[0])
}
