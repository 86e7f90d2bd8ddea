package extract

import (
	"bytes"
	"context"
	"fmt"
	"github.com/bureau/mishen/internal/sharedcorpus"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/ledongthuc/pdf"
)

// Throughput is measured here, never asserted in timed tests. Run:
//
//	go test ./extract -run '^$' -bench 'PDF' -benchtime 10x
//
// BenchmarkPDF and BenchmarkPDFPdftotext read the same corpus `text` files
// in the same run, so their MB/s compare the two engines directly.

func pdfTextCorpus(b *testing.B) (paths []string, data [][]byte, total int64) {
	dir := sharedcorpus.Dir(b, "pdf_cjk")
	exp := pdfExpected(b, dir)
	for _, name := range pdfSortedNames(exp) {
		if exp[name] != "text" {
			continue
		}
		p := filepath.Join(dir, name)
		d, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		paths = append(paths, p)
		data = append(data, d)
		total += int64(len(d))
	}
	return paths, data, total
}

// BenchmarkPDF is the Go engine alone over the corpus `text` files.
func BenchmarkPDF(b *testing.B) {
	_, data, total := pdfTextCorpus(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range data {
			if _, err := extractPDFWith(context.Background(), d, DefaultLimits(), noFallback); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkPDFPdftotext runs poppler's pdftotext on the same files (a
// process per file, as the fallback does).
func BenchmarkPDFPdftotext(b *testing.B) {
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		b.Skip("pdftotext not on PATH")
	}
	paths, _, total := pdfTextCorpus(b)
	b.SetBytes(total)
	for b.Loop() {
		for _, p := range paths {
			cmd := exec.Command(tool, "-q", "-enc", "UTF-8", p, "-")
			cmd.Stdout = io.Discard
			if err := cmd.Run(); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkPDFPages shows that time grows linearly with pages: the page
// tree is walked once. Compare BenchmarkPDFLibraryPageByPage, the
// library's own r.Page(i) loop, which rescans the tree for every page.
func BenchmarkPDFPages(b *testing.B) {
	for _, n := range []int{100, 1000} {
		data := manyPagesPDF(n, n)
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				doc, err := extractPDFWith(context.Background(), data, DefaultLimits(), noFallback)
				if err != nil || len(doc.Parts) != n {
					b.Fatalf("err %v, %d parts", err, len(doc.Parts))
				}
			}
		})
	}
}

func BenchmarkPDFLibraryPageByPage(b *testing.B) {
	for _, n := range []int{100, 1000} {
		data := manyPagesPDF(n, n)
		b.Run(fmt.Sprintf("pages=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
				if err != nil {
					b.Fatal(err)
				}
				for i := 1; i <= r.NumPage(); i++ {
					if _, err := r.Page(i).GetPlainText(nil); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
