// Package quality measures mishen's detection against a labelled corpus:
// per-category precision and recall, the verdict confusion matrix and the
// verdict accuracy, with the thresholds issue 4 sets. The labelled files
// live in testdata/labelled; `make eval` runs TestLabelledCorpus.
package quality

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/bureau/mishen/scanner"
)

// Marking is the pseudo-category "a state_secret or work_secret finding in
// a marking position" (scanner.Finding.Marking), measured on its own line
// because its recall must be 100%.
const Marking = "marking"

// Categories in report order: Marking first, then the contract's categories.
var Categories = []string{Marking, scanner.CatStateSecret, scanner.CatWorkSecret, scanner.CatCommercialSecret,
	scanner.CatPersonalPrivacy, scanner.CatOther, scanner.CatHiddenContent}

// Label is one row of labels.tsv.
type Label struct {
	File    string
	Verdict scanner.Verdict
	Must    []string // categories that must appear at medium or above
	MustNot []string // categories that must not
	Note    string
}

// ParseLabels reads labels.tsv: a header row, then file, verdict, must,
// must_not, note; category lists are comma-separated, "-" for none.
func ParseLabels(r io.Reader) ([]Label, error) {
	known := map[string]bool{}
	for _, c := range Categories {
		known[c] = true
	}
	var out []Label
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		if line == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("labels line %d: %d fields, want 5", line, len(f))
		}
		l := Label{File: f[0], Verdict: scanner.Verdict(f[1]), Note: f[4]}
		switch l.Verdict {
		case scanner.Withhold, scanner.Review, scanner.NoFindings:
		default:
			return nil, fmt.Errorf("labels line %d: unknown verdict %q", line, f[1])
		}
		for i, dst := range []*[]string{&l.Must, &l.MustNot} {
			if f[2+i] == "-" {
				continue
			}
			for _, c := range strings.Split(f[2+i], ",") {
				if !known[c] {
					return nil, fmt.Errorf("labels line %d: unknown category %q", line, c)
				}
				*dst = append(*dst, c)
			}
		}
		for _, c := range l.Must {
			for _, d := range l.MustNot {
				if c == d {
					return nil, fmt.Errorf("labels line %d: %s both required and forbidden", line, c)
				}
			}
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("labels: %w", err)
	}
	return out, nil
}
