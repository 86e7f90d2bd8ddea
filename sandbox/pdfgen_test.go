package sandbox

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"math/rand/v2"
)

// pdfObjects assembles a PDF from numbered object bodies (object i+1 is
// objs[i]) with a correct cross-reference table, so the seeds are valid
// files the parser reads fully and the fuzzer mutates from there.
func pdfObjects(objs []string, trailerExtra string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, trailerExtra, xref)
	return b.Bytes()
}

func stream(dict, content string) string {
	return fmt.Sprintf("<< /Length %d %s>>\nstream\n%s\nendstream", len(content), dict, content)
}

func flateStream(content string) string {
	var z bytes.Buffer
	w := zlib.NewWriter(&z)
	w.Write([]byte(content))
	w.Close()
	return fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.String())
}

// font is Helvetica with its widths written out (as producers do): the PDF
// engine places glyphs by /Widths, and without them every glyph of a run
// lands on one spot.
var font = func() string {
	// Helvetica AFM widths for 32..126.
	w := []int{278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
		556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
		1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
		667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
		333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
		556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584}
	return fmt.Sprintf("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /Widths %v >>", w)
}()

// textPDF is a PDF of one page per text, drawn in Helvetica, with an Info
// dictionary.
func textPDF(pages ...string) []byte {
	n := len(pages)
	// 1 catalog, 2 pages, 3 font, 4 info, then page+content pairs.
	kids := ""
	for i := range pages {
		kids += fmt.Sprintf("%d 0 R ", 5+2*i)
	}
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", kids, n),
		font,
		"<< /Title (Sandbox seed) /Subject (internal draft) /Producer (mishen test) >>",
	}
	for i, text := range pages {
		objs = append(objs,
			fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 6+2*i),
			stream("", fmt.Sprintf("BT /F1 14 Tf 72 760 Td (%s) Tj 0 -20 Td [(second) -250 (line)] TJ ET", text)))
	}
	return pdfObjects(objs, "/Info 4 0 R ")
}

// seedPDFs are the fuzz seeds: valid files of the shapes the parser meets,
// and the hostile shapes the issue measured (page-tree cycles, a huge
// /Count), which must end as a handled error or a timeout, never a crash.
func seedPDFs() map[string][]byte {
	pageObj := "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>"
	content := stream("", "BT /F1 12 Tf 72 700 Td (cycle) Tj ET")
	return map[string][]byte{
		"one-page":  textPDF("Hello sandbox"),
		"two-pages": textPDF("First page", "Second page"),
		"escapes":   textPDF(`paren \( \) backslash \\ octal \101\102`),
		"flate": pdfObjects([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
			font,
			"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>",
			flateStream("BT /F1 12 Tf 72 700 Td (compressed stream) Tj ET"),
		}, ""),
		"kids-cycle": pdfObjects([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 2 >>",
			font,
			pageObj,
			content,
		}, ""),
		"parent-cycle": pdfObjects([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [6 0 R] /Count 1 /Parent 6 0 R >>",
			font,
			pageObj,
			content,
			"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>",
		}, ""),
		"huge-count": pdfObjects([]string{
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [4 0 R] /Count 2000000000 >>",
			font,
			pageObj,
			content,
		}, ""),
	}
}

// flip returns a copy of data with n random bytes XORed with a random
// non-zero value, the mutation that made the PDF library panic on 15–22% of
// files.
func flip(r *rand.Rand, data []byte, n int) []byte {
	out := bytes.Clone(data)
	for range n {
		out[r.IntN(len(out))] ^= byte(1 + r.IntN(255))
	}
	return out
}
