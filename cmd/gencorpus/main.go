// Command gencorpus regenerates mishen's sample inbox (testdata/inbox) and
// labelled corpus (testdata/labelled) from the fixtures described in this
// package. Text, HTML and DOCX output is byte-for-byte deterministic; PDFs
// are converted by LibreOffice and differ run to run, so the generated files
// are committed and this command is only rerun by developers:
//
//	go run ./cmd/gencorpus            # from the repository root
//	go run ./cmd/gencorpus -no-pdf    # keep the committed PDFs and lo-*.docx
//	go run ./cmd/gencorpus -only h16- # write only a new batch; keep every other file
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/bureau/mishen/docgen"
)

// Output formats of a fixture.
const (
	fTXT     = "txt"      // UTF-8, LF
	fTXTBOM  = "txt-bom"  // UTF-8 with BOM, CRLF
	fUTF16   = "utf16"    // UTF-16LE with BOM, CRLF
	fGBK     = "gbk"      // GBK, CRLF
	fHTML    = "html"     //
	fDOCX    = "docx"     //
	fPDF     = "pdf"      // DOCX converted by LibreOffice
	fLODOCX  = "lo-docx"  // DOCX opened and saved again by LibreOffice
	fRaw     = "raw"      // bytes as given
	fGBKHTML = "gbk-html" // HTML page in GBK with a meta charset
)

// fixture is one generated file and what a careful reviewer would decide.
type fixture struct {
	name   string // path relative to the corpus folder, with extension
	format string
	doc    docgen.Doc
	html   docgen.HTMLOptions
	raw    []byte

	verdict string   // withhold | review | no_findings
	status  string   // inbox only: ok | error | unreadable
	must    []string // categories (or "marking") that must appear at medium+
	allow   []string // categories that may appear either way
	note    string
}

var allCats = []string{"marking", "state_secret", "work_secret", "commercial_secret", "personal_privacy", "other", "hidden_content"}

// mustNot is every category neither required nor allowed.
func (f fixture) mustNot() []string {
	var out []string
	for _, c := range allCats {
		if !contains(f.must, c) && !contains(f.allow, c) {
			out = append(out, c)
		}
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func main() {
	root := flag.String("root", ".", "repository root (holding testdata/)")
	noPDF := flag.Bool("no-pdf", false, "do not convert PDFs; keep the committed ones")
	only := flag.String("only", "", "write only labelled fixtures whose name starts with this prefix (a new batch), leaving every other file, the inbox included, as it is; labels.tsv is rewritten in full")
	flag.Parse()
	var err error
	if *only != "" {
		err = runOnly(*root, *only, *noPDF)
	} else {
		err = run(*root, *noPDF)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gencorpus:", err)
		os.Exit(1)
	}
}

func run(root string, noPDF bool) error {
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		return fmt.Errorf("%s is not the repository root (no go.mod)", root)
	}
	// Check before anything is deleted: without LibreOffice a full run
	// would remove the committed PDFs and could not make them again.
	if _, err := exec.LookPath("soffice"); err != nil && !noPDF {
		return fmt.Errorf("%w; rerun with -no-pdf to keep the committed PDFs", docgen.ErrNoSoffice)
	}
	inbox := filepath.Join(root, "testdata", "inbox")
	if err := writeSet(inbox, inboxFixtures(), noPDF); err != nil {
		return err
	}
	if err := writeExpected(filepath.Join(root, "testdata", "inbox.expected.tsv"), inboxFixtures()); err != nil {
		return err
	}
	lab := filepath.Join(root, "testdata", "labelled")
	fx := labelledFixtures()
	if err := writeSet(lab, fx, noPDF); err != nil {
		return err
	}
	return writeLabels(filepath.Join(lab, "labels.tsv"), fx)
}

// runOnly writes the labelled fixtures named with prefix and labels.tsv.
// Committed PDFs and lo-*.docx of earlier batches keep their bytes, since a
// LibreOffice run never reproduces them exactly.
func runOnly(root, prefix string, noPDF bool) error {
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		return fmt.Errorf("%s is not the repository root (no go.mod)", root)
	}
	if _, err := exec.LookPath("soffice"); err != nil && !noPDF {
		return fmt.Errorf("%w; rerun with -no-pdf", docgen.ErrNoSoffice)
	}
	lab := filepath.Join(root, "testdata", "labelled")
	fx := labelledFixtures()
	sel := selectPrefix(fx, prefix)
	if len(sel) == 0 {
		return fmt.Errorf("no labelled fixture starts with %q", prefix)
	}
	if err := renderSet(lab, sel, noPDF); err != nil {
		return err
	}
	return writeLabels(filepath.Join(lab, "labels.tsv"), fx)
}

// selectPrefix keeps the fixtures whose name starts with prefix, or with
// "lo-" and prefix (a batch's LibreOffice DOCX, which must be named lo-*).
func selectPrefix(fx []fixture, prefix string) []fixture {
	var out []fixture
	for _, f := range fx {
		if strings.HasPrefix(f.name, prefix) || strings.HasPrefix(f.name, "lo-"+prefix) {
			out = append(out, f)
		}
	}
	return out
}

