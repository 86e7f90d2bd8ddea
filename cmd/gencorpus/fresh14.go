package main

import (
	. "github.com/bureau/mishen/docgen"
)

// fresh2023n is the h14 batch, written after the lexicon was widened by
// category and in words that widening did not use (other closing formulas,
// other names for the same papers, other verbs), then scored held-out
// before any rule was tuned on it. About a third are documents the law
// requires to be published, including public texts that use the new
// rules' words (任前公示, 公开征求意见, 保密 advice on 会后收回).
func fresh2023n(l *lab) {
	n := func(name, format string, d Doc, note string) {
		l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: "no_findings", note: note})
	}
	aw := []string{"work_secret"}

	// Marks.
	d := page("汛期环境风险企业隐患排查情况", hp(1, 2)...)
	d.Header = []Block{R("机密★2年")}
	l.add("h14-ss-01.docx", fDOCX, d, "withhold", mState, nil, "mark right-aligned in the page header")
	l.add("h14-ss-02.txt", fUTF16, mk("饮用水水源地应急备用方案", []Block{L("000027"), L("秘密★6个月")}, hp(2, 2)...), "withhold", mState, nil, "份号 then 秘密★6个月, UTF-16")
	l.addHTML("h14-ws-01.html", mk("近期环境信访形势分析", []Block{L("内部刊物　注意保存")}, hp(3, 2)...), HTMLOptions{}, "withhold", mWork, aw, "内部刊物 注意保存 on the first line")

	// Work-secret content without marks, in words the widening did not use.
	l.add("h14-wc-01.docx", fDOCX, page("关于调整夜间施工噪声审批权限的意见", P("建议将夜间施工审批下放至各街镇，由我局负责事后抽查。以上意见是否可行，请领导定夺。")), "review", cWork, nil, "请示-like proposal closing 请领导定夺")
	l.add("h14-wc-02.txt", fTXT, page("3月12日局班子碰头情况", P("张局长：臭氧形势严峻，执法要前移。"), P("李副局长：同意，但人手不够，建议借调监测站两人。"), P("大家交换了意见，倾向于先试行一个月。")), "review", cWork, nil, "碰头 record with named speakers")
	l.add("h14-wc-03.txt", fGBK, page("关于局属事业单位整合的初步思路", P("考虑将监测站与信息中心合并，核减事业编制6名，富余人员通过内部转岗消化，此事目前仅在班子内部酝酿。")), "review", cWork, nil, "organisation and 编制 reform being considered")
	l.addHTML("h14-wc-04.html", page("执法支队中层岗位调配考虑", P("经党组书记提名，打算将陈某由监测站调至执法支队担任副职，目前正在听取派驻纪检组意见。")), HTMLOptions{}, "review", cWork, nil, "staff move being considered")
	l.add("h14-wc-05.docx", fDOCX, page("经济责任审计需要说明的事项", P("区审计局在对原局长任期经济责任审计时，提出以下需由我局作出书面说明的事项：1．2022年两笔监测服务费未经招标；2．公务用车超编1辆。")), "review", cWork, nil, "audit asking for explanations")
	l.add("h14-wc-06.txt", fUTF16, page("巡察组进驻期间群众来信来电反映问题汇总", P("共收到来信来电21件，其中反映执法人员吃拿卡要4件、执法不公6件，已逐件登记待核。")), "review", cWork, nil, "complaints gathered during a 巡察 (进驻 in the title)")
	l.add("h14-wc-07.txt", fTXT, page("关于执法大队王某某接受管理对象宴请一事的核查情况", P("经调取监控、询问在场人员，王某某于4月2日晚接受某印染企业负责人宴请属实，本人已写出书面检讨。")), "review", cWork, nil, "纪检 fact-finding on a staff member")
	l.add("h14-wc-08.docx", fDOCX, page("派驻纪检组工作动态", P("4月，派驻纪检组对监测站负责人进行了提醒谈话，对两名科员开展了函询，相关情况正在核实中。")), "review", cWork, nil, "提醒谈话 and 函询 in progress")
	l.addHTML("h14-wc-09.html", page("垃圾焚烧厂选址周边情况研判", P("周边三个小区业主近期情绪波动较大，业主群内有人提议周末到区政府门口拉横幅，建议属地街道提前做好劝导。")), HTMLOptions{}, "review", cWork, nil, "assessment of a planned protest")
	l.add("h14-wc-10.txt", fGBK, page("危化品仓库火灾事故媒体应答要点", P("记者如问及伤亡人数，统一回答为“正在核实，以官方通报为准”；不主动提及企业此前被处罚情况。")), "review", cWork, nil, "press answers prepared for an incident")
	l.add("h14-wc-11.docx", fDOCX, page("2024年1-9月区域空气质量排名（内部汇总）", P("全区PM2.5平均浓度31微克/立方米，在全市排名第12位。市里尚未公布排名，先不要对外讲。")), "review", cWork, []string{"marking"}, "aggregate data before the city publishes it")
	l.add("h14-wc-12.txt", fTXTBOM, page("本汇总表的使用说明", P("本汇总表只在局领导班子范围内传阅，各科室不再分发，看完交回办公室。")), "review", cWork, nil, "circulation limited to the leadership")
	l.add("h14-wc-13.docx", fDOCX, page("重污染天气应急处置内部操作规程（试行）", P("本规程为预案配套的内部操作规程，规定应急值守人员的联络顺序和企业停限产核查路线，不作为对外公开的文件。")), "review", cWork, nil, "internal operating rules, 不作为对外公开")
	l.add("h14-wc-14.txt", fTXT, page("排污许可管理办法修改说明", P("根据局长3月6日的意见，删去原第五条，第八条中“三十日”改为“二十日”，其余不变，修改后再送法规科核。")), "review", cWork, nil, "revision notes on a draft")
	l.addHTML("h14-wc-15.html", page("关于土壤污染重点监管单位名录调整的汇报", P("向分管副区长汇报：拟新增3家、移出2家，名单经局党组把关后再行发布。")), HTMLOptions{}, "review", cWork, nil, "汇报 to a deputy district head before publication")
	l.add("h14-wc-16.txt", fUTF16, page("区政府督办事项办理进展", P("区长在第14期督办单上批示：务必月底前解决化工园区异味问题。目前我局已约谈园区管委会，进展情况待下周再报。")), "review", cWork, nil, "督办 with a leader's instruction")

	// Personal data and commercial secrets.
	l.add("h14-pd-01.txt", fTXT, page("噪声投诉回访记录", P("投诉人郑某（手机18817264539）表示施工噪声已明显减轻，满意。")), "review", cPriv, aw, "complainant's mobile in parentheses")
	l.add("h14-pd-02.docx", fDOCX, page("困难群众环保公益岗位人员名单", T([]string{"姓名", "身份证号", "备注"}, []string{"邱某某", idCard("31011519710823562"), "因病致贫"})), "withhold", cPriv, nil, "valid ID in a table")
	l.addHTML("h14-pd-03.html", page("关于信访人诉求的情况说明", P("信访人吴某，住浦东新区金桥镇新金桥路1200弄5号602室，自述长期失眠、已在精神卫生中心就诊。")), HTMLOptions{}, "review", cPriv, aw, "address after 住 + mental health")
	l.add("h14-cs-01.txt", fGBK, page("企业提交的工艺说明（节选）", P("第4页页眉注明：本页内容涉及我司核心工艺，请勿公开。反应温度控制在185℃，催化剂用量为原料质量的0.6%。")), "review", cComm, aw, "company asks the page not be published")
	l.add("h14-cs-02.docx", fDOCX, page("关于企业异议的处理意见", P("上海某涂料有限公司对拟公开的环境影响评价文件提出异议，认为其中的树脂配伍表属于企业自有技术资料，要求删除后再公开。")), "review", cComm, aw, "company objects, wants part removed")

	// Hidden content.
	d = page("2024年第二季度环境执法情况", hp(0, 2)...)
	d.Body[1].Comment = &Comment{Author: "综合科", Text: "第三段数据与月报对不上，先别发"}
	l.add("h14-hc-01.docx", fDOCX, d, "review", cHid, aw, "comment")
	l.addHTML("h14-hc-02.html", page("世界环境日活动预告", hp(4, 2)...), HTMLOptions{HiddenDivs: []string{"备选方案：如遇雨改在室内，费用另行请示"}}, "review", cHid, aw, "display:none block")

	// Hard negatives: what must be published, using the new rules' words.
	g := gw{org: "上海市浦东新区生态环境局", number: "浦环罚〔2024〕42号", title: "行政处罚决定书",
		body: []Block{
			P("当事人：上海佳润印染有限公司"),
			P("统一社会信用代码：" + uscc("91310115MA1K2D8P3")),
			P("2024年3月8日，我局对你单位进行现场检查，发现废气处理设施未运行。以上事实有现场检查笔录、调查询问笔录、照片等为证。"),
			P("我局于2024年3月20日向你单位送达了行政处罚事先告知书，你单位未提出陈述申辩。经集体讨论，决定处罚款人民币十二万元。"),
		}, sign: "上海市浦东新区生态环境局", date: "2024年4月2日", note: "（此件主动公开）"}
	n("h14-neg-01.txt", fGBK, g.doc(), "行政处罚决定书")
	n("h14-neg-02.html", fHTML, page("浦东新区生态环境局拟任职干部任前公示", P("经局党组研究，拟任命下列同志职务，现予公示："), P("张明，男，1982年生，拟任执法支队副支队长。"), P("公示期间，如有情况反映，请与局人事科联系，电话：021-58781088。")), "任前公示 with 拟任命")
	n("h14-neg-03.docx", fDOCX, page("关于公开征求《浦东新区生态环境局行政规范性文件管理办法（征求意见稿）》意见的通知", P("现向社会公开征求意见，请于5月10日前将书面意见反馈至局法规科。")), "公开征求意见 with a deadline")
	n("h14-neg-04.txt", fTXT, page("2024年4月浦东新区环境空气质量状况", P("4月全区环境空气质量优良天数28天，优良率93.3%，PM2.5平均浓度29微克/立方米，同比下降6.5%。")), "monthly air quality (must be public)")
	n("h14-neg-05.html", fHTML, page("关于上海佳润印染有限公司技改项目环境影响报告表受理情况的公示", P("建设单位：上海佳润印染有限公司，联系电话：021-58760012。环评单位：上海某环境科技有限公司。公示期：5个工作日。")), "环评 受理公示")
	n("h14-neg-06.txt", fUTF16, page("保密常识：会议文件怎么管", P("涉密会议的文件资料应当统一编号、登记发放，会后收回清点，与会人员不得擅自带出会场或者复制。")), "保密 advice: 会后收回 of 涉密 papers")
	n("h14-neg-07.docx", fDOCX, page("关于2023年度预算执行和其他财政收支审计查出问题整改情况的公告", P("区审计局审计指出的7个问题，我局已全部整改到位，追回资金3.6万元，完善制度2项。")), "audit rectification result announced")
	n("h14-neg-08.txt", fTXT, page("对网民关于小区旁工地夜间施工问题留言的回复", P("您好！经我局执法人员现场核查，该工地已取得夜间施工许可，我局已督促其采取降噪措施，并将加强夜间巡查。感谢您的监督！")), "留言回复 without personal data")
	n("h14-neg-09.html", fHTML, page("区纪委监委通报3起违反中央八项规定精神问题", P("区生态环境局某科员王某某接受管理服务对象宴请问题。2023年10月，王某某接受企业宴请，受到党内警告处分。"), P("各级党组织要以案为鉴，引以为戒。")), "published 纪检 通报")
	n("h14-neg-10.docx", fDOCX, page("浦东新区突发环境事件应急预案（2024年修订）", P("本预案适用于本区行政区域内突发环境事件的应对工作。区生态环境局负责应急监测，并按规定统一发布信息。")), "published 应急预案")
	n("h14-neg-11.txt", fGBK, page("我局召开党组会议专题研究生态环境保护督察整改工作", P("5月8日，局党组书记主持召开党组会议，传达学习市委有关会议精神，研究部署督察反馈问题整改工作。")), "news of a 党组会议")
	n("h14-neg-12.txt", fTXTBOM, page("浦东新区重点排污单位名录（2024年）", T([]string{"序号", "单位名称", "类别"}, []string{"1", "上海佳润印染有限公司", "水环境"}, []string{"2", "上海某涂料有限公司", "大气环境"})), "published list of companies")
}
