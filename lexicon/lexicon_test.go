package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestDefaultLoads(t *testing.T) {
	l, err := Load(nil, true)
	if err != nil {
		t.Fatalf("default lexicon: %v", err)
	}
	if len(l.Rules()) < 30 {
		t.Errorf("default has %d rules, want the full set", len(l.Rules()))
	}
	if l.Version() != DefaultVersion() || len(l.Version()) != 12 {
		t.Errorf("Version %q, DefaultVersion %q", l.Version(), DefaultVersion())
	}
	// The default must cover every category the contract names.
	cats := map[string]bool{}
	for _, r := range l.Rules() {
		cats[r.Category] = true
	}
	for _, c := range []string{"state_secret", "work_secret", "commercial_secret", "personal_privacy", "other"} {
		if !cats[c] {
			t.Errorf("default lexicon has no %s rule", c)
		}
	}
}

func TestCheckErrorsNameFileAndLine(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"tab in indentation", "rules:\n  - id: a\n\tterms: [x]\n", ":2: not valid YAML"}, // the line yaml.v3 reports,
		{"unknown category", "rules:\n  - id: a\n    category: secret\n    severity: high\n    terms: [x]\n    basis: b\n", `:3: rule a: unknown category "secret"`},
		{"duplicate id", "rules:\n  - id: a\n    category: other\n    severity: low\n    terms: [x]\n    basis: b\n  - id: a\n    category: other\n    severity: low\n    terms: [y]\n    basis: b\n", `:7: duplicate rule id "a" (first defined at line 2)`},
		{"empty term", "rules:\n  - id: a\n    category: other\n    severity: low\n    terms:\n      - x\n      - \"  \"\n    basis: b\n", ":7: rule a: empty terms entry"},
		{"bad pattern", "rules:\n  - id: a\n    category: other\n    severity: low\n    pattern: '(?<x'\n    basis: b\n", ":5: rule a: bad pattern"},
		{"no terms", "rules:\n  - id: a\n    category: other\n    severity: low\n    basis: b\n", ":2: rule a: needs terms or a pattern"},
		{"unknown field", "rules:\n  - id: a\n    categroy: other\n    severity: low\n    terms: [x]\n    basis: b\n", `:3: unknown field "categroy"`},
		{"unknown severity", "rules:\n  - id: a\n    category: other\n    severity: critical\n    terms: [x]\n    basis: b\n", `:4: rule a: unknown severity "critical"`},
		{"unknown validator", "rules:\n  - id: a\n    category: other\n    severity: low\n    pattern: '\\d+'\n    validator: iban\n    basis: b\n", `:6: rule a: unknown validator "iban"`},
		{"no basis", "rules:\n  - id: a\n    category: other\n    severity: low\n    terms: [x]\n", ":2: rule a: no basis"},
		{"empty pattern match", "rules:\n  - id: a\n    category: other\n    severity: low\n    pattern: 'x*'\n    basis: b\n", ":5: rule a: pattern matches the empty string"},
		{"no rules", "version: 1\n", `:1: no "rules:" list`},
		{"empty file", "", `:1: empty lexicon`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(t, "bureau.yaml", tt.body)
			errs := Check(p)
			if len(errs) == 0 {
				t.Fatalf("Check found no problem, want %q", tt.want)
			}
			joined := ""
			for _, e := range errs {
				joined += e.Error() + "\n"
			}
			if !strings.Contains(joined, p+tt.want) {
				t.Errorf("errors:\n%s\nwant one containing %q", joined, p+tt.want)
			}
		})
	}
}

func TestCheckMissingFile(t *testing.T) {
	errs := Check("/nonexistent/bureau.yaml")
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "/nonexistent/bureau.yaml: cannot read lexicon") {
		t.Errorf("errs = %v", errs)
	}
}

func TestCheckDefaultIsClean(t *testing.T) {
	p := write(t, "default.yaml", string(DefaultSource()))
	if errs := Check(p); len(errs) > 0 {
		t.Errorf("default lexicon has problems: %v", errs)
	}
}

func TestLayering(t *testing.T) {
	bureau := write(t, "bureau.yaml", `# 局保密办清单
rules:
  - id: work.security       # replace the default rule of this id
    category: work_secret
    severity: high
    terms: [专项行动部署]
    basis: 本局工作秘密清单第3项
  - id: work.aggregate
    disable: true
  - id: bureau.new
    category: work_secret
    severity: medium
    terms: [内 部 工 程]
    basis: 本局工作秘密清单第9项
`)
	l, err := Load([]string{bureau}, true)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*Rule{}
	for _, r := range l.Rules() {
		byID[r.ID] = r
	}
	if r := byID["work.security"]; r == nil || r.Severity != "high" || r.Terms[0] != "专项行动部署" || !strings.HasSuffix(r.Source, "bureau.yaml:3") {
		t.Errorf("work.security not replaced: %+v", r)
	}
	if byID["work.aggregate"] != nil {
		t.Error("work.aggregate not disabled")
	}
	if r := byID["bureau.new"]; r == nil || r.Terms[0] != "内部工程" || r.Position != PosAny || r.Context.Window != DefaultWindow {
		t.Errorf("bureau.new not added with defaults and folded terms: %+v", r)
	}
	if l.Version() == DefaultVersion() {
		t.Error("version did not change with an extra layer")
	}
	again, _ := Load([]string{bureau}, true)
	if again.Version() != l.Version() {
		t.Error("version not stable across loads")
	}
	// Without the default, the disable of an absent rule is harmless.
	alone, err := Load([]string{bureau}, false)
	if err != nil || len(alone.Rules()) != 2 {
		t.Errorf("alone: %v, %d rules", err, len(alone.Rules()))
	}
	if got := alone.Layers(); len(got) != 1 || got[0] != bureau {
		t.Errorf("layers = %v", got)
	}
}

func TestLoadReportsEveryLayersErrors(t *testing.T) {
	a := write(t, "a.yaml", "rules:\n  - id: x\n    category: nope\n    severity: low\n    terms: [t]\n    basis: b\n")
	_, err := Load([]string{a, "/nonexistent.yaml"}, true)
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{a + ":3:", "/nonexistent.yaml: cannot read"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

func TestNamedGroup(t *testing.T) {
	l, err := Load(nil, true)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range l.Rules() {
		if r.ID == "privacy.id_card" && r.Group == 0 {
			t.Error("privacy.id_card: (?P<m>…) group not found")
		}
	}
}
