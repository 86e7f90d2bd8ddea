package pipeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/bureau/mishen/extract"
	"github.com/bureau/mishen/scanner"
)

// Job is one file to screen and the settings that travel with it into the form.
type Job struct {
	Path string
	// DisplayName is the name the user gave the file, where it differs from
	// Path (the inbox screens a claimed copy under another name).
	DisplayName string
	Office      string // 处室（单位）
	PublishVia  string // 信息拟公开方式
}

// Extractor reads a document's text. Production wires the sandbox (a child
// process with a timeout and a memory cap); tests may read in-process.
type Extractor func(ctx context.Context, path string, data []byte) (*extract.Document, error)

// ReportWriter writes a document's reports and returns their absolute paths.
type ReportWriter interface {
	WriteDocument(rec *Record) ([]string, error)
}

// Memory is what a run remembers between runs (the state database).
type Memory interface {
	// Recall returns the stored record for content already screened under
	// this lexicon version, so it is not extracted again.
	Recall(sha256, lexiconVersion string) (Record, bool)
	// ApplyDecisions attaches people's recorded decisions to findings by ID.
	ApplyDecisions(findings []scanner.Finding) error
	// Remember stores the result and appends a row to the ledger.
	Remember(rec Record, source string) error
}

// Scanner finds what a document holds; *scanner.Scanner is the real one.
type Scanner interface {
	Scan(doc *extract.Document) scanner.Result
}

// Pipeline screens files. Its zero value is not usable: set Scanner and Extract.
type Pipeline struct {
	Scanner Scanner
	Extract Extractor
	Reports ReportWriter // nil: no reports
	Memory  Memory       // nil: nothing remembered
	Source  string       // "scan" or "inbox", for the ledger

	Workers int           // 0: number of CPUs
	Timeout time.Duration // per document; 0: none
	MaxSize int64         // bytes; a larger file is not read; 0: no limit

	LexiconVersion string
	ToolVersion    string
	// CacheSalt names settings that change results without changing the
	// lexicon or the build (e.g. unmasked identifiers), so a remembered
	// result is reused only under the same ones.
	CacheSalt string
	Now       func() time.Time
	Log       *slog.Logger
}

// Screen reads, extracts, scans and reports one file. It never panics and
// always returns a record: a file that could not be read is an error record,
// never a clean one.
func (p *Pipeline) Screen(ctx context.Context, job Job) (rec Record) {
	start := time.Now()
	rec = Record{
		Path:           job.Path,
		Categories:     []string{},
		Findings:       []scanner.Finding{},
		Reports:        []string{},
		LexiconVersion: p.LexiconVersion,
		ToolVersion:    p.ToolVersion,
		ScannedAt:      p.now(),
		Office:         job.Office,
		PublishVia:     job.PublishVia,
		DisplayName:    job.DisplayName,
	}
	if rec.DisplayName == "" {
		rec.DisplayName = filepath.Base(job.Path)
	}
	defer func() {
		if r := recover(); r != nil {
			p.log().Error("panic while screening", "file", job.Path, "panic", r, "stack", string(debug.Stack()))
			rec.Status, rec.Error = StatusError, fmt.Sprintf("内部错误，未能完成审查（%v）", r)
			rec.Verdict = scanner.DecideVerdict(rec.Findings, false)
			rec.Categories = scanner.Categories(rec.Findings)
			p.finishAfterPanic(&rec)
		}
		rec.ElapsedMilli = time.Since(start).Milliseconds()
	}()

	data, err := p.read(job.Path, &rec)
	if err != nil {
		rec.Status, rec.Error = StatusError, err.Error()
		rec.Verdict = scanner.DecideVerdict(nil, false)
		p.finish(&rec)
		return rec
	}
	rec.Format = extract.Sniff(data)

	if p.Memory != nil {
		if old, ok := p.Memory.Recall(rec.SHA256, p.cacheKey()); ok {
			p.fromMemory(&rec, old)
			p.finish(&rec)
			return rec
		}
	}

	ectx := ctx
	if p.Timeout > 0 {
		var cancel context.CancelFunc
		ectx, cancel = context.WithTimeout(ctx, p.Timeout)
		defer cancel()
	}
	doc, err := p.Extract(ectx, job.Path, data)
	data = nil // the bytes may be large; the scan needs only the text
	if err != nil {
		rec.Status, rec.Error = StatusError, err.Error()
		rec.Verdict = scanner.DecideVerdict(nil, false)
		p.finish(&rec)
		return rec
	}
	if doc.Format != "" {
		rec.Format = doc.Format
	}
	rec.Status = StatusOK
	if !doc.Complete() {
		rec.Status = StatusUnreadable
		rec.Error = strings.Join(doc.Unread, "；")
	}
	rec.Unread, rec.Embedded, rec.Engines = doc.Unread, doc.Embedded, doc.Engines

	res := p.Scanner.Scan(doc)
	rec.Title, rec.DocNumber, rec.Official, rec.Classified = res.Title, res.DocNumber, res.Official, res.Classified
	rec.Summary, rec.Keywords = res.Summary, res.Keywords
	if res.Findings != nil {
		rec.Findings = res.Findings
	}
	p.decide(&rec)
	p.finish(&rec)
	return rec
}

