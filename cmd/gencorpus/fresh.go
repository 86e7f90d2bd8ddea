package main

import (
	"strings"

	. "github.com/bureau/mishen/docgen"
)

// Files h-* to h18-* (h13 to h18: fresh13.go to fresh18.go) were each written as a held-out set (not
// seen while the scanner was tuned) and measured before they joined the
// corpus.

var allowWork = []string{"work_secret"}

// caseFile allows the categories a 行政执法案卷 (笔录) may be withheld
// under: 条例第十六条 names it, domain.md gives it no category of its own.
var caseFile = []string{"work_secret", "other"}

var heldPool = []string{
	"近年来，全市持续推进长江大保护，重点断面水质优良比例稳步提升，长江口水生生物多样性明显恢复。",
	"市生态环境局组织开展了移动源排放检验机构专项检查，共检查机动车检验机构68家，对3家存在问题的机构依法立案。",
	"各区要加快推进生活垃圾分类减量，2023年底前湿垃圾分出量达到每日9000吨以上。",
	"围绕碳达峰碳中和目标，我市积极推进重点行业节能降碳改造，全年完成碳排放权交易履约率100%。",
	"生态环境部门将进一步完善环境信用评价制度，对评价为环保不良的企业实施联合惩戒。",
	"请各单位高度重视，明确专人负责，确保各项工作按时保质完成。",
}

func hp(i, n int) []Block {
	out := make([]Block, 0, n)
	for k := 0; k < n; k++ {
		out = append(out, P(heldPool[(i+k)%len(heldPool)]))
	}
	return out
}

func mk(title string, top []Block, rest ...Block) Doc {
	d := page(title, rest...)
	d.Body = append(top, d.Body...)
	return d
}

// fresh2023 is a second batch written apart from the first, with other
// wording, producers and positions, first used as a held-out set.
func fresh2023(l *lab) {
	// State-secret marks in fresh positions and producers.
	g := gw{fenhao: "000318", mark: "绝密★1年", urgency: "特急", org: "上海市生态环境局文件", number: "沪环保〔2022〕141号",
		title: "关于做好重大活动期间环境安全保障工作的通知", to: "各区生态环境局", body: hp(0, 3), sign: "上海市生态环境局", date: "2022年10月9日"}
	l.add("h-ss-01.txt", fGBK, g.doc(), "withhold", mState, nil, "绝密★1年 from the city bureau, GBK")
	l.addHTML("h-ss-02.html", mk("专项检查工作安排", []Block{L("机密 ☆ 3年")}, hp(1, 2)...), HTMLOptions{}, "withhold", mState, nil, "hollow star with spaces")
	d := page("辐射事故应急预案修订说明", hp(2, 3)...)
	d.Header = []Block{L("秘密★２年")}
	l.add("h-ss-03.docx", fDOCX, d, "withhold", mState, nil, "full-width digit in header")
	g = gw{fenhao: "000021", mark: "秘密★2024年6月30日", org: "浦东新区生态环境局文件", number: "浦环保〔2023〕90号",
		title: "关于开展核技术利用单位专项检查的通知", to: "各街镇生态环境所", body: hp(3, 2), sign: "浦东新区生态环境局", date: "2023年6月20日"}
	l.add("h-ss-04.pdf", fPDF, g.doc(), "withhold", mState, nil, "date as 解密时间 in a PDF")
	l.add("h-ss-05.txt", fTXT, mk("2023年环境监测人员持证上岗考核试题", []Block{L("机密★启用前")}, hp(4, 2)...), "withhold", mState, nil, "机密★启用前")
	l.add("h-ss-06.docx", fDOCX, mk("环境安全形势分析会材料", []Block{R("秘密★会议结束后")}, hp(5, 2)...), "withhold", mState, nil, "解密条件 会议结束后")
	l.add("h-ss-07.txt", fTXT, mk("關於加強輻射安全管理的意見", []Block{L("機密★長期")}, P("各單位要嚴格落實輻射安全管理責任。")), "withhold", mState, nil, "繁體 機密★長期")
	l.add("h-ss-08.txt", fUTF16, mk("核与辐射安全检查会议通知", []Block{L("密　级：机密"), L("保密期限：5年")}, hp(0, 2)...), "withhold", mState, nil, "密　级： field with U+3000")
	d = page("危险废物跨省转移情况报告", hp(1, 2)...)
	d.Header = []Block{R("秘", "密★", "6", "个月")}
	l.add("h-ss-09.docx", fDOCX, d, "withhold", mState, nil, "mark split into runs in the header")
	g = gw{mark: "绝　密★20年", org: "浦东新区生态环境局文件", number: "浦环保〔2010〕12号", title: "关于重点目标环境保障的通知",
		to: "局属各单位", body: hp(2, 2), sign: "浦东新区生态环境局", date: "2010年3月2日", oldStyleMark: true}
	l.add("h-ss-10.pdf", fPDF, g.doc(), "withhold", mState, nil, "old-style 绝　密★20年 in a PDF")
	l.add("h-ss-11.pdf", fPDF, mk("关于环境应急指挥系统建设情况的报告", []Block{L("（机密）")}, hp(3, 2)...), "withhold", mState, allowWork, "（机密） first line of a PDF")
	l.addHTML("h-ss-12.html", mk("区域环境安全风险评估报告", []Block{L("机密")}, hp(4, 2)...), HTMLOptions{}, "withhold", mState, nil, "level alone on line 1")
	g = gw{fenhao: "000156", mark: "秘密★5年", org: "浦东新区生态环境局", number: "浦环发〔2021〕33号", title: "关于饮用水水源应急保障的通知",
		to: "各相关单位", body: hp(5, 2), sign: "浦东新区生态环境局", date: "2021年5月6日"}
	l.add("h-ss-13.txt", fUTF16, g.doc(), "withhold", mState, nil, "份号 + 秘密★5年, UTF-16")
	l.add("h-ss-14.txt", fGBK, mk("重点区域空气质量保障措施", []Block{L("秘密＊1年")}, hp(0, 2)...), "withhold", mState, nil, "＊ star, GBK")

	// Work-secret marks.
	l.add("h-ws-01.txt", fGBK, mk("环境执法队伍建设情况", []Block{R("内部事项")}, hp(1, 2)...), "withhold", mWork, nil, "内部事项 alone, right")
	d = page("生态环境领域风险隐患排查情况", hp(2, 2)...)
	d.Header = []Block{C("内部　注意保管")}
	l.add("h-ws-02.docx", fDOCX, d, "withhold", mWork, nil, "内部　注意保管 in header")
	l.add("h-ws-03.pdf", fPDF, mk("环境信访形势月度分析（第5期）", []Block{L("内部资料　请勿翻印")}, hp(3, 2)...), "withhold", mWork, nil, "内部资料 请勿翻印 PDF")
	l.addHTML("h-ws-04.html", mk("舆情快报", []Block{L("仅供参考　不得外传")}, hp(4, 2)...), HTMLOptions{}, "withhold", mWork, nil, "仅供参考 不得外传")
	l.add("h-ws-05.txt", fUTF16, mk("执法检查工作简报", []Block{L("内部文件，注意保存")}, hp(5, 2)...), "withhold", mWork, nil, "内部文件，注意保存")
	d = page("环境质量形势会商材料", hp(0, 2)...)
	d.Footer = []Block{C("内部参考资料　严禁复制")}
	l.add("h-ws-06.docx", fDOCX, d, "withhold", mWork, nil, "footer mark")

	// Work-secret content.
	l.add("h-wc-01.docx", fDOCX, page("关于调整局机关内设机构职责的请示", P("局务会：为适应生态环境机构改革要求，拟将执法支队的部分职责调整至监测站，现报请局务会审定。"), P("当否，请审定。")), "review", cWork, nil, "请示 报请局务会审定")
	l.add("h-wc-02.txt", fTXT, page("局长办公会会议记录", body(`
时间：6月3日下午
议题：臭氧污染应急管控措施
陈国平：建议对石化企业实行错峰检修。
李振华：同意，但要评估对企业生产的影响，下周再议。`)...), "review", cWork, nil, "会议记录 with speakers")
	l.add("h-wc-03.txt", fGBK, page("关于近期环境信访突出问题的情况汇报", P("现将近期环境信访突出问题汇报如下，供党组会议研究。"), P("一是部分工业园区异味投诉集中；二是夜间施工噪声投诉增多。")), "review", cWork, nil, "情况汇报 供党组会议研究")
	l.add("h-wc-04.docx", fDOCX, page("关于某执法人员违纪问题的调查报告", P("经纪检组调查，该执法人员在检查中违规收受企业购物卡2张，价值2000元，事实清楚。拟给予政务警告处分。")), "review", cWork, allowWork, "纪检 case facts")
	l.add("h-wc-05.pdf", fPDF, page("市委第二巡视组反馈问题整改方案", P("针对市委第二巡视组反馈的“生态环境执法宽松软”等5个方面问题，制定整改方案如下："), P("一、关于执法检查频次不足的问题，责任领导：陈国平。")), "review", cWork, nil, "巡视 反馈 整改方案")
	l.add("h-wc-06.txt", fTXTBOM, page("拟提拔干部考察情况", P("经考察，郑丽同志政治素质好，业务能力强，拟提名为环评科科长人选，提交党组会讨论。")), "review", cWork, nil, "人事 考察")
	l.add("h-wc-07.docx", fDOCX, page("浦东新区生态环境保护条例（草案）", hp(1, 3)...), "review", cWork, nil, "草案")
	l.add("h-wc-08.txt", fTXT, page("关于加强河道保洁的工作方案（初稿）", hp(2, 2)...), "review", cWork, nil, "初稿")
	l.addHTML("h-wc-09.html", page("2023年度生态环境目标责任书（报批稿）", hp(3, 2)...), HTMLOptions{}, "review", cWork, nil, "报批稿")
	l.add("h-wc-10.txt", fGBK, page("全区污染源普查汇总数据", P("以下汇总数据请控制知悉范围，未经批准不得引用。"), T([]string{"类别", "数量"}, []string{"工业源", "4512"}, []string{"生活源", "1288"})), "review", cWork, nil, "控制知悉范围")

	// Personal data.
	l.addHTML("h-pd-01.html", page("关于受理赵某某环境信访事项的告知书", P("赵某某（身份证号"+idCard("31011219830917123")+"）：您反映的问题已受理。")), HTMLOptions{}, "withhold", cPriv, nil, "valid ID")
	l.add("h-pd-02.pdf", fPDF, page("补助申请人员名册", T([]string{"姓名", "公民身份号码"}, []string{"林晓", idCard("31022519950321004")})), "withhold", cPriv, nil, "valid ID in a PDF table")
	l.add("h-pd-03.txt", fGBK, page("关于拨付生态补偿款的通知", P("户名：钱某某　开户行：上海农商银行浦东支行　卡号："+bankCard("622111008765432198")+"，补偿金额8600元。")), "withhold", cPriv, nil, "bank card with 开户行")
	l.add("h-pd-04.docx", fDOCX, page("来访登记", P("来访人孙某，手机：15821346790，反映小区旁工地扬尘问题。")), "review", cPriv, nil, "mobile after 手机：")
	l.add("h-pd-05.txt", fTXT, page("调查询问笔录（摘录）", P("被询问人：周某，现住址：浦东新区惠南镇拱北路99弄7号302室。")), "review", cPriv, caseFile, "现住址 with an address (in a 询问笔录: 行政执法案卷, 条例第十六条)")
	l.addHTML("h-pd-06.html", page("关于钱某某反映噪声问题的回复", P("钱某某体检报告显示其患有高血压和神经衰弱，其认为与附近工厂噪声有关。")), HTMLOptions{}, "review", cPriv, nil, "health data of a person")

	// Commercial secrets.
	l.add("h-cs-01.docx", fDOCX, page("企业技术资料审查记录", P("企业提供的水性涂料配方比例为：丙烯酸乳液45%、钛白粉20%、助剂3%、水32%，企业要求保密。")), "review", cComm, nil, "配方比例")
	l.add("h-cs-02.txt", fTXT, page("现场核查情况", P("企业核心工艺参数如下：焙烧温度850℃，保温时间4小时，升温速率5℃/min。企业申请对上述参数不予公开。")), "review", cComm, nil, "工艺参数 + 申请不予公开")
	l.addHTML("h-cs-03.html", page("技术评估意见", P("该企业的电镀液原料配比（硫酸镍250g/L、氯化镍45g/L、硼酸40g/L）属于技术秘密。")), HTMLOptions{}, "review", cComm, nil, "原料配比")

	// Hidden content.
	d = page("2023年上半年环境质量状况", hp(4, 2)...)
	d.Body[1].Comment = &Comment{Author: "审核人", Text: "数据口径需与市局一致，请修改后再发"}
	l.add("h-hc-01.docx", fDOCX, d, "review", cHid, nil, "comment")
	d = page("关于某企业整改情况的通报", Runs(Run{Text: "企业已完成整改。"}, Run{Text: "据了解该企业负责人与某领导系亲属关系。", Del: true}))
	l.add("h-hc-02.docx", fDOCX, d, "review", cHid, allowWork, "tracked deletion")
	l.addHTML("h-hc-03.html", page("河长制工作动态", hp(5, 2)...), HTMLOptions{Comments: []string{"以下数据为内部统计，暂不公开：全区黑臭河道反弹12条"}}, "review", cHid, allowWork, "HTML comment with data")
	l.addHTML("h-hc-04.html", page("环保设施开放日", hp(0, 2)...), HTMLOptions{HiddenDivs: []string{"活动经费由企业赞助，请勿在稿件中提及。"}}, "review", cHid, nil, "display:none div")
	d = page("夏季高温期间环境监管提示", Runs(Run{Text: "请各企业做好防暑降温工作。"}, Run{Text: "重点关注名单另附，不公开。", Hidden: true}))
	l.add("h-hc-05.docx", fDOCX, d, "review", cHid, allowWork, "hidden run")

	// Hard negatives.
	n := func(name, format string, d Doc, note string) {
		l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: "no_findings", note: note})
	}
	n("h-neg-01.txt", fTXT, page("实验室改造项目采购需求", P("通风橱须配置有机密封垫圈，密封性能满足相关标准。")), "有机密封垫")
	n("h-neg-02.html", fHTML, page("湿地里的秘密", P("走进滴水湖湿地，你会发现许多秘密：芦苇丛中藏着白鹭的巢，浅滩上有招潮蟹在挥舞大螯。")), "湿地里的秘密")
	n("h-neg-03.docx", fDOCX, page("某公司内部控制评价报告摘要（环境部分）", P("公司对环境管理内部控制进行了评价，未发现重大缺陷，内部培训覆盖全体员工。")), "内部控制评价")
	n("h-neg-04.txt", fGBK, page("保密法知识问答", P("问：国家秘密分为几个密级？答：分为绝密、机密、秘密三个密级，保密期限一般分别不超过三十年、二十年、十年。")), "保密宣传 listing levels")
	pen := gw{org: "上海市浦东新区生态环境局", title: "行政处罚决定书", number: "第2320230201号",
		body: body(`
当事人：上海东源化工科技有限公司
统一社会信用代码：` + uscc("91310115MA1J9B6X4") + `
法定代表人：马立新
经查，你公司危险废物贮存场所未设置识别标志，违反了《中华人民共和国固体废物污染环境防治法》第七十七条第一款。决定罚款人民币拾万元。`),
		sign: "上海市浦东新区生态环境局", date: "2023年6月21日", note: "（此件主动公开）"}
	n("h-neg-05.docx", fDOCX, pen.doc(), "penalty with USCC, 此件主动公开")
	pub := gw{org: "浦东新区生态环境局", number: "浦环保〔2023〕99号", title: "关于开展2023年度排污单位环境信用评价的通知",
		to: "各排污单位", body: hp(4, 2), sign: "浦东新区生态环境局", date: "2023年7月3日", note: "（此件公开发布）"}
	n("h-neg-06.pdf", fPDF, pub.doc(), "public 公文")
	n("h-neg-07.html", fHTML, page("关于《浦东新区噪声污染防治管理办法（征求意见稿）》公开征求意见的通知", P("现将征求意见稿全文公布，公众可在30日内提出意见。")), "公开征求意见")
	n("h-neg-08.txt", fTXT, page("2023年6月饮用水水源地水质状况", T([]string{"水源地", "水质类别", "达标情况"}, []string{"青草沙", "Ⅱ", "达标"}, []string{"黄浦江上游", "Ⅲ", "达标"})), "monitoring table")
	n("h-neg-09.docx", fDOCX, page("建设项目竣工环境保护验收信息公示", P("建设单位：上海朗瑞医疗器械有限公司，联系人：葛工，联系电话：021-50801234。验收监测单位：上海市环境监测中心。")), "验收公示 office phone")
	n("h-neg-10.txt", fUTF16, page("政府信息公开工作年度报告（节选）", P("本年度因涉及国家秘密、商业秘密、个人隐私不予公开的申请分别为0件、1件、2件；我局按内部审计制度开展了自查。")), "annual report counts")
	n("h-neg-11.html", fHTML, page("某人非法获取国家秘密被判刑", P("据报道，某人因非法获取机密级国家秘密被依法判处有期徒刑，法院指出国家秘密关系国家安全和利益。")), "news about a secrets case")
	n("h-neg-12.txt", fGBK, page("垃圾分类成长记", P("这个小区的垃圾分类为何能做得这么好？居民们说，成功没有什么秘诀，更没有什么秘密。")), "秘密 in running text")
	n("h-neg-13.docx", fDOCX, page("关于组织开展内部培训的通知", P("为提高执法人员业务能力，局内部将于7月组织执法文书制作培训，请各科室报名。")), "内部培训 in running text")
	n("h-neg-14.txt", fTXT, page("行政处罚信息公开", P("当事人：陆某，身份证号："+mask(idCard("31011519861203341"), 6, 4)+"，违法事实：露天焚烧。")), "masked ID")
	n("h-neg-15.html", fHTML, page("各科室办公电话", T([]string{"科室", "电话"}, []string{"办公室", "021-58781001"}, []string{"执法支队", "021-58781120"})), "office phones")
	n("h-neg-16.txt", fTXTBOM, page("局办公室秘书科工作职责", P("秘书科负责局机关文电处理、会议组织和机要保密工作。")), "秘书科 and 机要保密 as duties")
	n("h-neg-17.docx", fDOCX, page("VOCs治理设施改造指南", P("对有机密闭空间内的废气应采用负压收集，收集效率不低于90%。")), "有机密闭 straddle")
	n("h-neg-18.pdf", fPDF, page("2023年环境宣传教育工作总结", hp(2, 3)...), "ordinary summary")
	n("h-neg-19.txt", fGBK, page("双随机抽查结果公告", P("本期抽查企业12家，其中上海东源化工科技有限公司（统一社会信用代码"+uscc("91310115MA1J9B6X4")+"）存在问题，已责令整改。")), "USCC in a public result")
	fresh2023b(l)
	fresh2023c(l)
	fresh2023d(l)
	fresh2023e(l)
	fresh2023f(l)
	fresh2023g(l)
	fresh2023h(l)
	fresh2023i(l)
	fresh2023j(l)
	fresh2023k(l)
	fresh2023l(l)
	fresh2023m(l)
	fresh2023n(l)
	fresh2023o(l)
	fresh2023p(l)
	fresh2023q(l)
	fresh2023r(l)
	fresh2023s(l)
	fresh2023t(l)
	fresh2023u(l)
}

