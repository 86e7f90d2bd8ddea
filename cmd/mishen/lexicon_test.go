package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bureau/mishen/lexicon"
)

func TestLexiconCommand(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(good, []byte("rules:\n  - id: bureau.x\n    category: work_secret\n    severity: medium\n    terms: [专项行动]\n    basis: 清单第1项\n"), 0o600)
	os.WriteFile(bad, []byte("rules:\n  - id: a\n    category: nope\n    severity: medium\n    terms: [x]\n    basis: b\n  - id: a\n    category: other\n    severity: low\n    pattern: '(('\n    basis: b\n"), 0o600)
	tests := []struct {
		name        string
		args        []string
		code        int
		out, errOut []string
	}{
		{"valid", []string{"check", good}, 0, []string{"ok: 1 file(s) valid", "version "}, nil},
		{"problems", []string{"check", good, bad}, 1, nil, []string{bad + `:3: rule a: unknown category "nope"`, bad + ":7: duplicate rule id", "problem(s)"}},
		{"missing file", []string{"check", filepath.Join(dir, "none.yaml")}, 1, nil, []string{"none.yaml: cannot read lexicon"}},
		{"no files", []string{"check"}, 2, nil, []string{"usage"}},
		{"no subcommand", nil, 2, nil, []string{"usage"}},
		{"unknown subcommand", []string{"lint"}, 2, nil, []string{"usage"}},
		{"version", []string{"version"}, 0, []string{lexicon.DefaultVersion()}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if code := lexiconCmd(tt.args, &out, &errOut); code != tt.code {
				t.Errorf("exit %d, want %d; stderr %s", code, tt.code, errOut.String())
			}
			for _, w := range tt.out {
				if !strings.Contains(out.String(), w) {
					t.Errorf("stdout %q lacks %q", out.String(), w)
				}
			}
			for _, w := range tt.errOut {
				if !strings.Contains(errOut.String(), w) {
					t.Errorf("stderr %q lacks %q", errOut.String(), w)
				}
			}
		})
	}
}
