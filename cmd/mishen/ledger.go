package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/bureau/mishen/state"
)

func runLedger(args []string) int {
	return ledgerMain(args, os.Stdout, os.Stderr)
}

// ledgerMain is `mishen ledger --state FILE [--csv]`: the 保密台帐, every
// screening by the inbox and the nightly scan.
func ledgerMain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("ledger", flag.ContinueOnError)
	fs.SetOutput(stderr)
	statePath := fs.String("state", "", "the state database `FILE`")
	asCSV := fs.Bool("csv", false, "CSV in UTF-8 with a byte-order mark (opens right in Excel on Chinese Windows)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: mishen ledger --state FILE [--csv] > 台帐.csv\n\nFlags:")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitFailure
	}
	if *statePath == "" || fs.NArg() > 0 {
		fs.Usage()
		return exitFailure
	}
	store, err := openExisting(*statePath)
	if err != nil {
		fmt.Fprintf(stderr, "mishen ledger: %v\n", err)
		return exitFailure
	}
	defer store.Close()
	if err := store.Ledger(stdout, *asCSV); err != nil {
		fmt.Fprintf(stderr, "mishen ledger: %v\n", err)
		return exitFailure
	}
	return exitClean
}

// openExisting opens a state file that must already exist (a typo must not
// quietly create an empty ledger), without the run lock: reading the
// ledger or recording a decision may happen while a scan runs.
func openExisting(path string) (*state.Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("状态文件 %s 不存在", path)
	}
	return state.OpenShared(path)
}