// writeSet renders every fixture into dir. Stale generated files are
// removed first so a renamed fixture leaves nothing behind; with noPDF the
// existing PDFs stay.
func writeSet(dir string, fx []fixture, noPDF bool) error {
	seen := map[string]bool{}
	for _, f := range fx {
		if seen[f.name] {
			return fmt.Errorf("duplicate fixture name %s", f.name)
		}
		seen[f.name] = true
	}
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return nil
		}
		if filepath.Base(p) == "README.md" { // hand-written, not generated
			return nil
		}
		if noPDF && (strings.HasSuffix(p, ".pdf") || strings.HasPrefix(filepath.Base(p), "lo-")) {
			return nil
		}
		return os.Remove(p)
	})
	if err != nil {
		return err
	}
	return renderSet(dir, fx, noPDF)
}

// renderSet writes fx into dir without removing anything.
func renderSet(dir string, fx []fixture, noPDF bool) error {
	// Files LibreOffice makes: converted in one soffice run per kind.
	type batch struct {
		in   map[string][]byte
		name map[string]string
		conv func(context.Context, map[string][]byte) (map[string][]byte, error)
	}
	batches := map[string]*batch{
		fPDF:    {map[string][]byte{}, map[string]string{}, docgen.ConvertPDFs},
		fLODOCX: {map[string][]byte{}, map[string]string{}, docgen.ResaveDOCX},
	}
	for i, f := range fx {
		data, err := render(f)
		if err != nil {
			return fmt.Errorf("%s: %w", f.name, err)
		}
		if b := batches[f.format]; b != nil {
			key := fmt.Sprintf("f%03d", i)
			b.in[key] = data
			b.name[key] = f.name
			continue
		}
		if err := writeFile(filepath.Join(dir, f.name), data); err != nil {
			return err
		}
	}
	if noPDF {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	for _, kind := range []string{fPDF, fLODOCX} {
		b := batches[kind]
		if len(b.in) == 0 {
			continue
		}
		out, err := b.conv(ctx, b.in)
		if err != nil {
			return fmt.Errorf("%s: %w (rerun with -no-pdf to keep the committed files LibreOffice made)", dir, err)
		}
		for key, data := range out {
			if err := writeFile(filepath.Join(dir, b.name[key]), data); err != nil {
				return err
			}
		}
	}
	return nil
}

// madeByLibreOffice says whether a fixture's bytes come from soffice, so
// they vary run to run and are committed rather than compared.
func madeByLibreOffice(format string) bool { return format == fPDF || format == fLODOCX }

func writeFile(p string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}

func render(f fixture) ([]byte, error) {
	switch f.format {
	case fTXT:
		return docgen.EncodeText(f.doc.Text(), docgen.UTF8, false)
	case fTXTBOM:
		return docgen.EncodeText(f.doc.Text(), docgen.UTF8BOM, true)
	case fUTF16:
		return docgen.EncodeText(f.doc.Text(), docgen.UTF16LEBOM, true)
	case fGBK:
		return docgen.EncodeText(f.doc.Text(), docgen.GBK, true)
	case fHTML:
		return f.doc.HTML(f.html), nil
	case fGBKHTML:
		h := strings.Replace(string(f.doc.HTML(f.html)), `<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=gbk">`, 1)
		return docgen.EncodeText(h, docgen.GBK, false)
	case fDOCX, fPDF, fLODOCX:
		return f.doc.DOCX()
	case fRaw:
		return f.raw, nil
	}
	return nil, fmt.Errorf("unknown format %q", f.format)
}

// noise returns n bytes that look random but are the same every run.
func noise(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

func joinOr(xs []string, none string) string {
	if len(xs) == 0 {
		return none
	}
	s := append([]string(nil), xs...)
	sort.Strings(s)
	return strings.Join(s, ",")
}

// writeExpected writes testdata/inbox.expected.tsv: file, verdict, status and
// the exact set of categories at medium or above ("-" for none).
func writeExpected(p string, fx []fixture) error {
	var b strings.Builder
	b.WriteString("file\tverdict\tstatus\tcategories\n")
	for _, f := range fx {
		var cats []string
		for _, c := range f.must {
			if c != "marking" {
				cats = append(cats, c)
			}
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\n", f.name, f.verdict, f.status, joinOr(cats, "-"))
	}
	return writeFile(p, []byte(b.String()))
}

// writeLabels writes labels.tsv: file, expected verdict, categories that
// must appear at medium+, categories that must not, a note. "marking" means
// a state_secret or work_secret finding in a marking position.
func writeLabels(p string, fx []fixture) error {
	var b strings.Builder
	b.WriteString("file\tverdict\tmust\tmust_not\tnote\n")
	for _, f := range fx {
		fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%s\n", f.name, f.verdict, joinOr(f.must, "-"), joinOr(f.mustNot(), "-"), f.note)
	}
	return writeFile(p, []byte(b.String()))
}
