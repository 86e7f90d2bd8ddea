package scanner

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bureau/mishen/extract"
	"github.com/bureau/mishen/lexicon"
)

var (
	defaultOnce sync.Once
	defaultScan *Scanner
	defaultErr  error
)

// testScanner is one scanner over the default lexicon, with a fixed "now"
// so that term-expiry results do not change with the calendar.
func testScanner(t testing.TB) *Scanner {
	t.Helper()
	defaultOnce.Do(func() {
		lex, err := lexicon.Load(nil, true)
		if err != nil {
			defaultErr = err
			return
		}
		defaultScan, defaultErr = New(lex, Options{Now: time.Date(2026, 11, 26, 0, 0, 0, 0, time.Local)})
	})
	if defaultErr != nil {
		t.Fatal(defaultErr)
	}
	return defaultScan
}

func body(text string) *extract.Document {
	return &extract.Document{Format: "txt", Parts: []extract.Part{{Kind: extract.KindBody, Line: 1, Text: text}}}
}

// want is one expected finding: a rule at a severity, optionally with the
// exact match; sev "" means the rule must NOT produce any finding.
type want struct {
	rule  string
	sev   Severity
	match string
}

func findingsOf(r Result, rule string) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Rule == rule {
			out = append(out, f)
		}
	}
	return out
}