func fresh2023b(l *lab) {
	n := func(name, format string, d Doc, note string) {
		l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: "no_findings", note: note})
	}
	// State marks.
	l.add("h2-ss-01.txt", fTXT, mk("关于开展环境风险源排查的通知", []Block{L("000045　秘密★1年")}, hp(0, 2)...), "withhold", mState, nil, "份号 and mark on one line")
	l.add("h2-ss-02.docx", fDOCX, mk("应急监测能力评估", []Block{L("秘密★ 1 年")}, hp(1, 2)...), "withhold", mState, nil, "spaces around the digit")
	l.addHTML("h2-ss-03.html", mk("重点目标防护方案", []Block{L("绝密★长期")}, hp(2, 2)...), HTMLOptions{}, "withhold", mState, nil, "绝密★长期")
	l.add("h2-ss-04.pdf", fPDF, mk("关于做好重大活动期间辐射安全保障的通知", []Block{L("000201"), L("秘密★3个月")}, hp(3, 2)...), "withhold", mState, nil, "3个月 in a PDF")
	d := page("环境安全保障工作方案", hp(4, 2)...)
	d.Header = []Block{R("機密★10年")}
	l.add("h2-ss-05.docx", fDOCX, d, "withhold", mState, nil, "繁體 in a header")
	l.add("h2-ss-06.txt", fGBK, mk("关于某地块土壤污染调查情况的报告", []Block{R("秘　密")}, hp(5, 2)...), "withhold", mState, allowWork, "spaced level alone, right")
	l.add("h2-ss-07.txt", fUTF16, mk("辐射环境监测方案", []Block{L("密级：绝密"), L("保密期限：长期")}, hp(0, 2)...), "withhold", mState, nil, "密级：绝密 field")
	d = page("放射源安全检查方案", hp(1, 2)...)
	d.Body[0].TextBox = "机密★3年"
	l.add("h2-ss-08.docx", fDOCX, d, "withhold", mState, nil, "text box")
	// Work marks.
	l.add("h2-ws-01.txt", fTXTBOM, mk("环境执法工作情况", []Block{R("内部　注意保存")}, hp(2, 2)...), "withhold", mWork, nil, "内部　注意保存")
	l.addHTML("h2-ws-02.html", mk("执法动态（第8期）", []Block{L("内部参阅　请勿外传")}, hp(3, 2)...), HTMLOptions{}, "withhold", mWork, nil, "内部参阅")
	l.add("h2-ws-03.pdf", fPDF, mk("信访维稳工作提示", []Block{L("内部事项　注意保管")}, hp(4, 2)...), "withhold", mWork, nil, "内部事项 注意保管 PDF line 1")
	// Work content.
	l.add("h2-wc-01.docx", fDOCX, page("关于“十四五”中期评估有关情况的汇报", P("现将有关情况汇报如下，请局务会审议。"), P("中期评估显示，4项指标进度滞后，建议调整年度目标。")), "review", cWork, nil, "汇报 请局务会审议")
	l.add("h2-wc-02.txt", fTXT, page("企业座谈会讨论情况记录", P("与会企业代表就排污许可收费标准调整发表了意见：张经理认为调整幅度过大，王总建议分步实施。局方表示将研究后再作决定。")), "review", cWork, nil, "讨论情况记录")
	l.add("h2-wc-03.txt", fGBK, page("区审计局审计报告（征求意见稿）", P("审计发现，该局2022年专项资金结余1200万元未及时上缴。请被审计单位在10日内书面反馈意见。")), "review", cWork, nil, "审计 征求意见稿")
	l.addHTML("h2-wc-04.html", page("纪检监察工作情况通报（内部）", P("今年以来共立案审查3起，涉及处级干部1人，目前1起已移送司法机关。")), HTMLOptions{}, "review", cWork, []string{"marking"}, "纪检 cases; （内部） in the title")
	l.add("h2-wc-05.docx", fDOCX, page("关于拟调整干部的酝酿名单", P("经党组书记与班子成员个别酝酿，拟将吴海燕同志调任监测站站长，提请党组会研究。")), "review", cWork, nil, "人事 酝酿")
	l.add("h2-wc-06.txt", fTXT, mk("浦东新区生态环境局2024年工作计划", []Block{C("（讨论稿）")}, hp(5, 2)...), "review", cWork, nil, "讨论稿 subtitle")
	l.add("h2-wc-07.pdf", fPDF, page("关于进一步规范环评审批的若干意见（送审稿）", hp(0, 2)...), "review", cWork, nil, "送审稿 in a PDF")
	// Personal data.
	l.addHTML("h2-pd-01.html", page("受助人员名单", T([]string{"姓名", "身份证号"}, []string{"何云", idCard("31011519870214386")})), HTMLOptions{}, "withhold", cPriv, nil, "ID in HTML table")
	l.add("h2-pd-02.docx", fDOCX, page("关于支付噪声补偿款的函", P("请将补偿款转入以下账户：户名王建，开户银行工商银行上海张江支行，银行账号"+bankCard("621226100123456789")+"。")), "withhold", cPriv, nil, "bank account with 开户银行")
	l.add("h2-pd-03.txt", fTXT, page("投诉登记", P("投诉人：邵女士　联系方式：+86 13761239087　投诉内容：楼下餐馆排油烟。")), "review", cPriv, nil, "+86 mobile")
	l.add("h2-pd-04.txt", fGBK, page("案件调查情况", P("当事人吕某，户籍地址：江苏省南通市海门区三星镇新安村12组45号。")), "review", cPriv, nil, "户籍地址")
	l.addHTML("h2-pd-05.html", page("关于某小区居民健康问题的回复", P("居民范某某于2023年3月被确诊为肺结核，住院治疗，其家属认为与附近垃圾中转站有关。")), HTMLOptions{}, "review", cPriv, nil, "infectious disease of a person")
	// Commercial.
	l.add("h2-cs-01.txt", fTXT, page("环评技术评估会意见", P("企业申请不予公开的内容为：原料配方（异氰酸酯32%、多元醇55%、发泡剂13%）及反应釜工艺参数（温度75℃、压力0.3MPa）。")), "review", cComm, nil, "申请不予公开 + 配方")
	l.add("h2-cs-02.docx", fDOCX, page("核查记录", T([]string{"工艺参数", "数值"}, []string{"烧结温度", "1150℃"}, []string{"保温时间", "6h"}), P("以上参数为企业商业秘密。")), "review", cComm, nil, "工艺参数 table + 商业秘密")
	// Hidden.
	l.addHTML("h2-hc-01.html", page("公众开放日报名", hp(1, 2)...), HTMLOptions{Extra: "<div hidden>内部备注：本次开放日的参观企业尚有两家未同意，暂不公布。</div>\n"}, "review", cHid, allowWork, "hidden attribute")
	d = page("关于群众来信的回复", P("来信人反映的问题已处理完毕。"), Runs(Run{Text: "联系电话："}, Run{Text: "13801766320", Del: true}))
	l.add("h2-hc-02.docx", fDOCX, d, "review", []string{"hidden_content", "personal_privacy"}, nil, "deleted mobile")
	d = page("补贴名单说明", Runs(Run{Text: "补贴已发放。"}, Run{Text: "领取人身份证号" + idCard("31011519900909181"), Hidden: true}))
	l.add("h2-hc-03.docx", fDOCX, d, "withhold", []string{"hidden_content", "personal_privacy"}, nil, "hidden run with a valid ID")
	// Negatives.
	n("h2-neg-01.html", fHTML, page("打卡浦东“秘密花园”", P("位于川沙的这座社区花园被居民称为“秘密花园”，园内种植了40多种本土植物。")), "秘密花园")
	n("h2-neg-02.txt", fTXT, page("城市内部河道综合整治", P("中心城区内部河道整治工程已完成，沿岸新建绿道5公里。")), "内部河道")
	n("h2-neg-03.docx", fDOCX, page("生态环境科普馆改造项目招标公告", P("中标供应商须与采购人签订保密协议，对项目资料予以保密。采购人联系电话：021-58781301。")), "保密协议 in procurement")
	n("h2-neg-04.txt", fGBK, page("环境信用评价结果公示", T([]string{"企业名称", "统一社会信用代码", "评价等级"}, []string{"上海东源化工科技有限公司", uscc("91310115MA1J9B6X4"), "警示"})), "USCC in credit results")
	n("h2-neg-05.html", fHTML, page("政府信息公开指南", P("受理机构：浦东新区生态环境局办公室　办公地址：上海市浦东新区世纪大道2001号　办公时间：工作日9:00—17:00　联系电话：021-58781000")), "公开指南 office address/phone")
	n("h2-neg-06.txt", fTXT, page("采购合同备案", P("合同编号：6228480012345678，供应商：上海申洁环保设备有限公司，合同金额：38.6万元。")), "16-digit contract number without bank context")
	n("h2-neg-07.docx", fDOCX, page("关于印发《2023年生态环境执法工作要点》的通知", hp(2, 2)...), "plain notice")
	n("h2-neg-08.txt", fUTF16, page("揭秘空气质量预报", P("空气质量预报的背后有什么秘密？预报员介绍，预报依靠数值模型和气象会商。")), "揭秘/秘密 in a science piece")
	n("h2-neg-09.html", fHTML, page("环评批复公开", P("建设单位：上海锐能新能源科技有限公司（法定代表人：何振宇）。经审查，同意该项目建设。")), "环评批复 with 法定代表人")
	n("h2-neg-10.pdf", fPDF, page("2023年6月环境空气质量", T([]string{"日期", "AQI", "首要污染物"}, []string{"6月1日", "85", "臭氧"}, []string{"6月2日", "62", "—"})), "daily table PDF")
	n("h2-neg-11.txt", fTXT, page("企业开展内部排查", P("企业组织开展内部环境隐患排查，共发现问题7项，已全部整改。")), "内部排查 in running text")
	n("h2-neg-12.docx", fDOCX, page("观看纪录片《绝密使命》", P("局团支部组织青年干部观看纪录片《绝密使命》，接受革命传统教育。")), "绝密 in a film title")
	n("h2-neg-13.txt", fGBK, page("行政处罚信息", P("当事人：陈某，身份证号：310115********2318，银行卡号：6217****5678。")), "masked ID and card")
	n("h2-neg-14.html", fHTML, page("关于公开征求《浦东新区生态环境保护规划》意见的公告", P("规划全文（公开征求意见稿）附后，欢迎社会各界提出宝贵意见。")), "公开征求意见稿")
}

