package main

import (
	. "github.com/bureau/mishen/docgen"
)

// fresh2023m is the h13 batch: 生态环境局 drafts written apart from the
// earlier batches (new sentence frames, positions and producers) and
// scored held-out before any rule was tuned on it. About a third are
// public documents the law requires to be published (they must not be
// blocked), a third work-secret content without marks, and a third marks,
// personal data, commercial secrets and hidden content.
func fresh2023m(l *lab) {
	n := func(name, format string, d Doc, note string) {
		l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: "no_findings", note: note})
	}
	aw := []string{"work_secret"}

	// State-secret marks.
	d := page("重点设施周边辐射环境监测点位调整方案", hp(0, 2)...)
	d.Footer = []Block{C("机密★3年")}
	l.add("h13-ss-01.docx", fDOCX, d, "withhold", mState, nil, "mark in the page footer")
	l.addHTML("h13-ss-02.html", page("文件处理笺", T([]string{"密级：秘密", "保密期限：6个月"}, []string{"来文单位", "市生态环境局"}), P("拟办意见：请监测站阅办。")), HTMLOptions{}, "withhold", mState, aw, "密级/保密期限 fields in a 文件处理笺 table")
	d = page("核与辐射应急演练脚本", hp(1, 2)...)
	d.Body = append([]Block{{Runs: []Run{{Text: "秘密★1年"}}, Control: "密级"}}, d.Body...)
	l.add("h13-ss-03.docx", fDOCX, d, "withhold", mState, nil, "mark in a content control before the title")
	l.add("h13-ss-04.txt", fGBK, page("关于重点目标周边环境监测工作的报告", hp(2, 1)[0], P("（秘密）监测点位的经纬度坐标及采样频次详见附表，相关人员须严格控制知悉范围。"), hp(3, 1)[0]), "withhold", mState, aw, "段落标密: （秘密） at the head of a paragraph")

	// Work-secret marks.
	l.add("h13-ws-01.txt", fUTF16, mk("执法检查发现问题梳理", []Block{L("内部材料　妥善保管")}, hp(4, 2)...), "withhold", mWork, nil, "内部材料 妥善保管 (practice variant)")
	d = page("2024年环境执法工作要点（征求科室意见）", hp(5, 2)...)
	d.Footer = []Block{C("本件仅限局内传阅　严禁翻印")}
	l.add("h13-ws-02.docx", fDOCX, d, "withhold", mWork, aw, "严禁翻印 in the footer")
	l.addHTML("h13-ws-03.html", mk("公众号推文底稿", []Block{L("【内部】")}, hp(0, 2)...), HTMLOptions{}, "withhold", mWork, nil, "【内部】 on the first line")

	// Work-secret content without marks (the seven categories).
	l.add("h13-wc-01.docx", fDOCX, page("关于2024年大气污染防治专项资金分配方案的说明", P("分配方案已与区财政局初步对接，拟提交3月份局务会议研究确定，确定后再正式下达各街镇。")), "review", cWork, nil, "说明 to be decided by 局务会 (请示报告)")
	l.add("h13-wc-02.txt", fTXT, page("环评审批制度改革专题研讨发言摘要", P("陈局：改革要稳妥，先在张江试点。"), P("环评科：建议对登记表类项目实行告知承诺，风险在于事中事后监管跟不上。"), P("法规科：告知承诺需有上位法依据，建议先请示市局。")), "review", cWork, nil, "发言摘要 (讨论记录)")
	l.add("h13-wc-03.txt", fGBK, page("关于征询地块用途变更意见的函", P("区规划资源局：我局拟对张江路北侧地块开展土壤污染状况调查，现就该地块拟由工业用地调整为住宅用地一事征询贵局意见，请于5个工作日内函复。")), "review", cWork, nil, "征询意见的函 between agencies (磋商信函)")
	l.addHTML("h13-wc-04.html", page("执法支队副支队长人选酝酿情况", P("经局党组书记与班子成员逐一沟通酝酿，建议刘洋同志作为执法支队副支队长人选，下一步开展民主推荐。")), HTMLOptions{}, "review", cWork, nil, "人选酝酿 (personnel)")
	l.add("h13-wc-05.docx", fDOCX, page("区审计局预算执行审计初步意见（征求被审计单位意见）", P("审计组初步认定：你局2023年超范围列支会议费4.2万元，监测设备采购未按规定履行政府采购程序1项。请于10日内反馈书面意见。")), "review", cWork, nil, "audit preliminary findings")
	l.add("h13-wc-06.txt", fUTF16, page("关于对一名执法人员问题线索的初步核实情况", P("经初步核实，反映该同志收受企业购物卡的问题线索部分属实，建议予以立案审查。")), "review", cWork, nil, "纪检 问题线索 初核")
	l.add("h13-wc-07.txt", fTXT, page("关于化工园区周边居民聚集苗头的研判", P("近日园区周边部分居民在微信群中酝酿集体到区政府上访，存在聚集风险，建议会同属地街道提前做好稳控和解释工作。")), "review", cWork, nil, "stability risk assessment (category 6)")
	l.add("h13-wc-08.docx", fDOCX, page("关于印发《浦东新区生态环境局行政执法公示办法》的通知（代拟稿）", P("各科室、各直属单位：现将《浦东新区生态环境局行政执法公示办法》印发给你们，请认真贯彻执行。")), "review", cWork, nil, "代拟稿")
	l.add("h13-wc-09.txt", fGBK, page("局党组2024年第5次会议议题", P("1．审议2024年度干部教育培训计划；"), P("2．研究局属事业单位岗位设置调整；"), P("3．听取环评审批提速工作情况汇报。")), "review", cWork, nil, "党组会议议题 list")
	l.addHTML("h13-wc-10.html", page("偷排问题处置专题会商纪要", P("3月5日，局分管领导召集执法支队、监测站会商某企业夜间偷排问题的处置事宜。议定：一、执法支队连续三晚蹲守取证；二、监测站做好应急采样准备。")), HTMLOptions{}, "review", cWork, nil, "会商纪要")
	l.add("h13-wc-11.docx", fDOCX, page("关于申请追加环境应急监测经费的请示", P("区人民政府：因今年突发环境事件应急监测任务增加，现有经费不足，拟申请追加经费120万元。妥否，请批示。")), "review", cWork, nil, "请示 to the district government")
	l.add("h13-wc-12.txt", fTXT, page("夏季臭氧污染防控夜间突击检查安排", P("拟于6月18日至20日对下列12家企业开展不打招呼的夜间突击检查，检查名单和时间不得提前透露。")), "review", cWork, []string{"marking"}, "突击检查 plan (publication would defeat it)")
	l.add("h13-wc-13.txt", fTXTBOM, page("区委第三巡察组反馈问题清单", P("1．落实全面从严治党主体责任有差距；2．执法自由裁量权行使不规范；3．干部轮岗交流不到位。")), "review", cWork, nil, "巡察 反馈问题清单")
	l.add("h13-wc-14.txt", fTXT, page("2023年度全区重点排污单位超标排放情况汇总（未经核定）", P("全区重点排污单位全年超标排放共计217次，其中化学需氧量超标96次。本表数据未经市局核定，不得对外引用。")), "review", cWork, []string{"marking"}, "汇总数据 not yet verified (控制使用)")

	// Personal data.
	l.add("h13-pd-01.txt", fTXT, page("环境违法举报受理登记", P("举报人：宋某某，联系电话：15921837465，举报内容：某电镀厂夜间排放刺激性气体。")), "review", cPriv, aw, "举报人 with a mobile")
	l.add("h13-pd-02.docx", fDOCX, page("关于支付施工噪声补偿款的说明", P("补偿款汇入户名许某某的个人账户，开户行：农业银行浦东分行，卡号："+bankCard("622848001234567")+"。")), "withhold", cPriv, nil, "bank card with 开户行")
	l.addHTML("h13-pd-03.html", page("环境健康损害申诉材料摘要", P("申诉人杜某，户籍地址：浦东新区高桥镇季景路88弄3号501室，身体状况：确诊肺癌晚期，正在化疗。")), HTMLOptions{}, "review", cPriv, nil, "户籍地址 + diagnosis")
	l.add("h13-pd-04.txt", fGBK, page("生态补偿金发放名单", T([]string{"姓名", "证件号码", "金额（元）"}, []string{"顾某", idCard("31011519620314481"), "3200"})), "withhold", cPriv, nil, "valid ID in a table")

	// Commercial secrets.
	l.add("h13-cs-01.docx", fDOCX, page("电镀企业清洁生产审核评估意见", P("企业提供的电镀液组成（硫酸镍250g/L、氯化镍45g/L、硼酸40g/L）涉及其技术诀窍，企业已申请保密。")), "review", cComm, nil, "电镀液组成 technical know-how")
	l.add("h13-cs-02.txt", fTXT, page("关于第三方意见的告知", P("企业报送的主要客户名单及销售单价（每吨4200元）为其经营信息，第三方书面意见为不同意公开。")), "review", cComm, aw, "customer list + price, third party refuses")

	// Hidden content.
	d = page("关于某企业废水超标问题的调查情况", hp(1, 1)[0], Runs(Run{Text: "经调查，超标系污水站检修所致。"}, Run{Text: "局长意见：先不对外。", Del: true}))
	d.Body[1].Comment = &Comment{Author: "执法支队", Text: "此段暂不公开，等局长定"}
	l.add("h13-hc-01.docx", fDOCX, d, "review", cHid, aw, "comment + tracked deletion")
	l.addHTML("h13-hc-02.html", page("信访办理情况通报", hp(2, 2)...), HTMLOptions{Comments: []string{"编辑备注：原稿含举报人手机号，已删除，发布前再核"}}, "review", cHid, aw, "HTML comment from an editor")
	d = page("2024年第一季度环境质量状况", hp(3, 2)...)
	d.Props = Props{Title: "2024年第一季度环境质量状况", Keywords: "待审;暂缓发布", Description: "超标断面数据待监测站复核"}
	l.add("h13-hc-03.docx", fDOCX, d, "review", cHid, aw, "docProps keywords and description")

	// 附注 不予公开.
	notMark := []string{"work_secret", "commercial_secret", "personal_privacy", "other", "hidden_content"}
	g := gw{org: "浦东新区生态环境局", number: "浦环保〔2024〕31号", title: "关于调整局机关科室职责分工的通知",
		to: "局机关各科室", body: hp(4, 2), sign: "浦东新区生态环境局", date: "2024年3月1日", note: "（此件不予公开）"}
	l.add("h13-nd-01.txt", fGBK, g.doc(), "withhold", nil, notMark, "附注（此件不予公开）")

	// Hard negatives: public documents that must be published.
	g = gw{org: "上海市浦东新区生态环境局", number: "浦环罚〔2024〕15号", title: "行政处罚决定书",
		body: []Block{
			P("当事人：上海恒拓表面处理有限公司"),
			P("统一社会信用代码：" + uscc("91310115MA1H7R2K4")),
			P("法定代表人：葛某　住所：浦东新区川沙路5588号"),
			P("2024年1月16日，我局执法人员对你单位废水总排口采样监测，化学需氧量浓度为186mg/L，超过《污水综合排放标准》规定的限值。以上事实有现场检查笔录、监测报告等证据为证。"),
			P("经本局负责人集体讨论，依据《中华人民共和国水污染防治法》第八十三条第二项，决定对你单位罚款人民币二十五万元。"),
			P("如不服本决定，可在收到本决定书之日起六十日内向上海市浦东新区人民政府申请行政复议，也可在六个月内向人民法院提起行政诉讼。"),
		}, sign: "上海市浦东新区生态环境局", date: "2024年2月20日", note: "（此件主动公开）"}
	n("h13-neg-01.docx", fDOCX, g.doc(), "行政处罚决定书 with USCC, 法定代表人, 集体讨论")
	n("h13-neg-02.txt", fGBK, page("关于上海瑞科新材料有限公司年产3000吨改性塑料项目环境影响报告书的批复", P("上海瑞科新材料有限公司："), P("你公司报送的环境影响报告书及技术评估意见收悉。经研究，现批复如下：在落实报告书提出的各项污染防治措施后，同意项目建设。项目挥发性有机物排放总量不得超过1.26吨/年。"), P("（此件公开发布）")), "环评批复")
	n("h13-neg-03.html", fHTML, page("2024年3月重点排污单位自行监测数据", T([]string{"单位名称", "监测点位", "监测项目", "排放浓度", "标准限值", "是否达标"}, []string{"上海恒拓表面处理有限公司", "废水总排口", "总镍", "0.05mg/L", "0.1mg/L", "达标"}, []string{"上海瑞科新材料有限公司", "排气筒DA001", "非甲烷总烃", "12.3mg/m³", "70mg/m³", "达标"})), "monitoring data table")
	n("h13-neg-04.txt", fTXT, page("关于网民反映小区旁餐饮油烟问题的答复", P("网友您好：您在留言板反映的问题收悉。我局执法人员于3月12日现场检查，该餐饮店油烟净化设施未正常运行，已责令其立即整改，并将持续跟踪。感谢您对生态环境工作的关心和支持。")), "信访答复 without personal data")
	n("h13-neg-05.docx", fDOCX, page("关于2024年第一季度环境违法典型案例的通报", P("一季度，全区共查处环境违法案件46件，罚款1260万元。现将3起典型案例通报如下："), P("一、上海恒拓表面处理有限公司超标排放案。该公司废水总排口化学需氧量超标，被处罚款25万元。"), P("二、某物流公司非道路移动机械冒黑烟案，被处罚款1万元。")), "通报 of public enforcement")
	n("h13-neg-06.txt", fUTF16, page("上海瑞科新材料有限公司建设项目竣工环境保护验收公示", P("验收监测期间，项目废气、废水、噪声均达标排放，验收组同意通过验收。公示期间如有意见，请与建设单位联系。联系人：陈工　联系电话：021-58761234")), "验收公示 with office phone")
	n("h13-neg-07.html", fHTML, page("保密提醒：哪些材料不能上网？", P("凡是标有“绝密”“机密”“秘密”字样的文件，以及注明“内部”的材料，一律不得上传互联网，也不得在微信群中转发。")), "保密 advice listing marks in quotes")
	n("h13-neg-08.docx", fDOCX, page("关于公开征求《浦东新区噪声污染防治行动计划（2024—2026年）（公开征求意见稿）》意见的公告", P("为提高决策的科学性，现将行动计划公开征求社会公众意见，征求意见时间为2024年4月1日至4月30日。")), "公开征求意见稿 announcement")
	n("h13-neg-09.txt", fGBK, page("浦东新区生态环境局2023年政府信息公开工作年度报告", P("本年度收到政府信息公开申请56件，予以公开31件，部分公开9件；不予公开7件，其中因涉及商业秘密不予公开2件，因属于过程性信息不予公开3件，因属于内部事务信息不予公开2件。")), "年度报告 statistics of refusals")
	n("h13-neg-10.html", fHTML, page("浦东新区生态环境局2024年公开招聘工作人员拟聘用人员公示", T([]string{"姓名", "性别", "学历", "拟聘岗位"}, []string{"沈思远", "男", "硕士研究生", "环境监测"}, []string{"姚佳", "女", "大学本科", "综合管理"}), P("公示期为5个工作日。监督电话：021-68543210。")), "recruitment 公示 (must be public)")
	n("h13-neg-11.txt", fTXT, page("关于某化工企业火灾事故次生环境影响情况的通报", P("事故发生后，区环境监测站在厂界及周边敏感点布设6个监测点位，特征污染物浓度均未超过标准限值，周边水体未受影响。")), "incident information (must be public)")
	n("h13-neg-12.docx", fDOCX, page("我局召开2024年党风廉政建设工作会议", P("会议传达了区纪委全会精神，通报了2023年局系统党风廉政建设情况，局党组书记与各科室负责人签订了责任书。")), "public news of a 廉政 meeting")
	n("h13-neg-13.txt", fTXTBOM, page("区环境监测站开展实验室内部质量控制考核", P("本次考核采用密码样和平行样相结合的方式，平行样合格率100%，密码样合格率96%。")), "内部质量控制, 密码样")
}
