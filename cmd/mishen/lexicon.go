package main

import (
	"fmt"
	"os"
)

// runLexicon is a placeholder until its owner replaces this file.
func runLexicon(args []string) int {
	fmt.Fprintln(os.Stderr, "mishen lexicon: not built yet")
	return 2
}