func fresh2023c(l *lab) {
	n := func(name, format string, d Doc, note string) {
		l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: "no_findings", note: note})
	}
	// State marks.
	l.add("h3-ss-01.txt", fGBK, mk("关于做好环境应急值守工作的通知", []Block{L(""), L("000078"), L("机密★5年")}, hp(0, 2)...), "withhold", mState, nil, "blank line before 份号")
	d := mk("重大活动保障方案", nil, hp(1, 2)...)
	d.Body = append([]Block{Runs(Run{Text: "绝密★启用前", Bold: true})}, d.Body...)
	d.Body[0].Indent = false
	l.addHTML("h3-ss-02.html", d, HTMLOptions{}, "withhold", mState, nil, "bold 绝密★启用前")
	d = page("关于召开核安全工作会议的通知", hp(2, 2)...)
	d.Header = []Block{L("秘密★10年")}
	l.add("h3-ss-03.docx", fDOCX, d, "withhold", mState, nil, "header of a meeting notice")
	l.add("h3-ss-04.txt", fTXT, mk("辐射事故应急处置方案", []Block{L("000009"), L("秘密★2026年1月1日")}, hp(3, 2)...), "withhold", mState, nil, "future date term")
	l.add("h3-ss-05.pdf", fPDF, page("发文呈批表", T([]string{"密级", "机密★3年"}, []string{"标题", "关于重点设施周边环境监管的意见"}), P("拟办意见：呈局长审定。")), "withhold", mState, allowWork, "mark in a form table in a PDF")
	l.add("h3-ss-06.docx", fDOCX, mk("关于加强放射性物品运输监管的通知", []Block{L(""), L("秘密★1年")}, hp(4, 2)...), "withhold", mState, nil, "blank first paragraph")
	l.add("h3-ss-07.txt", fGBK, page("2023年工作情况报告", cat(hp(5, 1), []Block{P("（绝密）关于重点目标周边的监测点位调整方案，按有关规定另行报送。")}, hp(0, 1))...), "withhold", mState, allowWork, "（绝密） paragraph mark mid-document")
	l.add("h3-ss-08.txt", fUTF16, mk("环境安全形势研判", []Block{L("密级：秘密★1年")}, hp(1, 2)...), "withhold", mState, nil, "密级：秘密★1年 combined")
	// Work marks.
	d = page("重点企业帮扶名单", hp(2, 2)...)
	d.Body[0].TextBox = "内部资料"
	l.add("h3-ws-01.docx", fDOCX, d, "withhold", mWork, nil, "内部资料 in a text box")
	d = page("环境执法案件分析", hp(3, 2)...)
	d.Header = []Block{R("内部")}
	l.add("h3-ws-02.pdf", fPDF, d, "withhold", mWork, nil, "内部 in a PDF header")
	l.add("h3-ws-03.txt", fGBK, mk("生态环境保护督察迎检准备情况", []Block{L("内部事项，注意保管")}, hp(4, 2)...), "withhold", mWork, nil, "内部事项，注意保管 with a comma")
	l.addHTML("h3-ws-04.html", mk("生态环境简报（2023年第9期）", []Block{L("内部文件　严禁转发")}, hp(5, 2)...), HTMLOptions{}, "withhold", mWork, nil, "内部文件 严禁转发")
	// Work content.
	l.add("h3-wc-01.docx", fDOCX, page("关于申请追加2023年环境监测经费的请示", P("区财政局：因监测任务增加，我局2023年监测经费缺口约300万元，特申请追加。"), P("妥否，请批示。")), "review", cWork, nil, "请示 to the finance bureau")
	l.add("h3-wc-02.txt", fTXT, page("主任办公会议纪要", P("会议研究决定：一、同意监测站采购2台走航监测车；二、下半年开展一次全站业务考核。")), "review", cWork, nil, "办公会议纪要")
	l.add("h3-wc-03.txt", fGBK, page("关于区委巡察组移交问题线索的处理情况", P("区委第一巡察组移交问题线索2条，涉及执法人员违规干预案件办理，现已转派驻纪检组核查。")), "review", cWork, nil, "巡察 线索")
	l.add("h3-wc-04.docx", fDOCX, page("2022年度内部审计报告（初稿）", P("审计发现，部分合同未经法律审核即签订，涉及金额86万元。")), "review", cWork, nil, "内部审计 初稿")
	l.add("h3-wc-05.txt", fUTF16, page("关于对某科长谈话函询情况的报告", P("根据群众反映，派驻纪检组对某科长进行了函询，本人作了书面说明，反映问题基本不属实，予以了结。")), "review", cWork, nil, "纪检 函询")
	l.addHTML("h3-wc-06.html", page("全区重点源排放量汇总表", P("本表数据仅限本单位工作使用，控制使用。"), T([]string{"类别", "二氧化硫（吨）"}, []string{"电力", "512"})), HTMLOptions{}, "review", cWork, nil, "控制使用 aggregated data")
	l.add("h3-wc-07.pdf", fPDF, page("浦东新区生态环境局行政执法裁量基准（修改稿）", hp(0, 2)...), "review", cWork, nil, "修改稿 PDF")
	l.add("h3-wc-08.txt", fTXT, page("关于拟任命科级干部的请示", P("局党组：经研究，拟任命孙伟同志为执法支队二大队大队长，郑丽同志为环评科副科长。请审批。")), "review", cWork, nil, "拟任命 请示")
	// Personal data.
	l.add("h3-pd-01.txt", fUTF16, page("补偿款领取登记", P("领取人：严某，身份证："+idCard("31011519920506052")+"，领取金额3000元。")), "withhold", cPriv, nil, "ID UTF-16")
	d = page("信访件办理情况", hp(3, 1)...)
	d.Body[1].Comment = &Comment{Author: "信访办", Text: "来信人身份证号" + idCard("31011519751130312") + "，请勿公开"}
	l.add("h3-pd-02.docx", fDOCX, d, "withhold", []string{"personal_privacy", "hidden_content"}, nil, "ID in a comment")
	l.add("h3-pd-03.txt", fTXT, page("回访记录", P("已电话回访投诉人，手机号码为138 1726 4590，对处理结果满意。")), "review", cPriv, nil, "spaced mobile")
	l.add("h3-pd-04.txt", fGBK, page("关于申请残疾人环境补贴的审核意见", P("申请人郭某，精神残疾二级，住址：浦东新区北蔡镇莲园路120弄8号101室。")), "review", cPriv, nil, "disability + address")
	l.addHTML("h3-pd-05.html", page("退款通知", P("请将押金退至：开户行：交通银行上海浦东分行；账号："+bankCard("622262012345678901")+"；户名：邹某。")), HTMLOptions{}, "withhold", cPriv, nil, "bank account html")
	// Commercial.
	l.add("h3-cs-01.docx", fDOCX, page("企业技术资料摘录", P("固化剂配方：改性胺60%、促进剂5%、填料35%。该配方为企业技术秘密。")), "review", cComm, nil, "配方")
	l.add("h3-cs-02.txt", fGBK, page("排污许可现场核查意见", P("企业申请不予公开其电镀工艺参数：电流密度3安培/平方分米，镀液温度55℃，pH值4.2。")), "review", cComm, nil, "申请不予公开 + 参数")
	// Hidden.
	l.addHTML("h3-hc-01.html", page("水环境质量季报", hp(4, 2)...), HTMLOptions{Comments: []string{"此处原有一段关于某街道河道返黑的内容，领导要求删除"}}, "review", cHid, allowWork, "HTML comment")
	d = page("宣传活动总结", Runs(Run{Text: "活动取得圆满成功。"}, Run{Text: "实际参加人数仅为计划的一半。", Hidden: true}))
	l.add("h3-hc-02.docx", fDOCX, d, "review", cHid, nil, "hidden run")
	l.addHTML("h3-hc-03.html", page("志愿服务招募", hp(5, 1)...), HTMLOptions{Extra: "<p style=\"visibility: hidden\">负责人手机13916257349，勿公开</p>\n"}, "review", []string{"hidden_content", "personal_privacy"}, nil, "visibility:hidden with mobile")
	// Negatives.
	n("h3-neg-01.txt", fTXT, page("机场周边噪声监测情况", P("受航班增加影响，浦东机场周边飞机密集起降时段的噪声值有所上升。")), "飞机/密集 around 机密")
	n("h3-neg-02.docx", fDOCX, page("渣土运输管理", P("运输企业要求司机密切配合执法检查，车辆密闭运输。")), "司机/密切 around 机密")
	n("h3-neg-03.html", fHTML, page("这不是秘密：节能小妙招", P("随手关灯、空调调高一度，这些节能小妙招早已不是秘密。")), "不是秘密")
	n("h3-neg-04.txt", fGBK, page("关于采购保密柜的公告", P("我局拟采购保密文件柜6台，预算4.2万元，欢迎供应商参与。")), "保密柜 procurement")
	n("h3-neg-05.txt", fTXTBOM, page("设备检修通知", P("请维保单位于周末对监测设备机体内部进行除尘。")), "机体内部")
	n("h3-neg-06.docx", fDOCX, page("涉密人员管理规定解读", P("规定明确，涉密人员分为核心、重要和一般三类，离岗离职实行脱密期管理。")), "rules about 涉密人员")
	pen := gw{org: "上海市浦东新区生态环境局", title: "行政处罚决定书", number: "第2320230222号",
		body: body(`
当事人：上海申洁环保设备有限公司
统一社会信用代码：` + uscc("91310115MA1N3C5Q7") + `
法定代表人：姚军
你公司未按规定设置危险废物识别标志，决定罚款人民币贰万元。`),
		sign: "上海市浦东新区生态环境局", date: "2023年7月10日", note: "（此件公开发布）"}
	n("h3-neg-07.pdf", fPDF, pen.doc(), "penalty PDF")
	n("h3-neg-08.txt", fTXT, page("2023年上半年政府信息公开工作情况", P("上半年未发生因公开信息泄露国家秘密、工作秘密的情况；局内部审计对信息公开经费进行了检查。")), "mentions")
	n("h3-neg-09.html", fHTML, page("关于公开征求《浦东新区环境噪声管理规定（公开征求意见稿）》意见的通知", P("欢迎公众通过电子邮件提出意见。")), "公开征求意见稿")
	n("h3-neg-10.docx", fDOCX, page("2023年7月空气质量周报", T([]string{"日期", "AQI"}, []string{"7月3日", "58"}, []string{"7月4日", "73"})), "monitoring")
	n("h3-neg-11.txt", fGBK, page("建设项目环评受理公示", P("建设单位：上海东源化工科技有限公司，联系电话：021-68901234；评价单位联系电话：021-55667788。")), "环评 office phones")
	n("h3-neg-12.txt", fTXT, page("行政处罚决定（个人）", P("当事人：潘某，身份证号码：310115********0012。")), "masked ID")
	n("h3-neg-13.html", fHTML, page("举报有奖", P("发现环境违法行为，请拨打12369环保举报热线，我们将对举报人信息严格保密。")), "12369 and 保密 promise")
	n("h3-neg-14.txt", fUTF16, page("我局开展国家安全教育日活动", P("活动中，干部职工学习了保守国家秘密法，了解了绝密、机密、秘密三个密级的区别。")), "news mentions levels")
	n("h3-neg-15.docx", fDOCX, page("关于印发《2023年大气污染防治工作计划》的通知", hp(1, 2)...), "plain notice")
	n("h3-neg-16.txt", fTXT, page("社区花园建设", P("居民自发组成“绿色小组”，在小区内部空地建设了社区花园。")), "小区内部")
	n("h3-neg-17.pdf", fPDF, page("2023年第二季度环境信访情况通报", P("二季度共受理环境信访1180件，同比下降6%，办结率100%。")), "public statistics")
	n("h3-neg-18.html", fHTML, page("企业环境信息依法披露系统上线", P("企业可通过系统填报年度环境信息依法披露报告，涉及商业秘密的内容可依法申请不予披露。")), "mentions 商业秘密 rule")
	d = gw{org: "浦东新区生态环境局", number: "浦环保〔2023〕101号", title: "关于开展秋冬季大气污染综合治理攻坚行动的通知",
		to: "各街镇", body: hp(2, 2), sign: "浦东新区生态环境局", date: "2023年9月1日", note: "（此件主动公开）"}.doc()
	n("h3-neg-19.docx", fDOCX, d, "public 公文 此件主动公开")
	n("h3-neg-20.txt", fGBK, page("绿色学校创建经验", P("学校把环保教育融入课堂，学生们说，保护环境的秘诀就在日常点滴之中。")), "秘诀")
}