func TestRules(t *testing.T) {
	s := testScanner(t)
	tests := []struct {
		name    string
		text    string
		wants   []want
		verdict Verdict
	}{
		// State-secret marks in every form of domain.md §2.
		{"mark top-left under 份号", "000123\n机密★5年\n特急\n关于某事的通知\n正文。", []want{{"state.mark", High, "机密★5年"}}, Withhold},
		{"mark spaced 1999 style right aligned", "　　　　　　　　　　秘　密★５年\n关于某事的通知", []want{{"state.mark", High, "秘　密★５年"}}, Withhold},
		{"mark broken over lines", "机密★\n5\n年\n关于某事的通知", []want{{"state.mark", High, "机密★\n5\n年"}}, Withhold},
		{"mark with ☆", "绝密☆启用前\n试题", []want{{"state.mark", High, "绝密☆启用前"}}, Withhold},
		{"mark with ＊", "秘密＊6个月\n正文", []want{{"state.mark", High, "秘密＊6个月"}}, Withhold},
		{"mark with *", "秘密*1年\n正文", []want{{"state.mark", High, "秘密*1年"}}, Withhold},
		{"bare star mark", "机密★\n正文", []want{{"state.mark", High, "机密★"}}, Withhold},
		{"long term", "机密★长期\n正文", []want{{"state.mark", High, "机密★长期"}}, Withhold},
		{"meeting condition", "机密★会议开始前\n正文", []want{{"state.mark", High, "机密★会议开始前"}}, Withhold},
		{"condition after the event", "秘密★会议结束后\n环境安全形势分析会材料", []want{{"state.mark", High, "秘密★会议结束后"}}, Withhold},
		{"date term", "绝密★2025年12月31日\n正文", []want{{"state.mark", High, "绝密★2025年12月31日"}}, Withhold},
		{"decryption condition", "机密★解密条件：项目验收后\n正文", []want{{"state.mark", High, ""}}, Withhold},
		{"traditional", "機密★10年\n正文", []want{{"state.mark", High, "機密★10年"}}, Withhold},
		{"祕密 traditional variant", "祕密★3年\n正文", []want{{"state.mark", High, "祕密★3年"}}, Withhold},
		{"zero width inside", "机\u200b密★5年\n正文", []want{{"state.mark", High, "机\u200b密★5年"}}, Withhold},
		{"level alone on a line", "秘密\n关于某事的通知", []want{{"state.level_line", High, "秘密"}}, Withhold},
		{"level alone spaced", "秘　密\n关于某事的通知", []want{{"state.level_line", High, "秘　密"}}, Withhold},
		{"bracketed level", "（秘密）本段所述事项。\n其他段落", []want{{"state.bracketed", High, "（秘密）"}}, Withhold},
		{"field", "文件名称：某方案　　密级：机密　　保密期限：2年", []want{{"state.field", High, ""}}, Withhold},
		{"term field", "保密期限：2年\n正文", []want{{"state.term_field", High, "保密期限：2年"}}, Withhold},
		{"mark after 份号 on one line", "000123　机密★5年\n正文", []want{{"state.mark", High, "机密★5年"}}, Withhold},
		{"mark last on a line after a single space", "上海市浦东新区生态环境局 机密★5年\n关于某事的通知", []want{{"state.mark", High, "机密★5年"}}, Withhold},
		{"mark glued into the first line", "上海市浦东新区生态环境局机密★5年\n关于某事的通知", []want{{"state.mark", High, "机密★5年"}}, Withhold},
		{"bracketed with star", "【机密★】\n正文", []want{{"state.bracketed", High, ""}}, Withhold},
		{"work mark at the head of a wrapped PDF line", "各单位要严格管理，不得将\n内部资料，涉密文件带出办公场所，一经发现严肃处理。", []want{{"work.mark", Low, ""}}, NoFindings},
		{"work mark line with a short rider", "内部资料，请勿外传\n关于某事的通知", []want{{"work.mark", High, "内部资料"}}, Withhold},
		{"two work marks on one line", "内部资料 请勿翻印\n环境信访形势月度分析（第5期）", []want{{"work.mark", High, "内部资料"}}, Withhold},
		{"leader-only reading label heading a PDF page", "仅供领导参阅　请勿外传\n执法检查情况通报\n正文。", []want{{"work.mark", High, "仅供领导参阅"}}, Withhold},
		{"leader-only reading label in running text", "现将有关情况报告如下，以上意见仅供领导参考。", []want{{"work.mark", "", ""}, {"work.leader_brief", Medium, ""}}, Review},
		{"work mark then a title on one line", "内部资料 管理办法修订说明\n正文。", []want{{"work.mark", Low, ""}}, NoFindings},
		{"bureau draft regulation", "浦东新区生态环境保护条例（草案）\n第一条 略。", []want{{"work.draft_caoan", Medium, ""}}, Review},
		{"discussion record title", "企业座谈会讨论情况记录\n与会企业代表发表了意见。", []want{{"work.meeting_title", Medium, ""}}, Review},
		{"joint consultation minutes", "大气污染防治联席会会商纪要\n会议商定以下事项。", []want{{"work.meeting_title", Medium, ""}}, Review},
		{"consultation letter", "关于商请提供重点企业用电数据的函\n区发展改革委：商请贵委提供数据。", []want{{"work.consultation", Medium, ""}}, Review},
		{"party group agenda record", "局党组会议研究事项（第9次）\n一、研究了轮岗方案，原则同意，按程序报批。", []want{{"work.leadership_report", Medium, ""}}, Review},
		{"meeting decisions", "7月5日局领导碰头会议定：暂缓送达。", []want{{"work.meeting_decisions", Medium, ""}}, Review},
		// h13 generalisations: the same categories in other words.
		{"material for a later 局务会", "分配方案拟提交3月份局务会议研究确定，确定后再下达。", []want{{"work.leadership_report", Medium, ""}}, Review},
		{"published after a 局务会 with a qualifier", "本办法已提交第5次局务会议审议通过，现予印发。", []want{{"work.leadership_report", Low, ""}}, NoFindings},
		{"gap reaches no further than a clause", "提交材料后，局务会议研究了其他事项。", []want{{"work.leadership_report", "", ""}}, NoFindings},
		{"letter asking another agency's view", "区规划资源局：现就地块用途调整事宜征询贵局意见，请于5个工作日内函复。", []want{{"work.consultation", Medium, ""}}, Review},
		{"letter title 关于征询…的函", "关于征询地块用途变更意见的函\n区规划资源局：", []want{{"work.consultation", Medium, ""}}, Review},
		{"public consultation of citizens is no letter", "现公开征求社会公众意见，欢迎提出意见建议。", []want{{"work.consultation", "", ""}}, NoFindings},
		{"auditors' preliminary finding", "审计组初步认定：超范围列支会议费4.2万元。", []want{{"work.audit_feedback", Medium, ""}}, Review},
		{"auditors' opinion sent for comment", "现将审计初步意见送你局，请于10日内反馈。", []want{{"work.audit_feedback", Medium, ""}}, Review},
		{"published audit result", "审计结果公告：审计发现的问题已整改到位。", []want{{"work.audit_feedback", "", ""}}, NoFindings},
		{"planned gathering assessed", "部分居民酝酿集体上访，存在聚集风险。", []want{{"work.security_gathering", Medium, ""}}, Review},
		{"petition being contained", "对上访苗头要提前介入，做好稳控。", []want{{"work.security", Medium, ""}}, Review},
		{"public health gathering advice", "节日期间请减少外出，避免人员聚集风险。", []want{{"work.security_gathering", Low, ""}}, NoFindings},
		{"published audit follow-up report", "关于2023年度预算执行审计查出问题整改情况的报告", []want{{"work.audit_feedback", "", ""}}, NoFindings},
		{"stability word in a public summary", "全年未发生环境群体性事件。", []want{{"work.security", "", ""}}, NoFindings},
		{"data not to be quoted outside", "本表数据未经市局核定，不得对外引用。", []want{{"work.controlled", Medium, ""}}, Review},
		{"company asked for secrecy", "电镀液组成涉及其技术诀窍，企业已申请保密。", []want{{"commercial.request_stated", Medium, ""}}, Review},
		{"company asked in writing", "该公司书面要求对上述工艺条件予以保密。", []want{{"commercial.request_stated", Medium, ""}}, Review},
		{"licence for classified work", "企业申请保密资格认定，应当提交材料。", []want{{"commercial.request_stated", "", ""}}, NoFindings},
		{"petitioner asks for secrecy", "信访人要求对其身份保密。", []want{{"commercial.request_stated", "", ""}}, NoFindings},
		{"company handed in a secrecy request", "建设单位已提交保密申请，要求上述工艺流程参数不在公示文本中出现。", []want{{"commercial.request_filed", Medium, ""}}, Review},
		{"secrecy request process in a public notice", "涉及商业秘密的内容已依法删除，删除内容说明附后。", []want{{"commercial.request_filed", "", ""}}, NoFindings},
		{"environmental inspection rectification is public", "中央生态环境保护督察反馈问题清单及整改台账", []want{{"work.audit", "", ""}, {"work.audit_feedback", "", ""}}, NoFindings},
		{"secrecy education", "不得擅自扩大知悉范围，涉密载体不得对外提供。", []want{{"work.controlled", "", ""}}, NoFindings},
		{"annual disclosure statistics", "因属于商业秘密不予公开的3件。", []want{{"commercial.claim_self", Low, ""}}, NoFindings},
		{"disclosure statistics by reason", "不予公开5件（属于国家秘密1件、属于商业秘密2件、属于个人隐私2件）。", []want{{"commercial.claim_self", Low, ""}}, NoFindings},
		{"policy Q&A asks about a claimed secret", "问：企业认为工艺参数属于商业秘密怎么办？答：企业应在申请时标注并说明理由。", []want{{"commercial.claim_self", Low, ""}}, NoFindings},
		{"pre-appointment decision formula", "经局党组研究，拟任以下同志职务，现予公示：", []want{{"work.leadership_report", "", ""}}, NoFindings},
		{"transfer list", "关于拟调整部分干部的名单\n拟调整：黄静同志由办公室调至执法支队。以上尚未经党组会研究。", []want{{"work.personnel_proposal", Medium, ""}, {"work.not_yet_decided", Medium, ""}}, Review},
		{"agenda item for the party group", "局党组会议题：关于调整执法支队内设科室的方案", []want{{"work.leadership_report", Medium, ""}}, Review},
		{"self-criticism material", "2023年度民主生活会个人对照检查材料", []want{{"work.leadership_report", Medium, ""}}, Review},
		{"plan of unannounced checks", "附件：下周夜查行动方案及检查对象名单", []want{{"work.enforcement_plan", Medium, ""}}, Review},
		{"results of night checks", "本月开展夜查行动方案部署的检查，共检查企业56家，查处违法行为3起。", []want{{"work.enforcement_plan", Low, ""}}, NoFindings},
		{"prices the company keeps", "该企业申请对产品价格及生产成本保密。", []want{{"commercial.business_data", Medium, ""}}, Review},
		{"bid price in an award notice", "中标单位：某某公司，投标报价：128万元。", []want{{"commercial.business_data", Low, ""}}, NoFindings},
		{"inspection feedback", "针对市委第二巡视组反馈的问题，制定整改方案如下。", []want{{"work.audit_feedback", Medium, ""}}, Review},
		{"news of the rectification 民主生活会", "根据区委第三巡察组反馈意见，局党组召开巡察整改专题民主生活会。", []want{{"work.audit_feedback", Low, ""}}, NoFindings},
		{"audit findings already public", "审计发现的问题已全部整改到位，整改情况已在区政府网站公开。", []want{{"work.audit", Low, ""}}, NoFindings},
		{"proposed sanction", "经调查，该执法人员违规收受企业购物卡2张，拟给予政务警告处分。", []want{{"work.discipline_sanction", Medium, ""}}, Review},
		{"controlled circulation", "以下汇总数据请控制知悉范围，未经批准不得引用。", []want{{"work.controlled", Medium, ""}}, Review},
		{"disease of a resident", "居民范某某于2023年3月被确诊为肺结核，住院治疗。", []want{{"privacy.health", Medium, ""}}, Review},
		{"rectification ledger", "巡察整改工作台账\n问题\t整改措施", []want{{"work.audit_feedback", Medium, ""}}, Review},
		{"registered residence", "被调查人户籍所在地：安徽省阜阳市颍州区清河路88号，现住浦东新区。", []want{{"privacy.address", Medium, ""}}, Review},
		{"minutes with an issue number", "局务会会议纪要（第12期）\n会议决定：同意。", []want{{"work.meeting_record", Medium, ""}}, Review},
		{"briefing for the leadership", "关于臭氧污染成因分析的专报\n本专报供局领导决策参考。", []want{{"work.leader_brief", Medium, ""}}, Review},
		{"speech summary", "分组讨论发言摘要\n第一组：王某认为下放过快。", []want{{"work.meeting_record", Medium, ""}}, Review},
		{"child's diagnosis", "据居民提供的体检报告，其子肺功能检查异常，医院诊断为过敏性哮喘。", []want{{"privacy.health", Medium, ""}}, Review},
		{"withhold attribute on its line", "正文。\n（不予公开）", []want{{"note.withhold_line", High, ""}}, Withhold},
		{"withhold words in a law", "涉及国家秘密的政府信息，行政机关不予公开。", []want{{"note.withhold_line", "", ""}}, NoFindings},
		{"unticked form options", "公开属性：\n☐主动公开\n☐依申请公开\n☐ 不予公开\n□内部", []want{{"note.withhold_line", "", ""}, {"work.mark_internal", "", ""}}, NoFindings},
		{"ticked form option", "公开属性：\n☐主动公开\n☑不予公开", []want{{"note.withhold_line", High, ""}}, Withhold},
		{"catalogue of attributes", "信息名称\t公开属性\n年度工作计划\t主动公开\n信访统计\t内部\n案件材料\t不予公开", []want{{"work.mark_internal", "", ""}, {"note.withhold_line", "", ""}}, NoFindings},
		{"withhold beside a public attribute", "目录说明：各栏目均主动公开。\n不予公开", []want{{"note.withhold_line", Medium, ""}}, Review},
		{"case file record", "现场检查笔录\n检查时间：2023年5月6日", []want{{"work.case_file", Low, ""}}, NoFindings},
		{"penalty decision lists evidence", "以上事实有现场检查笔录、询问笔录等证据为证。", []want{{"work.case_file", "", ""}}, NoFindings},
		{"ID in three groups", "领款人：戴某，身份证号：310115 19900101 4214。", []want{{"privacy.id_card", High, "310115 ******** 4214"}}, Withhold},
		{"individual's domicile", "申请人：李某，男，1975年出生，住所地：浦东新区高行镇东靖路1888弄5号602室。", []want{{"privacy.domicile", Medium, ""}}, Review},
		{"company's domicile", "当事人：上海某某有限公司，住所：浦东新区川沙路1000号。", []want{{"privacy.domicile", Low, ""}}, NoFindings},
		{"special report to the party group", "关于执法体制改革有关问题的专题汇报\n按照局党组要求，现作专题汇报。", []want{{"work.request", Medium, ""}}, Review},
		{"appointment proposal", "干部调整建议名单\n建议：孙伟同志任执法支队三大队大队长。", []want{{"work.personnel_proposal", Medium, ""}}, Review},
		{"secret process parameters", "企业自主研发的废气治理工艺关键参数：吸附床层厚度0.8米，脱附温度120℃，企业要求对上述参数保密。", []want{{"commercial.tech_params", Medium, ""}}, Review},
		{"published stack parameters", "排气筒运行参数：高度15米，内径0.5米。", []want{{"commercial.tech_params", Low, ""}}, NoFindings},
		{"private car plate", "投诉人车辆沪A·7K261常停放于小区东门。", []want{{"privacy.plate", Medium, ""}}, Review},
		{"company truck plate", "该公司重型货车沪D12345排放超标。", []want{{"privacy.plate", Low, ""}}, NoFindings},
		{"internal paperwork heading", "领导批示件\n关于某事的报告", []want{{"work.internal_flow", Medium, ""}}, Review},

		// Mentions and coincidences.
		{"mark glued to the title in one HTML line", "秘密★1年关于做好重污染天气应急保障工作的通知", []want{{"state.mark", High, "秘密★1年"}}, Withhold},
		{"mark listed with a comma", "机密★10年、秘密★5年等标志的含义", []want{{"state.mark", Low, ""}}, NoFindings},
		{"mark as the subject of a sentence", "机密★10年表示该文件属于机密级国家秘密，保密期限为10年。", []want{{"state.mark", Low, ""}}, NoFindings},
		{"star marks listed as examples", "密级标志示例：\n绝密★30年\n机密★20年\n秘密★10年", []want{{"state.mark", Low, ""}}, NoFindings},
		{"marks of two levels far apart stay marks", "机密★5年\n一\n二\n三\n四\n秘密★1年\n正文", []want{{"state.mark", High, "机密★5年"}, {"state.mark", High, "秘密★1年"}}, Withhold},
		{"table of levels and terms", "密级\t最长保密期限\n绝密\t30年\n机密\t20年\n秘密\t10年", []want{{"state.mark", Low, ""}, {"state.level_line", "", ""}}, NoFindings},
		{"levels listed one per line", "国家秘密分为三级：\n绝密\n机密\n秘密", []want{{"state.level_line", "", ""}}, NoFindings},
		{"one level repeated is still a mark", "秘密\n正文\n秘密", []want{{"state.level_line", High, ""}}, Withhold},
		{"star marks of two levels stay marks", "机密★5年\n（秘密）本段。", []want{{"state.mark", High, ""}}, Withhold},
		{"levels listed in running text", "国家秘密的密级分为绝密、机密、秘密三级。", []want{{"state.level_line", "", ""}, {"state.mark", "", ""}}, NoFindings},
		{"secret of migration", "揭开候鸟迁徙的秘密", []want{{"state.level_line", "", ""}}, NoFindings},
		{"organic seal", "本项目采用有机密封材料。", []want{{"state.level_line", "", ""}}, NoFindings},
		{"internal control", "企业应建立内部控制制度和内部管理制度。", []want{{"work.mark_internal", "", ""}, {"work.mark", "", ""}}, NoFindings},
		{"mark quoted as example", "文件应标注如“机密★10年”的标志。", []want{{"state.mark", Low, "机密★10年"}}, NoFindings},
		{"mark in running text", "凡标注机密★10年的文件均不得公开。", []want{{"state.mark", Low, ""}}, NoFindings},

		// Work-secret marks.
		{"internal alone", "内部\n关于某事的通知", []want{{"work.mark_internal", High, "内部"}}, Withhold},
		{"internal matter keep safe", "内部事项　注意保管\n正文", []want{{"work.mark", High, "内部事项　注意保管"}}, Withhold},
		{"document declares itself internal", "本文件属于内部资料，不得外传。", []want{{"work.mark_declared", High, "本文件属于内部资料"}}, Withhold},
		{"document forbids forwarding", "正文。\n此件请勿转发。", []want{{"work.mark_declared", High, ""}}, Withhold},
		{"internal material talked about", "各单位要加强内部资料的管理。", []want{{"work.mark", Low, ""}}, NoFindings},
		{"mark quoted in a quiz", "答：工作秘密应当在明显部位标注“内部”或者“内部事项 注意保管”等字样。", []want{{"work.mark", Low, ""}, {"work.mark_internal", "", ""}}, NoFindings},
		{"internal note label is no mark", "内部参考：本次活动经费超支。", []want{{"work.mark", Low, ""}}, NoFindings},
		{"promise to keep reporters secret", "对举报人信息严格保密。", []want{{"work.controlled", "", ""}}, NoFindings},
		{"only for reference on its line", "仅供参考\n正文", []want{{"work.mark_weak", High, "仅供参考"}}, Withhold},
		{"only for reference in text", "以上数据仅供参考。", []want{{"work.mark_weak", "", ""}}, NoFindings},
		{"copyright footer", "版权所有　未经许可不得复制", []want{{"work.mark", Low, ""}}, NoFindings},
		{"internal document title is no mark", "关于加强内部资料管理的通知\n正文。", []want{{"work.mark", Low, ""}}, NoFindings},

		// 过程稿.
		{"draft in title", "上海市某某管理办法（征求意见稿）\n第一条", []want{{"work.draft", Medium, "征求意见稿"}}, Review},
		{"public consultation draft", "上海市某某管理办法（公开征求意见稿）\n第一条", []want{{"work.draft", "", ""}}, NoFindings},
		{"public consultation notice", "关于《某某办法（征求意见稿）》公开征求意见的公告\n现向社会公开征求意见。", []want{{"work.draft", Low, ""}}, NoFindings},
		{"draft mentioned", "我局对送审稿进行了修改完善，现已印发。", []want{{"work.draft", Low, ""}}, NoFindings},
		{"nth draft", "某某实施方案（第三稿）\n正文", []want{{"work.draft_nth", Medium, "第三稿"}}, Review},
		{"law draft title", "中华人民共和国某某法（草案）\n第一条", []want{{"work.draft_caoan", Low, ""}}, NoFindings},

		// Work-secret content.
		{"meeting minutes", "局务会议纪要\n会议研究了以下事项。", []want{{"work.meeting_record", Medium, ""}}, Review},
		{"report to party group", "关于某项目情况的汇报\n提交局党组会审议。", []want{{"work.leadership_report", Medium, ""}}, Review},
		{"adopted by bureau meeting", "本办法经局务会审议通过，现予印发。", []want{{"work.leadership_report", "", ""}}, NoFindings},
		{"deliberated at the bureau meeting", "本办法已提交局务会审议通过，现予印发。", []want{{"work.leadership_report", Low, ""}}, NoFindings},
		{"request", "关于申请专项经费的请示\n局领导：", []want{{"work.request", Medium, ""}}, Review},
		{"request cited", "你局《关于申请专项经费的请示》收悉。", []want{{"work.request", Low, ""}}, NoFindings},
		{"personnel", "经民主推荐，确定考察对象为张三。", []want{{"work.personnel", Medium, ""}}, Review},
		{"pre-appointment notice", "干部任前公示：经民主推荐、考察，拟任人选如下，公示期5天。", []want{{"work.personnel", Low, ""}}, NoFindings},
		{"reorganisation plan before the congress", "国务院机构改革方案，将提交本次大会审议。", []want{{"work.personnel", Low, ""}}, NoFindings},
		{"the bureau's own reorganisation plan", "附件：局内设机构调整方案（送审稿）", []want{{"work.personnel", Medium, ""}}, Review},
		{"inspection findings", "巡察发现问题清单及整改台账", []want{{"work.audit", Medium, ""}}, Review},
		{"discipline", "对该问题线索进行初步核实。", []want{{"work.discipline", Medium, ""}}, Review},
		{"controlled", "本材料控制使用，不宜公开。", []want{{"work.controlled", Medium, ""}}, Review},
		{"stability words in a speech", "妥善处理突发性、群体性事件，消除不稳定因素。", []want{{"work.security_words", Low, ""}}, NoFindings},
		{"stability work plan", "附件：重点人员名单及稳控措施", []want{{"work.security", Medium, ""}}, Review},
		{"regulation names kinds of information", "第一条 为了规范处分。\n第二条 根据其违法违纪事实给予处分。\n第三条 略。\n第四条 略。\n第五条 略。", []want{{"work.discipline", Low, ""}}, NoFindings},
		{"case file is not a regulation", "经查，其违纪事实清楚。", []want{{"work.discipline", Medium, ""}}, Review},

		// 附注.
		{"note withhold", "正文。\n上海市浦东新区生态环境局\n2023年5月6日\n（此件不予公开）", []want{{"note.withhold", High, "此件不予公开"}}, Withhold},
		{"note public", "正文。\n2023年5月6日\n（此件公开发布）", []want{{"note.public", Low, ""}}, NoFindings},
		{"note public lowers a content signal", "局务会议纪要\n正文。\n（此件主动公开）", []want{{"work.meeting_record", Low, ""}}, NoFindings},
		{"note public never lowers a marking", "内部\n正文。\n（此件公开发布）", []want{{"work.mark_internal", High, ""}}, Withhold},
		{"note on request", "（此件依申请公开）", []want{{"note.on_request", Medium, ""}}, Review},

		// Commercial secrets.
		{"params with values", "该企业原料配比为A:B=3:1，反应釜工艺参数温度180℃。", []want{{"commercial.params", Medium, ""}}, Review},
		{"trade secret in law", "涉及商业秘密的，应当依法予以保护。", []want{{"commercial.claim", Low, ""}}, NoFindings},
		{"trade secret claimed", "本报告第三章属于商业秘密，企业申请不予公开。", []want{{"commercial.request", Medium, ""}}, Review},
		{"trade secret confirmed", "其中原辅材料年用量确属商业秘密，拟在公开本中删除。", []want{{"commercial.claim_self", Medium, "确属商业秘密"}}, Review},
		{"ratio with ∶", "原料配比为：环氧树脂∶固化剂＝100∶35。", []want{{"commercial.params", Medium, ""}}, Review},
		{"law on trade secrets", "涉及商业秘密、个人隐私的政府信息，行政机关不得公开。", []want{{"commercial.claim_self", "", ""}}, NoFindings},

		// Personal data.
		{"valid ID", "当事人张三，身份证号310115199001014214。", []want{{"privacy.id_card", High, "310115********4214"}}, Withhold},
		// A table cell wraps the number: the rest stands on a later line.
		{"ID wrapped in a PDF table cell", "姓名 公民身份号码 联系电话\n沈丽华 31011519880514 021-58762210\n3025 川沙新镇", []want{{"privacy.id_card", High, "310115********"}}, Withhold},
		{"ID wrapped two lines down", "沈丽华 3101151988 021-58762210 浦东新区川沙新\n镇华夏东路\n05143025 188弄", []want{{"privacy.id_card", High, "310115****"}}, Withhold},
		{"wrapped pieces with a wrong check digit", "沈丽华 31011519880514 021-58762210\n3026 川沙新镇", []want{{"privacy.id_card", "", ""}}, NoFindings},
		{"monitoring figures on consecutive lines", "监测点位 浓度\n1234567890123 28\n45678 0.35", []want{{"privacy.id_card", "", ""}}, NoFindings},
		{"wrapped masked ID", "王** 310115********\n2014 8000", []want{{"privacy.id_card", "", ""}}, NoFindings},
		{"masked ID", "当事人张三，身份证号310115********4216。", []want{{"privacy.id_card", "", ""}}, NoFindings},
		{"ID with bad check digit", "身份证号310115199001014216。", []want{{"privacy.id_card", Low, ""}}, NoFindings},
		{"full-width ID", "身份证号：３１０１１５１９９００１０１４２１４", []want{{"privacy.id_card", High, "３１０１１５********４２１４"}}, Withhold},
		{"USCC in penalty notice", "行政处罚决定书\n当事人：上海某某化工有限公司\n统一社会信用代码：91110000600037341L\n住所：上海市浦东新区某路1号", nil, NoFindings},
		{"bank card with context", "开户行：中国银行，账号：6222021234567890128。", []want{{"privacy.bank_card", High, "6222***********0128"}}, Withhold},
		{"bank card without context", "编号6222021234567890128。", []want{{"privacy.bank_card", Low, ""}}, NoFindings},
		{"phone of a staff member", "联系人：王五，联系电话：13812345678。", []want{{"privacy.phone", Medium, "138****5678"}}, Review},
		{"service hotline", "24小时服务热线：13812345678。", []want{{"privacy.phone", Low, "138****5678"}}, NoFindings},
		{"phone of a reporter", "举报人李四，手机13912345678。", []want{{"privacy.phone", Medium, "139****5678"}}, Review},
		{"phone inside a longer number", "编号201381234567890。", []want{{"privacy.phone", "", ""}}, NoFindings},
		{"two phones a comma apart", "举报人手机13812345678,13912345678。", []want{{"privacy.phone", Medium, "138****5678"}, {"privacy.phone", Medium, "139****5678"}}, Review},
		{"office phone", "办公电话：021-58881234。", []want{{"privacy.phone", "", ""}}, NoFindings},
		{"home address", "当事人家庭住址：上海市浦东新区某某路100弄5号302室。", []want{{"privacy.address", Medium, ""}}, Review},
		{"company domicile", "住所：上海市浦东新区某某路1号。", []want{{"privacy.address", "", ""}}, NoFindings},
		{"health near a person", "患者王某，男，45岁，诊断为传染病。", []want{{"privacy.health", Medium, ""}}, Review},
		{"health policy", "做好传染病防治工作。", []want{{"privacy.health", Low, ""}}, NoFindings},
		{"draft with a version suffix", "文件名：2025工作要点（征求意见稿v2）\n一、持续深入打好蓝天保卫战", []want{{"work.draft_version", Medium, "征求意见稿v2"}}, Review},
		{"public draft for comment", "现将《方案（公开征求意见稿）》向社会公开征求意见。", []want{{"work.draft_version", "", ""}}, NoFindings},
		{"mark bracketed in a table caption", "重点排污单位名录调整情况\n表1　拟调整名单（内部资料，请勿外传）\n序号", []want{{"work.mark_bracketed", High, "（内部资料，请勿外传）"}}, Withhold},
		{"material excepted in brackets", "各科室档案（内部资料除外）均应按期移交。", []want{{"work.mark_bracketed", "", ""}}, NoFindings},
		{"discussion left split", "未形成一致意见，提请分管局领导决定。", []want{{"work.discussion_split", Medium, ""}}, Review},
		{"minutes stating a decision", "会议一致同意该方案，请各科室抓好落实。", []want{{"work.discussion_split", "", ""}}, NoFindings},
		{"a complainant's child's school", "投诉人张先生的女儿在明珠小学二年级3班就读，近期多次咳嗽。", []want{{"privacy.child_school", Medium, ""}}, Review},
		{"school news", "明珠小学二年级学生走进区环境监测站，参观了水质实验室。", []want{{"privacy.child_school", "", ""}}, NoFindings},
		{"personnel news before announcement", "副站长人选局里已经初步定了，公示前请大家不要传。", []want{{"work.before_announce", Medium, ""}}, Review},
		{"ranking limited to leaders", "该排名只限局领导和相关科室掌握，不对外提供。", []want{{"work.before_announce", Medium, ""}}, Review},
		{"public 任前公示", "公示期间，如有情况反映，可通过来信、来电等方式向区委组织部反映。", []want{{"work.before_announce", "", ""}}, NoFindings},
		{"illness after a person's description", "信访人赵某，男，1962年生，住高桥镇草高支路某小区，曾因精神疾病住院。", []want{{"privacy.health", Medium, ""}}, Review},
		{"illness of a named resident", "反映人王秀兰系某小区住户，今年68岁，患慢性阻塞性肺病多年，近期两次住院治疗。", []want{{"privacy.health", Medium, ""}}, Review},
		{"health advice to groups", "重污染天气期间，患有哮喘、慢性阻塞性肺病等呼吸系统疾病的人群和老人、儿童应减少户外活动。", []want{{"privacy.health", Low, ""}}, NoFindings},
		{"reporter identity", "举报人：赵六，反映某厂夜间偷排。", []want{{"privacy.reporter", Medium, ""}}, Review},
		{"reporter anonymised", "举报人：某某，反映某厂夜间偷排。", []want{{"privacy.reporter", "", ""}}, NoFindings},
		// Widened by category (h14 round): each 工作秘密 category in the
		// words drafts use, and the public texts that must stay clean.
		{"request closing formula", "以上意见妥否，请批示。", []want{{"work.request_formula", Medium, "妥否，请批示"}}, Review},
		{"report asking to be forwarded", "以上报告如无不妥，请批转各单位执行。", []want{{"work.request_formula", Medium, ""}}, Review},
		{"matter waiting for a meeting", "待上会研究后再行印发。", []want{{"work.pending_meeting", Medium, ""}}, Review},
		{"adopted at a meeting and published", "本办法经上会研究通过，现予印发。", []want{{"work.pending_meeting", Low, ""}}, NoFindings},
		{"minutes header", "主持人：王局长　记录人：李某", []want{{"work.minutes_fields", Medium, ""}}, Review},
		{"monitoring record label is no minutes", "监测记录：详见附件。", []want{{"work.minutes_fields", "", ""}}, NoFindings},
		{"draft label in brackets", "实施方案（建议稿）\n正文。", []want{{"work.draft_label", Medium, "建议稿"}}, Review},
		{"nth draft in brackets", "工作要点（二稿）\n正文。", []want{{"work.draft_label", Medium, "二稿"}}, Review},
		{"for discussion", "关于专项资金使用情况的报告（讨论用）\n正文。", []want{{"work.draft_label", Medium, "讨论用"}}, Review},
		{"public consultation draft label", "噪声污染防治行动计划（公开征求意见稿）\n正文。", []want{{"work.draft_label", "", ""}}, NoFindings},
		{"环评 published version", "某项目环境影响报告书（公示稿）\n正文。", []want{{"work.draft_label", "", ""}}, NoFindings},
		{"drafting sheet", "发文稿纸　拟稿人：张某　核稿人：李某", []want{{"work.draft_paper", Medium, ""}}, Review},
		{"editor's placeholder", "重点企业名单【待补充】", []want{{"work.draft_placeholder", Medium, "【待补充】"}}, Review},
		{"offices asked for comments", "请各科室于3月5日前反馈修改意见。", []want{{"work.internal_consultation", Medium, ""}}, Review},
		{"public asked for comments", "现向社会公开征求意见，请社会各界于4月30日前反馈意见。", []want{{"work.internal_consultation", "", ""}}, NoFindings},
		{"proposed appointment", "拟任命张某为执法支队副支队长。", []want{{"work.personnel_more", Medium, ""}}, Review},
		{"proposed dismissal", "建议免去王某科长职务。", []want{{"work.personnel_more", Medium, ""}}, Review},
		{"staffing plan", "空编3名，拟招录2名。", []want{{"work.personnel_more", Medium, ""}}, Review},
		{"recruitment notice is public", "以下人员拟聘任为工作人员，现予公示，公示期5个工作日。", []want{{"work.personnel_more", Low, ""}}, NoFindings},
		{"audit finding in progress", "审计过程中发现，该局存在超标准列支问题。", []want{{"work.audit_more", Medium, ""}}, Review},
		{"audit evidence sheet", "附件：审计取证单", []want{{"work.audit_more", Medium, ""}}, Review},
		{"supervision feedback", "督导组指出，整改进度滞后。", []want{{"work.audit_more", Medium, ""}}, Review},
		{"supervision of a company is public", "督查组指出该企业废气收集效率偏低，已责令整改。", []want{{"work.audit_more", Low, ""}}, NoFindings},
		{"preliminary check of a lead", "经研究，决定对该线索予以初核。", []want{{"work.discipline_prelim", Medium, ""}}, Review},
		{"licence paperwork is checked first", "办理流程：受理、材料初核、复核、审批。", []want{{"work.discipline_prelim", "", ""}}, NoFindings},
		{"proposed accountability", "建议对相关责任人予以问责。", []want{{"work.discipline_more", Medium, ""}}, Review},
		{"person complained of", "被反映人张某，现任执法大队科员。", []want{{"work.discipline_more", Medium, ""}}, Review},
		{"data not yet released", "以上数据尚未对外发布。", []want{{"work.unreleased", Medium, ""}}, Review},
		{"collected after the meeting", "本材料会后收回。", []want{{"work.unreleased", Medium, ""}}, Review},
		{"leaders only", "仅限局领导参阅。", []want{{"work.unreleased", Medium, ""}}, Review},
		{"secrecy education on media", "涉密载体未经批准，不得对外提供。", []want{{"work.unreleased", Low, ""}}, NoFindings},
		{"press lines", "对外口径：事故未造成人员伤亡。", []want{{"work.security_more", Medium, ""}}, Review},
		{"petition escalation", "该户曾多次越级上访。", []want{{"work.security_more", Medium, ""}}, Review},
		{"no escalation this year", "全年未发生越级上访。", []want{{"work.security_more", Low, ""}}, NoFindings},
		{"third party refused", "经征求意见，第三方不同意公开。", []want{{"commercial.refused", Medium, ""}}, Review},
		{"redacted secret is fine", "涉及商业秘密的内容已作删除处理。", []want{{"commercial.refused", "", ""}}, NoFindings},
		{"released prisoner", "刑满释放人员王某某，现居住于该村。", []want{{"privacy.status", Medium, ""}}, Review},
		{"caller named", "来电人：张建国，反映噪声扰民。", []want{{"privacy.reporter", Medium, ""}}, Review},
		{"assistance policy text", "对低保对象给予水电费减免。", []want{{"privacy.status", Low, ""}}, NoFindings},
		// h14 held-out misses, generalised.
		{"proposal left to the leaders", "以上意见是否可行，请领导定夺。", []want{{"work.request_formula", Medium, ""}}, Review},
		{"speakers of a discussion", "张局长：臭氧形势严峻，执法要前移。\n李副局长：同意。", []want{{"work.speaker_lines", Medium, ""}}, Review},
		{"published interview", "记者：今年有哪些重点？\n王局长：重点是臭氧防控。", []want{{"work.speaker_lines", "", ""}}, NoFindings},
		{"letter to the city bureau", "市局：\n现将我区一季度空气质量情况报送如下。", []want{{"work.speaker_lines", "", ""}}, NoFindings},
		{"informal leadership meeting", "3月12日局班子碰头情况\n大家交换了意见。", []want{{"work.meeting_informal", Medium, ""}}, Review},
		{"posts cut", "考虑将两站合并，核减事业编制6名。", []want{{"work.personnel_more", Medium, ""}}, Review},
		{"staff move considered", "打算将陈某由监测站调至执法支队担任副职。", []want{{"work.personnel_more", Medium, ""}}, Review},
		{"complaints during a 巡察", "巡察组进驻期间群众来信来电反映问题21件。", []want{{"work.audit_more", Medium, ""}}, Review},
		{"self-criticism of a staff member", "宴请属实，本人已写出书面检讨。", []want{{"work.discipline_more", Medium, ""}}, Review},
		{"published banquet case", "2023年10月，王某某接受企业宴请，受到党内警告处分。", []want{{"work.discipline_more", Low, ""}}, NoFindings},
		{"reminder talk", "派驻纪检组对监测站负责人进行了提醒谈话。", []want{{"work.discipline_more", Medium, ""}}, Review},
		{"planned protest", "业主群内有人提议周末到区政府门口拉横幅。", []want{{"work.security_more", Medium, ""}}, Review},
		{"prepared answers", "记者如问及伤亡人数，统一回答为正在核实。", []want{{"work.security_more", Medium, ""}}, Review},
		{"not to be told outside yet", "市里尚未公布排名，先不要对外讲。", []want{{"work.unreleased", Medium, ""}}, Review},
		{"read by the leadership only", "本汇总表只在局领导班子范围内传阅，看完交回办公室。", []want{{"work.unreleased", Medium, ""}}, Review},
		{"classified meeting papers advice", "涉密会议的文件资料应当统一编号、登记发放，会后收回清点。", []want{{"work.unreleased", Low, ""}}, NoFindings},
		{"not a public document", "本规程不作为对外公开的文件。", []want{{"work.unreleased", Medium, ""}}, Review},
		{"revision trail", "根据局长3月6日的意见，删去原第五条。", []want{{"work.revision_note", Medium, ""}}, Review},
		{"leader's instruction quoted", "区长在第14期督办单上批示：务必月底前解决。", []want{{"work.instruction", Medium, ""}}, Review},
		{"address after 住", "信访人吴某，住浦东新区金桥镇新金桥路1200弄5号602室。", []want{{"privacy.address", Medium, ""}}, Review},
		{"company's core process withheld", "本页内容涉及我司核心工艺，请勿公开。", []want{{"commercial.own_know_how", Medium, ""}}, Review},
		{"company's core technology news", "该企业核心技术获得国家发明专利。", []want{{"commercial.own_know_how", Low, ""}}, NoFindings},
		{"published list of leaders", "局长：张三\n副局长：李四", []want{{"work.speaker_lines", "", ""}}, NoFindings},
		{"vehicles kept on site", "非道路移动机械只在厂区范围内使用。", []want{{"work.unreleased", "", ""}}, NoFindings},
		{"waste water kept in", "处理后的废水不能对外排放。", []want{{"work.unreleased", "", ""}}, NoFindings},
		{"no escalated petitions", "全年无越级上访事件。", []want{{"work.security_more", Low, ""}}, NoFindings},
		{"spill contained", "现场用沙袋围堵泄漏物，防止进入雨水管网。", []want{{"work.security_more", "", ""}}, NoFindings},
		{"cadre policy in a work summary", "加强后备干部队伍建设，规范民主测评程序。", []want{{"work.personnel_more", "", ""}}, NoFindings},
		{"company seat in a penalty notice", "当事人：某公司，住所地浦东新区川沙路5588号。", []want{{"privacy.address", "", ""}}, NoFindings},
		{"leader's instruction in the news", "区委书记作出重要批示：要坚决打好污染防治攻坚战。", []want{{"work.instruction", Low, ""}}, NoFindings},
		{"venue to be fixed", "活动地点：（待定）", []want{{"work.draft_placeholder", "", ""}}, NoFindings},
		{"company criticised", "建议给予该企业通报批评。", []want{{"work.discipline_more", "", ""}}, NoFindings},
		{"pollutants kept in", "危险废物不得扩散至外环境。", []want{{"work.unreleased", "", ""}}, NoFindings},
		{"rule on all monitoring data", "监测数据未经审核不得对外发布，这是有关办法的规定。", []want{{"work.unreleased", Low, ""}}, NoFindings},
		// h17: limits on who may know, unfinished consultation, interview records.
		{"only the people taking part", "要求：检查对象事先一律不通知，行动安排仅限参与人员知悉。", []want{{"work.need_to_know", Medium, ""}}, Review},
		{"section heads only, not in the chat group", "本提示仅供科室负责人掌握，不在工作群转发。", []want{{"work.need_to_know", Medium, ""}}, Review},
		{"incident: no answer outside before the 通报", "待区政府审定后统一对外发布信息，在此之前请各单位不对外回应。", []want{{"work.not_yet_for_release", Medium, ""}}, Review},
		{"suspected source left out of the 通报", "疑似来源为上游某食品厂，但尚缺直接证据，目前仅为推测。建议不在通报中提及具体企业名称。", []want{{"work.not_yet_for_release", Medium, ""}}, Review},
		{"督察 台账 with the result to be reported", "办理情况：已现场检查，企业未整改到位。拟上报结果：属实，已责令整改。", []want{{"work.not_yet_for_release", Medium, ""}}, Review},
		{"review opinion not to be passed on", "审核意见：不同意销号，退回补充材料。请勿将本审核意见转给被督察企业。", []want{{"work.not_yet_for_release", Medium, ""}}, Review},
		{"published 通报 states the cause", "经调查，水质异常系上游某食品有限公司违法排放所致。调查结果将及时向社会公布。特此通报。", nil, NoFindings},
		{"rule: staff must not disclose a reporter", "执法人员不得对外透露举报人信息，不得向外泄露案件办理情况。", nil, NoFindings},
		{"published 交办件 公示 with results", "调查核实情况：反映情况属实。处理和整改情况：已责令企业整改并立案处罚。办理结果：已办结。", nil, NoFindings},
		{"still being weighed", "以上人选尚在酝酿，暂不扩大知情范围。", []want{{"work.need_to_know", Medium, ""}}, Review},
		{"secrecy rule on need to know", "涉密事项应当仅限经办人员知悉，不得擅自扩大知悉范围。", []want{{"work.need_to_know", Low, ""}}, NoFindings},
		{"public advice on rumours", "请市民不信谣、不传谣，理性看待网络信息。", []want{{"work.need_to_know", "", ""}}, NoFindings},
		// h20: the same words in documents the bureau must publish.
		{"personnel still being weighed", "以上人选尚在酝酿，请勿外传。", []want{{"work.still_considered", Medium, ""}}, Review},
		{"news: a project still being weighed", "记者获悉，滨江生态廊道项目尚在酝酿阶段，方案形成后将向社会公开征求意见。", []want{{"work.still_considered", Low, ""}}, NoFindings},
		{"suspected source unproven", "疑似来源为上游某食品厂夜间偷排，但尚缺直接证据。", []want{{"work.unproven_cause", Medium, ""}}, Review},
		{"incident 通报: cause unproven, still investigated", "经初步调查，事故原因尚缺证据，仍在进一步调查中。", []want{{"work.unproven_cause", Low, ""}}, NoFindings},
		{"penalty decision rejecting a defence", "你单位提出的陈述申辩意见仅为推测，未提供证据，本局不予采纳。", []want{{"work.unproven_cause", Low, ""}}, NoFindings},
		{"published 督察 result already shown", "拟上报结果已在本网站公示7天，公示期间未收到异议。", []want{{"work.not_yet_for_release", "", ""}}, NoFindings},
		{"split passed up with positions", "参会科室对补贴标准未形成一致意见，执法科主张按面积补贴。", []want{{"work.discussion_split", Medium, ""}}, Review},
		{"会议公报: split to be studied later", "会议对扬尘管控补贴标准进行了讨论，未形成一致意见的事项将另行研究。", []want{{"work.discussion_split", Low, ""}}, NoFindings},
		{"public notice of a second-round draft", "现将修改后的《督察整改工作规则（征求意见稿V2）》向社会公开征求意见。", []want{{"work.draft_version", Low, ""}}, NoFindings},
		{"公示 leaving out the filed request", "建设单位已提交保密申请的附件不在公示范围内，其余内容全文公示。", []want{{"commercial.request_filed", Low, ""}}, NoFindings},
		{"Q&A: companies may ask for secrecy", "答：涉及商业秘密的可申请不予公开，生态环境部门依法审查。", []want{{"commercial.request", Low, ""}}, NoFindings},
		{"company asked for secrecy", "该企业申请不予公开其原料配比。", []want{{"commercial.request", Medium, ""}}, Review},
		{"rule: refusal with good reason", "第三方可提交保密申请，不同意公开且有合理理由的，不予公开。", []want{{"commercial.refused", Low, ""}}, NoFindings},
		{"company refused disclosure", "经征求意见，该公司不同意公开其工艺参数。", []want{{"commercial.refused", Medium, ""}}, Review},
		{"health advice for the elderly", "患有心脑血管疾病的老人，外出时应随身携带常用药物，如有不适及时就诊。", []want{{"privacy.health", Low, ""}}, NoFindings},
		{"a named resident's illness", "反映人王某，今年68岁，患有慢性阻塞性肺病多年。", []want{{"privacy.health", Medium, ""}}, Review},
		{"news quoting a parent", "一位家长说，女儿在东方小学读书，学校经常组织环保活动。", []want{{"privacy.child_school", Low, ""}}, NoFindings},
		{"a complainant's son's school", "投诉人刘女士的儿子在建平中学就读，近期成绩下降。", []want{{"privacy.child_school", Medium, ""}}, Review},
		{"not before the city confirms", "测算结果报市生态环境局确认前，不得对外提供。", []want{{"work.unreleased", Medium, ""}}, Review},
		{"offices asked in a letter", "办公室起草了考核办法，现征求你们的意见，逾期未反馈视为无意见。", []want{{"work.internal_consultation", Medium, ""}}, Review},
		{"public asked with a deadline", "现向社会公开征求意见，逾期未反馈视为无意见。", []want{{"work.internal_consultation", Low, ""}}, NoFindings},
		{"interview record fields", "被约谈人：监测站副站长孙某某", []want{{"work.discipline_more", Medium, ""}}, Review},
		{"code of conduct forbids banquets", "执法人员不得接受管理对象的宴请和礼品。", []want{{"work.discipline_more", "", ""}}, NoFindings},
		{"news of companies summoned", "被约谈企业负责人表示将严格落实整改要求。", []want{{"work.discipline_more", "", ""}}, NoFindings},
		{"first idea of a staff move", "初步考虑：陈某由办公室调任环评科副科长。", []want{{"work.personnel_more", Medium, ""}}, Review},
		{"this table not yet checked", "本表数据未经审核，请勿对外公布。", []want{{"work.unreleased", Medium, ""}}, Review},
		{"core technology in a public notice", "公司的核心技术已获国家专利，现将项目环评信息公开如下。", []want{{"commercial.own_know_how", Low, ""}}, NoFindings},
		{"objection to disclosure", "该公司对拟公开的环境影响评价文件提出异议。", []want{{"commercial.objection", Medium, ""}}, Review},
		// A text that announces itself (予以公布, 特此公告) is published by design.
		{"government work report to the congress", "各位代表：\n现在，我代表国务院，向大会作政府工作报告。这次国务院的机构改革方案，是本着转变职能的原则提出的。要重点查处领导干部的违法违纪问题。", []want{{"work.personnel", Low, ""}}, NoFindings},
		{"published inspection rectification progress", "局党组认真研究巡察反馈意见，逐条制定整改措施。对3名执法人员进行了诫勉谈话。现将巡察整改进展情况予以公布。", []want{{"work.audit", Low, ""}, {"work.discipline", Low, ""}}, NoFindings},
		{"rectification to be published later", "局党组认真研究巡察反馈意见，逐条制定整改措施。整改完成后拟予以公布。", []want{{"work.audit", Medium, ""}}, Review},
		{"rectification announced by 特此公告", "审计发现问题清单如下。\n特此公告。", []want{{"work.audit", Low, ""}}, NoFindings},
		{"empty petitioner field then the letter", "信访人：\n　　您于2024年4月8日反映夜间噪声扰民问题，现答复如下。", []want{{"privacy.reporter", "", ""}}, NoFindings},
		{"petitioner named", "信访人：钱建华，反映夜间噪声扰民。", []want{{"privacy.reporter", Medium, ""}}, Review},
		{"not to be given out before approval", "本解读稿须待局务会审定后随规定一并发布，审定前请勿向媒体和企业提供。", []want{{"work.unreleased", Medium, ""}}, Review},
		{"rule on classified drafts before approval", "涉密文件定稿前不得对外提供。", []want{{"work.unreleased", Low, ""}}, NoFindings},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := s.Scan(body(tt.text))
			for _, w := range tt.wants {
				got := findingsOf(r, w.rule)
				if w.sev == "" {
					if len(got) > 0 {
						t.Errorf("%s: want no finding, got %+v", w.rule, got)
					}
					continue
				}
				ok := false
				for _, f := range got {
					if f.Severity == w.sev && (w.match == "" || f.Match == w.match) {
						ok = true
					}
				}
				if !ok {
					t.Errorf("%s: want %s %q, got %+v", w.rule, w.sev, w.match, got)
				}
			}
			if v := DecideVerdict(r.Findings, true); v != tt.verdict {
				t.Errorf("verdict %s, want %s; findings %+v", v, tt.verdict, r.Findings)
			}
		})
	}
}

