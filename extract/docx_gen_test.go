package extract

import (
	"archive/zip"
	"bytes"
	"fmt"
	"path"
	"sort"
	"strings"
	"testing"
	"time"
)

// Test fixtures are DOCX packages written here with archive/zip, so every
// feature the reader handles has a small, exact, reviewable input and no
// binary fixture needs to be kept in the repository.

const docxNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ` +
	`xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" ` +
	`xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" mc:Ignorable=""`

const docxXMLDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// docxDoc wraps body content in a w:document.
func docxDoc(inner string) string {
	if !strings.Contains(inner, "<w:sectPr") {
		inner += `<w:sectPr/>`
	}
	return docxXMLDecl + `<w:document ` + docxNS + `><w:body>` + inner + `</w:body></w:document>`
}

// docxSectPr is a section that uses word/header1.xml and word/footer1.xml
// (relationship ids as buildDOCX writes them).
const docxSectPr = `<w:sectPr><w:headerReference w:type="default" r:id="rId_header1"/><w:footerReference w:type="default" r:id="rId_footer1"/></w:sectPr>`

// docxRoot wraps content in another WordprocessingML root (w:hdr, w:ftr,
// w:comments, w:footnotes, w:endnotes, w:styles, w:settings).
func docxRoot(tag, inner string) string {
	return docxXMLDecl + `<w:` + tag + ` ` + docxNS + `>` + inner + `</w:` + tag + `>`
}

// docxP is a paragraph of plain runs, one run per argument.
func docxP(runs ...string) string {
	var sb strings.Builder
	sb.WriteString("<w:p>")
	for _, r := range runs {
		sb.WriteString(docxR(r))
	}
	sb.WriteString("</w:p>")
	return sb.String()
}

// docxR is one run of text.
func docxR(text string) string {
	return `<w:r><w:t xml:space="preserve">` + docxEsc(text) + `</w:t></w:r>`
}

var docxEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func docxEsc(s string) string { return docxEscaper.Replace(s) }

// docxRelTypes maps well-known part names to their relationship type.
var docxRelTypes = []struct{ prefix, typ string }{
	{"styles", "styles"}, {"settings", "settings"}, {"header", "header"}, {"footer", "footer"},
	{"footnotes", "footnotes"}, {"endnotes", "endnotes"}, {"comments", "comments"},
}

// buildDOCX writes a DOCX package holding files (entry name → content).
// Content types and relationships are added unless files provides them;
// entries are written in name order with a fixed time, so the bytes are
// the same on every run.
func buildDOCX(tb testing.TB, files map[string]string) []byte {
	tb.Helper()
	all := map[string]string{}
	for k, v := range files {
		all[k] = v
	}
	if _, ok := all["[Content_Types].xml"]; !ok {
		all["[Content_Types].xml"] = docxXMLDecl + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
	}
	if _, ok := all["_rels/.rels"]; !ok {
		rels := `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>`
		for i, p := range []struct{ name, typ string }{
			{"docProps/core.xml", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"},
			{"docProps/app.xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"},
			{"docProps/custom.xml", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"},
		} {
			if _, ok := all[p.name]; ok {
				rels += fmt.Sprintf(`<Relationship Id="rId%d" Type="%s" Target="%s"/>`, i+2, p.typ, p.name)
			}
		}
		all["_rels/.rels"] = docxRelsXML(rels)
	}
	if _, ok := all["word/_rels/document.xml.rels"]; !ok {
		var rels strings.Builder
		names := docxSortedKeys(all)
		for _, name := range names {
			dir, base := path.Split(name)
			if dir != "word/" {
				continue
			}
			for _, rt := range docxRelTypes {
				if strings.HasPrefix(base, rt.prefix) && strings.HasSuffix(base, ".xml") {
					fmt.Fprintf(&rels, `<Relationship Id="rId_%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" Target="%s"/>`, strings.TrimSuffix(base, ".xml"), rt.typ, base)
					break
				}
			}
		}
		all["word/_rels/document.xml.rels"] = docxRelsXML(rels.String())
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, name := range docxSortedKeys(all) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)})
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := w.Write([]byte(all[name])); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

func docxRelsXML(inner string) string {
	return docxXMLDecl + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + inner + `</Relationships>`
}

func docxSortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
