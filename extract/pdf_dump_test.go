package extract

import (
	"context"
	"fmt"
	"os"
	"testing"
)

// TestPDFDump prints what extraction gives for the file named by
// MISHEN_PDF_DUMP (a debugging aid; skipped otherwise). MISHEN_PDF_NOFALLBACK=1
// turns the second engine off.
func TestPDFDump(t *testing.T) {
	path := os.Getenv("MISHEN_PDF_DUMP")
	if path == "" {
		t.Skip("set MISHEN_PDF_DUMP=file.pdf")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	opt := defaultPDFOptions()
	if os.Getenv("MISHEN_PDF_NOFALLBACK") != "" {
		opt.fallback = false
	}
	doc, err := extractPDFWith(context.Background(), data, DefaultLimits(), opt)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	for _, p := range doc.Parts {
		fmt.Printf("--- %s %s page=%d line=%d\n%s\n", p.Kind, p.Name, p.Page, p.Line, p.Text)
	}
	fmt.Printf("unread: %q\nengines: %q\nembedded: %q\n", doc.Unread, doc.Engines, doc.Embedded)
}
