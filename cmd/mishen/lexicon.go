package main

import (
	"fmt"
	"io"
	"os"

	"github.com/bureau/mishen/lexicon"
)

// runLexicon is `mishen lexicon check FILE…`: it validates lexicon files
// the 局保密办 maintains (YAML syntax, unknown fields, duplicate ids, empty
// terms, bad patterns, unknown categories) and prints every problem as
// file:line: message. Exit 0 when all files are valid, 1 when any has a
// problem, 2 on a usage error.
func runLexicon(args []string) int {
	return lexiconCmd(args, os.Stdout, os.Stderr)
}

func lexiconCmd(args []string, stdout, stderr io.Writer) int {
	usage := func() int {
		fmt.Fprintln(stderr, "usage: mishen lexicon check FILE...\n       mishen lexicon version")
		return 2
	}
	if len(args) == 0 {
		return usage()
	}
	switch args[0] {
	case "check":
		files := args[1:]
		if len(files) == 0 {
			return usage()
		}
		errs := lexicon.Check(files...)
		for _, e := range errs {
			fmt.Fprintln(stderr, e)
		}
		if len(errs) > 0 {
			fmt.Fprintf(stderr, "%d problem(s)\n", len(errs))
			return 1
		}
		// Also load them on top of the default, as a scan would, and say
		// which version that run would record.
		lex, err := lexicon.Load(files, true)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		fmt.Fprintf(stdout, "ok: %d file(s) valid; with the default lexicon: %d rules, version %s\n", len(files), len(lex.Rules()), lex.Version())
		return 0
	case "version":
		if len(args) != 1 {
			return usage()
		}
		fmt.Fprintln(stdout, lexicon.DefaultVersion())
		return 0
	}
	return usage()
}
