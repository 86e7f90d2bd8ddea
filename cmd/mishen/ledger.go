package main

import (
	"fmt"
	"os"
)

// runLedger is a placeholder until its owner replaces this file.
func runLedger(args []string) int {
	fmt.Fprintln(os.Stderr, "mishen ledger: not built yet")
	return 2
}
