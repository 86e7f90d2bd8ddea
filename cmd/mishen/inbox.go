package main

import (
	"fmt"
	"os"
)

// runInbox is a placeholder until its owner replaces this file.
func runInbox(args []string) int {
	fmt.Fprintln(os.Stderr, "mishen inbox: not built yet")
	return 2
}
