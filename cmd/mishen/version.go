package main

import (
	"fmt"
	"runtime/debug"

	"github.com/bureau/mishen/lexicon"
)

// version is the release; the VCS revision is appended when the binary was
// built from a checkout, so a report can be traced to the code that made it.
const version = "0.1.0"

func toolVersion() string {
	v := version
	if bi, ok := debug.ReadBuildInfo(); ok {
		var rev, dirty string
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					dirty = "+dirty"
				}
			}
		}
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if rev != "" {
			v += "-" + rev + dirty
		}
	}
	return v
}

func runVersion(args []string) int {
	fmt.Printf("mishen %s\ndefault lexicon %s\n", toolVersion(), lexicon.DefaultVersion())
	return 0
}