func TestMarkLocationPointsAtOriginal(t *testing.T) {
	s := testScanner(t)
	text := "标题行\n第二行\n　　秘　密★５年\n正文"
	r := s.Scan(&extract.Document{Parts: []extract.Part{{Kind: extract.KindBody, Line: 10, Text: text}}})
	fs := findingsOf(r, "state.mark")
	if len(fs) != 1 {
		t.Fatalf("findings %+v", r.Findings)
	}
	f := fs[0]
	rs := []rune(text)
	if got := string(rs[f.Location.Offset : f.Location.Offset+len([]rune(f.Match))]); got != f.Match || f.Match != "秘　密★５年" {
		t.Errorf("offset %d gives %q, match %q", f.Location.Offset, got, f.Match)
	}
	if f.Location.Line != 12 {
		t.Errorf("line %d, want 12 (part line 10 + 2 newlines)", f.Location.Line)
	}
}

func TestClassifiedCopiesNoText(t *testing.T) {
	s := testScanner(t)
	doc := &extract.Document{Parts: []extract.Part{
		{Kind: extract.KindBody, Line: 1, Text: "000123\n机密★10年\n关于某工程选址的请示\n局党组：\n当事人身份证号310115199001014214，详见附件。"},
		{Kind: extract.KindComment, Name: "张三", Text: "此段请再核实"},
	}, Embedded: []string{"附件1.xlsx"}}
	r := s.Scan(doc)
	if !r.Classified {
		t.Fatal("not classified")
	}
	// The title is the one piece of text the alert and the incident report
	// may name the document by (issue 5: "only the mark, the title and where
	// it was found"); nothing else.
	if r.Title != "关于某工程选址的请示" || r.Summary != "" || len(r.Keywords) > 0 {
		t.Errorf("title %q summary %q keywords %v: want the title only", r.Title, r.Summary, r.Keywords)
	}
	for _, f := range r.Findings {
		if f.Context != "" {
			t.Errorf("%s: context %q", f.Rule, f.Context)
		}
		if f.Category == CatStateSecret {
			if f.Match != "机密★10年" || !f.Marking {
				t.Errorf("mark finding %+v", f)
			}
		} else if f.Match != "" {
			t.Errorf("%s: match %q in a classified document", f.Rule, f.Match)
		}
	}
}

