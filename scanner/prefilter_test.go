package scanner

import (
	"regexp"
	"slices"
	"testing"

	"github.com/bureau/mishen/lexicon"
)

func TestRequiredSets(t *testing.T) {
	got := requiredSets(`关于[^。]{2,60}的(?:请示|汇报)`)
	has := func(want []string) bool {
		for _, set := range got {
			if slices.Equal(set, want) {
				return true
			}
		}
		return false
	}
	if !has([]string{"关于"}) || !has([]string{"请示", "汇报"}) || !has([]string{"的"}) {
		t.Errorf("sets %q, want {关于}, {的} and {请示, 汇报}", got)
	}
	if got := requiredSets(`(?:^|[^0-9])(?P<m>\d{17})`); got != nil {
		t.Errorf("digits pattern: %q, want none", got)
	}
}

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		pattern string
		want    []string
	}{
		{`(?:绝密|机密|秘密)级?★`, []string{"绝密", "机密", "秘密"}},
		{`密级:?(?:绝密|机密)`, []string{"密级"}},
		{`关于[^。]{2,60}的(?:请示|汇报)`, []string{"关于"}},
		{`(?:^|[^0-9])(?P<m>\d{17}[\dXx])`, nil}, // digits are everywhere
		{`x*`, nil},
		{`[(\[【〔](?:绝密|机密)[)\]】〕]`, []string{"绝密", "机密"}},
	}
	for _, tt := range tests {
		got := requiredLiterals(tt.pattern)
		slices.Sort(got)
		want := slices.Clone(tt.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", tt.pattern, got, want)
		}
	}
}

// TestPrefilterIsExact: for every default pattern, a text that matches it
// contains one of its required literals — checked on the matches the rule
// tests produce, so a wrong set would show as a missed finding there too.
func TestPrefilterIsExact(t *testing.T) {
	lex, err := lexicon.Load(nil, true)
	if err != nil {
		t.Fatal(err)
	}
	samples := []string{"机密★5年", "密级:秘密", "保密期限:2年", "(秘密)", "关于申请经费的请示", "提交局党组会审议", "此件不予公开",
		"此件依申请公开", "(此件发至县级人民政府)", "此件公开发布", "第三稿", "原料配比为A:B=3:1", "确属商业秘密", "家庭住址:上海市某路100弄5号",
		"举报人:赵六", "护照号:E12345678", "沪A12345", "本文件属于内部资料", "关于执法体制改革有关问题的专题汇报", "秘密★会议结束后",
		"巡察整改工作台账", "拟给予政务警告处分", "建议孙伟同志任大队长", "尚未经党组会研究", "企业座谈会讨论情况记录", "户籍所在地:安徽省阜阳市清河路88号",
		"工艺关键参数:吸附床层厚度0.8米", "住所地:浦东新区东靖路1888弄5号"}
	for _, r := range lex.Rules() {
		if r.Regexp == nil {
			continue
		}
		for _, lits := range requiredSets(r.Pattern) {
			for _, s := range samples {
				if !r.Regexp.MatchString(s) {
					continue
				}
				ok := false
				for _, l := range lits {
					if regexp.MustCompile(regexp.QuoteMeta(l)).MatchString(s) {
						ok = true
					}
				}
				if !ok {
					t.Errorf("%s matches %q but none of %q occurs in it", r.ID, s, lits)
				}
			}
		}
	}
}