// read stats and reads the file, filling size and sha256.
func (p *Pipeline) read(path string, rec *Record) ([]byte, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("无法打开文件：%w", err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("不是普通文件")
	}
	rec.Size = info.Size()
	if p.MaxSize > 0 && info.Size() > p.MaxSize {
		return nil, fmt.Errorf("文件过大（%.1f MB，上限 %.0f MB），未读取，须人工审查", float64(info.Size())/(1<<20), float64(p.MaxSize)/(1<<20))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("无法打开文件：%w", err)
	}
	defer f.Close()
	h := sha256.New()
	data, err := io.ReadAll(io.TeeReader(f, h))
	if err != nil {
		return nil, fmt.Errorf("读取文件出错：%w", err)
	}
	rec.Size = int64(len(data))
	rec.SHA256 = hex.EncodeToString(h.Sum(nil))
	return data, nil
}

// fromMemory fills rec from a stored result for the same content.
func (p *Pipeline) fromMemory(rec *Record, old Record) {
	keep := *rec
	*rec = old
	rec.Path, rec.Size, rec.SHA256 = keep.Path, keep.Size, keep.SHA256
	rec.ScannedAt, rec.ToolVersion = keep.ScannedAt, keep.ToolVersion
	rec.Office, rec.PublishVia, rec.DisplayName = keep.Office, keep.PublishVia, keep.DisplayName
	rec.Reports = []string{}
	rec.Cached = true
	for i := range rec.Findings {
		rec.Findings[i].Decision = nil // decisions are read fresh: one may have been made since
	}
	if rec.Findings == nil {
		rec.Findings = []scanner.Finding{}
	}
	p.decide(rec)
}

// decide attaches recorded decisions and sets verdict and categories.
func (p *Pipeline) decide(rec *Record) {
	if p.Memory != nil {
		if err := p.Memory.ApplyDecisions(rec.Findings); err != nil {
			p.log().Warn("could not read decisions", "file", rec.Path, "err", err)
		}
	}
	rec.Verdict = scanner.DecideVerdict(rec.Findings, rec.Status == StatusOK)
	rec.Categories = scanner.Categories(rec.Findings)
}

// finish writes reports and remembers the result.
func (p *Pipeline) finish(rec *Record) {
	if p.Reports != nil {
		paths, err := p.Reports.WriteDocument(rec)
		if err != nil {
			p.log().Error("could not write reports", "file", rec.Path, "err", err)
			if rec.Error != "" {
				rec.Error += "；"
			}
			rec.Error += "报告写入失败：" + err.Error()
		}
		if paths != nil {
			rec.Reports = paths
		}
	}
	if p.Memory != nil && rec.SHA256 != "" {
		rec.CacheKey = p.cacheKey()
		if err := p.Memory.Remember(*rec, p.Source); err != nil {
			p.log().Error("could not record the result in the state database", "file", rec.Path, "err", err)
		}
	}
}

// finishAfterPanic writes what can be written for a document whose
// screening panicked; a second panic there is logged, not raised.
func (p *Pipeline) finishAfterPanic(rec *Record) {
	defer func() {
		if r := recover(); r != nil {
			p.log().Error("panic while reporting", "file", rec.Path, "panic", r)
		}
	}()
	p.finish(rec)
}

// Run screens jobs with a pool of workers and calls emit once per job, in
// the order of jobs, from a single goroutine.
func (p *Pipeline) Run(ctx context.Context, jobs []Job, emit func(Record)) {
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	results := make([]chan Record, len(jobs))
	for i := range results {
		results[i] = make(chan Record, 1)
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] <- p.Screen(ctx, jobs[i])
			}
		}()
	}
	go func() {
		for i := range jobs {
			next <- i
		}
		close(next)
	}()
	for i := range jobs {
		emit(<-results[i])
	}
	wg.Wait()
}

// cacheKey is what a remembered result must have been screened under to be
// reused: a new lexicon, a new build of the tool (its rules live in code
// too) or other settings all mean screening again.
func (p *Pipeline) cacheKey() string {
	return p.LexiconVersion + "/" + p.ToolVersion + p.CacheSalt
}

func (p *Pipeline) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

func (p *Pipeline) log() *slog.Logger {
	if p.Log != nil {
		return p.Log
	}
	return slog.Default()
}
