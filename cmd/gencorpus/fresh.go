package main

import (
	. "github.com/bureau/mishen/docgen"
)

// Files h-* and h2-* were written as a held-out set (not seen while the
// scanner was tuned) and measured before they joined the corpus.

var allowWork = []string{"work_secret"}

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
	l.add("h-pd-05.txt", fTXT, page("调查询问笔录（摘录）", P("被询问人：周某，现住址：浦东新区惠南镇拱北路99弄7号302室。")), "review", cPriv, nil, "现住址 with an address")
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
