package main

import (
	"strings"

	. "github.com/bureau/mishen/docgen"
)

// fresh2023p is the h16 batch: every file is a PDF converted by LibreOffice
// or a DOCX re-saved by it, since reviewers test PDFs from other producers
// and h13–h15 had none. It puts marks where PDF text extraction is hardest
// (first line, spaced old-style top-right 秘　密★５年, page header, the header
// row of a two-column table, a line LibreOffice wraps inside the mark),
// long 发文字号 in narrow cells, 段落标密, work-secret content, personal data
// in tables (valid and masked 身份证), and a third hard negatives (public
// 公文 with 附注（此件主动公开）, 处罚决定书 with 统一社会信用代码, 监测月报
// tables, 公开征求意见稿). Scored held-out before any rule was tuned on it.
func fresh2023p(l *lab) {
	n := func(name, format string, d Doc, note string) {
		l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: "no_findings", note: note})
	}
	aw := []string{"work_secret"}
	para := func(i int) []Block { return filler(i, 2) }

	// ---- State-secret marks in PDFs. ----
	g := gw{mark: "秘密★2年", org: "上海市浦东新区生态环境局", number: "浦环发〔2024〕31号",
		title: "关于做好进口博览会期间辐射环境安全保障工作的通知", to: "各街镇生态环境所，局属各单位",
		body: body(`
为确保博览会期间辐射环境安全，现将有关事项通知如下。
一、加强重点单位巡查
对场馆周边5公里范围内的核技术利用单位逐一开展现场检查，核对放射源台账和贮存场所安保措施。
二、做好应急值守
保障期间实行24小时值班，应急监测车辆和人员按二级响应状态备勤。`),
		sign: "上海市浦东新区生态环境局", date: "2024年10月21日"}
	l.add("h16-ss-01.pdf", fPDF, g.doc(), "withhold", mState, nil, "秘密★2年 as the first line of a PDF, no 份号")

	g = gw{mark: "秘　密★５年", org: "浦东新区环境保护局", number: "浦环保〔2009〕44号",
		title: "关于重点放射源监管情况的报告", to: "区人民政府", body: para(12),
		sign: "浦东新区环境保护局", date: "2009年8月3日", oldStyleMark: true}
	l.add("h16-ss-02.pdf", fPDF, g.doc(), "withhold", mState, nil, "old-style spaced 秘　密★５年 (full-width 5) top-right in a PDF")

	d := gw{fenhao: "000318", org: "浦东新区生态环境局文件", number: "浦环保〔2024〕96号",
		title: "关于区域大气污染联防联控应急预案修订情况的报告", to: "区人民政府", body: para(3),
		sign: "浦东新区生态环境局", date: "2024年9月12日"}.doc()
	d.Header = []Block{L("机密★10年")}
	l.add("h16-ss-03.pdf", fPDF, d, "withhold", mState, nil, "机密★10年 left-aligned in every page header of a PDF")

	d = page("核与辐射安全监管重点单位名录", T([]string{"密级：秘密★1年", "份号：000215"}, []string{"编制单位：辐射安全管理科", "编制日期：2024年3月"}),
		P("本名录收录全区Ⅰ类至Ⅲ类放射源使用单位的分布情况，供辐射安全监管使用。"), T([]string{"序号", "单位类别", "数量"}, []string{"1", "医疗机构", "14"}, []string{"2", "工业探伤", "9"}))
	l.add("h16-ss-04.pdf", fPDF, d, "withhold", mState, nil, "秘密★1年 in the header row of a two-column table at the top of a PDF")

	d = gw{org: "浦东新区生态环境局", number: "浦环保〔2024〕102号", title: "关于危险废物集中处置设施安全防范工作的通知",
		to: "局属各单位", body: para(6), sign: "浦东新区生态环境局", date: "2024年10月8日"}.doc()
	d.Body = append([]Block{L("000322" + strings.Repeat("　", 23) + "机密★5年")}, d.Body...)
	l.add("h16-ss-05.pdf", fPDF, d, "withhold", mState, nil, "份号 and 机密★5年 pushed right on one line that LibreOffice wraps")

	d = gw{org: "浦东新区生态环境局", number: "浦环保〔2024〕5号", title: "关于2024年度生态环境执法专项行动考核试题的说明",
		body: para(9), sign: "浦东新区生态环境局", date: "2024年1月5日"}.doc()
	d.Body = append([]Block{Runs(Run{Text: "绝密"}, Run{Text: "★启用前", Break: true})}, d.Body...)
	d.Body[0].Indent = false
	l.add("h16-ss-06.pdf", fPDF, d, "withhold", mState, nil, "绝密 / ★启用前 broken over two lines in a PDF")

	d = page("关于辖区饮用水水源地安全保障工作情况的汇报", cat(para(4), []Block{P("（秘密）经排查，全区取水口周边应急物资储备点共6处，其中2处物资数量不足，已报区政府统筹补充。")}, para(7))...)
	l.add("h16-ss-07.pdf", fPDF, d, "withhold", mState, aw, "段落标密: （秘密） heading the third paragraph of a PDF")

	d = page("2024年度全区生态环境安全形势分析", para(11)...)
	d.Header = []Block{R("绝密★长期")}
	d.Footer = []Block{C("第1页")}
	l.add("lo-h16-ss-08.docx", fLODOCX, d, "withhold", mState, aw, "绝密★长期 right-aligned in the header of a DOCX saved by LibreOffice")

	// ---- Work-secret marks and content. ----
	d = page("生态环境舆情周报（2024年第38期）", para(5)...)
	d.Body = append([]Block{R("内部资料　注意保管")}, d.Body...)
	l.add("h16-ws-09.pdf", fPDF, d, "withhold", mWork, nil, "内部资料　注意保管 right-aligned on line 1 of a PDF")

	d = page("执法检查情况通报", para(2)...)
	d.Header = []Block{C("仅供领导参阅　请勿外传")}
	l.add("h16-ws-10.pdf", fPDF, d, "withhold", mWork, nil, "仅供领导参阅　请勿外传 in a PDF page header")

	d = gw{org: "浦东新区生态环境局", number: "浦环〔2024〕请字第17号", title: "关于调整局机关内设科室职能的请示",
		to: "局务会", body: body(`
根据区委编办关于机构职能优化的要求，经与各科室初步沟通，拟将固体废物管理科的危险废物经营许可职能调整至行政审批科，执法大队增设移动源执法中队。
上述调整涉及5名干部岗位变动，具体人选待局务会研究后确定。
妥否，请审议。`), sign: "办公室", date: "2024年9月3日"}.doc()
	l.add("h16-wc-11.pdf", fPDF, d, "review", cWork, nil, "请示 to the 局务会 on staff moves, not yet decided")

	d = page("局党组会议纪要（2024年第9次）", body(`
时间：2024年8月27日下午
地点：局机关三楼会议室
出席：党组书记、局长及党组成员
会议研究了以下事项：
一、关于年度干部考核
会议同意将执法大队副大队长列为优秀等次推荐人选，由组织人事科按程序报送。
二、关于中央环保督察反馈问题整改
会议认为整改进度滞后的两项问题需向区委专题汇报，由分管副局长牵头起草汇报材料。`)...)
	l.add("h16-wc-12.pdf", fPDF, d, "review", cWork, nil, "党组会议纪要 with personnel decisions in a PDF")

	d = page("区委第三巡察组反馈意见整改台账", T(
		[]string{"反馈问题", "责任科室", "整改时限"},
		[]string{"执法案件自由裁量不统一，同类案件罚款金额差异较大", "法制科", "2024年12月"},
		[]string{"公务接待存在超标准情况", "办公室", "2024年10月"},
		[]string{"个别干部违规兼职取酬，线索已移交纪检组", "组织人事科", "2024年11月"},
	))
	l.add("h16-wc-13.pdf", fPDF, d, "review", cWork, nil, "巡察 feedback problems in a table, a case passed to 纪检")

	d = page("浦东新区土壤污染重点监管单位名录调整方案（送审稿）", para(8)...)
	l.add("h16-wc-14.pdf", fPDF, d, "review", cWork, nil, "送审稿 in the title line of a PDF")

	d = page("关于某化工企业环境违法案件的讨论记录", body(`
法制科意见：该企业系初次违法，建议减轻处罚，罚款金额按下限执行。
执法大队意见：该企业曾两次被群众投诉，建议从重处罚。
分管局长意见：先按执法大队意见拟定处罚方案，上会前再与企业沟通。`)...)
	l.add("lo-h16-wc-15.docx", fLODOCX, d, "review", cWork, nil, "case 讨论记录 with opinions, DOCX saved by LibreOffice")

	// ---- Personal data. ----
	d = page("2024年度环保志愿者服务补贴发放名册", T(
		[]string{"姓名", "公民身份号码", "联系电话", "家庭住址"},
		[]string{"沈丽华", idCard("31011519880514302"), "13817265390", "浦东新区川沙新镇华夏东路188弄12号"},
		[]string{"顾海峰", idCard("31011519760923101"), "13901827746", "浦东新区周浦镇年家浜路55号"},
	))
	l.add("h16-pd-16.pdf", fPDF, d, "withhold", cPriv, nil, "valid 身份证, mobile and home address in a PDF table")

	d = page("2024年老旧机动车提前淘汰补贴发放公示", P("根据《浦东新区老旧机动车提前淘汰补贴实施细则》，现将第三批补贴发放名单公示如下，公示期5个工作日。"), T(
		[]string{"序号", "车主", "身份证号", "补贴金额（元）"},
		[]string{"1", "王**", mask(idCard("31011519650302201"), 6, 4), "8000"},
		[]string{"2", "李**", mask(idCard("31022519720811402"), 6, 4), "6500"},
		[]string{"3", "陈**", mask(idCard("31011519811230103"), 6, 4), "8000"},
	), P("联系电话：021-68541355（工作日9:00-17:00）"))
	n("h16-neg-17.pdf", fPDF, d, "补贴公示 with masked names and 身份证 in a PDF table, office phone")

	d = page("信访事项处理意见书", T(
		[]string{"信访人", "张国强"},
		[]string{"身份证号码", idCard("31011519690417503")},
		[]string{"手机", "13764829105"},
		[]string{"反映事项", "小区附近餐饮店油烟扰民"},
	), P("经调查，该餐饮店已安装油烟净化设施，我局已责令其定期清洗并提供维护记录。"))
	l.add("lo-h16-pd-18.docx", fLODOCX, d, "withhold", cPriv, nil, "信访人 name, valid 身份证 and mobile in a two-column table, LibreOffice DOCX")

	d = page("关于群众举报某汽修厂喷漆废气问题的核查情况", P("2024年7月9日，我局接到举报，举报人刘女士（手机13621957348）反映长清路某汽修厂露天喷漆。"), P("经现场核查，该汽修厂确有露天喷漆行为，已责令立即停止并立案调查。"))
	l.add("h16-pd-19.pdf", fPDF, d, "review", cPriv, nil, "举报人 with her mobile in a PDF")

	// ---- Commercial secret. ----
	d = page("上海恒泰涂料有限公司排污许可申请材料（节选）", P("水性涂料生产工艺：丙烯酸乳液42%、钛白粉23%、去离子水28%、助剂7%，分散温度控制在45℃±2℃，研磨细度≤20μm。"),
		P("以上配方及工艺参数为本公司技术秘密，申请不予公开。"))
	l.add("h16-cs-20.pdf", fPDF, d, "review", cComm, nil, "原料配比 with values and a request not to disclose, PDF")

	// ---- Hard negatives. ----
	pub := gw{org: "上海市浦东新区生态环境局", number: "浦环规〔2024〕3号", title: "关于印发《浦东新区生态环境行政处罚裁量基准》的通知",
		to: "各街镇，局属各单位", body: body(`
为规范生态环境行政处罚自由裁量权的行使，经局务会议审议通过，现将《浦东新区生态环境行政处罚裁量基准》印发给你们，请遵照执行。
本基准自2024年11月1日起施行，有效期五年。`), attach: "浦东新区生态环境行政处罚裁量基准",
		sign: "上海市浦东新区生态环境局", date: "2024年10月15日", note: "（此件主动公开）"}.doc()
	n("h16-neg-21.pdf", fPDF, pub, "public 规范性文件 with 附注（此件主动公开）, 局务会议审议通过")

	lng := gw{org: "上海市浦东新区生态环境局", body: body(`
经审查，你单位报送的《年产2万吨电子级化学品项目环境影响报告书》编制规范，结论可信，同意该项目建设。
项目建设须严格落实报告书提出的各项污染防治措施，试生产前须按规定申领排污许可证。`),
		title: "关于上海锦程电子化学品有限公司年产2万吨电子级化学品项目环境影响报告书的批复", to: "上海锦程电子化学品有限公司",
		sign: "上海市浦东新区生态环境局", date: "2024年6月18日", note: "（此件主动公开）"}.doc()
	lng.Body = append(lng.Body[:1:1], append([]Block{T([]string{"发文字号", "沪浦环保许评〔2024〕第0000217号（浦东新区建设项目环境影响评价审批专用）"})}, lng.Body[1:]...)...)
	n("h16-neg-22.pdf", fPDF, lng, "环评批复 with a long 发文字号 in a narrow cell that wraps inside 〔〕")

	pen := gw{org: "上海市浦东新区生态环境局", number: "浦环罚〔2024〕209号", title: "行政处罚决定书", body: cat([]Block{T(
		[]string{"当事人", "上海东明精密铸造有限公司"},
		[]string{"统一社会信用代码", uscc("91310115MA1K4P3T7")},
		[]string{"法定代表人", "孙卫东"},
		[]string{"地址", "浦东新区曹路镇金穗路1501号"},
	)}, body(`
经查，你单位熔炼工序废气收集处理设施未正常运行，颗粒物无组织排放。上述行为违反了《中华人民共和国大气污染防治法》第四十八条第一款。
我局依据该法第一百零八条第（一）项，决定对你单位处以罚款人民币十二万元。
如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或在六个月内提起行政诉讼。`)),
		sign: "上海市浦东新区生态环境局", date: "2024年8月30日", note: "（此件主动公开）"}.doc()
	n("h16-neg-23.pdf", fPDF, pen, "处罚决定书 with 统一社会信用代码 and 法定代表人 in a table")
	n("lo-h16-neg-24.docx", fLODOCX, pen, "the same 处罚决定书 as a LibreOffice DOCX")

	d = page("浦东新区环境空气质量月报（2024年9月）", P("本月全区环境空气质量优良天数为26天，优良率86.7%。各监测站点主要污染物浓度如下："), T(
		[]string{"监测站点", "PM2.5（μg/m³）", "PM10（μg/m³）", "NO2（μg/m³）", "O3-8h（μg/m³）"},
		[]string{"张江", "24", "41", "29", "168"},
		[]string{"川沙", "22", "38", "25", "172"},
		[]string{"惠南", "21", "36", "19", "181"},
		[]string{"世纪公园", "26", "45", "33", "159"},
	), P("注：臭氧为本月首要污染物，数据为实时监测结果，未经审核。"))
	n("h16-neg-25.pdf", fPDF, d, "空气质量月报 with a station data table")

	d = page("2024年第三季度重点排污单位监督性监测结果", T(
		[]string{"企业名称", "监测点位", "监测项目", "排放浓度", "标准限值", "是否达标"},
		[]string{"上海华新化工有限公司", "DA001", "非甲烷总烃", "32.6mg/m³", "70mg/m³", "达标"},
		[]string{"上海宏远热电有限公司", "DA002", "氮氧化物", "58mg/m³", "50mg/m³", "超标"},
		[]string{"上海联合水务有限公司", "DW001", "化学需氧量", "28mg/L", "50mg/L", "达标"},
	), P("超标企业已由执法大队立案查处，整改情况将另行公开。"))
	n("h16-neg-26.pdf", fPDF, d, "监督性监测 results table with an 超标 company")

	d = page("《浦东新区噪声污染防治实施方案（公开征求意见稿）》", body(`
为听取社会公众意见，现将《浦东新区噪声污染防治实施方案（公开征求意见稿）》全文公布，征求意见时间为2024年11月1日至11月30日。
公众可通过以下方式提出意见：电子邮箱pdhbzsk@pudong.gov.cn；来信请寄浦东新区合欢路2号，邮编200135，并在信封上注明“噪声方案意见”。
一、总体要求
到2025年，全区声环境功能区夜间达标率达到85%以上。`)...)
	n("h16-neg-27.pdf", fPDF, d, "公开征求意见稿 with an office address and e-mail")

	d = page("环评报告书受理公示", T(
		[]string{"项目名称", "上海申能储能电站项目"},
		[]string{"建设单位", "上海申能新能源有限公司（联系人：赵工，电话：021-58762210）"},
		[]string{"环评机构", "上海环科环境评估咨询有限公司"},
	), P("公示期间，公众可通过信函、电子邮件等方式向我局反映意见。"))
	n("lo-h16-neg-28.docx", fLODOCX, d, "环评受理公示 with a company contact and office phone, LibreOffice DOCX")

	d = page("保密知识小课堂：国家秘密的密级", body(`
国家秘密的密级分为绝密、机密、秘密三级。机关、单位对所产生的国家秘密事项，应当按照国家秘密及其密级的具体范围的规定确定密级。
公文标注密级时，一般写作“秘密★1年”这样的形式，位于版心左上角第二行。
有机密封圈、企业内部控制制度等词语与保密无关，不要误读。`)...)
	n("h16-neg-29.pdf", fPDF, d, "保密宣传 listing 绝密、机密、秘密 and quoting “秘密★1年” as an example")

	d = page("浦东新区地表水环境质量月报（2024年8月）", T(
		[]string{"断面名称", "水质类别", "主要超标因子", "与上月比较"},
		[]string{"川杨河闸", "Ⅲ类", "—", "持平"},
		[]string{"大治河西闸", "Ⅳ类", "总磷（0.35mg/L）", "下降"},
		[]string{"浦东运河", "Ⅲ类", "—", "好转"},
	), P("内部河道水质监测数据由区环境监测站提供，详见附表。"))
	n("lo-h16-neg-30.docx", fLODOCX, d, "地表水 monitoring table as a LibreOffice DOCX; 内部河道 is a river, not a mark")
}
