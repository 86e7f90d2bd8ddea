package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// docxFuzzLimits keep each fuzz input cheap while still letting every
// limit path run.
var docxFuzzLimits = Limits{MaxFileSize: 4 << 20, MaxEntries: 200, MaxEntrySize: 2 << 20, MaxTotalSize: 8 << 20, MaxRatio: 200, MaxTextBytes: 1 << 20, MaxDepth: 1}

var docxKnownKinds = map[string]bool{
	KindBody: true, KindHeader: true, KindFooter: true, KindFootnote: true, KindEndnote: true, KindComment: true,
	KindDeleted: true, KindMoved: true, KindHidden: true, KindTextBox: true, KindField: true, KindMetadata: true, KindEmbedded: true,
}

// docxFuzzWrap puts non-zip input into a package as word/document.xml
// (stored, so wrapping is cheap): most mutations of a zip only break its
// checksums, and this way the fuzzer also explores the XML walker.
func docxFuzzWrap(xml []byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.CreateHeader(&zip.FileHeader{Name: "word/document.xml", Method: zip.Store})
	w.Write(xml)
	zw.Close()
	return buf.Bytes()
}

// FuzzDOCX: no input may panic, and what comes back must keep the
// Document's promises (known kinds, valid UTF-8, no empty parts, lines ≥ 0).
// The seeds are the golden fixtures, as packages and as bare document.xml,
// and run as a plain test in CI.
func FuzzDOCX(f *testing.F) {
	for _, fx := range docxFixtures {
		files := fx.files(f)
		f.Add(buildDOCX(f, files))
		if d, ok := files["word/document.xml"]; ok {
			f.Add([]byte(d))
		}
	}
	f.Add([]byte(docxDoc(`<w:p><mc:AlternateContent><mc:Fallback>` + docxP("x") + `</mc:Fallback></mc:AlternateContent></w:p>`)))
	f.Add([]byte(docxDoc(`<w:tbl><w:tr><w:tc><w:txbxContent><w:tr><w:p>` + docxR("乱") + `</w:p></w:tr></w:txbxContent></w:tc></w:tr></w:tbl>`)))
	f.Add([]byte("PK\x05\x06" + strings.Repeat("\x00", 18)))
	f.Fuzz(func(t *testing.T, data []byte) {
		if !bytes.HasPrefix(data, []byte("PK")) {
			data = docxFuzzWrap(data)
		}
		doc, err := extractDOCX(context.Background(), data, docxFuzzLimits)
		if err != nil {
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		if doc.Format != FormatDOCX {
			t.Fatalf("Format = %q", doc.Format)
		}
		for _, p := range doc.Parts {
			if !docxKnownKinds[p.Kind] {
				t.Fatalf("unknown kind %q", p.Kind)
			}
			if p.Line < 0 || p.Page < 0 {
				t.Fatalf("negative location %+v", p)
			}
			if strings.TrimSpace(p.Text) == "" {
				t.Fatalf("empty part %+v", p)
			}
			if !utf8.ValidString(p.Text) || !utf8.ValidString(p.Name) {
				t.Fatalf("invalid UTF-8 in %+v", p)
			}
		}
		for _, u := range doc.Unread {
			if u == "" {
				t.Fatal("empty Unread entry")
			}
		}
	})
}