func TestTermExpiry(t *testing.T) {
	s := testScanner(t)
	tests := []struct {
		text, want string
	}{
		{"秘密★5年\n正文。\n上海市浦东新区生态环境局\n2019年3月5日", "已过保密期限，公开前须办理解密手续"},
		{"秘密★5年\n正文。\n二〇一九年三月五日", "保密期限至2024年3月5日已届满"},
		{"秘密★6个月\n正文。\n2026年10月1日", "保密期限至2027年4月1日，尚在保密期限内"},
		{"机密★\n正文。\n2000年1月1日", "保密期限至2020年1月1日已届满"},
		{"绝密★2025年12月31日\n正文。", "保密期限至2025年12月31日已届满"},
		{"机密★长期\n正文。\n2019年3月5日", ""},
		{"秘密★5年\n正文，无成文日期。", ""},
	}
	for _, tt := range tests {
		r := s.Scan(body(tt.text))
		var basis string
		for _, f := range r.Findings {
			if f.Category == CatStateSecret {
				basis = f.Basis
				if f.Severity != High {
					t.Errorf("%q: expired or not, a mark stays high; got %s", tt.text, f.Severity)
				}
			}
		}
		if tt.want == "" {
			if strings.Contains(basis, "保密期限至") {
				t.Errorf("%q: basis %q computes a term it cannot know", tt.text, basis)
			}
		} else if !strings.Contains(basis, tt.want) {
			t.Errorf("%q: basis %q lacks %q", tt.text, basis, tt.want)
		}
	}
}