func fresh2023d(l *lab) {
	n := func(name, format string, d Doc, note string) {
		l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: "no_findings", note: note})
	}
	// Marks.
	l.add("h4-ss-01.txt", fTXT, mk("关于做好防汛期间环境应急工作的通知", []Block{L("份号：000027"), L("秘密★1年")}, hp(0, 2)...), "withhold", mState, nil, "份号： label then mark")
	d := page("关于辐射安全许可证专项检查的通知", hp(1, 3)...)
	d.Body[0].TextBox = "秘密★2年"
	l.add("h4-ss-02.pdf", fPDF, d, "withhold", mState, nil, "text-box mark in a PDF (content order may put it last)")
	l.add("h4-ss-03.txt", fTXT, mk("重点区域环境监测方案", []Block{L("机密★"), L("10年")}, hp(2, 2)...), "withhold", mState, nil, "term wrapped onto the next line")
	d = page("核与辐射应急演练脚本", hp(3, 2)...)
	d.Footer = []Block{C("秘密★1年　第1页")}
	l.add("h4-ss-04.docx", fDOCX, d, "withhold", mState, nil, "mark in the footer")
	att := page("关于报送重点目标环境保障情况的函", cat(hp(4, 2), []Block{L("附件2"), L("秘密★5年"), C("重点目标周边监测点位一览表"), P("（表略）")})...)
	l.add("h4-ss-05.docx", fDOCX, att, "withhold", mState, allowWork, "mark at the head of an attachment mid-document")
	l.add("h4-ss-06.txt", fGBK, mk("环境安全工作要点", []Block{L("★秘密★1年")}, hp(5, 1)...), "withhold", mState, nil, "stray star before the level")
	l.addHTML("h4-ss-07.html", page("辐射安全形势分析", cat([]Block{T([]string{"密级", "秘密"}, []string{"保密期限", "1年"})}, hp(0, 2))...), HTMLOptions{}, "withhold", mState, nil, "mark in an HTML table at the top")
	// Work marks / content.
	l.add("h4-ws-01.txt", fTXT, mk("重点企业名单", nil, P("以下名单请内部掌握，不对外公布。"), T([]string{"企业", "类别"}, []string{"上海东源化工科技有限公司", "重点"})), "review", cWork, []string{"marking"}, "内部掌握，不对外公布")
	l.add("h4-wc-01.docx", fDOCX, page("关于2024年部门预算编制情况的报告", P("现将2024年部门预算编制情况报告如下，提交局务会议讨论。")), "review", cWork, nil, "报告 提交局务会议讨论")
	l.add("h4-wc-02.txt", fGBK, page("会议议定事项", P("7月5日局领导碰头会议定：一、暂缓对某企业的处罚决定送达；二、由执法支队与企业进一步沟通。")), "review", cWork, nil, "会议议定事项 without the word 纪要")
	l.add("h4-wc-03.txt", fTXT, page("试用期满考核情况", P("刘洋同志任执法支队副支队长试用期满，经考核，拟正式任职，提请党组会研究。")), "review", cWork, nil, "试用期满考核 personnel")
	l.addHTML("h4-wc-04.html", page("2024年度工作计划【讨论稿】", hp(1, 2)...), HTMLOptions{}, "review", cWork, nil, "【讨论稿】 brackets")
	l.add("h4-wc-05.txt", fUTF16, page("关于河道整治工作的实施方案(征求意见稿)", P("请各街镇于8月10日前反馈意见。")), "review", cWork, nil, "(征求意见稿) ASCII brackets, internal")
	l.add("h4-wc-06.docx", fDOCX, page("信息公开工作制度（第3稿）", hp(2, 2)...), "review", cWork, nil, "第3稿")
	l.add("h4-wc-07.txt", fTXT, page("审计发现问题整改建议", P("经审计，局属监测站存在未按规定报销差旅费问题，建议追回违规报销款1.6万元。")), "review", cWork, nil, "审计 findings")
	// Personal.
	l.add("h4-pd-01.txt", fTXT, page("领取登记", P("领取人身份证号："+lowerX(idCard("11010519491231002"))+"。")), "withhold", cPriv, nil, "ID ending in lowercase x")
	l.add("h4-pd-02.docx", fDOCX, page("入户调查登记表", T([]string{"姓名", "家庭住址", "联系电话"}, []string{"陆某某", "浦东新区祝桥镇星火村3组18号", "13671987254"})), "review", cPriv, nil, "address and mobile in a table")
	l.add("h4-pd-03.txt", fGBK, page("关于小区业主投诉的处理", P("投诉人车辆沪A·7K261常停放于小区东门，其反映附近工地扬尘落于车身。")), "review", cPriv, nil, "a private car plate")
	l.addHTML("h4-pd-04.html", page("情况说明", P("据病历记载，患者严某某因长期接触粉尘被诊断为尘肺病，现仍在治疗。")), HTMLOptions{}, "review", cPriv, nil, "病历/诊断 of a person")
	// Commercial.
	l.add("h4-cs-01.docx", fDOCX, page("技术参数表（企业申请保密）", T([]string{"参数", "数值"}, []string{"反应温度", "210℃"}, []string{"催化剂用量", "1.2%"})), "review", cComm, nil, "参数 table with 企业申请保密")
	// Negatives.
	n("h4-neg-01.html", fHTML, page("纪录片讲述候鸟保护故事", P("摄制组查阅了大量历史档案和内部资料，历时三年完成拍摄。")), "内部资料 in running text")
	n("h4-neg-02.txt", fTXT, page("档案管理办法（公开版）", P("本局文件按公开、内部、秘密、机密四类管理，分别存放。")), "levels listed in a rule")
	n("h4-neg-03.docx", fDOCX, page("考试组织工作规范", P("试卷印制完成后应当在封面标注“绝密★启用前”字样，并由专人保管。")), "mark quoted in an exam rule")
	n("h4-neg-04.txt", fGBK, page("环评审批事项办理指南", P("办理地点：浦东新区市民中心2楼B12窗口；咨询电话：021-58781234；办理时限：15个工作日。")), "service guide")
	n("h4-neg-05.html", fHTML, page("生态环境损害赔偿磋商会召开", P("赔偿义务人上海东源化工科技有限公司法定代表人马立新参加磋商，双方达成赔偿协议。")), "法定代表人 in news")
	n("h4-neg-06.txt", fTXT, page("行政处罚信息公开表", T([]string{"当事人", "证件号码", "处罚内容"}, []string{"个体户韩某", "310115********5512", "罚款5000元"})), "masked ID in a table")
	n("h4-neg-07.docx", fDOCX, page("关于开展“绿色账户”积分兑换活动的通知", P("居民可凭绿色账户积分兑换环保袋，兑换热线：021-58781288。")), "office hotline")
	n("h4-neg-08.txt", fUTF16, page("噪声地图发布", P("全区噪声地图覆盖面积1210平方公里，道路交通噪声平均值为67.5分贝。")), "monitoring")
	n("h4-neg-09.html", fHTML, page("局团委组织参观保密教育展", P("展览通过图片和实物展示了泄密案例，提醒干部职工增强保密意识，严守国家秘密。")), "保密教育 news")
	n("h4-neg-10.pdf", fPDF, page("2023年8月环境空气质量月报", hp(0, 2)...), "ordinary report PDF")
	n("h4-neg-11.txt", fTXT, page("企业信息公开", P("企业内部设有环境管理部门，负责人：顾经理，办公电话：021-50881234。")), "company office phone")
	n("h4-neg-12.docx", fDOCX, page("关于公开征求意见的公告", P("《浦东新区生态环境保护“十五五”规划（公开征求意见稿）》已在我局网站公布，征求意见截止日期为2025年3月31日。")), "公开征求意见稿")
	n("h4-neg-13.txt", fGBK, page("科普：臭氧的秘密", P("臭氧在高空保护我们免受紫外线伤害，在近地面却是一种污染物，这就是臭氧的秘密。")), "臭氧的秘密")
	n("h4-neg-14.html", fHTML, page("环境执法典型案例", P("某企业将含油废水通过暗管偷排，执法人员顺藤摸瓜揭开了企业偷排的“秘密”。当事企业已被依法处罚。")), "揭开…秘密 in a case story")
}

// lowerX writes an ID's X check character in lower case, as people type it.
func lowerX(id string) string {
	if id[len(id)-1] == 'X' {
		return id[:len(id)-1] + "x"
	}
	return id
}

var longPool = []string{
	"一、总体情况。今年以来，全区生态环境质量总体保持稳定并持续改善，主要污染物排放总量持续下降，生态环境安全底线守牢守住。",
	"全区地表水考核断面水质优良比例达到85.7%，较上年提高4.8个百分点；劣Ⅴ类水体全面消除，河湖水环境面貌明显改善。",
	"二、主要工作。一是深入推进大气污染防治，完成312家企业挥发性有机物综合治理；二是扎实推进水污染防治，新建改造污水管网86公里。",
	"三是加强土壤和地下水污染防治，完成重点监管单位土壤隐患排查；四是推进固体废物污染防治，危险废物规范化管理水平进一步提升。",
	"在执法监管方面，全年共出动执法人员2.1万人次，检查企业9600余家次，立案查处环境违法案件412件，罚没款金额4860万元。",
	"各企业应当健全企业内部环境管理制度，明确环境保护责任人，加强对厂区内部管网、治理设施的日常巡检和维护保养。",
	"区审计局对我局2022年度预算执行情况开展了审计，审计发现的问题已全部整改到位，整改情况已在区政府网站公开。",
	"会议听取了各街镇关于河长制工作的汇报，形成了会议纪要，明确了下一阶段的重点任务和责任分工。",
	"三、存在的问题。部分区域臭氧污染问题仍较突出，个别河道水质不稳定，部分企业环境管理基础仍较薄弱。",
	"四、下一步工作打算。我局将坚持问题导向，聚焦突出环境问题，统筹推进减污降碳协同增效，持续改善生态环境质量。",
	"全年共受理政府信息公开申请96件，均在法定期限内答复；因涉及商业秘密、个人隐私等原因不予公开的4件，已依法说明理由。",
	"我局高度重视保密工作，严格落实“涉密不上网、上网不涉密”要求，全年未发生失泄密事件。",
	"五、保障措施。加强组织领导，各科室主要负责同志为第一责任人；加强资金保障，确保各项任务经费落实到位。",
	"加强宣传引导，通过新闻发布会、政务新媒体等渠道及时回应社会关切，营造全社会共同参与生态环境保护的良好氛围。",
}

func lp(i, n int) []Block {
	out := make([]Block, 0, n)
	for k := 0; k < n; k++ {
		out = append(out, P(longPool[(i+k)%len(longPool)]))
	}
	return out
}

func fresh2023e(l *lab) {
	n := func(name, format string, d Doc, note string) {
		l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: "no_findings", note: note})
	}
	long := func(title string, i int) Doc {
		g := gw{org: "浦东新区生态环境局", number: "浦环保〔2023〕1" + string(rune('0'+i%10)) + "6号", title: title,
			to: "区政府", body: lp(i, 14), sign: "浦东新区生态环境局", date: "2023年12月20日", note: "（此件公开发布）",
			cc: "市生态环境局", printOrg: "浦东新区生态环境局办公室", printDate: "2023年12月20日"}
		return g.doc()
	}
	// Long negatives, each format.
	n("h5-neg-01.docx", fDOCX, long("浦东新区生态环境局2023年工作总结", 0), "long public 工作总结 with mentions of 内部管网, 审计, 会议纪要, 商业秘密, 保密")
	n("h5-neg-02.pdf", fPDF, long("浦东新区2023年生态环境状况公报", 3), "long public 公报 PDF")
	n("h5-neg-03.txt", fGBK, long("关于2023年度环境保护目标完成情况的报告", 5), "long public report GBK")
	n("h5-neg-04.html", fHTML, long("浦东新区生态环境局2023年法治政府建设情况报告", 7), "long public report HTML")
	n("h5-neg-05.txt", fUTF16, long("2023年度政府信息公开工作年度报告", 9), "long annual report UTF-16")
	n("h5-neg-06.txt", fTXT, long("浦东新区生态环境局2024年工作要点", 11), "long 工作要点")
	// Long positives: one sensitive line deep inside.
	d := long("浦东新区生态环境局2023年信访工作总结", 1)
	d.Body = append(d.Body[:12], append([]Block{P("其中，市民龚某（手机13482165703）反复来信反映的问题已妥善解决。")}, d.Body[12:]...)...)
	l.add("h5-pd-01.docx", fDOCX, d, "review", cPriv, nil, "one private mobile deep in a long public report")
	d = long("关于生态补偿资金使用情况的报告", 2)
	d.Body = append(d.Body, L("附件：补偿对象名单"), T([]string{"姓名", "身份证号", "金额（元）"}, []string{"唐某", idCard("31011519580706223"), "12000"}))
	l.add("h5-pd-02.pdf", fPDF, d, "withhold", cPriv, nil, "valid ID in an appended table of a long PDF")
	d = long("浦东新区“十四五”生态环境保护规划实施情况中期评估报告", 4)
	d.Header = []Block{R("内部资料　注意保管")}
	l.add("h5-ws-01.docx", fDOCX, d, "withhold", mWork, nil, "work mark only in the header of a long report")
	d = long("关于进一步加强建设项目环评管理的实施意见", 6)
	d.Body = append([]Block{C("（送审稿）")}, d.Body...)
	d.Body = removeNote(d.Body)
	l.add("h5-wc-01.txt", fTXT, d, "review", cWork, nil, "送审稿 on top of a long 公文 (no 公开发布 note)")
	d = long("2023年度环境执法工作情况报告", 8)
	d.Body = append(d.Body[:9], append([]Block{P("另，针对市委第三巡视组反馈的执法宽松软问题，我局已制定整改方案，明确3名责任领导，整改情况将另行专题报告。")}, d.Body[9:]...)...)
	d.Body = removeNote(d.Body)
	l.add("h5-wc-02.docx", fDOCX, d, "review", cWork, nil, "巡视 findings paragraph inside a long report")
	g := gw{fenhao: "000088", mark: "秘密★1年", org: "浦东新区生态环境局文件", number: "浦环保〔2023〕150号",
		title: "关于做好2024年重大活动环境保障工作的通知", to: "局属各单位", body: lp(2, 14), sign: "浦东新区生态环境局", date: "2023年12月25日",
		printOrg: "浦东新区生态环境局办公室", printDate: "2023年12月25日"}
	l.add("h5-ss-01.pdf", fPDF, g.doc(), "withhold", mState, nil, "mark on a long multi-page PDF")
	g.mark, g.fenhao = "", ""
	gd := g.doc()
	gd.Header = []Block{L("机密★5年")}
	l.add("h5-ss-02.docx", fDOCX, gd, "withhold", mState, nil, "mark only in the header of a long DOCX")
	d = long("关于2023年度环境信用评价结果的通报", 10)
	d.Body = append(d.Body[:5], append([]Block{Runs(Run{Text: "评价结果已报市局。"}, Run{Text: "局长办公会认为对该企业的评价结果需要慎重，暂缓公布。", Del: true})}, d.Body[5:]...)...)
	l.add("h5-hc-01.docx", fDOCX, d, "review", cHid, allowWork, "tracked deletion deep in a long report")
	d = long("关于危险废物规范化管理评估情况的通报", 12)
	d.Body = append(d.Body[:7], append([]Block{P("评估中发现，某企业废矿物油再生工艺参数为：裂解温度420℃，真空度-0.095MPa，该企业申请对上述参数保密。")}, d.Body[7:]...)...)
	d.Body = removeNote(d.Body)
	l.add("h5-cs-01.txt", fGBK, d, "review", cComm, nil, "工艺参数 paragraph inside a long 通报")
}

