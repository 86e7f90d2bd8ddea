package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

// Earlier revisions. A PDF edited with "save" in many tools is not
// rewritten: the changes are appended as an incremental update, and the
// previous version stays in the file byte for byte. Text an author deleted
// or "redacted" that way is still there for anyone who cuts the file at an
// earlier %%EOF. We read each earlier revision the same way and report the
// lines it has that the current version lacks, as deleted text.

// maxRevisions bounds how many earlier revisions are read.
const maxRevisions = 5

// revisionEnds returns the end offsets of the earlier revisions: each
// "%%EOF" followed by more PDF data, newest first.
func revisionEnds(d []byte) []int {
	var ends []int
	for off := 0; ; {
		i := bytes.Index(d[off:], []byte("%%EOF"))
		if i < 0 {
			break
		}
		end := off + i + len("%%EOF")
		off = end
		if len(bytes.TrimSpace(d[end:])) > 0 {
			ends = append(ends, end)
		}
	}
	// Newest first, and only the last few.
	for i, j := 0, len(ends)-1; i < j; i, j = i+1, j-1 {
		ends[i], ends[j] = ends[j], ends[i]
	}
	return ends[:min(len(ends), maxRevisions)]
}

// lineKey normalises a line for comparison across revisions: layout may
// differ by spacing only.
func lineKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// earlierRevisionParts returns, for each earlier revision, the lines of
// text (body and hidden) that the current document no longer has.
func (e *pdfExtraction) earlierRevisionParts(current []Part) []Part {
	ends := revisionEnds(e.data)
	if len(ends) == 0 {
		return nil
	}
	have := map[string]bool{}
	for _, p := range current {
		if p.Kind == KindBody || p.Kind == KindHidden {
			for _, l := range strings.Split(p.Text, "\n") {
				have[lineKey(l)] = true
			}
		}
	}
	var parts []Part
	reported := map[string]bool{}
	for n, end := range ends {
		if e.ctx.Err() != nil {
			break
		}
		prefix := append(e.data[:end:end], '\n')
		r, err := openLibChecked(prefix)
		if err != nil {
			continue // a linearized file's first section, or damage
		}
		old := &pdfExtraction{ctx: e.ctx, lim: e.lim, opt: pdfOptions{}, doc: &Document{Format: "pdf"}, data: prefix, repaired: true, revision: true}
		doc, err := old.readPages(r)
		if err != nil {
			continue
		}
		for _, p := range doc.Parts {
			if p.Kind != KindBody && p.Kind != KindHidden {
				continue
			}
			var gone []string
			for _, l := range strings.Split(p.Text, "\n") {
				k := lineKey(l)
				if k == "" || have[k] || reported[k] {
					continue
				}
				reported[k] = true
				gone = append(gone, l)
			}
			if len(gone) > 0 {
				parts = append(parts, Part{
					Kind: KindDeleted,
					Name: fmt.Sprintf("早期版本%d（增量更新前，文件中仍保留）", n+1),
					Page: p.Page, Line: 1, Text: strings.Join(gone, "\n"),
				})
			}
		}
	}
	return parts
}