func TestHiddenContent(t *testing.T) {
	s := testScanner(t)
	doc := &extract.Document{Parts: []extract.Part{
		{Kind: extract.KindBody, Line: 1, Text: "关于某事的通知\n正文。"},
		{Kind: extract.KindComment, Name: "李四", Line: 1, Text: "这一段涉及局党组会讨论情况，建议删除后再发布，请办公室核定一下"},
		{Kind: extract.KindDeleted, Line: 2, Text: "秘密★1年"},
		{Kind: extract.KindHTMLComment, Text: "  <!-- 旧版本 -->  "},
		{Kind: extract.KindHidden, Text: "   "},
		{Kind: extract.KindMetadata, Name: "title", Text: "关于某事的通知"},
		{Kind: extract.KindMetadata, Name: "Producer", Text: "Microsoft Word"},
		{Kind: extract.KindMetadata, Name: "subject", Text: "某项目"},
		{Kind: extract.KindMetadata, Name: "company", Text: "关于某事的通知"}, // in the body: nothing hidden
		{Kind: extract.KindHTMLComment, Text: "end nav"},
		{Kind: extract.KindMetadata, Name: "producer", Text: "[ClibPDF Library 2.01] Windows"},
		{Kind: extract.KindMetadata, Name: "keywords", Text: "ClibPDF"},                       // the producer's own word
		{Kind: extract.KindMetadata, Name: "custom:ICNAppName", Text: "Jisupdf Editor"},       // a program's field
		{Kind: extract.KindMetadata, Name: "custom:SourceModified", Text: "D:20240226144123"}, // a date
		{Kind: extract.KindMetadata, Name: "description", Text: "None"},                       // a placeholder
		{Kind: extract.KindHidden, Name: "off-page", Text: "\ufffd \ufffd\n\ufffd"},           // nothing legible               // a template marker
		{Kind: extract.KindMetadata, Name: "custom:项目编号", Text: "X-1"},
	}, Embedded: []string{"oleObject1.bin"}}
	r := s.Scan(doc)
	got := map[string]int{}
	for _, f := range r.Findings {
		if f.Category == CatHiddenContent {
			got[f.Rule+"/"+f.Location.Name]++
			if f.Severity != Medium || len([]rune(f.Match)) > 30 || f.Basis == "" {
				t.Errorf("hidden finding %+v", f)
			}
		}
	}
	want := map[string]int{"hidden.comment/李四": 1, "hidden.deleted/": 1, "hidden.html_comment/": 1, "hidden.metadata/subject": 1, "hidden.metadata/custom:项目编号": 1, "hidden.embedded_object/oleObject1.bin": 1}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%s: %d findings, want %d (all: %v)", k, got[k], n, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("hidden findings %v, want %v", got, want)
	}
	// A mark at the head of a deleted revision is a marking.
	if fs := findingsOf(r, "state.mark"); len(fs) != 1 || !fs[0].Marking || fs[0].Location.Part != extract.KindDeleted {
		t.Errorf("mark in deleted text: %+v", fs)
	}
}

