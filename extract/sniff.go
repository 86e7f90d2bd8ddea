package extract

import (
	"archive/zip"
	"bytes"
	"strings"
	"unicode/utf8"
)

// Sniff names a file's format from its content, never its extension: the
// web team renames files, and a .txt that is really a PDF must still be read
// as a PDF.
func Sniff(data []byte) string {
	if len(data) == 0 {
		return FormatEmpty
	}
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		return FormatPDF
	case bytes.HasPrefix(data, []byte("PK\x03\x04")) || bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return sniffZip(data)
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return FormatOLE
	case bytes.HasPrefix(data, []byte("\x89PNG")), bytes.HasPrefix(data, []byte{0xFF, 0xD8, 0xFF}),
		bytes.HasPrefix(data, []byte("GIF8")), bytes.HasPrefix(data, []byte("II*\x00")),
		bytes.HasPrefix(data, []byte("MM\x00*")), bytes.HasPrefix(data, []byte("BM")) && len(data) > 26 && !utf8.Valid(head):
		return FormatImage
	case bytes.HasPrefix(data, []byte(`{\rtf`)):
		return FormatRTF
	case looksLikePDFBody(data):
		// Objects and a trailer but no %PDF- header (damaged or cut at the
		// front): the PDF reader can often still repair it, and its error
		// says more than "binary" would.
		return FormatPDF
	}
	text, ok := decodeText(data)
	if !ok {
		return FormatUnknown
	}
	if looksHTML(text) {
		return FormatHTML
	}
	return FormatTXT
}

// sniffZip tells a Word document from other zips by its entries, reading
// only the central directory — and only when the end record declares a sane
// number of entries, since parsing a crafted directory of millions of
// entries is itself a memory bomb.
func sniffZip(data []byte) string {
	hasWord := bytes.Contains(data, []byte("word/")) || bytes.Contains(bytes.ToLower(data), []byte("word/"))
	if n, ok := zipDeclaredEntries(data); ok && n > uint64(DefaultLimits().MaxEntries) {
		if hasWord {
			return FormatDOCX // the DOCX reader refuses it, naming the limit
		}
		return FormatZIP
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		// A damaged zip that starts like one: let the DOCX reader say why
		// it cannot be read, rather than calling it "binary".
		if hasWord {
			return FormatDOCX
		}
		return FormatZIP
	}
	for _, f := range zr.File {
		// Part names are case-insensitive in OPC.
		if strings.EqualFold(f.Name, "word/document.xml") {
			return FormatDOCX
		}
	}
	for _, f := range zr.File {
		if strings.EqualFold(f.Name, "[Content_Types].xml") && hasWordMain(zr) {
			return FormatDOCX
		}
	}
	return FormatZIP
}

func hasWordMain(zr *zip.Reader) bool {
	for _, f := range zr.File {
		if len(f.Name) > 5 && strings.EqualFold(f.Name[:5], "word/") {
			return true
		}
	}
	return false
}

func looksHTML(text string) bool {
	s := text
	if len(s) > 2048 {
		s = s[:2048]
	}
	l := bytes.ToLower([]byte(s))
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<meta ", "<title>", "<div", "<p>", "<p "} {
		if bytes.Contains(l, []byte(tag)) {
			return true
		}
	}
	return false
}

// isEncryptedOOXML reports whether an OLE compound file is a password-
// protected Office Open XML document: Office stores those as an OLE file
// holding an "EncryptedPackage" stream (its name is UTF-16LE in the
// directory).
func isEncryptedOOXML(data []byte) bool {
	name := []byte{}
	for _, r := range "EncryptedPackage" {
		name = append(name, byte(r), 0)
	}
	return bytes.Contains(data, name)
}

// looksLikePDFBody reports whether data holds PDF objects ("1 0 obj" …
// "endobj") and a trailer or cross-reference stream near its start.
func looksLikePDFBody(data []byte) bool {
	head := data
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	return bytes.Contains(head, []byte(" obj")) &&
		(bytes.Contains(head, []byte("endobj")) || bytes.Contains(head, []byte("trailer")) || bytes.Contains(head, []byte("/XRef")))
}
