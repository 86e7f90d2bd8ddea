package main

import (
	"io"

	"github.com/bureau/mishen/progress"
)

// newProgress shows a bar on a terminal (progress.New decides whether w is
// one and whether the run is long enough to deserve it).
func newProgress(total int, w io.Writer) *progress.Bar { return progress.New(w, total) }