func TestDocInfo(t *testing.T) {
	s := testScanner(t)
	tests := []struct {
		name, text, title, docNumber string
		official                     bool
	}{
		{"full 版头", "000123\n特急\n上海市浦东新区生态环境局文件\n浦环保〔2023〕58号\n关于加强建设项目环境影响评价管理的通知\n各有关单位：\n为加强管理，现通知如下。", "关于加强建设项目环境影响评价管理的通知", "浦环保〔2023〕58号", true},
		{"number broken over lines", "上海市浦东新区生态环境局文件\n浦环保〔2023〕\n58 号\n关于某事的通知", "关于某事的通知", "浦环保〔2023〕58号", true},
		{"wrong brackets kept as written", "浦环保（2023）7号\n关于某事的批复\n正文", "关于某事的批复", "浦环保（2023）7号", true},
		{"title over two lines", "沪环规【2021】3号\n关于印发《某某管理办法》的\n通知\n各区：", "关于印发《某某管理办法》的通知", "沪环规【2021】3号", true},
		{"cited number is not ours", "新闻稿\n根据《关于某事的通知》（沪环规〔2020〕5号）要求，我局开展了专项检查，检查了一百多家企业的排污许可执行情况。", "新闻稿", "", false},
		{"press release", "我区开展世界环境日宣传活动\n6月5日，我局在世纪公园开展宣传活动。", "我区开展世界环境日宣传活动", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := s.Scan(body(tt.text))
			if r.Title != tt.title || r.DocNumber != tt.docNumber || r.Official != tt.official {
				t.Errorf("title %q number %q official %v; want %q %q %v", r.Title, r.DocNumber, r.Official, tt.title, tt.docNumber, tt.official)
			}
		})
	}
	r := s.Scan(&extract.Document{Parts: []extract.Part{{Kind: extract.KindTitle, Text: "网页标题"}, {Kind: extract.KindBody, Text: "关于某事的通知\n正文"}}})
	if r.Title != "网页标题" {
		t.Errorf("HTML title not preferred: %q", r.Title)
	}
	meta := func(title string) *extract.Document {
		return &extract.Document{Parts: []extract.Part{{Kind: extract.KindBody, Text: "关于某事的通知\n正文"}, {Kind: extract.KindMetadata, Name: "title", Text: title}}}
	}
	if r := s.Scan(meta("关于某事的通知（修订）")); r.Title != "关于某事的通知（修订）" {
		t.Errorf("metadata title not used: %q", r.Title)
	}
	for _, junk := range []string{"Microsoft Word - 文件1.docx", "Untitled", "doc1"} {
		if r := s.Scan(meta(junk)); r.Title != "关于某事的通知" {
			t.Errorf("metadata title %q: got %q, want the body heading", junk, r.Title)
		}
	}
}

