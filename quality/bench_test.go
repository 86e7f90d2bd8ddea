package quality

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/bureau/mishen/extract"
	"github.com/bureau/mishen/lexicon"
	"github.com/bureau/mishen/scanner"
)

// BenchmarkLabelledCorpus measures extraction plus scanning over the whole
// labelled corpus per iteration (b.SetBytes: input bytes per iteration),
// single-threaded, the scanner built once as the pipeline does.
func BenchmarkLabelledCorpus(b *testing.B) {
	dir, err := os.Getwd()
	if err != nil {
		b.Fatal(err)
	}
	dir = filepath.Join(dir, "..", "testdata", "labelled")
	lf, err := os.Open(filepath.Join(dir, "labels.tsv"))
	if err != nil {
		b.Fatal(err)
	}
	labels, err := ParseLabels(lf)
	lf.Close()
	if err != nil {
		b.Fatal(err)
	}
	files := make([][]byte, len(labels))
	var total int64
	for i, l := range labels {
		if files[i], err = os.ReadFile(filepath.Join(dir, l.File)); err != nil {
			b.Fatal(err)
		}
		total += int64(len(files[i]))
	}
	lex, err := lexicon.Load(nil, true)
	if err != nil {
		b.Fatal(err)
	}
	sc, err := scanner.New(lex, scanner.Options{Now: time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(total)
	b.ResetTimer()
	for b.Loop() {
		for i, data := range files {
			doc, err := extract.Extract(context.Background(), labels[i].File, data, extract.DefaultLimits())
			if err != nil {
				continue
			}
			sc.Scan(doc)
		}
	}
	b.ReportMetric(float64(len(files))*float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
