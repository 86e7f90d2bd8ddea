package scanner

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/bureau/mishen/extract"
	"github.com/bureau/mishen/internal/sharedcorpus"
)

// TestGovTextNotWithheld: laws, regulations and government work reports
// that talk about 绝密/机密/秘密, 商业秘密 and 违纪事实 carry no mark and no
// secret. None may be withheld, and none may carry a marking.
func TestGovTextNotWithheld(t *testing.T) {
	dir := sharedcorpus.Dir(t, "gov_text")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Skipf("no gov_text files: %v", err)
	}
	s := testScanner(t)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r := s.Scan(&extract.Document{Format: "txt", Parts: []extract.Part{{Kind: extract.KindBody, Line: 1, Text: string(data)}}})
		if v := DecideVerdict(r.Findings, true); v == Withhold {
			t.Errorf("%s: withhold", filepath.Base(f))
		}
		if r.Classified {
			t.Errorf("%s: classified", filepath.Base(f))
		}
		for _, fd := range r.Findings {
			if fd.Severity != Low {
				t.Logf("%s: %s %s %q", filepath.Base(f), fd.Severity, fd.Rule, fd.Match)
			}
			if fd.Marking {
				t.Errorf("%s: marking %s %q at line %d", filepath.Base(f), fd.Rule, fd.Match, fd.Location.Line)
			}
		}
	}
}

// TestPublicDocuments: documents of kinds the bureau publishes every week,
// written for this test (testdata/public), each containing words the rules
// look for — 局务会议, 商业秘密 statistics, 拟任 in a 任前公示, a masked ID, a
// 征求意见稿 put out for public comment, a table of the secrecy levels.
// None may raise a finding of medium or above.
func TestPublicDocuments(t *testing.T) {
	files, err := filepath.Glob("testdata/public/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test documents: %v", err)
	}
	s := testScanner(t)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		r := s.Scan(&extract.Document{Format: "txt", Parts: []extract.Part{{Kind: extract.KindBody, Line: 1, Text: string(data)}}})
		for _, fd := range r.Findings {
			if fd.Severity != Low {
				t.Errorf("%s: %s %s %q", filepath.Base(f), fd.Severity, fd.Rule, fd.Match)
			}
		}
	}
}
