package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/bureau/mishen/foldersettings"
	"github.com/bureau/mishen/inbox"
	"github.com/bureau/mishen/pipeline"
	"github.com/bureau/mishen/reports"
	"github.com/bureau/mishen/scanner"
	"github.com/bureau/mishen/state"
)

func runInbox(args []string) int {
	return inboxMain(args, os.Stdout, os.Stderr)
}

// inboxMain is `mishen inbox [--watch] [--settle D] [--state FILE] [--json]
// --dir INBOX --out REPORTS`: a driver around the same pipeline as scan.
func inboxMain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("inbox", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	var o inboxOptions
	o.register(fs)
	dir, watch, settle, rescan, drain := &o.dir, &o.watch, &o.settle, &o.rescan, &o.drain
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: mishen inbox [flags] --dir INBOX --out REPORTS

Takes each document dropped into INBOX once it has stopped changing, screens
it, writes its reports under REPORTS, and moves it to REPORTS/screened/<date>/,
or, when it carries a state-secret mark, to REPORTS/quarantine/<date>/
(owner-only). Without --watch it takes what is there and exits.
--state defaults to REPORTS/mishen-state.db (the ledger is kept there).

Flags:`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitFailure
	}
	if *dir == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "mishen inbox: give the drop folder with --dir (and no other arguments)")
		fs.Usage()
		return exitFailure
	}
	if *settle <= 0 || *rescan <= 0 || *drain <= 0 {
		fmt.Fprintln(stderr, "mishen inbox: --settle, --rescan and --drain must be positive")
		return exitFailure
	}
	if st, err := os.Stat(*dir); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "mishen inbox: 收件箱 %s 不存在或不是文件夹\n", *dir)
		return exitFailure
	}
	if err := os.MkdirAll(c.out, 0o755); err != nil {
		fmt.Fprintf(stderr, "mishen inbox: 输出文件夹 %s 无法创建: %v\n", c.out, err)
		return exitFailure
	}
	statePath := c.statePath
	if statePath == "" {
		statePath = filepath.Join(c.out, "mishen-state.db")
	}
	// Inbox processes share the state file with each other and with the
	// nightly scan, so build must not take the scan's exclusive run lock.
	c.statePath = ""
	b, err := c.build("inbox", stderr)
	if err != nil {
		fmt.Fprintf(stderr, "mishen inbox: %v\n", err)
		return exitFailure
	}
	defer b.close()
	store, err := state.OpenShared(statePath)
	if err != nil {
		fmt.Fprintf(stderr, "mishen inbox: %v\n", err)
		return exitFailure
	}
	b.store = store
	// The pipeline recalls results and applies decisions; the ledger row
	// is written by the inbox, keyed by its claim, with where the document
	// was moved.
	b.pipe.Memory = recallOnly{store}
	absDir, _ := filepath.Abs(*dir)
	folders := foldersettings.New(absDir)
	// The reports are written while the document sits in the claimed
	// area; they name it where the user dropped it, not by that
	// short-lived path.
	b.pipe.Reports = droppedPath{w: b.run, dir: absDir}
	// An inbox runs unattended: its operators need to see each document
	// go by, not only warnings.
	log := newLogger(c.logFormat, stderr, slog.LevelInfo)

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		// After the first signal, a second one gets the default action:
		// the process ends at once. That is safe: what it held stays
		// claimed and the next start screens it again.
		<-ctx.Done()
		stop()
	}()

	started := time.Now()
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	var bar interface {
		Add(int64)
		Finish()
	} = newProgress(0, stderr)
	if !*watch {
		bar = newProgress(inbox.Waiting(*dir), stderr)
	}
	var mu sync.Mutex
	var recs []pipeline.Record
	var quarantined []string
	stats, err := inbox.Run(ctx, inbox.Config{
		Dir: *dir, Out: c.out, Settle: *settle, Watch: *watch, Rescan: *rescan, Drain: *drain,
		Workers: c.workers, Screen: b.pipe.Screen, Ledger: store, Log: log,
		Folder: func(rel string) (string, string) {
			s, err := folders.For(filepath.Join(absDir, filepath.FromSlash(rel)))
			if err != nil {
				log.Warn("folder settings ignored", "err", err)
			}
			return s.Office, s.PublishVia
		},
		Emit: func(o inbox.Outcome) {
			mu.Lock()
			defer mu.Unlock()
			bar.Add(o.Record.Size)
			if o.Quarantined {
				quarantined = append(quarantined, o.MovedTo)
			}
			if c.jsonOut {
				if err := enc.Encode(o.Record); err != nil {
					log.Error("cannot write to stdout", "err", err)
				}
			}
			if !*watch {
				recs = append(recs, o.Record)
			}
		},
	})
	bar.Finish()
	if err != nil {
		fmt.Fprintf(stderr, "mishen inbox: %v\n", err)
		return exitFailure
	}
	info := reports.RunInfo{Started: started, Finished: time.Now(), Inputs: []string{*dir}, Args: args}
	if err := b.run.Finish(recs, info); err != nil {
		fmt.Fprintf(stderr, "mishen inbox: cannot write the run index: %v\n", err)
		return exitFailure
	}
	if *watch {
		// Without --watch, printSummary below names them loudly.
		printQuarantined(stderr, quarantined)
	}
	printInboxSummary(stderr, stats, c.out)
	if !*watch {
		printSummary(stderr, recs, nil, b.run.Dir(), "")
	}
	switch {
	case stats.Failed > 0:
		return exitFailure
	case *watch:
		return exitClean
	}
	return exitStatus(recs)
}

func printQuarantined(w io.Writer, quarantined []string) {
	if len(quarantined) > 0 {
		fmt.Fprintln(w, strings.Repeat("!", 72))
		fmt.Fprintf(w, "!! 已隔离 %d 份标有国家秘密标志的文件（仅本账户可读）：请立即报告局保密办，不得公开\n", len(quarantined))
		for _, p := range quarantined {
			fmt.Fprintf(w, "!!   %s\n", p)
		}
		fmt.Fprintln(w, strings.Repeat("!", 72))
	}
}

func printInboxSummary(w io.Writer, s inbox.Stats, out string) {
	fmt.Fprintf(w, "收件箱：审查并移出 %d 份（其中隔离 %d，上次中断后重新审查 %d），移至 %s\n",
		s.Screened, s.Quarantined, s.Recovered, filepath.Join(out, "screened"))
	if s.Failed > 0 {
		fmt.Fprintf(w, "收件箱：%d 份未能完成，仍留在收件箱的 .mishen/claimed 中，下次启动时重新审查（见日志）\n", s.Failed)
	}
}

// inboxOptions are the flags inbox has beyond those it shares with scan.
type inboxOptions struct {
	dir                   string
	watch                 bool
	settle, rescan, drain time.Duration
}

func (o *inboxOptions) register(fs *flag.FlagSet) {
	fs.StringVar(&o.dir, "dir", "", "the drop `folder` documents are taken from")
	fs.BoolVar(&o.watch, "watch", false, "keep running: take documents as they arrive (SIGINT/SIGTERM stop it cleanly)")
	fs.DurationVar(&o.settle, "settle", inbox.DefaultSettle, "a file is taken only when its size and time have not changed for this long")
	fs.DurationVar(&o.rescan, "rescan", inbox.DefaultRescan, "with --watch, look at the folder this often even without file-system events (network shares send none)")
	fs.DurationVar(&o.drain, "drain", inbox.DefaultDrain, "on stop, time the documents in hand get to finish; unfinished ones are screened again at the next start")
}

// droppedPath writes reports with the record's path set to where the
// document was dropped (INBOX/<its name>).
type droppedPath struct {
	w   pipeline.ReportWriter
	dir string
}

func (d droppedPath) WriteDocument(rec *pipeline.Record) ([]string, error) {
	claimed := rec.Path
	rec.Path = filepath.Join(d.dir, filepath.FromSlash(rec.DisplayName))
	defer func() { rec.Path = claimed }()
	return d.w.WriteDocument(rec)
}

// recallOnly is the state store as the inbox's pipeline sees it: it
// recalls and applies decisions, but leaves the ledger row to the inbox.
type recallOnly struct{ s *state.Store }

func (m recallOnly) Recall(sha, lex string) (pipeline.Record, bool) { return m.s.Recall(sha, lex) }
func (m recallOnly) ApplyDecisions(f []scanner.Finding) error       { return m.s.ApplyDecisions(f) }
func (m recallOnly) Remember(pipeline.Record, string) error         { return nil }