func TestSummaryAndKeywords(t *testing.T) {
	s := testScanner(t)
	text := "关于开展2024年度排污许可证执行报告检查的通知\n各有关企业：\n为落实排污许可制度，我局将于2024年6月开展排污许可证执行报告专项检查。联系人张三，举报人李四手机13912345678。" + strings.Repeat("检查内容包括排污许可证执行报告的规范性和完整性。", 10) + "\n上海市浦东新区生态环境局\n2024年5月6日"
	r := s.Scan(body(text))
	if n := len([]rune(r.Summary)); n == 0 || n > 200 {
		t.Errorf("summary has %d characters: %q", n, r.Summary)
	}
	if !strings.HasPrefix(r.Summary, "为落实排污许可制度") {
		t.Errorf("summary does not start after the title and 主送: %q", r.Summary)
	}
	if strings.Contains(r.Summary, "13912345678") {
		t.Errorf("summary copies an unmasked phone: %q", r.Summary)
	}
	if len(r.Keywords) < 3 || len(r.Keywords) > 8 {
		t.Errorf("keywords %v", r.Keywords)
	}
	if !strings.Contains(strings.Join(r.Keywords, " "), "排污") {
		t.Errorf("keywords %v miss 排污", r.Keywords)
	}
}

func TestShowIdentifiers(t *testing.T) {
	lex, err := lexicon.Load(nil, true)
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(lex, Options{ShowIdentifiers: true, NoSegmentation: true})
	if err != nil {
		t.Fatal(err)
	}
	r := s.Scan(body("身份证号310115199001014214。"))
	if fs := findingsOf(r, "privacy.id_card"); len(fs) != 1 || fs[0].Match != "310115199001014214" || !strings.Contains(fs[0].Context, "310115199001014214") {
		t.Errorf("ShowIdentifiers: %+v", fs)
	}
}

