package main

import (
	"fmt"
	"os"
)

// runDecide is a placeholder until its owner replaces this file.
func runDecide(args []string) int {
	fmt.Fprintln(os.Stderr, "mishen decide: not built yet")
	return 2
}
