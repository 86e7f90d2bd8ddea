package extract

import (
	"encoding/xml"
	"io"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// Text outside the page content: document information and XMP metadata,
// annotations (comments), form field values and embedded files. All read
// through ledongthuc/pdf's Value API.

// infoNames maps Info dictionary keys to part names. Dates and Trapped are
// skipped: they carry no words.
var infoNames = map[string]string{
	"Title": "title", "Author": "author", "Subject": "subject", "Keywords": "keywords",
	"Creator": "creator", "Producer": "producer",
}

var infoSkip = map[string]bool{"CreationDate": true, "ModDate": true, "Trapped": true}

func metadataParts(r *pdf.Reader, maxStream int64) []Part {
	var parts []Part
	seen := map[string]bool{}
	info := r.Trailer().Key("Info")
	for _, k := range info.Keys() {
		if infoSkip[k] {
			continue
		}
		text := strings.TrimSpace(textString(info.Key(k)))
		if text == "" {
			continue
		}
		name, ok := infoNames[k]
		if !ok {
			name = "custom:" + k
		}
		seen[text] = true
		parts = append(parts, Part{Kind: KindMetadata, Name: name, Text: text})
	}
	if md := r.Trailer().Key("Root").Key("Metadata"); md.Kind() == pdf.Stream {
		if data, err := readStream(md, min(maxStream, 16<<20)); len(data) > 0 {
			_ = err // a truncated packet still gives what it has
			for _, p := range xmpParts(data) {
				if !seen[p.Text] {
					seen[p.Text] = true
					parts = append(parts, p)
				}
			}
		}
	}
	return parts
}

// xmpFields maps XMP properties to part names.
var xmpFields = map[string]string{
	"title": "xmp:title", "description": "xmp:description", "subject": "xmp:subject",
	"creator": "xmp:author", "Keywords": "xmp:keywords", "Producer": "xmp:producer",
	"CreatorTool": "xmp:creator",
}

// xmpParts reads the few XMP properties people write words into. Packets
// are small; a streaming decoder keeps a hostile one cheap.
func xmpParts(data []byte) []Part {
	dec := xml.NewDecoder(strings.NewReader(string(data)))
	dec.Strict = false
	dec.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	var parts []Part
	var field string
	var depth, fieldDepth int
	var sb strings.Builder
	for n := 0; n < 100000; n++ {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if field == "" {
				if name, ok := xmpFields[t.Name.Local]; ok {
					field, fieldDepth = name, depth
					sb.Reset()
				}
				// pdf:Producer etc. may also be attributes of rdf:Description.
				for _, a := range t.Attr {
					if name, ok := xmpFields[a.Name.Local]; ok && strings.TrimSpace(a.Value) != "" {
						parts = append(parts, Part{Kind: KindMetadata, Name: name, Text: strings.TrimSpace(a.Value)})
					}
				}
			} else if t.Name.Local == "li" && sb.Len() > 0 {
				sb.WriteString("; ")
			}
		case xml.CharData:
			if field != "" {
				sb.WriteString(strings.TrimSpace(string(t)))
			}
		case xml.EndElement:
			if field != "" && depth == fieldDepth {
				if s := strings.Trim(strings.TrimSpace(sb.String()), "; "); s != "" {
					parts = append(parts, Part{Kind: KindMetadata, Name: field, Text: s})
				}
				field = ""
			}
			depth--
		}
	}
	return parts
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

// annotationParts returns the text of a page's annotations: sticky notes,
// free text, highlights' notes, stamps. Popups repeat their parent's text
// and links and form widgets carry none of their own.
func annotationParts(page pdf.Value, pageNo int, doc *Document) []Part {
	var parts []Part
	annots := page.Key("Annots")
	for i := 0; i < annots.Len() && i < 10000; i++ {
		a := annots.Index(i)
		sub := a.Key("Subtype").Name()
		switch sub {
		case "Popup", "Link", "Widget":
			continue
		case "FileAttachment":
			if name := fileSpecName(a.Key("FS")); name != "" {
				doc.Embedded = append(doc.Embedded, name)
			}
		}
		text := strings.TrimSpace(textString(a.Key("Contents")))
		if text == "" {
			rc := textString(a.Key("RC"))
			text = strings.TrimSpace(tagRE.ReplaceAllString(rc, " "))
		}
		if text == "" {
			continue
		}
		name := strings.TrimSpace(textString(a.Key("T")))
		if name == "" {
			name = sub
		}
		parts = append(parts, Part{Kind: KindComment, Name: name, Page: pageNo, Text: text})
	}
	return parts
}

func fileSpecName(fs pdf.Value) string {
	if fs.Kind() == pdf.String {
		return textString(fs)
	}
	for _, k := range []string{"UF", "F", "Unix", "DOS"} {
		if s := textString(fs.Key(k)); s != "" {
			return s
		}
	}
	return ""
}

// fieldParts returns AcroForm field values with their full names.
func fieldParts(r *pdf.Reader, pageOf map[libObjKey]int) []Part {
	var parts []Part
	fields := r.Trailer().Key("Root").Key("AcroForm").Key("Fields")
	visits := 0
	var walk func(v pdf.Value, prefix string, depth int)
	walk = func(v pdf.Value, prefix string, depth int) {
		visits++
		if depth > 32 || visits > 20000 {
			return
		}
		name := prefix
		if t := textString(v.Key("T")); t != "" {
			if name != "" {
				name += "."
			}
			name += t
		}
		if val := fieldValue(v.Key("V")); val != "" {
			page := 0
			if p := v.Key("P"); p.Kind() == pdf.Dict {
				page = pageOf[objKeyOf(p)]
			}
			parts = append(parts, Part{Kind: KindField, Name: name, Page: page, Text: val})
		}
		kids := v.Key("Kids")
		for i := 0; i < kids.Len(); i++ {
			walk(kids.Index(i), name, depth+1)
		}
	}
	for i := 0; i < fields.Len(); i++ {
		walk(fields.Index(i), "", 0)
	}
	return parts
}

func fieldValue(v pdf.Value) string {
	switch v.Kind() {
	case pdf.String:
		return strings.TrimSpace(textString(v))
	case pdf.Name:
		if n := v.Name(); n != "Off" {
			return n
		}
	case pdf.Array:
		var vals []string
		for i := 0; i < v.Len() && i < 1000; i++ {
			if s := strings.TrimSpace(textString(v.Index(i))); s != "" {
				vals = append(vals, s)
			}
		}
		return strings.Join(vals, "; ")
	}
	return ""
}

// embeddedFiles lists the names in the document's EmbeddedFiles name tree.
func embeddedFiles(r *pdf.Reader) []string {
	var out []string
	visits := 0
	var walk func(n pdf.Value, depth int)
	walk = func(n pdf.Value, depth int) {
		visits++
		if depth > 32 || visits > 10000 {
			return
		}
		names := n.Key("Names")
		for i := 0; i+1 < names.Len(); i += 2 {
			name := fileSpecName(names.Index(i + 1))
			if name == "" {
				name = textString(names.Index(i))
			}
			if name != "" {
				out = append(out, name)
			}
		}
		kids := n.Key("Kids")
		for i := 0; i < kids.Len(); i++ {
			walk(kids.Index(i), depth+1)
		}
	}
	walk(r.Trailer().Key("Root").Key("Names").Key("EmbeddedFiles"), 0)
	return out
}

// decodeTextString decodes a PDF text string (PDF 32000 §7.9.2.2).
func decodeTextString(s string) string {
	switch {
	case len(s) >= 2 && s[0] == 0xFE && s[1] == 0xFF:
		return utf16Text(s[2:])
	case len(s) >= 2 && s[0] == 0xFF && s[1] == 0xFE: // little-endian, seen in the wild
		b := s[2:]
		u := make([]uint16, 0, len(b)/2)
		for i := 0; i+1 < len(b); i += 2 {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
		return string(utf16.Decode(u))
	case len(s) >= 3 && s[:3] == "\xEF\xBB\xBF":
		return strings.ToValidUTF8(s[3:], "\uFFFD")
	}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	// Not valid per the spec, but written by real producers: raw UTF-8,
	// or GBK from Chinese software. Take them when they decode cleanly
	// into mostly CJK; otherwise PDFDocEncoding (≈ Windows-1252).
	if utf8.ValidString(s) {
		return s
	}
	if out, err := simplifiedchinese.GBK.NewDecoder().String(s); err == nil && !strings.ContainsRune(out, '\uFFFD') {
		han, other := 0, 0
		for _, r := range out {
			if unicode.Is(unicode.Han, r) || (r >= 0x3000 && r <= 0x303F) || (r >= 0xFF00 && r <= 0xFFEF) {
				han++
			} else if r >= 0x80 {
				other++
			}
		}
		if han > 0 && other == 0 {
			return out
		}
	}
	out, _ := charmap.Windows1252.NewDecoder().String(s)
	return out
}