// removeNote drops the （此件公开发布） line from a long 公文 whose content
// would not be published as is.
func removeNote(bs []Block) []Block {
	var out []Block
	for _, b := range bs {
		if len(b.Runs) == 1 && b.Runs[0].Text == "（此件公开发布）" {
			continue
		}
		out = append(out, b)
	}
	return out
}

func fresh2023f(l *lab) {
	n := func(name, format string, d Doc, note string) {
		l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: "no_findings", note: note})
	}
	aw := []string{"work_secret"}
	// State marks.
	g := gw{mark: "秘　密★5年", org: "浦东新区环境保护局文件", number: "浦环保〔2006〕44号", title: "关于加强环境监测数据保密管理的通知",
		to: "局属各单位", body: hp(0, 2), sign: "浦东新区环境保护局", date: "2006年8月1日", oldStyleMark: true}
	l.addHTML("h6-ss-01.html", g.doc(), HTMLOptions{}, "withhold", mState, nil, "old-style right-aligned mark on a web page")
	l.add("h6-ss-02.txt", fTXT, mk("监测人员技能考核试卷", []Block{L("绝密 ★ 启用前")}, hp(1, 2)...), "withhold", mState, nil, "绝密 ★ 启用前 with spaces")
	l.add("h6-ss-03.docx", fDOCX, page("呈批件", T([]string{"机密★１年", "浦环呈〔2023〕12号"}), P("关于重点设施周边环境风险评估工作的请示。")), "withhold", mState, aw, "full-width digit in a 版头 table cell")
	g = gw{fenhao: "000019", mark: "秘　密★10年", org: "浦东新区环境保护局文件", number: "浦环保〔2005〕9号", title: "关于核技术利用单位监管的通知",
		to: "各相关单位", body: hp(2, 2), sign: "浦东新区环境保护局", date: "2005年2月3日"}
	l.add("h6-ss-04.pdf", fPDF, g.doc(), "withhold", mState, nil, "spaced level under 份号 in a PDF")
	l.add("h6-ss-05.txt", fGBK, mk("关于某重点工程环境监测的通知", []Block{L("机密★１年")}, hp(3, 2)...), "withhold", mState, nil, "full-width 1, GBK")
	// Work marks.
	d := page("环境风险企业清单", hp(4, 2)...)
	d.Header = []Block{R("内部　请勿外传")}
	l.add("h6-ws-01.docx", fDOCX, d, "withhold", mWork, nil, "内部 请勿外传 header")
	l.addHTML("h6-ws-02.html", mk("环境舆情周报", []Block{L("内部资料，仅供参考")}, hp(5, 2)...), HTMLOptions{}, "withhold", mWork, nil, "内部资料，仅供参考")
	l.add("h6-ws-03.txt", fTXT, mk("重点企业执法检查安排", []Block{R("严禁复制")}, hp(0, 2)...), "withhold", mWork, nil, "严禁复制 top-right")
	// Work content.
	l.add("h6-wc-01.docx", fDOCX, page("汇报提纲（供局务会研究）", P("一、上半年工作进展；二、存在的困难；三、需要研究的事项：监测站编制调整。")), "review", cWork, nil, "汇报提纲 for 局务会")
	l.add("h6-wc-02.txt", fGBK, page("企业座谈会纪要", P("会议纪要如下：与会企业普遍反映环评审批时限偏长，局方表示将研究优化措施。")), "review", cWork, nil, "座谈会纪要")
	l.add("h6-wc-03.txt", fTXT, page("关于拟调整部分干部的名单", P("拟调整：黄静同志由办公室调至执法支队；赵磊同志由监测站调至办公室。以上尚未经党组会研究。")), "review", cWork, nil, "人事 名单")
	l.addHTML("h6-wc-04.html", page("案件审理报告", P("经审理，某执法人员违规为企业说情打招呼，违反工作纪律，建议给予党内警告处分。")), HTMLOptions{}, "review", cWork, nil, "纪检 审理报告")
	l.add("h6-wc-05.docx", fDOCX, page("巡察整改工作台账", T([]string{"问题", "整改措施", "进度"}, []string{"执法程序不规范", "开展案卷评查", "推进中"})), "review", cWork, nil, "巡察整改台账")
	l.add("h6-wc-06.pdf", fPDF, page("浦东新区生态环境局权责清单（报批稿）", hp(1, 2)...), "review", cWork, nil, "报批稿 PDF")
	// Personal.
	l.add("h6-pd-01.txt", fTXT, page("信访回复", P("联系人：张先生，手机：13564218790，住址不详。")), "review", cPriv, nil, "mobile after 手机：")
	l.addHTML("h6-pd-02.html", page("情况说明", P("居民方某经医院诊断患有哮喘病，病史5年，其认为与附近企业排放有关。")), HTMLOptions{}, "review", cPriv, nil, "diagnosis and 病史")
	l.add("h6-pd-03.txt", fGBK, page("调查笔录摘要", P("被调查人户籍所在地：安徽省阜阳市颍州区清河路88号，现住浦东新区航头镇。")), "review", cPriv, caseFile, "户籍所在地 address (in a 调查笔录: 行政执法案卷)")
	l.add("h6-pd-04.docx", fDOCX, page("付款申请", P("收款人：个人 许某；收款账户："+bankCard("621483210098765432")+"；开户行：招商银行上海分行。")), "withhold", cPriv, nil, "收款账户 + 开户行")
	n("h6-neg-01.txt", fTXT, page("回访情况", P("已回访投诉人（手机138****4590），其对处理结果表示满意。")), "masked mobile")
	// Commercial.
	l.add("h6-cs-01.txt", fTXT, page("专家评审意见", P("企业提供的原料配比（废塑料∶催化剂＝100∶3）及裂解工艺参数（温度450℃）属其商业秘密，评审意见中不予引用。")), "review", cComm, nil, "配比 + 参数 + 商业秘密")
	l.addHTML("h6-cs-02.html", page("企业申请材料摘录", P("企业申请不予公开的信息：年产能12000吨、主要客户名单及采购单价（原料A每吨6850元）。")), HTMLOptions{}, "review", cComm, nil, "企业申请不予公开 + prices")
	// Hidden.
	d = page("环境质量公报", hp(2, 2)...)
	d.Body[1].Comment = &Comment{Author: "张科长", Text: "第二段的数字和市里口径不一样，先别发"}
	l.add("h6-hc-01.docx", fDOCX, d, "review", cHid, nil, "comment")
	l.addHTML("h6-hc-02.html", page("活动报名", hp(3, 1)...), HTMLOptions{Comments: []string{"联系人：吴倩 13918273645"}}, "review", []string{"hidden_content", "personal_privacy"}, nil, "HTML comment with a mobile")
	d = page("年度报告", hp(4, 2)...)
	d.Props = Props{Title: "年度报告", Keywords: "讨论稿；请勿外传"}
	l.add("h6-hc-03.docx", fDOCX, d, "review", cHid, aw, "docProps keywords 讨论稿 请勿外传")
	// Negatives.
	n("h6-neg-02.html", fHTML, page("环境日主题活动", P("活动现场，孩子们通过显微镜观察水中微生物，探索水的秘密。")), "水的秘密")
	n("h6-neg-03.docx", fDOCX, page("关于开展企业内部环境审核培训的通知", P("为帮助企业建立内部环境审核机制，我局将举办专题培训，欢迎企业环境管理人员报名。")), "内部审核 training")
	n("h6-neg-04.txt", fGBK, page("法治宣传：保守国家秘密法修订要点", P("修订后的保密法规定，机关、单位应当依法确定密级，绝密、机密、秘密的保密期限分别不超过三十年、二十年、十年。")), "law article")
	n("h6-neg-05.txt", fTXT, page("污水处理厂运行情况", P("厂区内部管网改造完成后，进水化学需氧量浓度由180毫克/升提高到260毫克/升。")), "内部管网")
	n("h6-neg-06.pdf", fPDF, page("行政许可决定书", P("申请单位：上海锐能新能源科技有限公司，统一社会信用代码："+uscc("91310115MA1H2RX3P")+"，法定代表人：何振宇。经审查，准予许可。")), "许可决定 with USCC")
	n("h6-neg-07.html", fHTML, page("12369举报受理情况（2023年11月）", T([]string{"类型", "件数"}, []string{"大气", "212"}, []string{"噪声", "305"})), "public statistics")
	n("h6-neg-08.docx", fDOCX, page("我局召开局务会议专题研究生态环境保护督察整改工作", P("会议强调，要以督察整改为契机，推动解决一批群众身边的突出生态环境问题。")), "news of a meeting")
	n("h6-neg-09.txt", fUTF16, page("秋季观鸟指南", P("九月是观赏鸻鹬类候鸟的最佳时节，候鸟迁徙的秘密藏在潮汐和滩涂里。")), "候鸟迁徙的秘密")
	n("h6-neg-10.txt", fTXT, page("环评公众参与信息公开", P("建设单位名称：上海朗瑞医疗器械有限公司；联系人：葛女士；联系电话：021-50801234；电子邮箱：hb@langrui.example.com。")), "环评 contact office phone")
}

// cms wraps an article in a district government site's page template.
func cms() HTMLOptions {
	return HTMLOptions{
		Comments: []string{"nav begin", "nav end"},
		Extra:    "<div class=\"footer\"><p>主办单位：浦东新区人民政府　承办单位：浦东新区生态环境局　沪ICP备05011235号</p></div>\n<script>var siteId=\"pdhb\";function share(){return document.title;}</script>\n",
	}
}

// wechat styles a post as the WeChat editor does.
func wechat() HTMLOptions {
	return HTMLOptions{Extra: "<section style=\"text-align:center;color:#888;font-size:12px\"><span>点击上方蓝字关注我们</span></section>\n<section style=\"text-align:center\"><span>长按识别二维码</span></section>\n"}
}

// pdfCopy renders a Doc as text pasted out of a PDF viewer: lines hard
// wrapped at 22 characters, page number lines in between.
func pdfCopy(d Doc) Doc {
	var out []Block
	for _, line := range strings.Split(d.Text(), "\n") {
		line = strings.TrimSpace(line)
		r := []rune(line)
		for len(r) > 22 {
			out = append(out, L(string(r[:22])))
			r = r[22:]
		}
		out = append(out, L(string(r)))
	}
	out = append(out, C("— 1 —"))
	return Doc{Body: out, Props: d.Props}
}

