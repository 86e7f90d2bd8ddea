package reports

// A small, real DOCX reader for the tests: it opens the zip, decodes
// word/document.xml with encoding/xml and rebuilds the table's rows and cells
// as text, so the tests check what Word would show, not bytes in the file.

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
)

// docxContent is the text of a DOCX: its tables as rows of cell texts, and
// the paragraphs outside tables.
type docxContent struct {
	Rows  [][]string // every table row, cells' text (paragraphs joined by \n)
	Paras []string   // paragraphs outside any table
}

func readDocx(t *testing.T, path string) docxContent {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	c, err := parseDocx(data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return c
}

func parseDocx(data []byte) (docxContent, error) {
	var c docxContent
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return c, fmt.Errorf("not a zip: %w", err)
	}
	var doc []byte
	for _, f := range zr.File {
		if f.Name == "word/document.xml" {
			rc, err := f.Open()
			if err != nil {
				return c, err
			}
			doc, err = io.ReadAll(rc)
			rc.Close()
			if err != nil {
				return c, err
			}
		}
	}
	if doc == nil {
		return c, fmt.Errorf("no word/document.xml")
	}
	dec := xml.NewDecoder(bytes.NewReader(doc))
	var (
		inTable, inCell, inText int
		row                     []string
		cellParas               []string
		para                    strings.Builder
	)
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return c, fmt.Errorf("document.xml is not well-formed XML: %w", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "tbl":
				inTable++
			case "tr":
				row = nil
			case "tc":
				inCell++
				cellParas = nil
			case "p":
				para.Reset()
			case "t":
				inText++
			case "br":
				para.WriteString("\n")
			case "tab":
				para.WriteString("\t")
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "tbl":
				inTable--
			case "tr":
				c.Rows = append(c.Rows, row)
			case "tc":
				inCell--
				row = append(row, strings.Join(cellParas, "\n"))
			case "p":
				if inCell > 0 {
					cellParas = append(cellParas, para.String())
				} else if inTable == 0 {
					c.Paras = append(c.Paras, para.String())
				}
			case "t":
				inText--
			}
		case xml.CharData:
			if inText > 0 {
				para.Write(e)
			}
		}
	}
	return c, nil
}

// fields maps each label cell to the value cell after it: a row is read as
// label, value[, label, value].
func (c docxContent) fields() map[string]string {
	m := map[string]string{}
	for _, r := range c.Rows {
		for i := 0; i+1 < len(r); i += 2 {
			m[r[i]] = strings.TrimSpace(r[i+1])
		}
	}
	return m
}

// text is all the document's text.
func (c docxContent) text() string {
	var b strings.Builder
	for _, p := range c.Paras {
		b.WriteString(p + "\n")
	}
	for _, r := range c.Rows {
		b.WriteString(strings.Join(r, "\n") + "\n")
	}
	return b.String()
}
