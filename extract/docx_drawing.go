package extract

import (
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
)

// DrawingML namespaces: shape and SmartArt text (a:t), chart caches (c:v).
const (
	nsDrawingML       = "http://schemas.openxmlformats.org/drawingml/2006/main"
	nsDrawingMLStrict = "http://purl.oclc.org/ooxml/drawingml/main"
	nsChart           = "http://schemas.openxmlformats.org/drawingml/2006/chart"
	nsChartStrict     = "http://purl.oclc.org/ooxml/drawingml/chart"
)

// readDrawings reads the text of SmartArt diagrams and charts, which Word
// keeps in parts of their own (word/diagrams/data*.xml, word/charts/chart*.xml)
// and shows on the page. They become text-box parts named by the entry.
// SmartArt's drawing*.xml is a rendering cache of the same text and is
// skipped so the text is not reported twice.
func (p *docxPackage) readDrawings(main string) {
	dir := strings.ToLower(path.Dir(main)) + "/"
	var names []string
	for _, name := range p.names {
		lower := strings.ToLower(name)
		if !strings.HasSuffix(lower, ".xml") {
			continue
		}
		if strings.HasPrefix(lower, dir+"diagrams/data") || strings.HasPrefix(lower, dir+"charts/chart") {
			names = append(names, name)
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return naturalLess(names[i], names[j]) })
	for _, name := range names {
		label := "图表"
		if strings.Contains(strings.ToLower(name), "diagrams/") {
			label = "SmartArt 图形"
		}
		p.readEntry(name, label, func(d *xml.Decoder) error { return p.readDrawingText(d, name) })
	}
}

// readDrawingText collects a:t text, a line per a:p, and the string
// caches of charts (c:strCache c:v: category and series names).
func (p *docxPackage) readDrawingText(d *xml.Decoder, name string) error {
	var lines []string
	var cur strings.Builder
	var stack []xml.Name
	inStrCache := 0
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			lines = append(lines, s)
		}
		cur.Reset()
	}
	var err error
loop:
	for {
		var tok xml.Token
		tok, err = d.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) >= docxMaxNesting {
				err = &docxLimitError{fmt.Sprintf("XML 嵌套超过 %d 层（文件异常），未读完", docxMaxNesting)}
				break loop
			}
			stack = append(stack, t.Name)
			if isChartNS(t.Name.Space) && (t.Name.Local == "strCache" || t.Name.Local == "strLit") {
				inStrCache++
			}
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			switch {
			case isDrawingNS(t.Name.Space) && t.Name.Local == "p":
				flush()
			case isChartNS(t.Name.Space) && t.Name.Local == "v" && inStrCache > 0:
				flush()
			case isChartNS(t.Name.Space) && (t.Name.Local == "strCache" || t.Name.Local == "strLit"):
				inStrCache--
			}
		case xml.CharData:
			if len(stack) == 0 {
				continue
			}
			top := stack[len(stack)-1]
			if isDrawingNS(top.Space) && top.Local == "t" || isChartNS(top.Space) && top.Local == "v" && inStrCache > 0 {
				if !p.addText(len(t)) {
					err = errDocxTextFull
					break loop
				}
				cur.Write(t)
			}
		}
	}
	flush()
	if len(lines) > 0 {
		p.out.add(Part{Kind: KindTextBox, Name: name, Text: strings.Join(lines, "\n")})
	}
	if err == io.EOF {
		return nil
	}
	return err
}

func isDrawingNS(s string) bool { return s == nsDrawingML || s == nsDrawingMLStrict }
func isChartNS(s string) bool   { return s == nsChart || s == nsChartStrict }