func fresh2023g(l *lab) {
	n := func(name, format string, d Doc, note string) {
		l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: "no_findings", note: note})
	}
	aw := []string{"work_secret"}
	// State marks.
	g := gw{fenhao: "000066", org: "浦东新区生态环境局文件", number: "浦环保〔2023〕131号", title: "关于重点区域辐射环境监测的通知",
		to: "监测站", body: hp(0, 2), sign: "浦东新区生态环境局", date: "2023年10月8日"}
	gd := g.doc()
	gd.Body = append([]Block{L("000066"), L("机密★5"), L("年")}, gd.Body[1:]...)
	l.add("h7-ss-01.txt", fTXT, gd, "withhold", mState, nil, "PDF-pasted text: 机密★5 / 年 on two lines")
	d := page("关于做好辐射事故应急准备的通知", hp(1, 2)...)
	d.Header = []Block{L("\t\t机密★5年")}
	l.add("h7-ss-02.docx", fDOCX, d, "withhold", mState, nil, "tabs before the mark in the header")
	d = mk("关于某项目环境安全评估情况的报告", []Block{L("秘密★1年")}, hp(2, 2)...)
	l.addHTML("h7-ss-03.html", d, cms(), "withhold", mState, aw, "mark first in the article of a CMS page")
	l.add("h7-ss-04.txt", fTXTBOM, mk("重点区域大气环境质量保障措施", []Block{L("000071"), L("秘密★6个月"), L("特急")}, hp(3, 2)...), "withhold", mState, nil, "份号, 6个月, 特急")
	l.add("h7-ss-05.docx", fDOCX, mk("环境应急物资调拨方案", []Block{L("（机密★1年）")}, hp(4, 2)...), "withhold", mState, nil, "bracketed mark with term")
	l.add("h7-ss-06.txt", fGBK, page("工作报告", cat(hp(5, 1), []Block{P("（机密★长期）以下内容涉及重点目标，按规定单独报送。")}, hp(0, 1))...), "withhold", mState, aw, "paragraph mark with term mid-document")
	l.add("h7-ss-07.txt", fUTF16, mk("關於輻射環境監測的報告", []Block{L("秘密★")}, P("各單位要嚴格執行監測規範。")), "withhold", mState, nil, "bare 秘密★ in a 繁體 document")
	// Work marks.
	d = mk("重污染天气应急减排清单", []Block{L("内部资料　请勿转发")}, hp(1, 2)...)
	l.addHTML("h7-ws-01.html", d, wechat(), "withhold", mWork, nil, "WeChat-styled page with a work mark")
	l.add("h7-ws-02.txt", fTXT, mk("执法检查计划", []Block{R("内部"), R("注意保管")}, hp(2, 2)...), "withhold", mWork, nil, "内部 / 注意保管 on two lines")
	d = page("环境应急预案评估意见", hp(3, 2)...)
	d.Footer = []Block{C("内部文件")}
	l.add("h7-ws-03.docx", fDOCX, d, "withhold", mWork, nil, "内部文件 in the footer")
	l.add("h7-ws-04.pdf", fPDF, mk("执法队伍建设情况分析", []Block{L("内部参考　严禁外传")}, hp(4, 2)...), "withhold", mWork, nil, "内部参考 严禁外传 PDF")
	// Work content.
	l.add("h7-wc-01.docx", fDOCX, page("关于监测站机构编制调整的请示", P("局党组：为适应新形势，拟将监测站内设科室由5个调整为7个，呈请局党组审定。")), "review", cWork, nil, "呈请局党组审定")
	l.add("h7-wc-02.txt", fGBK, page("局务会会议纪要（第12期）", P("会议决定：同意执法支队关于重点企业分级监管的方案，由分管领导负责组织实施。")), "review", cWork, nil, "会议纪要 第12期")
	l.addHTML("h7-wc-03.html", page("干部考察工作情况", P("经考察，拟提任郑丽同志为副处级领导干部，考察材料已报区委组织部。")), HTMLOptions{}, "review", cWork, nil, "拟提任")
	l.add("h7-wc-04.txt", fTXT, page("审计工作底稿（摘录）", P("审计人员抽查了2022年12月记账凭证30份，发现2笔支出缺少审批签字，金额合计4.8万元。")), "review", cWork, nil, "审计工作底稿")
	d = page("浦东新区生态环境保护三年行动计划", hp(5, 2)...)
	d.Header = []Block{R("初稿　2023.6.1")}
	l.add("h7-wc-05.docx", fDOCX, d, "review", cWork, nil, "初稿 in the header")
	// Personal.
	d = page("关于陶某某信访事项的答复意见", P("信访人陶某某（身份证号"+idCard("31011519600228121")+"）反映的问题已调查处理。"))
	l.addHTML("h7-pd-01.html", d, cms(), "withhold", cPriv, nil, "ID on a CMS page")
	d = page("夏日清凉送到环卫工人身边", P("活动中，环卫工人吕师傅（电话：15900872364）说，感谢社会各界的关心。"))
	l.addHTML("h7-pd-02.html", d, wechat(), "review", cPriv, nil, "a worker's mobile in a WeChat post")
	l.add("h7-pd-03.txt", fTXT, page("关于噪声投诉的调查情况", P("投诉人称其怀孕7个月，夜间施工噪声严重影响其休息，要求尽快处理。投诉人家住浦东新区金桥镇金杨路1180弄。")), "review", cPriv, nil, "pregnancy health data and home address")
	l.add("h7-pd-04.docx", fDOCX, page("临时用工报酬发放表", T([]string{"姓名", "工资卡号", "开户行"}, []string{"施某", bankCard("621098765432109876"), "邮储银行浦东支行"})), "withhold", cPriv, nil, "工资卡号 with 开户行")
	// Commercial.
	l.add("h7-cs-01.txt", fGBK, page("企业核查记录", P("企业生产配方：聚丙烯78%、滑石粉18%、助剂4%，企业要求按商业秘密予以保密。")), "review", cComm, nil, "生产配方")
	l.add("h7-cs-02.docx", fDOCX, page("技术审查纪要", P("企业核心技术参数：喷雾干燥进风温度280℃，出风温度95℃，属企业技术秘密，请予保密。")), "review", []string{"commercial_secret"}, aw, "核心技术参数")
	// Hidden.
	d = page("高温季节企业环境安全提示", hp(0, 2)...)
	d.Body = append(d.Body, Runs(Run{Text: "请各企业遵照执行。"}, Run{Text: "（起草人：陈晓雯，13482716590）", Hidden: true}))
	l.addHTML("h7-hc-01.html", d, wechat(), "review", []string{"hidden_content", "personal_privacy"}, nil, "hidden span with the drafter's mobile")
	d = page("河道保洁考核结果", Runs(Run{Text: "考核结果已反馈各街镇。"}, Run{Text: "某街镇考核不合格，分管副镇长已被约谈。", Del: true}))
	l.add("h7-hc-02.docx", fDOCX, d, "review", cHid, aw, "deleted sentence")
	d = page("环保设施开放日活动回顾", hp(1, 2)...)
	l.addHTML("h7-hc-03.html", d, HTMLOptions{Comments: []string{"审核意见：第二张照片中有群众正脸，需打码后再发"}}, "review", cHid, nil, "reviewer's remark in an HTML comment")
	// Negatives.
	d = page("浦东新区开展“美丽河湖”创建活动", hp(2, 3)...)
	n("h7-neg-01.html", fHTML, d, "CMS-free public news")
	l.fx = append(l.fx, fixture{name: "h7-neg-02.html", format: fHTML, doc: d, html: cms(), verdict: "no_findings", note: "CMS page: template comments, footer, script"})
	d = page("“美丽浦东”随手拍活动开始啦", hp(3, 2)...)
	l.fx = append(l.fx, fixture{name: "h7-neg-03.html", format: fHTML, doc: d, html: wechat(), verdict: "no_findings", note: "WeChat-styled public post"})
	n("h7-neg-04.txt", fTXT, pdfCopy(gw{org: "浦东新区生态环境局", number: "浦环保〔2023〕140号", title: "关于公布2023年度环境监管重点单位名录的通知",
		to: "各有关单位", body: hp(4, 3), sign: "浦东新区生态环境局", date: "2023年11月2日", note: "（此件公开发布）"}.doc()), "public 公文 pasted from a PDF, hard-wrapped")
	n("h7-neg-05.docx", fDOCX, page("局机关办公楼内部装修工程竣工验收公告", P("局机关办公楼内部装修工程已于10月完工，经验收合格。")), "内部装修")
	n("h7-neg-06.txt", fGBK, page("解密档案里的环保往事", P("一批保密期限届满的历史档案经解密后向社会开放，其中记录了上世纪八十年代黄浦江治理的往事。")), "解密 history")
	n("h7-neg-07.html", fHTML, page("新能源汽车推广", P("新能源汽车电池包采用高强度密封设计，有机密封胶起到防水作用。")), "有机密封胶")
	n("h7-neg-08.txt", fTXT, page("成语里的环保智慧", P("“竭泽而渔”告诉我们，可持续发展没有什么秘密，关键在于适度利用。")), "秘密 idiom")
	n("h7-neg-09.docx", fDOCX, page("行政处罚决定书", P("当事人：上海东源化工科技有限公司，统一社会信用代码："+uscc("91310115MA1J9B6X4")+"，法定代表人：马立新。你公司超标排放，决定罚款人民币十二万元。")), "penalty")
	n("h7-neg-10.pdf", fPDF, page("2023年10月地表水水质月报", T([]string{"断面", "类别"}, []string{"北蔡", "Ⅲ"}, []string{"新场", "Ⅳ"})), "monitoring")
	n("h7-neg-11.txt", fUTF16, page("单位内部审计工作规定（公开版）", P("局内部审计工作由计财科负责组织，审计结果按规定向社会公开。")), "内部审计 rule")
	n("h7-neg-12.html", fHTML, page("办事指南：排污许可证申请", P("受理窗口：浦东新区行政服务中心；咨询电话：021-58781234。")), "service guide")
}

func fresh2023h(l *lab) {
	n := func(name, format string, d Doc, note string) {
		l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: "no_findings", note: note})
	}
	aw := []string{"work_secret"}
	// Work content, new phrasings.
	l.add("h8-wc-01.docx", fDOCX, page("关于2024年执法监测经费安排的报告", P("经测算，2024年执法监测经费需求约2300万元，较上年增加18%，现提请局党组会议审议。")), "review", cWork, nil, "提请局党组会议审议")
	l.add("h8-wc-02.txt", fTXT, page("关于臭氧污染成因分析的专报", P("本专报供局领导决策参考。分析显示，工业源和移动源对臭氧前体物的贡献分别为46%和31%。")), "review", cWork, nil, "专报 供领导决策参考")
	l.add("h8-wc-03.txt", fGBK, page("土壤污染防治专题协调会纪要", P("会议议定：某地块修复方案由区规划资源局牵头再论证，修复期间暂停出让。")), "review", cWork, nil, "专题协调会纪要")
	l.addHTML("h8-wc-04.html", page("分组讨论发言摘要", P("第一组：王某认为环评审批权下放过快，基层承接能力不足；李某建议先试点后推开。")), HTMLOptions{}, "review", cWork, nil, "讨论发言摘要")
	l.add("h8-wc-05.txt", fUTF16, page("民主测评结果", P("本次民主测评共发放票数46张，郑丽同志优秀率89%，孙伟同志优秀率76%，拟推荐郑丽同志为后备干部人选。")), "review", cWork, nil, "民主测评/拟推荐")
	l.add("h8-wc-06.docx", fDOCX, page("问题线索处置情况", P("本季度派驻纪检组处置问题线索5件，其中谈话函询2件、初步核实2件、暂存待查1件。涉及人员名单另附。")), "review", cWork, nil, "纪检 线索处置")
	l.add("h8-wc-07.txt", fTXT, page("重点企业污染物排放汇总数据", P("本汇总数据知悉范围控制在局领导和相关科室，不得对外提供。"), T([]string{"企业数", "COD（吨）"}, []string{"212", "3560"})), "review", cWork, nil, "知悉范围控制")
	l.add("h8-wc-08.docx", fDOCX, page("浦东新区生态环境局政务公开工作规则（审议稿）", hp(0, 2)...), "review", cWork, nil, "审议稿")
	l.add("h8-wc-09.txt", fGBK, page("关于全面推行排污许可“一证式”管理的实施意见（代拟稿）", hp(1, 2)...), "review", cWork, nil, "代拟稿")
	// Marks, still.
	l.add("h8-ss-01.docx", fDOCX, mk("关于重点时段环境安全保障的通知", []Block{L("000091"), L("秘密★1年"), L("特提")}, hp(2, 2)...), "withhold", mState, nil, "秘密★1年 with 特提")
	l.addHTML("h8-ss-02.html", mk("核应急演练方案", []Block{R("机密★2年")}, hp(3, 2)...), HTMLOptions{}, "withhold", mState, nil, "right-aligned mark on a page")
	l.add("h8-ws-01.txt", fTXT, mk("执法检查情况通报", []Block{L("内部　注意保存")}, hp(4, 2)...), "withhold", mWork, nil, "内部 注意保存")
	// Personal.
	l.add("h8-pd-01.txt", fTXT, page("关于举报人奖励的审批", P("举报人：朱某，身份证号码"+idCard("31011519830405273")+"，举报属实，拟奖励2000元。")), "withhold", cPriv, nil, "举报人 ID")
	l.add("h8-pd-02.docx", fDOCX, page("噪声投诉处理单", P("投诉人：秦女士；联系手机：18817632095；投诉地址：浦东新区张杨路某小区。")), "review", cPriv, nil, "联系手机")
	l.addHTML("h8-pd-03.html", page("关于居民健康问题的回复", P("据居民提供的体检报告，其子肺功能检查异常，医院诊断为过敏性哮喘。")), HTMLOptions{}, "review", cPriv, nil, "child's health data")
	// Commercial.
	l.add("h8-cs-01.txt", fTXT, page("验收监测现场记录", P("企业提供的工艺参数：焚烧炉炉膛温度1100℃，烟气停留时间2.5秒；企业声明上述参数涉及商业秘密。")), "review", cComm, nil, "工艺参数 + 商业秘密")
	// Hidden.
	d := page("生态环境宣传品采购结果公告", hp(5, 2)...)
	d.Body[1].Comment = &Comment{Author: "办公室", Text: "中标价格偏高，有人反映，建议核实后再发"}
	l.add("h8-hc-01.docx", fDOCX, d, "review", cHid, aw, "comment")
	// Negatives with trigger words in public contexts.
	n("h8-neg-01.docx", fDOCX, page("浦东新区生态环境局关于印发《排污单位环境信用评价办法》的通知", P("《排污单位环境信用评价办法》已经2023年第10次局务会审议通过，现予印发，自2024年1月1日起施行。")), "adopted by 局务会, published")
	n("h8-neg-02.txt", fTXT, page("浦东新区生态环境局工作规则（公开版）", P("局务会议由局长召集和主持，会议纪要由办公室整理，经局长签发后印发。")), "会议纪要 in a public work rule")
	n("h8-neg-03.html", fHTML, page("区委第三巡察组进驻区生态环境局开展常规巡察", P("巡察期间，巡察组设立专门值班电话：021-68541111，受理反映区生态环境局党组及其成员等问题的来信来电。")), "巡察进驻 announcement is public")
	n("h8-neg-04.txt", fGBK, page("区纪委监委通报3起生态环境领域典型问题", P("某街道生态环境所原所长孔某违规收受管理服务对象礼金问题。孔某受到党内严重警告处分。")), "published discipline cases")
	n("h8-neg-05.docx", fDOCX, page("2023年公开招聘工作人员拟聘用人员公示", T([]string{"序号", "姓名", "性别", "拟聘岗位"}, []string{"1", "蔡文", "男", "环境监测"}, []string{"2", "贺婷", "女", "环境执法"})), "拟聘用 公示 is public")
	n("h8-neg-06.html", fHTML, page("2023年度“生态环境保护优秀志愿者”名单", P("经推荐评选，授予张伟等20名同志“生态环境保护优秀志愿者”称号。")), "award names")
	n("h8-neg-07.txt", fTXT, page("办事须知", P("申请人办理时请携带本人身份证原件及复印件，委托办理的须提供授权委托书。")), "身份证 mentioned")
	n("h8-neg-08.txt", fUTF16, page("会场纪律", P("会议期间请将手机调至静音状态，请勿随意走动。")), "手机 mentioned")
	n("h8-neg-09.pdf", fPDF, page("2023年度审计结果公告", P("区审计局对浦东新区生态环境局2022年度预算执行情况进行了审计，审计发现的问题及整改情况公告如下：一是部分项目执行率偏低，已整改。")), "audit result announcement")
	n("h8-neg-10.html", fHTML, page("关于公开征求《浦东新区生态环境保护条例（草案）》意见的公告", P("为提高立法质量，现将条例草案全文公布，征求社会各界意见。")), "草案 published for public comment")
	n("h8-neg-11.docx", fDOCX, page("企业环境信息依法披露典型案例", P("某企业在年度报告中依法披露了排放信息，对涉及商业秘密的工艺参数依法申请了豁免披露。")), "mentions 商业秘密 and 工艺参数 without values")
	n("h8-neg-12.txt", fGBK, page("生态环境科普：塑料降解的秘密", P("可降解塑料需要在特定条件下才能降解，这正是“可降解”三个字背后的秘密。")), "秘密 science")
}

