package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckDigits(t *testing.T) {
	tests := []struct{ name, got, want string }{
		{"domain.md ID example", idCard("11010519491231002"), "11010519491231002X"},
		{"domain.md USCC example", uscc("91110000600037341"), "91110000600037341L"},
		{"Luhn", bankCard("7992739871"), "79927398713"},
		{"bad ID differs", badIDCard("11010519491231002"), "110105194912310020"},
		{"mask", mask("310115197206114216", 6, 4), "310115********4216"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %s, want %s", tc.name, tc.got, tc.want)
		}
	}
}

func TestFixturesWellFormed(t *testing.T) {
	verdicts := map[string]bool{"withhold": true, "review": true, "no_findings": true}
	for set, fx := range map[string][]fixture{"inbox": inboxFixtures(), "labelled": labelledFixtures()} {
		names := map[string]bool{}
		neg := 0
		for _, f := range fx {
			if names[f.name] {
				t.Errorf("%s: duplicate %s", set, f.name)
			}
			names[f.name] = true
			if !verdicts[f.verdict] {
				t.Errorf("%s: bad verdict %q", f.name, f.verdict)
			}
			if strings.ContainsAny(f.note, "\t\n") {
				t.Errorf("%s: note breaks the TSV", f.name)
			}
			if f.verdict == "no_findings" && len(f.must) > 0 {
				t.Errorf("%s: no_findings with required categories %v", f.name, f.must)
			}
			if f.verdict == "no_findings" {
				neg++
			}
			if contains(f.must, "marking") && f.verdict != "withhold" {
				t.Errorf("%s: a marking is high, so the verdict must be withhold", f.name)
			}
			a, err := render(f)
			if err != nil {
				t.Errorf("%s: %v", f.name, err)
				continue
			}
			b, _ := render(f)
			if !bytes.Equal(a, b) {
				t.Errorf("%s: rendering is not deterministic", f.name)
			}
		}
		for _, f := range fx {
			if f.format == fLODOCX && !strings.HasPrefix(f.name, "lo-") {
				t.Errorf("%s: LibreOffice re-saved DOCX must be named lo-* so -no-pdf keeps it", f.name)
			}
		}
		if set == "labelled" {
			if len(fx) < 90 {
				t.Errorf("labelled corpus has %d documents, want ≥ 90", len(fx))
			}
			if neg*10 < len(fx)*3 {
				t.Errorf("hard negatives are %d of %d, want ≥ 30%%", neg, len(fx))
			}
		}
	}
}

// TestCommittedMatchGenerator guards against hand edits and stale output:
// every committed text, HTML and DOCX fixture must be exactly what the
// generator writes today (PDFs vary run to run and are only checked to
// exist), and the label files must match the fixture lists.
func TestCommittedMatchGenerator(t *testing.T) {
	root := filepath.Join("..", "..", "testdata")
	sets := []struct {
		dir, index string
		fx         []fixture
		write      func(string, []fixture) error
	}{
		{"inbox", "../inbox.expected.tsv", inboxFixtures(), writeExpected},
		{"labelled", "labels.tsv", labelledFixtures(), writeLabels},
	}
	for _, s := range sets {
		for _, f := range s.fx {
			committed, err := os.ReadFile(filepath.Join(root, s.dir, f.name))
			if err != nil {
				t.Errorf("%s/%s: %v (run go run ./cmd/gencorpus)", s.dir, f.name, err)
				continue
			}
			if madeByLibreOffice(f.format) {
				if !bytes.HasPrefix(committed, []byte("%PDF-")) && !bytes.HasPrefix(committed, []byte("PK\x03\x04")) {
					t.Errorf("%s/%s is neither a PDF nor a zip", s.dir, f.name)
				}
				continue
			}
			want, err := render(f)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(committed, want) {
				t.Errorf("%s/%s differs from the generator's output (run go run ./cmd/gencorpus -no-pdf)", s.dir, f.name)
			}
		}
		tmp := filepath.Join(t.TempDir(), filepath.Base(s.index))
		if err := s.write(tmp, s.fx); err != nil {
			t.Fatal(err)
		}
		want, _ := os.ReadFile(tmp)
		got, err := os.ReadFile(filepath.Join(root, s.dir, s.index))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s/%s is stale (err %v)", s.dir, s.index, err)
		}
	}
}

// -only writes one batch: selectPrefix must pick exactly the fixtures of
// that batch, and the h16 batch must be PDFs and LibreOffice DOCX only
// (its point is text made by LibreOffice).
func TestSelectPrefix(t *testing.T) {
	fx := labelledFixtures()
	tests := []struct {
		prefix string
		want   int
	}{
		{"h16-", 30},
		{"lo-h16-", 6},
		{"no-such-batch-", 0},
	}
	for _, tt := range tests {
		got := selectPrefix(fx, tt.prefix)
		if len(got) != tt.want {
			t.Errorf("selectPrefix(%q): %d fixtures, want %d", tt.prefix, len(got), tt.want)
		}
		for _, f := range got {
			if !strings.HasPrefix(f.name, tt.prefix) && !strings.HasPrefix(f.name, "lo-"+tt.prefix) {
				t.Errorf("selectPrefix(%q) picked %s", tt.prefix, f.name)
			}
			if tt.prefix == "h16-" && !madeByLibreOffice(f.format) {
				t.Errorf("%s: format %s, want pdf or lo-docx", f.name, f.format)
			}
		}
	}
}
