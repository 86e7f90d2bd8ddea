// Command mishen (密审) screens documents before publication for
// confidential content and writes the bureau's pre-filled review form
// (《政府信息公开（发布）保密审查表》) and reports. It suggests; a person decides.
package main

import (
	"fmt"
	"os"

	"github.com/bureau/mishen/sandbox"
)

func main() {
	// The same binary reads hostile documents in a child process; when this
	// process is that child, it does the reading and exits here.
	sandbox.RunChildIfRequested()
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	if len(args) == 0 {
		usage()
		return exitFailure
	}
	switch args[0] {
	case "scan":
		return runScan(args[1:])
	case "extract":
		return runExtract(args[1:])
	case "version", "--version", "-version":
		return runVersion(args[1:])
	case "inbox":
		return runInbox(args[1:])
	case "ledger":
		return runLedger(args[1:])
	case "decide":
		return runDecide(args[1:])
	case "lexicon":
		return runLexicon(args[1:])
	case "help", "-h", "--help":
		usage()
		return exitClean
	}
	fmt.Fprintf(os.Stderr, "mishen: unknown command %q\n", args[0])
	usage()
	return exitFailure
}

func usage() {
	fmt.Fprint(os.Stderr, `mishen (密审) — pre-publication confidentiality screening

usage:
  mishen scan [flags] PATH...        screen files and folders, write reports
  mishen inbox [flags] --dir INBOX --out REPORTS
                                     take documents from a drop folder
  mishen extract [--plain] FILE      show the text read from a file, part by part
  mishen lexicon check FILE...       validate lexicon files
  mishen decide [flags] FINDING-ID…  record a reviewer's decision on findings
  mishen ledger --state FILE --csv   export the 保密台帐
  mishen version                     tool and default lexicon versions

Run 'mishen COMMAND -h' for a command's flags.
`)
}
