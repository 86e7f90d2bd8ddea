package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/bureau/mishen/state"
)

func runDecide(args []string) int {
	return decideMain(args, os.Stdout, os.Stderr)
}

// decideMain is `mishen decide --state FILE --by NAME --reason TEXT
// (--accept | --withhold) FINDING-ID…`: a person's ruling, shown by every
// later scan of the same or a revised document.
func decideMain(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("decide", flag.ContinueOnError)
	fs.SetOutput(stderr)
	statePath := fs.String("state", "", "the state database `FILE`")
	by := fs.String("by", "", "who decides (name)")
	reason := fs.String("reason", "", "why, in words kept in the record")
	accept := fs.Bool("accept", false, "the findings are harmless: they no longer raise the verdict")
	withhold := fs.Bool("withhold", false, "the findings stand: the document is not published")
	fs.Usage = func() {
		fmt.Fprintln(stderr, `usage: mishen decide --state FILE --by NAME --reason TEXT (--accept | --withhold) FINDING-ID...

Finding ids are printed in the JSON records and the reports. A state-secret
marking cannot be accepted.

Flags:`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return exitFailure
	}
	if *statePath == "" || *accept == *withhold || fs.NArg() == 0 {
		fmt.Fprintln(stderr, "mishen decide: give --state, exactly one of --accept or --withhold, and at least one finding id")
		fs.Usage()
		return exitFailure
	}
	action := state.Accept
	if *withhold {
		action = state.Withhold
	}
	store, err := openExisting(*statePath)
	if err != nil {
		fmt.Fprintf(stderr, "mishen decide: %v\n", err)
		return exitFailure
	}
	defer store.Close()
	if err := store.Decide(state.Decision{FindingIDs: fs.Args(), Action: action, By: *by, Reason: *reason}); err != nil {
		fmt.Fprintf(stderr, "mishen decide: %v\n", err)
		return exitFailure
	}
	word := map[string]string{state.Accept: "接受（不再提高结论）", state.Withhold: "维持（不予公开）"}[action]
	fmt.Fprintf(stdout, "已记录 %s 对 %d 项发现的决定：%s\n", *by, fs.NArg(), word)
	return exitClean
}
