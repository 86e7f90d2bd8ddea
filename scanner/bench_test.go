package scanner

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/bureau/mishen/extract"
	"github.com/bureau/mishen/lexicon"
)

// benchText is ~1 MB of Chinese: the gov_text corpus when present, else a
// generated notice with marks, identifiers and ordinary prose.
func benchText(b *testing.B) string {
	var sb strings.Builder
	if files, _ := filepath.Glob("../../shared/corpus/gov_text/*.txt"); len(files) > 0 {
		for sb.Len() < 1<<20 {
			for _, f := range files {
				data, _ := os.ReadFile(f)
				sb.Write(data)
			}
		}
	} else {
		para := "上海市浦东新区生态环境局关于加强建设项目环境影响评价管理的通知。各有关单位：为进一步规范管理，现将有关事项通知如下。本项目采用有机密封材料，企业内部控制制度健全。联系人张三，电话13812345678。\n"
		for sb.Len() < 1<<20 {
			sb.WriteString(para)
		}
	}
	return sb.String()
}

func benchScan(b *testing.B, noSeg bool) {
	lex, err := lexicon.Load(nil, true)
	if err != nil {
		b.Fatal(err)
	}
	s, err := New(lex, Options{NoSegmentation: noSeg})
	if err != nil {
		b.Fatal(err)
	}
	text := benchText(b)
	// Split into documents of ~20 KB, the size of a typical 公文.
	var docs []*extract.Document
	for len(text) > 0 {
		n := min(len(text), 20_000)
		for n < len(text) && text[n]&0xC0 == 0x80 {
			n++
		}
		docs = append(docs, &extract.Document{Parts: []extract.Part{{Kind: extract.KindBody, Line: 1, Text: text[:n]}}})
		text = text[n:]
	}
	total := 0
	for _, d := range docs {
		total += len(d.Parts[0].Text)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			s.Scan(d)
		}
	}
}

// BenchmarkScan: MB/s of Chinese text through the whole scanner (matching,
// judging, doc info, summary, keywords).
func BenchmarkScan(b *testing.B) {
	b.Run("segmentation", func(b *testing.B) { benchScan(b, false) })
	b.Run("no-segmentation", func(b *testing.B) { benchScan(b, true) })
}

// BenchmarkNewScanner reports the heap a loaded scanner holds (the lexicon,
// automaton and patterns; gojieba's C++ heap is outside the Go heap and is
// measured with the process's RSS in docs/matcher.md).
func BenchmarkNewScanner(b *testing.B) {
	lex, err := lexicon.Load(nil, true)
	if err != nil {
		b.Fatal(err)
	}
	var keep []*Scanner
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		s, err := New(lex, Options{NoSegmentation: true})
		if err != nil {
			b.Fatal(err)
		}
		keep = append(keep, s)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(len(keep))/1024, "KB/scanner")
}

// BenchmarkScanLongLine is the worst case for position checks: one line of
// 100,000 characters holding 25,000 hits (HTML without line breaks, a PDF
// read as one line). Its time must grow with the text, not its square.
func BenchmarkScanLongLine(b *testing.B) {
	s := testScanner(b)
	text := strings.Repeat("内部机密秘密的", 100_000/7)
	doc := &extract.Document{Parts: []extract.Part{{Kind: extract.KindBody, Line: 1, Text: text}}}
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		s.Scan(doc)
	}
}