func TestFingerprint(t *testing.T) {
	s := testScanner(t)
	// Text added more than 20 characters away, moving the line numbers,
	// leaves the id alone.
	lead := "各有关单位：根据有关规定，现将本年度工作安排通知如下，请认真贯彻执行。\n"
	a := s.Scan(body(lead + "内部\n关于某事的通知\n正文第一段。"))
	b := s.Scan(body("新增的一行文字\n\n" + lead + "内部\n关于某事的通知\n正文第一段。"))
	fa, fb := findingsOf(a, "work.mark_internal"), findingsOf(b, "work.mark_internal")
	if len(fa) != 1 || len(fb) != 1 || fa[0].ID != fb[0].ID || len(fa[0].ID) != 16 {
		t.Errorf("id not stable across drafts: %+v / %+v", fa, fb)
	}
	dup := s.Scan(body("举报人手机13812345678。\n举报人手机13812345678。"))
	ids := map[string]bool{}
	for _, f := range dup.Findings {
		if ids[f.ID] {
			t.Errorf("duplicate id %s", f.ID)
		}
		ids[f.ID] = true
	}
}

func TestConcurrentScan(t *testing.T) {
	s := testScanner(t)
	doc := body("000123\n机密★5年\n关于某事的通知\n身份证号310115199001014214。本项目采用有机密封材料。")
	want := s.Scan(doc)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 20; j++ {
				got := s.Scan(doc)
				if len(got.Findings) != len(want.Findings) {
					t.Errorf("concurrent scan: %d findings, want %d", len(got.Findings), len(want.Findings))
					return
				}
				for k := range got.Findings {
					if got.Findings[k].ID != want.Findings[k].ID {
						t.Errorf("concurrent scan differs at %d", k)
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

func TestOddInput(t *testing.T) {
	s := testScanner(t)
	// The long single lines would take minutes if judging a hit cost its
	// whole line (BenchmarkScanLongLine measures it).
	for _, text := range []string{"", "\n\n\n", "\xff\xfe\x00机密★", "★", strings.Repeat("机密", 10000), "机密★\n", "（", "1381234567８",
		strings.Repeat("内部机密秘密的", 5000), strings.Repeat("内部\t", 5000), strings.Repeat("13812345678 ", 3000)} {
		s.Scan(body(text))
	}
	s.Scan(nil)
	s.Scan(&extract.Document{})
}

func FuzzScan(f *testing.F) {
	f.Add("000123\n机密★5年\n关于某事的通知\n身份证号310115199001014214")
	f.Add("秘　密\n（此件不予公开）\n浦环保〔2023〕\n58号")
	s := testScanner(f)
	f.Fuzz(func(t *testing.T, text string) {
		r := s.Scan(body(text))
		rs := []rune(text)
		for _, fd := range r.Findings {
			if fd.Location.Offset < 0 || fd.Location.Offset > len(rs) {
				t.Fatalf("offset %d out of range", fd.Location.Offset)
			}
		}
	})
}

// TestEmptyLexicon: --no-default-lexicon without files still screens
// hidden content and never fails.
func TestEmptyLexicon(t *testing.T) {
	lex, err := lexicon.Load(nil, false)
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(lex, Options{NoSegmentation: true})
	if err != nil {
		t.Fatal(err)
	}
	r := s.Scan(&extract.Document{Parts: []extract.Part{
		{Kind: extract.KindBody, Text: "机密★5年\n正文"},
		{Kind: extract.KindComment, Text: "请删除"},
	}})
	if len(r.Findings) != 1 || r.Findings[0].Rule != "hidden.comment" {
		t.Errorf("findings %+v, want only the comment", r.Findings)
	}
}

// A wrapped 身份证号 is masked in both pieces: what a reader of the report
// sees keeps only the first 6 and the last 4 characters of the number.
func TestWrappedIDMasked(t *testing.T) {
	s := testScanner(t)
	tests := []struct{ name, text, hidden string }{
		{"split 14+4", "沈丽华 31011519880514 021-58762210\n3025 川沙新镇", "19880514"},
		{"split 10+8", "沈丽华 3101151988 021-58762210\n镇华夏东路\n05143025 188弄", "0514"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := findingsOf(s.Scan(body(tt.text)), "privacy.id_card")
			if len(fs) != 1 {
				t.Fatalf("want one privacy.id_card finding, got %+v", fs)
			}
			if strings.Contains(fs[0].Context, tt.hidden) || strings.Contains(fs[0].Match, tt.hidden) {
				t.Errorf("birth date shown: match %q context %q", fs[0].Match, fs[0].Context)
			}
			if !strings.Contains(fs[0].Context, "3025") || !strings.HasPrefix(fs[0].Match, "310115") {
				t.Errorf("first 6 / last 4 not kept: match %q context %q", fs[0].Match, fs[0].Context)
			}
		})
	}
}
