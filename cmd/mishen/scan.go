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
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/bureau/mishen/foldersettings"
	"github.com/bureau/mishen/pipeline"
	"github.com/bureau/mishen/reports"
	"github.com/bureau/mishen/scanner"
	"github.com/bureau/mishen/walk"
)

var verdictWords = map[scanner.Verdict]string{
	scanner.Withhold:   "建议不予公开",
	scanner.Review:     "需人工复核",
	scanner.NoFindings: "未发现风险项",
}

var categoryWords = map[string]string{
	scanner.CatStateSecret:      "国家秘密",
	scanner.CatWorkSecret:       "工作秘密",
	scanner.CatCommercialSecret: "商业秘密",
	scanner.CatPersonalPrivacy:  "个人隐私",
	scanner.CatOther:            "其他",
	scanner.CatHiddenContent:    "隐藏内容",
}

func runScan(args []string) int {
	return scanMain(args, os.Stdout, os.Stderr)
}

func scanMain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("scan", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c common
	c.register(fs)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: mishen scan [flags] PATH...\n\nScreens every file under each PATH once and writes reports.\nExit status: 0 all no_findings, 1 some review or withhold, 2 the run could not go on.\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitFailure
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "mishen scan: name at least one file or folder to screen")
		fs.Usage()
		return exitFailure
	}
	started := time.Now()
	files, skipped, err := walk.Files(fs.Args(), []string{c.out})
	if err != nil {
		fmt.Fprintf(stderr, "mishen scan: %v\n", err)
		return exitFailure
	}
	b, err := c.build("scan", stderr)
	if err != nil {
		fmt.Fprintf(stderr, "mishen scan: %v\n", err)
		return exitFailure
	}
	defer b.close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	jobs := folderJobs(files, fs.Args(), b.log)
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	bar := newProgress(len(jobs), stderr)
	var recs []pipeline.Record
	b.pipe.Run(ctx, jobs, func(r pipeline.Record) {
		recs = append(recs, r)
		bar.Add(r.Size)
		if c.jsonOut {
			if err := enc.Encode(r); err != nil {
				b.log.Error("cannot write to stdout", "err", err)
			}
		}
	})
	bar.Finish()

	var changes string
	if b.store != nil {
		ch, err := b.store.Changes(recs, fs.Args())
		if err != nil {
			b.log.Error("cannot compare with the last run", "err", err)
		} else {
			changes = ch.String()
		}
	}
	info := reports.RunInfo{Started: started, Finished: time.Now(), Inputs: fs.Args(), Args: args}
	for _, s := range skipped {
		info.Skipped = append(info.Skipped, s.String())
	}
	if err := b.run.Finish(recs, info); err != nil {
		fmt.Fprintf(stderr, "mishen scan: cannot write the run index: %v\n", err)
		return exitFailure
	}
	if !c.jsonOut {
		printTable(stdout, recs)
	}
	printSummary(stderr, recs, skipped, b.run.Dir(), changes)
	return exitStatus(recs)
}

// folderJobs turns the walked files into jobs carrying their folders'
// settings (处室, 信息拟公开方式: foldersettings). A settings file that cannot
// be read is logged and its fields left blank: the form says less, the
// screening is the same.
func folderJobs(files, roots []string, log *slog.Logger) []pipeline.Job {
	resolvers := make([]*foldersettings.Resolver, len(roots))
	absRoots := make([]string, len(roots))
	for i, root := range roots {
		dir := root
		if info, err := os.Stat(root); err == nil && !info.IsDir() {
			dir = filepath.Dir(root)
		}
		resolvers[i] = foldersettings.New(dir)
		absRoots[i], _ = filepath.Abs(dir)
	}
	jobs := make([]pipeline.Job, len(files))
	for i, f := range files {
		jobs[i] = pipeline.Job{Path: f}
		abs, _ := filepath.Abs(f)
		for j, root := range absRoots {
			if rel, err := filepath.Rel(root, abs); err != nil || strings.HasPrefix(rel, "..") {
				continue
			}
			s, err := resolvers[j].For(f)
			if err != nil {
				log.Warn("folder settings ignored", "err", err)
			}
			jobs[i].Office, jobs[i].PublishVia = s.Office, s.PublishVia
			break
		}
	}
	return jobs
}

func exitStatus(recs []pipeline.Record) int {
	for _, r := range recs {
		if r.Verdict != scanner.NoFindings {
			return exitFindings
		}
	}
	return exitClean
}

func printTable(w io.Writer, recs []pipeline.Record) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "文件\t结论\t状态\t高/中/低\t类别")
	for _, r := range recs {
		var h, m, l int
		counts := map[string]int{}
		for _, f := range r.Findings {
			switch f.Severity {
			case scanner.High:
				h++
			case scanner.Medium:
				m++
			default:
				l++
			}
			if f.Severity != scanner.Low {
				counts[f.Category]++
			}
		}
		var cats []string
		for _, c := range r.Categories {
			cats = append(cats, fmt.Sprintf("%s×%d", categoryWords[c], counts[c]))
		}
		status := r.Status
		if r.Error != "" {
			status += "：" + truncate(r.Error, 40)
		}
		fmt.Fprintf(tw, "%s\t%s (%s)\t%s\t%d/%d/%d\t%s\n", r.Path, verdictWords[r.Verdict], r.Verdict, status, h, m, l, strings.Join(cats, " "))
	}
	tw.Flush()
}

func printSummary(w io.Writer, recs []pipeline.Record, skipped []walk.Skipped, dir, changes string) {
	count := map[scanner.Verdict]int{}
	var errs, partial, cached int
	var classified []string
	for _, r := range recs {
		count[r.Verdict]++
		switch r.Status {
		case pipeline.StatusError:
			errs++
		case pipeline.StatusUnreadable:
			partial++
		}
		if r.Cached {
			cached++
		}
		if r.Classified {
			classified = append(classified, r.Path)
		}
	}
	if len(classified) > 0 {
		fmt.Fprintln(w, strings.Repeat("!", 72))
		fmt.Fprintf(w, "!! 发现 %d 份文件标有国家秘密标志：请立即停止在本机处理，并报告局保密办（一事一报）\n", len(classified))
		for _, p := range classified {
			fmt.Fprintf(w, "!!   %s\n", p)
		}
		fmt.Fprintln(w, strings.Repeat("!", 72))
	}
	fmt.Fprintf(w, "共 %d 份：建议不予公开 %d，需人工复核 %d，未发现风险项 %d；读取失败 %d，未完整读取 %d",
		len(recs), count[scanner.Withhold], count[scanner.Review], count[scanner.NoFindings], errs, partial)
	if cached > 0 {
		fmt.Fprintf(w, "，沿用上次结果 %d", cached)
	}
	fmt.Fprintln(w)
	if len(skipped) > 0 {
		fmt.Fprintf(w, "跳过 %d 项：\n", len(skipped))
		for _, s := range skipped {
			fmt.Fprintf(w, "  %s\n", s)
		}
	}
	if changes != "" {
		fmt.Fprintln(w, changes)
	}
	fmt.Fprintf(w, "报告：%s\n", dir)
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
