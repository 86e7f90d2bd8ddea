package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// The second engine: pdftotext from poppler-utils, run as a separate
// program when it is installed. It is used only for pages the Go engine
// could not read plausibly (and for files the Go engine cannot open), never
// to second-guess a page that read well. Chosen by measurement against the
// pure-Go alternatives: see docs/pdf-engines.md.

// pdftotextTimeout bounds one run when the caller's context has no
// deadline of its own.
const pdftotextTimeout = 60 * time.Second

// limitedBuffer keeps at most max bytes and drops the rest, so a runaway
// output cannot exhaust memory.
type limitedBuffer struct {
	buf       bytes.Buffer
	max       int
	truncated bool
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.buf.Len(); room < len(p) {
		b.truncated = true
		if room > 0 {
			b.buf.Write(p[:room])
		}
		return len(p), nil
	}
	return b.buf.Write(p)
}

var errPdftotextTruncated = errors.New("pdftotext 输出超过文字量上限")

// runPdftotext returns the text of pages first..last (1-based), one string
// per page (last ≤ 0: to the end), using -layout so that one visual line stays one line.
func runPdftotext(ctx context.Context, tool string, data []byte, first, last int, maxBytes int64) ([]string, error) {
	if tool == "" {
		return nil, errors.New("pdftotext 未安装")
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, pdftotextTimeout)
		defer cancel()
	}
	if maxBytes <= 0 || maxBytes > 1<<30 {
		maxBytes = 1 << 30
	}
	out := &limitedBuffer{max: int(maxBytes)}
	var stderr limitedBuffer
	stderr.max = 4096
	args := []string{"-q", "-layout", "-enc", "UTF-8", "-f", strconv.Itoa(first)}
	if last > 0 {
		args = append(args, "-l", strconv.Itoa(last))
	}
	// The document goes in on standard input: a decrypted copy of a
	// confidential file must not be left in a temporary directory.
	cmd := exec.CommandContext(ctx, tool, append(args, "-", "-")...)
	cmd.Stdin = bytes.NewReader(data)
	cmd.Stdout = out
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, fmt.Errorf("pdftotext 超时：%v", ctx.Err())
		}
		// With -q pdftotext says nothing; its exit status alone means
		// nothing to a reviewer.
		if msg := strings.TrimSpace(stderr.buf.String()); msg != "" {
			return nil, fmt.Errorf("pdftotext 也未能读取（%s）", msg)
		}
		return nil, fmt.Errorf("pdftotext 也未能读取")
	}
	// pdftotext ends every page with a form feed.
	text := strings.TrimSuffix(out.buf.String(), "\f")
	pages := strings.Split(text, "\f")
	if n := last - first + 1; last > 0 && len(pages) > n {
		pages = pages[:n]
	}
	if out.truncated {
		return pages, errPdftotextTruncated
	}
	return pages, nil
}
