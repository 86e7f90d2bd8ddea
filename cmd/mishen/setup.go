package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/bureau/mishen/extract"
	"github.com/bureau/mishen/lexicon"
	"github.com/bureau/mishen/pipeline"
	"github.com/bureau/mishen/reports"
	"github.com/bureau/mishen/sandbox"
	"github.com/bureau/mishen/scanner"
	"github.com/bureau/mishen/state"
)

// exitUsage and the other exit codes are the command-line contract.
const (
	exitClean    = 0 // every document no_findings
	exitFindings = 1 // at least one review or withhold
	exitFailure  = 2 // the run itself could not go on
)

// multiFlag collects a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// common holds the flags scan and inbox share, and builds the pipeline
// from them, so the inbox is a driver around the same pipeline, not a
// second one.
type common struct {
	out             string
	jsonOut         bool
	lexicons        multiFlag
	noDefault       bool
	workers         int
	timeout         time.Duration
	maxSize         int64
	office          string
	formTemplate    string
	reportGroup     string
	showIdentifiers bool
	statePath       string
	logFormat       string
	memoryLimit     int64
}

func (c *common) register(fs *flag.FlagSet) {
	fs.StringVar(&c.out, "out", "reports", "folder the reports are written to (one sub-folder per run)")
	fs.BoolVar(&c.jsonOut, "json", false, "print one JSON record per document on stdout (JSON Lines); the summary goes to stderr")
	fs.Var(&c.lexicons, "lexicon", "lexicon `FILE` loaded on top of the default (repeatable, applied in order)")
	fs.BoolVar(&c.noDefault, "no-default-lexicon", false, "do not load the embedded default lexicon")
	fs.IntVar(&c.workers, "workers", runtime.NumCPU(), "documents screened at once")
	fs.DurationVar(&c.timeout, "timeout", 60*time.Second, "time allowed to read one document")
	fs.Int64Var(&c.maxSize, "max-size", 200<<20, "largest file read, in bytes; a larger one is reported unreadable")
	fs.StringVar(&c.office, "office", "", "处室（单位） written into the form when no folder setting gives one")
	fs.StringVar(&c.formTemplate, "form-template", "", "a restyled 审查表 template (.docx) to fill instead of the built-in one")
	fs.StringVar(&c.reportGroup, "report-group", "", "make reports readable by this group (0640/0750) instead of the owner only")
	fs.BoolVar(&c.showIdentifiers, "show-identifiers", false, "show personal identifiers unmasked in reports (default: masked)")
	fs.StringVar(&c.statePath, "state", "", "state database (SQLite): remembers results, decisions and the ledger")
	fs.StringVar(&c.logFormat, "log-format", "text", "log format on stderr: text or json")
	fs.Int64Var(&c.memoryLimit, "memory-limit", 2<<30, "memory cap, in bytes, of the process that reads one document")
}

// built is a ready pipeline with what must be closed after the run.
type built struct {
	pipe  *pipeline.Pipeline
	run   *reports.Run
	store *state.Store
	lex   *lexicon.Lexicon
	log   *slog.Logger
}

func (b *built) close() {
	if b.store != nil {
		b.store.Close()
	}
}

// build loads the lexicon, the scanner, the report folder and the state.
// Any error here means the run cannot go on (exit 2).
func (c *common) build(source string, stderr io.Writer) (*built, error) {
	log := newLogger(c.logFormat, stderr, slog.LevelWarn)
	if c.logFormat != "text" && c.logFormat != "json" {
		return nil, fmt.Errorf("--log-format must be text or json, not %q", c.logFormat)
	}
	if c.workers < 1 {
		return nil, fmt.Errorf("--workers must be at least 1")
	}
	lex, err := lexicon.Load(c.lexicons, !c.noDefault)
	if err != nil {
		return nil, fmt.Errorf("cannot load the lexicon: %w", err)
	}
	sc, err := scanner.New(lex, scanner.Options{ShowIdentifiers: c.showIdentifiers})
	if err != nil {
		return nil, fmt.Errorf("cannot build the scanner: %w", err)
	}
	b := &built{lex: lex, log: log}
	if c.statePath != "" {
		b.store, err = state.Open(c.statePath)
		if errors.Is(err, state.ErrLocked) {
			return nil, err
		}
		if err != nil {
			return nil, fmt.Errorf("cannot open the state database %s: %w", c.statePath, err)
		}
	}
	b.run, err = reports.NewRun(c.out, reports.Options{
		FormTemplate:   c.formTemplate,
		Group:          c.reportGroup,
		Office:         c.office,
		ToolVersion:    toolVersion(),
		LexiconVersion: lex.Version(),
	})
	if err != nil {
		b.close()
		return nil, fmt.Errorf("cannot write reports to %s: %w", c.out, err)
	}
	opt := sandbox.Options{Timeout: c.timeout, MemoryLimit: c.memoryLimit, Limits: extract.DefaultLimits()}
	opt.Limits.MaxFileSize = c.maxSize
	b.pipe = &pipeline.Pipeline{
		Scanner: sc,
		Extract: func(ctx context.Context, path string, data []byte) (*extract.Document, error) {
			return sandbox.Extract(ctx, path, data, opt)
		},
		Reports:        b.run,
		Source:         source,
		Workers:        c.workers,
		Timeout:        c.timeout,
		MaxSize:        c.maxSize,
		LexiconVersion: lex.Version(),
		ToolVersion:    toolVersion(),
		Log:            log,
	}
	if c.showIdentifiers {
		b.pipe.CacheSalt = "/show-identifiers"
	}
	if b.store != nil {
		b.pipe.Memory = b.store
	}
	return b, nil
}

// newLogger logs at level and above (MISHEN_DEBUG=1: everything), as JSON
// for scheduled jobs or as text.
func newLogger(format string, w io.Writer, level slog.Level) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if os.Getenv("MISHEN_DEBUG") != "" {
		opts.Level = slog.LevelDebug
	}
	if format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