func fresh2023i(l *lab) {
	n := func(name, format string, d Doc, note string) {
		l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: "no_findings", note: note})
	}
	aw := []string{"work_secret"}
	// Marks.
	d := mk("重点目标环境监测方案", []Block{Runs(Run{Text: "机密★"}, Run{Text: "5年", Break: true})}, hp(0, 2)...)
	d.Body[0].Indent = false
	l.addHTML("h9-ss-01.html", d, HTMLOptions{}, "withhold", mState, nil, "机密★<br>5年")
	l.add("h9-ss-02.txt", fTXT, mk("核安全检查方案", []Block{L("秘\u200d密★1年")}, hp(1, 2)...), "withhold", mState, nil, "zero-width joiner inside the level")
	l.add("h9-ss-03.txt", fTXT, mk("关于放射源安全专项行动的通知", []Block{L("000088"), L("秘 密 ★ 1 年")}, hp(2, 2)...), "withhold", mState, nil, "fully spaced mark")
	l.add("h9-ss-04.docx", fDOCX, mk("辐射安全隐患排查方案", []Block{L("绝密", "★", "启用前")}, hp(3, 2)...), "withhold", mState, nil, "绝密★启用前 in three runs")
	g := gw{fenhao: "000102", mark: "机密★3年", org: "浦东新区生态环境局文件", number: "浦环保〔2023〕160号", title: "关于加强重点设施周边环境监管的通知",
		to: "局属各单位", body: hp(4, 3), sign: "浦东新区生态环境局", date: "2023年12月1日"}
	l.add("h9-ss-05.pdf", fPDF, g.doc(), "withhold", mState, nil, "机密★3年 PDF")
	// Work marks.
	l.addHTML("h9-ws-01.html", mk("生态环境系统安全形势分析", []Block{R("内部"), R("注意保管")}, hp(5, 2)...), HTMLOptions{}, "withhold", mWork, nil, "内部 / 注意保管 right on a page")
	l.add("h9-ws-02.docx", fDOCX, mk("重点监管企业名单", []Block{L("仅供内部使用")}, hp(0, 2)...), "withhold", mWork, nil, "仅供内部使用")
	// Work content.
	l.add("h9-wc-01.txt", fGBK, page("关于环境执法体制改革有关问题的专题汇报", P("按照局党组要求，现就执法体制改革中的编制、经费和人员划转问题作专题汇报。")), "review", cWork, nil, "专题汇报 to 局党组")
	l.add("h9-wc-02.docx", fDOCX, page("局长办公会会议记录", P("讨论事项：某企业申请延期整改。吴海燕：同意延期一个月；马俊：不同意，应按期处罚。结论：暂不表态，下次再议。")), "review", cWork, nil, "会议记录")
	l.add("h9-wc-03.txt", fTXT, page("干部调整建议名单", P("建议：孙伟同志任执法支队三大队大队长；黄静同志任办公室副主任。以上为初步建议，尚未履行程序。")), "review", cWork, nil, "干部调整建议")
	l.add("h9-wc-04.txt", fUTF16, page("市委巡视反馈问题清单", P("1．落实生态环境保护“党政同责”不够到位；2．执法检查存在“以罚代管”现象；3．专项资金使用不规范。")), "review", cWork, nil, "巡视反馈问题清单")
	l.addHTML("h9-wc-05.html", page("关于对某工作人员立案审查的报告", P("经区纪委监委批准，对某工作人员涉嫌违纪问题立案审查，目前正在调查中。")), HTMLOptions{}, "review", cWork, nil, "立案审查")
	l.add("h9-wc-06.docx", fDOCX, page("浦东新区环境噪声污染防治规定（征求意见稿）", P("请局内各科室、各直属单位于11月30日前将修改意见书面反馈法规科。"), P("第一条　为了防治环境噪声污染……")), "review", cWork, nil, "征求意见稿 circulated internally")
	// Personal.
	id := idCard("31011519800312421")
	l.add("h9-pd-01.txt", fTXT, page("领款凭证", P("领款人：戴某，身份证号："+id[:6]+" "+id[6:14]+" "+id[14:]+"。")), "withhold", cPriv, nil, "ID written in three groups")
	card := bankCard("621700123456789012")
	l.add("h9-pd-02.txt", fGBK, page("退款说明", P("退款账户：开户行建设银行浦东分行，卡号"+card[:4]+" "+card[4:8]+" "+card[8:12]+" "+card[12:16]+" "+card[16:]+"，户名冯某。")), "withhold", cPriv, nil, "bank card in groups of four")
	l.add("h9-pd-03.docx", fDOCX, page("投诉处理情况", P("投诉人杜女士（电话13917263548）反映的噪声问题已处理。")), "review", cPriv, nil, "mobile in brackets")
	l.add("h9-pd-04.txt", fTXT, page("行政复议答复书", P("申请人：李某，男，1975年出生，住所地：浦东新区高行镇东靖路1888弄5号602室。")), "review", cPriv, nil, "住所地 of an individual")
	// Hidden.
	l.addHTML("h9-hc-01.html", page("河道整治成效", hp(1, 2)...), HTMLOptions{Extra: "<p><span hidden>（内部统计口径与公开口径不一致，以公开口径为准）</span></p>\n"}, "review", cHid, aw, "span hidden attribute")
	d = page("环境监测站开放日", hp(2, 2)...)
	d.Body = append(d.Body, Runs(Run{Text: "记者　唐敏", Hidden: true}))
	l.add("h9-hc-02.docx", fDOCX, d, "review", cHid, nil, "hidden paragraph")
	// Negatives.
	n("h9-neg-01.txt", fTXT, page("服务热线", P("市民可拨打12345市民服务热线或12369环保举报热线反映问题。")), "hotlines")
	n("h9-neg-02.txt", fGBK, page("样品编号登记", P("样品编号：310115199913451234，采样点位：川杨河北蔡断面。")), "18 digits with month 13: not an ID")
	n("h9-neg-03.docx", fDOCX, page("关于缴纳排污许可证工本费的通知", P("缴费账户：户名浦东新区生态环境局；开户行：工商银行浦东分行；账号详见缴费通知书。")), "office account, no number")
	n("h9-neg-04.html", fHTML, page("我局举办“保密法进机关”专题讲座", P("主讲人结合案例，讲解了国家秘密、工作秘密的区别，以及“内部”标志的使用规范。")), "lecture news")
	n("h9-neg-05.txt", fUTF16, page("关于机动车检测机构的监管情况", P("检测机构内部质量管理体系运行总体正常，检测数据真实有效。")), "内部质量管理")
	n("h9-neg-06.pdf", fPDF, page("2023年11月环境质量简报", hp(3, 3)...), "ordinary PDF")
	n("h9-neg-07.html", fHTML, page("“双碳”知识问答", P("问：碳达峰碳中和有什么秘密？答：没有秘密，靠的是能源结构调整和节能降碳。")), "秘密 in Q&A")
	n("h9-neg-08.docx", fDOCX, page("环评文件审批决定", P("建设单位：上海朗瑞医疗器械有限公司，住所：上海市浦东新区张江路665号，法定代表人：葛雯。")), "company 住所")
	n("h9-neg-09.txt", fTXT, page("党组理论学习中心组学习会召开", P("11月10日，局党组理论学习中心组开展集中学习，局党组书记主持会议并讲话。")), "public news of a 党组 study session")
	n("h9-neg-10.txt", fGBK, page("关于印发会议纪要格式规范的通知", P("各科室印发会议纪要时，应当统一使用“会议纪要”版头，标注期数和印发日期。")), "rule about 会议纪要 format")
}

func fresh2023j(l *lab) {
	n := func(name, format string, d Doc, note string) {
		l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: "no_findings", note: note})
	}
	aw := []string{"work_secret"}
	// Commercial.
	l.add("h10-cs-01.docx", fDOCX, page("企业清洁生产审核报告审查意见", P("报告中披露的电池正极浆料配方（NCM811 94%、导电剂3%、粘结剂3%）属于企业核心技术秘密，建议公开本中删除。")), "review", cComm, nil, "浆料配方 technical secret")
	l.add("h10-cs-02.txt", fGBK, page("关于某企业信息公开申请的征求意见函", P("第三方上海锐能新能源科技有限公司书面回复：其主要供应商名单及采购价格（正极材料每吨13.6万元）属商业秘密，不同意公开。")), "review", cComm, aw, "third party refuses: prices")
	l.addHTML("h10-cs-03.html", page("技术评估报告（摘要）", P("企业自主研发的废气治理工艺关键参数：吸附床层厚度0.8米，脱附温度120℃，空速12000h-1，企业要求对上述参数保密。")), HTMLOptions{}, "review", cComm, nil, "工艺关键参数 HTML")
	n("h10-neg-01.txt", fTXT, page("企业环境信息依法披露格式准则解读", P("企业披露信息时，涉及国家秘密、商业秘密或者个人隐私的，依法可以不予披露。")), "rule mention of 商业秘密")
	n("h10-neg-02.docx", fDOCX, page("排污许可证副本（公开信息）", T([]string{"主要生产设施", "主要工艺"}, []string{"涂布机", "涂布—烘干—辊压"})), "public permit facilities/process, no parameters")
	// Hidden.
	d := page("关于推进垃圾分类工作的情况", hp(0, 2)...)
	d.Body[0].Comment = &Comment{Author: "Administrator", Text: "请核实数据"}
	l.add("h10-hc-01.docx", fDOCX, d, "review", cHid, nil, "short comment")
	d = page("通报", Runs(Run{Text: "经查，该企业整改到位。"}, Run{Text: "其中一名执法人员存在违规行为，另行处理。", Del: true}, Run{Text: "特此通报。"}))
	l.add("h10-hc-02.docx", fDOCX, d, "review", cHid, aw, "deletion with personnel matter")
	l.addHTML("h10-hc-03.html", page("环境质量信息", hp(1, 2)...), HTMLOptions{HiddenDivs: []string{"草稿备注：第三季度数据待监测站复核，复核前不宜公开。"}}, "review", cHid, aw, "display:none draft remark")
	d = page("年度工作总结", hp(2, 2)...)
	d.Props = Props{Title: "年度工作总结", Subject: "征求意见稿（局内）", Creator: "孙伟"}
	l.add("h10-hc-04.docx", fDOCX, d, "review", cHid, aw, "docProps subject says internal draft")
	d = page("关于做好节日期间环境安全工作的通知", hp(3, 2)...)
	d.Props = Props{Title: "关于做好节日期间环境安全工作的通知", Custom: [][2]string{{"密级", "内部"}}}
	l.add("h10-hc-05.docx", fDOCX, d, "withhold", []string{"work_secret"}, []string{"marking", "hidden_content"}, "custom property 密级=内部: a work-secret mark in a field")
	l.addHTML("h10-hc-06.html", page("公众号推文", hp(4, 2)...), HTMLOptions{Extra: "<div style=\"display:none\"><img src=\"x.png\" alt=\"\"></div>\n"}, "no_findings", nil, nil, "display:none holding only an image: no text")
	n("h10-neg-03.docx", fDOCX, func() Doc {
		d := page("浦东新区生态环境局2023年政务公开工作要点", hp(5, 2)...)
		d.Props = Props{Title: "2023年政务公开工作要点", Creator: "办公室", Company: "浦东新区生态环境局"}
		return d
	}(), "ordinary docProps: title, creator, company")
}

