package extract

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// Document properties become metadata parts named by their field, with the
// first letter lower-cased ("title", "subject", "lastModifiedBy", "company",
// "application", "created"), custom properties as "custom:<name>" and
// document variables as "docVar:<name>". Software and date fields are kept
// under their own names so the scanner can tell them from what people write.

// docxSoftwareCustom are custom properties that office software writes by
// itself (WPS stamps every file with its build and a hash; LibreOffice
// copies app.xml fields into custom.xml). They keep their bare name, without
// "custom:", so they are not taken for something a person wrote.
var docxSoftwareCustom = map[string]bool{
	"KSOProductBuildVer": true, "ICV": true, "KSOTemplateDocerSaveRecord": true, "KSORubyTemplateID": true,
	"KSOSaveFontToCloudKey": true, "AppVersion": true, "DocSecurity": true, "HyperlinksChanged": true,
	"LinksUpToDate": true, "ScaleCrop": true, "ShareDoc": true, "ContentTypeId": true,
}

// docxSkipApp are app.xml fields that only count things.
var docxSkipApp = map[string]bool{"HeadingPairs": true}

func (p *docxPackage) readProperties() {
	var core, app, custom string
	for _, r := range p.rels("") {
		switch {
		case strings.HasSuffix(r.typ, "/core-properties"):
			core = r.target
		case strings.HasSuffix(r.typ, "/extended-properties"):
			app = r.target
		case strings.HasSuffix(r.typ, "/custom-properties"):
			custom = r.target
		}
	}
	for _, e := range []struct {
		name, fallback, label string
		custom                bool
	}{
		{core, "docProps/core.xml", "文档属性", false},
		{app, "docProps/app.xml", "应用程序属性", false},
		{custom, "docProps/custom.xml", "自定义属性", true},
	} {
		name := e.name
		if name == "" || p.file(name) == nil {
			name = e.fallback
		}
		isCustom := e.custom
		p.readEntry(name, e.label, func(d *xml.Decoder) error { return p.readPropertyPart(d, isCustom) })
	}
}

// readPropertyPart reads core.xml / app.xml (each child of the root is a
// field; vectors such as TitlesOfParts are joined with "; ") or custom.xml
// (each <property name="…"> holds one typed value).
func (p *docxPackage) readPropertyPart(d *xml.Decoder, custom bool) error {
	depth := 0
	field := ""
	var val []string
	var cur strings.Builder
	flush := func() error {
		if field == "" {
			return nil
		}
		text := strings.TrimSpace(strings.Join(val, "; "))
		name := field
		field, val = "", nil
		if text == "" {
			return nil
		}
		if !p.addText(len(text)) {
			return errDocxTextFull
		}
		p.out.add(Part{Kind: KindMetadata, Name: name, Text: text})
		return nil
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return flush()
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if depth > docxMaxNesting {
				return &docxLimitError{fmt.Sprintf("XML 嵌套超过 %d 层（文件异常），未读完", docxMaxNesting)}
			}
			if depth == 2 {
				if err := flush(); err != nil {
					return err
				}
				switch {
				case custom:
					if n := strings.TrimSpace(attr(t, "name")); n != "" {
						field = "custom:" + n
						if docxSoftwareCustom[n] {
							field = n
						}
					}
				case !docxSkipApp[t.Name.Local]:
					field = lowerFirst(t.Name.Local)
				}
			}
			cur.Reset()
		case xml.CharData:
			if field != "" && depth >= 2 && int64(cur.Len()) < p.lim.MaxTextBytes {
				cur.Write(t)
			}
		case xml.EndElement:
			if field != "" && depth >= 2 {
				if s := strings.TrimSpace(cur.String()); s != "" {
					val = append(val, s)
				}
			}
			cur.Reset()
			depth--
			if depth == 1 {
				if err := flush(); err != nil {
					return err
				}
			}
		}
	}
}

// readDocVars reads document variables from word/settings.xml: OA systems
// and macros store data there (a 密级, a drafter's name) that no page shows.
func (p *docxPackage) readDocVars(d *xml.Decoder) error {
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "docVar" {
			continue
		}
		name, val := wAttr(se, "name"), strings.TrimSpace(wAttr(se, "val"))
		if name == "" || val == "" {
			continue
		}
		if !p.addText(len(val)) {
			return errDocxTextFull
		}
		p.out.add(Part{Kind: KindMetadata, Name: "docVar:" + name, Text: val})
	}
}

// addText counts text against MaxTextBytes for parts read outside a walker.
func (p *docxPackage) addText(n int) bool {
	if p.textFull {
		return false
	}
	p.textBytes += int64(n)
	if p.textBytes > p.lim.MaxTextBytes {
		p.textFull = true
		p.unread("提取的文字超过上限（%s），其余部分未读", byteSize(uint64(p.lim.MaxTextBytes)))
		return false
	}
	return true
}

func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+('a'-'A')) + s[1:]
}
