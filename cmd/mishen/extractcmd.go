package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/bureau/mishen/extract"
	"github.com/bureau/mishen/sandbox"
)

// visibleKinds are the parts a reader of the published document sees;
// `extract --plain` prints only these, so its output can be compared with
// what pdftotext or a word processor shows.
var visibleKinds = map[string]bool{
	extract.KindTitle: true, extract.KindBody: true, extract.KindHeader: true, extract.KindFooter: true,
	extract.KindFootnote: true, extract.KindEndnote: true, extract.KindTextBox: true, extract.KindField: true,
}

func runExtract(args []string) int {
	return extractMain(args, os.Stdout, os.Stderr)
}

func extractMain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	plain := fs.Bool("plain", false, "print the reader-visible text alone, parts in reading order, no labels")
	timeout := fs.Duration("timeout", 60*time.Second, "time allowed to read the document")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: mishen extract [--plain] FILE\n\nPrints the text read from FILE with each part's location (a debugging aid).")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitFailure
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return exitFailure
	}
	name := fs.Arg(0)
	data, err := os.ReadFile(name)
	if err != nil {
		fmt.Fprintf(stderr, "mishen extract: %v\n", err)
		return exitFailure
	}
	doc, err := sandbox.Extract(context.Background(), name, data, sandbox.Options{Timeout: *timeout, Limits: extract.DefaultLimits()})
	if err != nil {
		fmt.Fprintf(stderr, "mishen extract: %s: %v\n", name, err)
		return exitFailure
	}
	if *plain {
		for _, p := range doc.Parts {
			if visibleKinds[p.Kind] && p.Text != "" {
				fmt.Fprintln(stdout, p.Text)
			}
		}
	} else {
		fmt.Fprintf(stdout, "# %s  格式 %s  共 %d 部分\n", name, doc.Format, len(doc.Parts))
		for _, p := range doc.Parts {
			fmt.Fprintf(stdout, "\n== %s\n", partLabel(p))
			fmt.Fprintln(stdout, p.Text)
		}
		for _, e := range doc.Engines {
			fmt.Fprintf(stdout, "\n-- 读取引擎：%s\n", e)
		}
		for _, e := range doc.Embedded {
			fmt.Fprintf(stdout, "-- 嵌入对象（须人工打开审查）：%s\n", e)
		}
	}
	for _, u := range doc.Unread {
		fmt.Fprintf(stderr, "mishen extract: %s: 未能读取：%s\n", name, u)
	}
	if !doc.Complete() {
		return exitFindings
	}
	return exitClean
}

func partLabel(p extract.Part) string {
	var b strings.Builder
	b.WriteString(p.Kind)
	if p.Name != "" {
		fmt.Fprintf(&b, " [%s]", p.Name)
	}
	if p.Page > 0 {
		fmt.Fprintf(&b, " 第%d页", p.Page)
	}
	if p.Line > 0 {
		fmt.Fprintf(&b, " 第%d行起", p.Line)
	}
	return b.String()
}
