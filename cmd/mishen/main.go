// Command mishen screens documents before publication for confidential
// content and writes the bureau's pre-filled review form and reports.
package main

import (
	"fmt"
	"os"
)

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	if len(args) == 0 {
		usage()
		return 2
	}
	switch args[0] {
	case "inbox":
		return runInbox(args[1:])
	case "ledger":
		return runLedger(args[1:])
	case "decide":
		return runDecide(args[1:])
	case "lexicon":
		return runLexicon(args[1:])
	}
	usage()
	return 2
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: mishen scan|extract|inbox|ledger|decide|lexicon|version ...")
}