func fresh2023k(l *lab) {
	n := func(name, format string, d Doc, note string) {
		l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: "no_findings", note: note})
	}
	aw := []string{"work_secret"}
	// Marks.
	l.add("h11-ss-01.docx", fDOCX, mk("关于加强核技术利用单位辐射安全管理的通知", []Block{L("000205"), L("机密★2年"), L("加急")}, hp(0, 2)...), "withhold", mState, nil, "机密★2年 + 加急")
	l.add("h11-ss-02.txt", fGBK, mk("环境应急物资储备库布局方案", []Block{R("秘密★3年")}, hp(1, 2)...), "withhold", mState, nil, "right-aligned mark, GBK")
	l.addHTML("h11-ss-03.html", mk("关于重点区域环境安全的情况报告", []Block{L("绝密★2030年12月31日")}, hp(2, 2)...), HTMLOptions{}, "withhold", mState, aw, "date term on a page")
	d := page("重点设施周边环境监测布点方案", hp(3, 2)...)
	d.Header = []Block{L("秘密", "★", "1", "年")}
	l.add("h11-ss-04.pdf", fPDF, d, "withhold", mState, nil, "mark in the header of a PDF, split runs")
	l.add("h11-ss-05.txt", fUTF16, mk("核应急预案（修订）", []Block{L("机密☆10年")}, hp(4, 2)...), "withhold", mState, nil, "☆ 10年")
	l.add("h11-mix-01.docx", fDOCX, mk("关于某涉核单位周边居民健康调查的报告", []Block{L("秘密★1年")}, P("被调查居民蒋某，身份证号"+idCard("31011519680921402")+"，体检显示白细胞偏低。")), "withhold", []string{"marking", "state_secret", "personal_privacy"}, aw, "mark plus a private person's ID and health data")
	// Work marks.
	l.add("h11-ws-01.txt", fTXT, mk("执法案件质量评查情况", []Block{L("内部资料　不得外传")}, hp(5, 2)...), "withhold", mWork, nil, "内部资料 不得外传")
	d = page("环境风险隐患清单", hp(0, 2)...)
	d.Header = []Block{R("内部事项　注意保管")}
	l.add("h11-ws-02.pdf", fPDF, d, "withhold", mWork, nil, "work mark in a PDF header")
	// Work content.
	l.add("h11-wc-01.docx", fDOCX, page("关于近期全区环境形势的汇报材料", P("本材料供局党组会议研究使用。近期臭氧污染频发，建议启动区级应急响应。")), "review", cWork, nil, "汇报材料 供党组会议研究")
	l.add("h11-wc-02.txt", fTXT, page("第7次局长办公会议纪要", P("会议听取了环评科关于审批提速的汇报，同意试行“容缺受理”，具体方案由环评科拟定后报局长审定。")), "review", cWork, nil, "办公会议纪要")
	l.add("h11-wc-03.txt", fGBK, page("关于拟任科级干部任前考察情况的报告", P("考察组对孙伟同志进行了任前考察，民主推荐得票率92%，未发现影响任职的问题。")), "review", cWork, nil, "任前考察报告 (before the public 公示)")
	l.addHTML("h11-wc-04.html", page("区委巡察反馈意见整改落实情况（内部通报）", P("针对巡察反馈的4个方面12个问题，已完成整改9个，3个正在推进。")), HTMLOptions{}, "review", cWork, []string{"marking"}, "巡察整改 internal 通报")
	l.add("h11-wc-05.docx", fDOCX, page("关于某执法人员违纪案件的处理意见", P("经查，该同志在执法检查中泄露检查信息，违反工作纪律，拟给予政务记过处分，报区纪委监委审批。")), "review", cWork, nil, "纪检 case handling")
	l.add("h11-wc-06.txt", fTXT, page("浦东新区土壤污染防治工作方案（征求意见稿）", P("请局属各科室于本周五前反馈意见。"), P("一、总体要求")), "review", cWork, nil, "征求意见稿 to internal offices")
	l.add("h11-wc-07.txt", fUTF16, page("全区环境统计汇总数据（控制使用）", T([]string{"指标", "数值"}, []string{"工业废水排放量（万吨）", "8650"})), "review", cWork, []string{"marking"}, "（控制使用） in the title")
	// Personal.
	l.add("h11-pd-01.txt", fTXT, page("关于信访人情况的说明", P("信访人：韦某，男，身份证号码："+idCard("31011519550617251")+"，系退休职工，长期反映小区旁变电站辐射问题。")), "withhold", cPriv, aw, "信访人 ID")
	l.addHTML("h11-pd-02.html", page("噪声扰民问题答复", P("尊敬的市民：您于12月3日拨打热线反映的问题已办结，回访电话将拨打您预留的号码18916273548。")), HTMLOptions{}, "review", cPriv, nil, "complainant's mobile")
	l.add("h11-pd-03.docx", fDOCX, page("环境污染损害调查", P("受损户主：龙某某，住址：浦东新区书院镇洋溢村6组21号；据其提供的病历，家中老人患慢性支气管炎。")), "review", cPriv, nil, "address + 病历")
	// Commercial.
	l.add("h11-cs-01.txt", fGBK, page("建设项目环评技术复核意见", P("企业提供的工艺参数（聚合温度95℃、反应时间6小时、单体转化率98.5%）企业要求保密，复核意见中不予公开。")), "review", cComm, nil, "工艺参数 企业要求保密")
	// Hidden.
	d = page("环境执法年度报告", hp(1, 2)...)
	d.Body[0].Comment = &Comment{Author: "执法支队", Text: "罚款总额与财政口径不一致，暂不对外"}
	l.add("h11-hc-01.docx", fDOCX, d, "review", cHid, aw, "comment")
	l.addHTML("h11-hc-02.html", page("城市河道水质公布", hp(2, 2)...), HTMLOptions{Comments: []string{"临时隐藏：曹家沟断面本月水质为劣Ⅴ类，待整改后再公布"}}, "review", cHid, aw, "comment hiding bad data")
	// Negatives.
	n("h11-neg-01.txt", fTXT, page("全区开展生态环境保护宣传周活动", P("宣传周期间，各街镇共举办讲座32场，发放宣传资料1.2万份，吸引市民3000余人参与。")), "news")
	n("h11-neg-02.docx", fDOCX, page("关于发布《浦东新区建设工地扬尘污染防治导则》的通知", P("《导则》已经局务会议审议通过，现予发布，自发布之日起施行。")), "published after 局务会 approval")
	n("h11-neg-03.html", fHTML, page("12月份行政处罚案件信息公开", T([]string{"当事人", "统一社会信用代码", "违法行为", "处罚结果"}, []string{"上海华邦包装材料有限公司", uscc("91310115MA1K4L8N2"), "未按证排污", "罚款5万元"})), "penalty list")
	n("h11-neg-04.txt", fGBK, page("机关食堂内部管理制度", P("食堂实行内部成本核算，采购、验收、保管岗位相互分离。")), "内部管理 in a public rule")
	n("h11-neg-05.pdf", fPDF, page("2023年浦东新区声环境质量状况", hp(3, 3)...), "public report")
	n("h11-neg-06.txt", fUTF16, page("“美丽庭院”评选结果公示", P("经评选，周浦镇棋杆村王建国家等30户被评为“美丽庭院”示范户。")), "names of award households")
	n("h11-neg-07.docx", fDOCX, page("环保知识竞赛题库（公开）", P("第15题：国家秘密的密级分为哪几级？答案：绝密、机密、秘密。")), "quiz on levels")
	n("h11-neg-08.html", fHTML, page("区领导调研生态环境工作", P("区领导一行听取了区生态环境局的工作汇报，对今年以来的工作给予肯定。")), "news: 工作汇报 heard by visiting leaders")
	n("h11-neg-09.txt", fTXT, page("典型案例：某企业篡改监测数据被查处", P("执法人员调取了企业内部监控录像，发现企业人员篡改自动监测设备参数，已移送公安机关。")), "published enforcement case")
	n("h11-neg-10.docx", fDOCX, page("排污许可证注销公告", T([]string{"单位名称", "统一社会信用代码"}, []string{"上海申洁环保设备有限公司", uscc("91310115MA1N3C5Q7")})), "permit cancellation with USCC")
}

func fresh2023l(l *lab) {
	n := func(name, format string, d Doc, note string) {
		l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: "no_findings", note: note})
	}
	aw := []string{"work_secret"}
	// Marks.
	l.add("h12-ss-01.txt", fGBK, mk("关于做好重点时段辐射环境监测的通知", []Block{P("秘密★1年")}, hp(0, 2)...), "withhold", mState, nil, "indented mark (full-width spaces before it)")
	d := page("环境应急联动方案", hp(1, 2)...)
	d.Header = []Block{T([]string{"机密★5年", "浦东新区生态环境局"})}
	l.add("h12-ss-02.docx", fDOCX, d, "withhold", mState, nil, "mark in a table in the page header")
	l.addHTML("h12-ss-03.html", page("重点目标周边监测点位", T([]string{"秘密★2年", "编号：2023-017"}), P("点位情况见下表。")), HTMLOptions{}, "withhold", mState, nil, "mark in the first table cell of a page")
	g := gw{fenhao: "000009", mark: "绝密★启用前", org: "浦东新区生态环境局", title: "2024年度环境监测人员上岗考核试卷（B卷）",
		body: body("一、判断题（每题2分）\n1．地表水监测采样应避开水面漂浮物。（　）\n2．PM10是指粒径小于等于10微米的颗粒物。（　）")}
	l.add("h12-ss-04.pdf", fPDF, g.doc(), "withhold", mState, nil, "exam paper PDF with 份号")
	// Work marks.
	l.add("h12-ws-01.txt", fTXT, mk("生态环境工作简报", []Block{L("内部资料　第12期")}, hp(2, 2)...), "withhold", mWork, nil, "内部资料 with an issue number")
	l.addHTML("h12-ws-02.html", mk("环境信访舆情参考", []Block{C("内部参考（第3期）")}, hp(3, 2)...), HTMLOptions{}, "withhold", mWork, nil, "内部参考（第3期）")
	d = page("全区环境执法力量配置情况", hp(4, 2)...)
	d.Header = []Block{R("内部　请勿上网")}
	l.add("h12-ws-03.docx", fDOCX, d, "withhold", mWork, nil, "内部 请勿上网 header")
	// Work content.
	l.add("h12-wc-01.docx", fDOCX, page("关于商请提供重点企业用电数据的函", P("区发展改革委：为开展污染源排放核算，商请贵委提供全区重点企业2023年1-10月用电量数据，涉及企业名单附后。请予支持。")), "review", cWork, nil, "磋商信函 between agencies (过程性信息)")
	l.add("h12-wc-02.txt", fTXT, page("在全局干部大会上的讲话（送审稿）", hp(5, 2)...), "review", cWork, nil, "speech draft 送审稿")
	l.add("h12-wc-03.txt", fGBK, page("关于执法支队内设机构调整方案的请示", P("局党组：拟将执法支队内设大队由4个调整为5个，增设移动源执法大队，所需编制从现有编制内调剂。当否，请批示。")), "review", cWork, nil, "请示 机构调整")
	l.addHTML("h12-wc-04.html", page("专项审计发现问题汇总", P("本次专项审计共发现问题11个，涉及资金320万元，其中违规发放津贴补贴问题2个。")), HTMLOptions{}, "review", cWork, nil, "audit findings summary")
	l.add("h12-wc-05.txt", fUTF16, page("局党组会议研究事项（第9次）", P("一、研究了2024年局机关处室负责人交流轮岗方案，原则同意，按程序报批。二、研究了巡察整改专题民主生活会方案。")), "review", cWork, nil, "党组会议研究事项")
	// Personal.
	l.add("h12-pd-01.pdf", fPDF, page("关于信访事项的处理意见", P("信访人钟某（公民身份号码"+idCard("31011519710830183")+"）反映的问题已调查核实，处理意见如下。")), "withhold", cPriv, nil, "ID in a PDF paragraph")
	l.add("h12-pd-02.txt", fTXT, page("回访登记表", P("被回访人：卢女士　联系方式：13818273645　回访结果：满意")), "review", cPriv, nil, "联系方式 mobile")
	l.add("h12-pd-03.docx", fDOCX, page("关于某居民反映健康受损问题的调查", P("居民雷某某自2022年起多次住院治疗，医院诊断为慢性阻塞性肺疾病，其认为与附近企业排放有关。")), "review", cPriv, nil, "住院/诊断 of a person")
	l.addHTML("h12-pd-04.html", page("复查意见", P("申请人夏某，家住浦东新区洋泾街道浦东大道2000弄15号1102室，对原处理意见不服申请复查。")), HTMLOptions{}, "review", cPriv, nil, "家住 address")
	// Commercial.
	l.add("h12-cs-01.txt", fGBK, page("现场核查情况说明", P("企业原辅材料配比为：钢渣65%、矿渣粉25%、石膏10%；反应条件为蒸压温度200℃、压力1.5MPa。企业申请对上述内容不予公开。")), "review", cComm, nil, "配比 + 反应条件 + 申请不予公开")
	// Hidden.
	d = page("2023年环境状况公报（简本）", hp(0, 2)...)
	d.Body = append(d.Body, Runs(Run{Text: "（完）"}, Run{Text: "注：局领导要求删去关于某园区超标的段落", Hidden: true}))
	l.add("h12-hc-01.docx", fDOCX, d, "review", cHid, aw, "hidden run with an editorial note")
	d = page("环境违法举报奖励情况", hp(1, 2)...)
	d.Body[1].Comment = &Comment{Author: "法规科", Text: "举报人姓名已删除，请再检查附件"}
	l.add("h12-hc-02.docx", fDOCX, d, "review", cHid, nil, "comment")
	l.addHTML("h12-hc-03.html", page("政务公开动态", hp(2, 2)...), HTMLOptions{HiddenDivs: []string{"旧稿：本局2023年依申请公开答复被复议纠错2件。"}}, "review", cHid, aw, "hidden old draft text")
	// Negatives.
	n("h12-neg-01.docx", fDOCX, page("关于上海锐能新能源科技有限公司年产500万片锂电池极片生产线技术改造项目环境影响报告表的批复", P("你公司报送的环境影响报告表收悉。经研究，批复如下：同意项目建设。")), "环评批复 (must be public)")
	n("h12-neg-02.txt", fTXT, page("浦东新区人民政府关于禁止露天焚烧秸秆的通告", P("为改善空气质量，本区行政区域内禁止露天焚烧秸秆、落叶、垃圾。违者依法处罚。")), "通告")
	n("h12-neg-03.html", fHTML, page("生态环境工作简报（第5期）", hp(3, 3)...), "public 简报 with no marks")
	n("h12-neg-04.txt", fGBK, page("在2023年全区生态环境保护大会上的讲话", hp(4, 3)...), "published speech")
	n("h12-neg-05.docx", fDOCX, page("政府信息公开申请表（空白）", T([]string{"申请人姓名", ""}, []string{"身份证号码", ""}, []string{"联系电话", ""}), P("填表说明：身份证号码请填写18位。")), "blank form with field labels")
	n("h12-neg-06.txt", fTXT, page("补贴发放结果公告", P("本批补贴已发放至申请人银行账户，个人身份证号码等信息详见内部台账，不予公开。")), "no personal data shown")
	n("h12-neg-07.html", fHTML, page("我局开展“机密不上网”主题保密教育", P("通过观看警示教育片，干部职工深刻认识到“机密不上网、上网不机密”的重要性。")), "保密 slogan")
	n("h12-neg-08.pdf", fPDF, page("2023年度部门决算公开说明", P("2023年度本部门决算收入总计1.86亿元，支出总计1.83亿元。一般公共预算财政拨款“三公”经费支出38万元。")), "public 决算")
	n("h12-neg-09.txt", fUTF16, page("关于表彰2023年度生态环境执法先进集体和个人的决定", P("经研究，决定授予执法支队一大队“先进集体”称号，授予孙伟等5名同志“先进个人”称号。")), "表彰决定")
	n("h12-neg-10.docx", fDOCX, page("有机密封剂生产企业挥发性有机物治理指南", P("有机密封剂生产过程中产生的挥发性有机物应当密闭收集处理。")), "有机密封剂 in a title")
}
