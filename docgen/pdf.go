package docgen

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// ErrNoSoffice is returned when LibreOffice is not installed.
var ErrNoSoffice = errors.New("soffice (LibreOffice) not found on PATH")

// ConvertPDFs converts DOCX packages to PDF with one LibreOffice process
// (starting soffice costs seconds; converting a page costs milliseconds).
// Keys are base names without extension; the result has the same keys.
func ConvertPDFs(ctx context.Context, docs map[string][]byte) (map[string][]byte, error) {
	return convert(ctx, docs, "pdf", "pdf")
}

// ResaveDOCX opens DOCX packages in LibreOffice and saves them again as
// DOCX, so that fixtures carry LibreOffice's own markup: runs split where
// the script changes (CJK, digits), its styles, settings and font table.
func ResaveDOCX(ctx context.Context, docs map[string][]byte) (map[string][]byte, error) {
	return convert(ctx, docs, "docx:MS Word 2007 XML", "docx")
}

// convert runs soffice --convert-to filter over docs in one process. A
// private profile directory keeps it from clashing with any other soffice
// the user runs.
func convert(ctx context.Context, docs map[string][]byte, filter, ext string) (map[string][]byte, error) {
	bin, err := exec.LookPath("soffice")
	if err != nil {
		return nil, ErrNoSoffice
	}
	dir, err := os.MkdirTemp("", "docgen-pdf-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in")
	out := filepath.Join(dir, "out")
	for _, d := range []string{in, out} {
		if err := os.Mkdir(d, 0o755); err != nil {
			return nil, err
		}
	}
	names := make([]string, 0, len(docs))
	for name := range docs {
		names = append(names, name)
	}
	sort.Strings(names)
	args := []string{"-env:UserInstallation=file://" + filepath.Join(dir, "profile"),
		"--headless", "--norestore", "--convert-to", filter, "--outdir", out}
	for _, name := range names {
		p := filepath.Join(in, name+".docx")
		if err := os.WriteFile(p, docs[name], 0o644); err != nil {
			return nil, err
		}
		args = append(args, p)
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("soffice --convert-to %s: %w: %s", ext, err, strings.TrimSpace(string(msg)))
	}
	res := make(map[string][]byte, len(docs))
	for _, name := range names {
		b, err := os.ReadFile(filepath.Join(out, name+"."+ext))
		if err != nil {
			return nil, fmt.Errorf("soffice produced no %s for %s: %w", ext, name, err)
		}
		res[name] = b
	}
	return res, nil
}
