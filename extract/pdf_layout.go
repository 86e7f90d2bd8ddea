package extract

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// Visual lines from glyph positions. Producers differ wildly in how they
// write a line: LibreOffice may put "机密★", "5", "年" in three text
// objects with their own line breaks, others draw a whole page without one.
// Only the positions are reliable, so lines are rebuilt from them: glyphs
// are grouped by writing direction, then by their offset across it (the
// baseline), then ordered along it. A mark drawn on one visual line comes
// out on one text line, whatever the producer did.

type placed struct {
	u, v float64 // along and across the writing direction
	g    *pdfGlyph
}

// dirIndex quantises a writing direction to one of four: 0 left-to-right,
// 1 top-to-bottom (vertical CJK), 2 bottom-to-top, 3 right-to-left.
func dirIndex(dx, dy float64) int {
	a := math.Atan2(dy, dx) // 0 = →, −π/2 = ↓
	q := int(math.Round(a/(math.Pi/2))) & 3
	switch q {
	case 0:
		return 0
	case 3: // −π/2
		return 1
	case 1:
		return 2
	default:
		return 3
	}
}

var dirVectors = [4][2]float64{{1, 0}, {0, -1}, {0, 1}, {-1, 0}}

// layoutLines returns the page's text as visual lines in reading order.
func layoutLines(glyphs []pdfGlyph) []string {
	var groups [4][]placed
	for i := range glyphs {
		g := &glyphs[i]
		d := dirIndex(g.dx, g.dy)
		dx, dy := dirVectors[d][0], dirVectors[d][1]
		// u along the writing direction; v across it, larger first
		// (higher line on the page, or the right-hand column for
		// vertical writing).
		u := g.x*dx + g.y*dy
		v := g.x*(-dy) + g.y*dx
		groups[d] = append(groups[d], placed{u: u, v: v, g: g})
	}
	var lines []string
	for _, grp := range groups {
		lines = append(lines, groupLines(grp)...)
	}
	return lines
}

func groupLines(ps []placed) []string {
	if len(ps) == 0 {
		return nil
	}
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].v != ps[j].v {
			return ps[i].v > ps[j].v
		}
		return ps[i].u < ps[j].u
	})
	var lines []string
	start := 0
	refV, refSize := ps[0].v, ps[0].g.size
	for i := 1; i <= len(ps); i++ {
		if i < len(ps) {
			size := math.Max(1, math.Min(refSize, ps[i].g.size))
			if refSize <= 0 {
				size = math.Max(1, ps[i].g.size)
			}
			if math.Abs(ps[i].v-refV) <= 0.5*size {
				continue
			}
		}
		if s := lineText(ps[start:i]); s != "" {
			lines = append(lines, s)
		}
		if i < len(ps) {
			start = i
			refV, refSize = ps[i].v, ps[i].g.size
		}
	}
	return lines
}

func lineText(ps []placed) string {
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].u < ps[j].u })
	var sb strings.Builder
	var prev *placed
	lastSpace := true
	for i := range ps {
		p := &ps[i]
		g := p.g
		text := cleanGlyphText(g.text)
		if text == "" {
			continue
		}
		if prev != nil {
			size := math.Max(1, math.Max(prev.g.size, g.size))
			// A glyph drawn again on top of itself (fake bold, shadow)
			// is one character to the reader; poppler drops it too.
			if text == cleanGlyphText(prev.g.text) && math.Abs(p.u-prev.u) < 0.2*size && math.Abs(p.v-prev.v) < 0.2*size {
				continue
			}
			gap := p.u - (prev.u + prev.g.adv)
			if gap > 0.25*size && !lastSpace && text != " " {
				sb.WriteByte(' ')
				lastSpace = true
			}
		}
		if text == " " {
			if !lastSpace {
				sb.WriteByte(' ')
				lastSpace = true
			}
		} else {
			sb.WriteString(text)
			lastSpace = false
		}
		prev = p
	}
	return embedRTL(strings.TrimSpace(sb.String()))
}

// embedRTL wraps a line whose first strong character is right-to-left
// (Arabic, Hebrew…) in RLE … PDF (U+202B … U+202C), as pdftotext does, so a
// viewer shows it in the right direction and the two engines' outputs agree
// character for character.
func embedRTL(line string) string {
	for _, r := range line {
		switch {
		case unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana, unicode.Nko):
			return "\u202b" + line + "\u202c"
		case unicode.IsLetter(r):
			return line
		}
	}
	return line
}

// cleanGlyphText turns control characters and white space a ToUnicode map
// may give into a plain space, so that they cannot break lines.
func cleanGlyphText(s string) string {
	clean := true
	for _, r := range s {
		if unicode.IsControl(r) || (unicode.IsSpace(r) && r != ' ') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	out := strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || unicode.IsSpace(r) {
			return ' '
		}
		return r
	}, s)
	if strings.TrimSpace(out) == "" {
		return " "
	}
	return out
}
