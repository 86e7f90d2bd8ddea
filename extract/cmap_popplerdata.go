package extract

import (
	"bufio"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// CID collections through poppler-data. Some text reaches Unicode only by
// way of a character collection: a non-embedded CID font shown with
// Identity-H (codes are Adobe-Japan1 CIDs, say), or a predefined CMap code
// that lands in the Private Use Area (HKSCS characters under UniCNS-UTF16-H).
// The tables for that are Adobe's CMap resources, which the poppler-data
// package installs with poppler-utils. When they are present we read them
// (data files, no program is run); when absent such codes stay unmapped and
// the plausibility check reports the page, as it must.

var popplerDataDirs = []string{"/usr/share/poppler", "/usr/local/share/poppler"}

var cidCollections = []string{"Adobe-GB1", "Adobe-CNS1", "Adobe-Japan1", "Adobe-Korea1", "Adobe-KR"}

type popplerCache struct {
	mu       sync.Mutex
	toUni    map[string][]rune        // collection → CID → rune
	cmaps    map[string]*embeddedCMap // CMap name → code → CID
	cmapColl map[string]string        // CMap name → collection
}

var poppler = &popplerCache{toUni: map[string][]rune{}, cmaps: map[string]*embeddedCMap{}, cmapColl: map[string]string{}}

func popplerFile(rel string) (*os.File, bool) {
	for _, d := range popplerDataDirs {
		if f, err := os.Open(filepath.Join(d, rel)); err == nil {
			return f, true
		}
	}
	return nil, false
}

// cidUnicode returns the CID → Unicode table of a collection ("Adobe-GB1"),
// or nil when poppler-data is not installed.
func cidUnicode(collection string) []rune {
	poppler.mu.Lock()
	defer poppler.mu.Unlock()
	if t, ok := poppler.toUni[collection]; ok {
		return t
	}
	var t []rune
	if f, ok := popplerFile(filepath.Join("cidToUnicode", filepath.Base(collection))); ok {
		sc := bufio.NewScanner(f)
		for sc.Scan() && len(t) < 1<<17 {
			v, err := strconv.ParseUint(strings.TrimSpace(sc.Text()), 16, 32)
			if err != nil {
				v = 0
			}
			t = append(t, rune(v))
		}
		f.Close()
	}
	poppler.toUni[collection] = t
	return t
}

// predefinedCIDCMap returns the code → CID map of a predefined CMap and
// its collection, following usecmap, or nil when unavailable.
func predefinedCIDCMap(name string) (*embeddedCMap, string) {
	return predefinedCIDCMapDepth(name, 0)
}

func predefinedCIDCMapDepth(name string, depth int) (*embeddedCMap, string) {
	if depth > 4 || name == "" || strings.ContainsAny(name, "/\\") || strings.HasPrefix(name, ".") {
		return nil, ""
	}
	poppler.mu.Lock()
	if m, ok := poppler.cmaps[name]; ok {
		coll := poppler.cmapColl[name]
		poppler.mu.Unlock()
		return m, coll
	}
	poppler.mu.Unlock()
	var m *embeddedCMap
	var coll string
	for _, c := range cidCollections {
		f, ok := popplerFile(filepath.Join("cMap", c, name))
		if !ok {
			continue
		}
		st, err := f.Stat()
		if err == nil && st.Size() < 8<<20 {
			data := make([]byte, st.Size())
			if _, err := f.Read(data); err == nil {
				m, coll = parseCMapAs(data, false), c
			}
		}
		f.Close()
		break
	}
	if m != nil && m.useCMap != "" {
		if base, _ := predefinedCIDCMapDepth(m.useCMap, depth+1); base != nil {
			for k, v := range base.cids {
				if _, ok := m.cids[k]; !ok {
					m.addCID(k, v)
				}
			}
			if len(m.space) == 0 {
				m.space = base.space
			}
		}
	}
	poppler.mu.Lock()
	poppler.cmaps[name], poppler.cmapColl[name] = m, coll
	poppler.mu.Unlock()
	return m, coll
}
