package main

import (
	. "github.com/bureau/mishen/docgen"
)

// Label shorthands.
var (
	mState = []string{"marking", "state_secret"}
	mWork  = []string{"marking", "work_secret"}
	cWork  = []string{"work_secret"}
	cPriv  = []string{"personal_privacy"}
	cComm  = []string{"commercial_secret"}
	cHid   = []string{"hidden_content"}
)

type lab struct{ fx []fixture }

func (l *lab) add(name, format string, d Doc, verdict string, must, allow []string, note string) {
	l.fx = append(l.fx, fixture{name: name, format: format, doc: d, verdict: verdict, must: must, allow: allow, note: note})
}

func (l *lab) addHTML(name string, d Doc, o HTMLOptions, verdict string, must, allow []string, note string) {
	l.fx = append(l.fx, fixture{name: name, format: fHTML, doc: d, html: o, verdict: verdict, must: must, allow: allow, note: note})
}

// labelledFixtures is the labelled corpus: every mark form and position of
// domain.md §2, the work-secret marks and categories, personal and
// commercial data, hidden content, and hard negatives. Labels follow the
// rules in domain.md, not any implementation.
func labelledFixtures() []fixture {
	l := &lab{}
	stateSecretMarks(l)
	workSecretMarks(l)
	workSecretContent(l)
	personalData(l)
	commercialSecrets(l)
	hiddenContent(l)
	hardNegatives(l)
	libreOffice(l)
	disclosureNotes(l)
	wpsDocs(l)
	fresh2023(l)
	return l.fx
}

// classified builds an innocuous 通知 whose marking line is given.
func classified(fenhao, mark, number, title string, i int, date string) gw {
	return gw{
		fenhao: fenhao, mark: mark,
		org: "浦东新区生态环境局文件", number: number, title: title,
		to:   "局属各单位、各科室",
		body: filler(i, 3), sign: "浦东新区生态环境局", date: date,
	}
}

func stateSecretMarks(l *lab) {
	// GB/T 9704-2012 position: line 2 under the 份号, each term form.
	l.add("ss-01-mark-line2-1nian.txt", fTXT, classified("000012", "秘密★1年", "浦环保〔2023〕41号", "关于开展2023年度生态环境执法大练兵活动的通知", 0, "2023年4月3日").doc(),
		"withhold", mState, nil, "秘密★1年 under 份号, UTF-8 text")
	l.add("ss-02-mark-10nian.docx", fDOCX, classified("000005", "机密★10年", "浦环发〔2022〕7号", "关于加强饮用水水源地安全保障工作的通知", 1, "2022年9月14日").doc(),
		"withhold", mState, nil, "机密★10年 DOCX body line 2")
	l.add("ss-03-mark-changqi.txt", fGBK, classified("000031", "机密★长期", "浦环保〔2021〕112号", "关于做好辐射安全监管工作的通知", 2, "2021年11月2日").doc(),
		"withhold", mState, nil, "机密★长期, GBK")
	exam := page("2023年浦东新区生态环境监测技术比武理论考试试卷（A卷）", cat(
		[]Block{L("考试时间：120分钟　满分：100分")},
		body(`
一、单项选择题（每题1分，共40分）
1．环境空气中PM2.5是指环境空气中空气动力学当量直径小于等于（　　）微米的颗粒物。
A．1　B．2.5　C．10　D．100
2．地表水环境质量标准中，Ⅲ类水质化学需氧量限值为（　　）毫克/升。
A．15　B．20　C．30　D．40`))...)
	exam.Body = append([]Block{L("绝密★启用前")}, exam.Body...)
	l.add("ss-04-juemi-qiyongqian.docx", fDOCX, exam, "withhold", mState, nil, "绝密★启用前 on an exam paper, first line")
	mt := page("浦东新区第二轮生态环境保护督察整改工作推进会议材料", filler(3, 3)...)
	mt.Body = append([]Block{L("机密★会议开始前")}, mt.Body...)
	l.addHTML("ss-05-huiyi-kaishiqian.html", mt, HTMLOptions{}, "withhold", mState, []string{"work_secret"}, "机密★会议开始前 at the top of a web page")
	l.add("ss-06-juemi-date.txt", fUTF16, classified("000002", "绝密★2025年12月31日", "浦环保〔2023〕3号", "关于某重点工程环境保障工作的通知", 4, "2023年1月9日").doc(),
		"withhold", mState, nil, "绝密★<date> as 解密时间, UTF-16LE")
	l.add("ss-07-6geyue.txt", fTXTBOM, classified("000017", "秘密★6个月", "浦环保〔2023〕22号", "关于做好区重大活动期间环境质量保障工作的通知", 5, "2023年3月1日").doc(),
		"withhold", mState, nil, "秘密★6个月 (term in months), UTF-8 BOM CRLF")
	l.add("ss-08-hollow-star.txt", fTXT, classified("000044", "秘密☆2年", "浦环保〔2022〕88号", "关于开展危险废物专项整治的通知", 6, "2022年7月1日").doc(),
		"withhold", mState, nil, "☆ instead of ★")
	l.add("ss-09-fullwidth-asterisk.txt", fGBK, classified("000045", "机密＊5年", "浦环保〔2022〕90号", "关于核与辐射应急演练安排的通知", 7, "2022年7月8日").doc(),
		"withhold", mState, nil, "＊ instead of ★, GBK")
	ast := classified("000046", "秘密*3年", "浦环保〔2022〕93号", "关于加强重点排污单位自动监控管理的通知", 8, "2022年7月20日").doc()
	l.addHTML("ss-10-ascii-asterisk.html", ast, HTMLOptions{}, "withhold", mState, nil, "ASCII * instead of ★ in HTML")
	l.add("ss-11-spaces-star.txt", fTXT, classified("000051", "秘密 ★ 1年", "浦环保〔2023〕50号", "关于做好汛期环境安全工作的通知", 9, "2023年5月4日").doc(),
		"withhold", mState, nil, "ASCII spaces around the star")
	l.add("ss-12-ideographic-spaces.txt", fGBK, classified("000052", "机密　★　5年", "浦环保〔2023〕51号", "关于加强涉危险化学品企业环境风险防控的通知", 10, "2023年5月5日").doc(),
		"withhold", mState, nil, "U+3000 around the star, GBK")
	l.add("ss-13-fullwidth-digits.docx", fDOCX, classified("０００００９", "机密★１０年", "浦环保〔2020〕16号", "关于重点区域环境安全检查的通知", 11, "2020年3月6日").doc(),
		"withhold", mState, nil, "full-width digits in term and 份号")
	trad := gw{fenhao: "000077", mark: "機密★5年", org: "浦東新區生態環境局文件", number: "浦環保〔2022〕15號",
		title: "關於加強重點污染源監管工作的通知", to: "局屬各單位",
		body: body(`
為進一步加強重點污染源監管，現將有關事項通知如下：
一、各單位要嚴格落實監管責任，對重點排污單位實行全覆蓋檢查。
二、對發現的環境違法行為，依法從嚴查處。`), sign: "浦東新區生態環境局", date: "2022年2月18日"}
	l.add("ss-14-traditional.txt", fUTF16, trad.doc(), "withhold", mState, nil, "繁體 機密★5年 in a traditional-script document")
	old := classified("", "秘　密★5年", "浦环保〔2009〕33号", "关于加强环境监测数据管理的通知", 0, "2009年6月12日")
	old.oldStyleMark = true
	l.add("ss-15-oldstyle-topright.docx", fDOCX, old.doc(), "withhold", mState, nil, "GB/T 9704-1999 style: 秘　密★5年 right-aligned on line 1")
	l.add("ss-16-bare-star.txt", fTXT, classified("000063", "机密★", "浦环保〔2023〕12号", "关于做好重大活动空气质量保障的通知", 1, "2023年2月2日").doc(),
		"withhold", mState, nil, "bare 机密★ (default maximum term)")
	br := page("关于某建设项目环境影响评价有关情况的报告", filler(2, 3)...)
	br.Body = append([]Block{L("（秘密）")}, br.Body...)
	l.addHTML("ss-17-bracketed.html", br, HTMLOptions{}, "withhold", mState, []string{"work_secret"}, "bracketed （秘密） on the first line")
	alone := classified("", "秘密", "浦环保〔2021〕67号", "关于开展放射源安全检查的通知", 3, "2021年8月30日")
	l.add("ss-18-level-alone.txt", fGBK, alone.doc(), "withhold", mState, nil, "level 秘密 alone on a line before the 版头")
	form := page("浦东新区生态环境局文件呈批单", T(
		[]string{"文件标题", "关于核技术利用单位辐射安全检查情况的报告"},
		[]string{"密级：机密", "保密期限：2年"},
		[]string{"拟稿单位", "辐射安全管理科"},
		[]string{"核稿人", "张晓峰"},
	), P("拟办意见：请局领导审阅。"))
	l.add("ss-19-field-form.docx", fDOCX, form, "withhold", mState, []string{"work_secret"}, "form fields 密级：机密 / 保密期限：2年 in a table")
	fld := page("环境监测专项报告", cat([]Block{L("密级：秘密"), L("保密期限：1年"), L("编制单位：浦东新区环境监测站")}, filler(4, 2))...)
	l.add("ss-20-field-text.txt", fTXTBOM, fld, "withhold", mState, nil, "密级：秘密 field lines in text")
	hdr := classified("000088", "", "浦环保〔2023〕70号", "关于重点监管企业名单的通知", 5, "2023年6月1日").doc()
	hdr.Header = []Block{L("机密★5年")}
	l.add("ss-21-in-header.docx", fDOCX, hdr, "withhold", mState, nil, "机密★5年 only in the DOCX page header")
	split := classified("000091", "", "浦环保〔2023〕72号", "关于环境应急物资储备的通知", 6, "2023年6月5日").doc()
	split.Body = append([]Block{L("000091"), L("机", "密★", "1", "0年")}, split.Body[1:]...)
	l.add("ss-22-split-runs.docx", fDOCX, split, "withhold", mState, nil, "mark split over four runs as LibreOffice writes it")
	brk := classified("000092", "", "浦环保〔2023〕73号", "关于生态环境应急监测能力建设的通知", 7, "2023年6月6日").doc()
	brk.Body = append([]Block{L("000092"), Runs(Run{Text: "机密★"}, Run{Text: "5", Break: true}, Run{Text: "年", Break: true})}, brk.Body[1:]...)
	brk.Body[1].Indent = false
	l.add("ss-23-pdf-broken-lines.pdf", fPDF, brk, "withhold", mState, nil, "PDF where the mark reads 机密★\\n5\\n年")
	l.add("ss-24-pdf-first-page.pdf", fPDF, classified("000093", "秘密★1年", "浦环保〔2023〕74号", "关于加强环境执法证据管理的通知", 8, "2023年6月7日").doc(),
		"withhold", mState, nil, "秘密★1年 on the first page of a PDF")
	pold := classified("", "机　密★10年", "浦环保〔2008〕21号", "关于重点污染源在线监控系统建设的通知", 9, "2008年4月2日")
	pold.oldStyleMark = true
	l.add("ss-25-pdf-oldstyle.pdf", fPDF, pold.doc(), "withhold", mState, nil, "PDF, old-style right-aligned 机　密★10年")
	para := page("关于2023年重点工作推进情况的报告", cat(filler(10, 2), []Block{P("（机密）经研究，拟对辖区内涉核单位的应急处置预案进行修订，具体方案另行印发。")}, filler(0, 1))...)
	l.add("ss-26-paragraph-mark.docx", fDOCX, para, "withhold", mState, []string{"work_secret"}, "段落标密: （机密） at the head of a paragraph mid-document")
	l.add("ss-27-expired.txt", fTXT, classified("000015", "秘密★1年", "浦环保〔2019〕28号", "关于开展饮用水水源保护区专项检查的通知", 11, "2019年3月15日").doc(),
		"withhold", mState, nil, "expired term (2019 + 1年): still a mark, must be declassified first")
	tb := page("关于区级环境应急预案修订工作的报告", filler(1, 3)...)
	tb.Body[0].TextBox = "秘密★2年"
	l.add("ss-28-textbox.docx", fDOCX, tb, "withhold", mState, []string{"work_secret"}, "mark in a floating text box next to the title")
	ph := classified("000099", "", "浦环保〔2022〕120号", "关于重点区域空气质量保障方案的通知", 2, "2022年10月10日").doc()
	ph.Header = []Block{R("绝密★30年")}
	l.add("ss-29-pdf-header.pdf", fPDF, ph, "withhold", mState, nil, "绝密★30年 in the page header of a PDF")
	zw := classified("000100", "机\u200b密★2年", "浦环保〔2023〕80号", "关于生态环境安全风险排查的通知", 3, "2023年7月3日")
	l.add("ss-30-zero-width.txt", fTXT, zw.doc(), "withhold", mState, nil, "zero-width space inside the level")
	mh := gw{mark: "秘密★1年", urgency: "特急", org: "浦东新区生态环境局", number: "浦环发〔2023〕5号",
		title: "关于重污染天气应急响应有关事项的紧急通知", to: "各街镇生态环境所", body: filler(4, 2), sign: "浦东新区生态环境局", date: "2023年1月20日"}
	l.addHTML("ss-31-no-fenhao.html", mh.doc(), HTMLOptions{}, "withhold", mState, nil, "mark on line 1 of a web page, no 份号")

	// Word templates and Word's own ways of writing the star.
	cc := classified("000131", "", "浦环保〔2023〕84号", "关于核与辐射安全隐患排查治理的通知", 4, "2023年7月5日").doc()
	ctl := L("秘密★1年")
	ctl.Control = "密级"
	cc.Body = append([]Block{L("000131"), ctl}, cc.Body[1:]...)
	l.add("ss-32-content-control.docx", fDOCX, cc, "withhold", mState, nil, "mark inside a template's 密级 content control (w:sdt)")
	fd := classified("000132", "", "浦环保〔2023〕85号", "关于加强涉密载体管理的通知", 5, "2023年7月6日").doc()
	field := L("机密★5年")
	field.Field = "DOCPROPERTY 密级"
	fd.Body = append([]Block{L("000132"), field}, fd.Body[1:]...)
	fd.Props.Custom = [][2]string{{"密级", "机密★5年"}}
	l.add("ss-33-docproperty-field.docx", fDOCX, fd, "withhold", mState, []string{"hidden_content"}, "mark as the result of a DOCPROPERTY field (and in the custom property)")
	sy := classified("000133", "", "浦环保〔2023〕86号", "关于重要军事设施周边环境管理的通知", 6, "2023年7月7日").doc()
	star := L("绝密", "", "10年")
	star.Runs[1] = Run{Text: "★", SymFont: "Wingdings", SymChar: "F0AB"}
	sy.Body = append([]Block{L("000133"), star}, sy.Body[1:]...)
	l.add("ss-34-wsym-star.docx", fDOCX, sy, "withhold", mState, nil, "★ inserted with Insert Symbol: <w:sym w:font=\"Wingdings\" w:char=\"F0AB\"/>")
}

func workSecretMarks(l *lab) {
	d := page("关于全区重点行业企业挥发性有机物排放情况的分析报告", filler(3, 3)...)
	d.Body = append([]Block{R("内部")}, d.Body...)
	l.add("ws-01-neibu-topright.txt", fTXT, d, "withhold", mWork, nil, "内部 right-aligned on line 1")
	d = page("2023年上半年生态环境信访形势分析", filler(8, 3)...)
	d.Header = []Block{R("内部事项　注意保管")}
	l.add("ws-02-neibu-shixiang-header.docx", fDOCX, d, "withhold", mWork, nil, "内部事项　注意保管 in the DOCX header")
	d = page("浦东新区生态环境工作动态（第12期）", filler(5, 3)...)
	d.Body = append([]Block{L("内部资料")}, d.Body...)
	l.addHTML("ws-03-neibu-ziliao.html", d, HTMLOptions{}, "withhold", mWork, nil, "内部资料 first line of a web page")
	d = page("关于2023年度局机关预算执行情况的说明", filler(6, 3)...)
	d.Body = append([]Block{L("内部文件　请勿外传")}, d.Body...)
	l.add("ws-04-neibu-wenjian.txt", fGBK, d, "withhold", mWork, nil, "内部文件　请勿外传, GBK")
	d = page("生态环境信息参考（2023年第3期）", filler(9, 3)...)
	d.Body = append([]Block{R("内部参考")}, d.Body...)
	l.add("ws-05-neibu-cankao.pdf", fPDF, d, "withhold", mWork, nil, "内部参考 top-right in a PDF")
	d = page("关于近期环境舆情情况的专报", filler(2, 2)...)
	d.Body = append([]Block{L("仅供内部参考")}, d.Body...)
	l.add("ws-06-jingong-cankao.txt", fUTF16, d, "withhold", mWork, nil, "仅供内部参考, UTF-16")
	d = page("大气污染防治重点工作推进情况", filler(0, 3)...)
	d.Body = append([]Block{L("注意保存　严禁外传")}, d.Body...)
	l.add("ws-07-yanjin-waichuan.docx", fDOCX, d, "withhold", mWork, nil, "注意保存　严禁外传 on line 1")
	d = page("关于部分企业环境信用评价结果的情况说明", filler(10, 2)...)
	d.Body = append([]Block{L("不得翻印　请勿转发")}, d.Body...)
	l.add("ws-08-bude-fanyin.txt", fTXTBOM, d, "withhold", mWork, nil, "不得翻印　请勿转发")
	d = page("生态环境系统安全生产形势通报", filler(7, 3)...)
	d.Header = []Block{L("内部事项 注意保管")}
	l.add("ws-09-pdf-header.pdf", fPDF, d, "withhold", mWork, nil, "内部事项 注意保管 in a PDF page header")
	d = page("重点排污单位执法检查情况汇总", filler(1, 2)...)
	d.Body = append([]Block{C("（内部资料，严禁外传）")}, d.Body...)
	l.addHTML("ws-10-bracketed.html", d, HTMLOptions{}, "withhold", mWork, nil, "（内部资料，严禁外传） centred under the title line")
	d = page("关于部分街镇河道水质情况的通报", filler(11, 2)...)
	d.Body = append([]Block{L("本文件属于内部资料，请勿转发。")}, d.Body...)
	l.add("ws-11-sentence-first-line.txt", fTXT, d, "withhold", mWork, nil, "本文件属于内部资料 as a first-line sentence (segmentation must keep 内部资料)")
	d = page("2023年第二季度环境质量形势研判", filler(4, 3)...)
	d.Footer = []Block{C("内部资料　注意保管")}
	l.add("ws-12-footer.docx", fDOCX, d, "withhold", mWork, nil, "内部资料　注意保管 in the footer")
}

func workSecretContent(l *lab) {
	// 1. 请示报告, 情况汇报 submitted to a leadership meeting.
	d := page("关于第二轮中央生态环境保护督察整改推进情况的汇报", cat(
		[]Block{P("局党组：现将我局第二轮中央生态环境保护督察反馈问题整改推进情况汇报如下，提请党组会审议。")},
		filler(2, 2), []Block{P("目前尚有4项整改任务未达到序时进度，拟请党组会研究调整整改时限并明确牵头领导。")},
	)...)
	l.add("wc-01-huibao-dangzuhui.docx", fDOCX, d, "review", cWork, nil, "情况汇报 to 党组会 for deliberation, no mark")
	d = page("关于2023年环境监测经费缺口问题的情况汇报", cat(filler(0, 1), body(`
今年监测任务较去年增加约30%，预计经费缺口约420万元。
特此汇报，提请局务会研究。`))...)
	l.add("wc-02-huibao-juwuhui.txt", fTXT, d, "review", cWork, nil, "汇报 提请局务会研究")
	qs := gw{org: "浦东新区生态环境局办公室", number: "浦环办〔2023〕14号", signer: "吴海燕",
		title: "关于调整局机关公务用车使用管理办法的请示", to: "局党组",
		body: body(`
为进一步规范公务用车管理，办公室拟对《局机关公务用车使用管理办法》作如下调整：一是执法用车实行统一调度；二是建立用车台账月度通报制度。
妥否，请批示。`), sign: "浦东新区生态环境局办公室", date: "2023年6月2日"}
	l.add("wc-03-qingshi-dangzu.txt", fTXTBOM, qs.doc(), "review", cWork, nil, "请示 to 局党组 (妥否，请批示)")
	// 2. 会议纪要 and 讨论记录.
	d = page("局党组2023年第8次会议纪要", body(`
6月12日，局党组书记、局长李振华主持召开2023年第8次党组会议。会议传达学习了市生态环境局有关会议精神，研究了以下事项：
一、会议原则同意《2023年度生态环境执法培训计划》，由执法支队抓紧组织实施。
二、会议研究了下半年重点工作安排，要求各分管领导加强督促检查。
出席：李振华、陈国平、吴海燕　记录：黄静`)...)
	l.add("wc-04-dangzu-jiyao.txt", fGBK, d, "review", cWork, nil, "党组会议纪要, GBK")
	d = page("关于臭氧污染防控工作的专题会议纪要", body(`
5月18日下午，副局长陈国平主持召开臭氧污染防控专题会议，大气科、执法支队、监测站负责同志参加。会议纪要如下：
一、会议认为，当前臭氧污染形势严峻，需进一步加强挥发性有机物排放管控。
二、会议议定，6月起对重点企业实行错峰生产，具体名单由大气科提出。
三、会议要求监测站每日报送臭氧浓度预测结果。`)...)
	l.addHTML("wc-05-zhuanti-jiyao.html", d, HTMLOptions{}, "review", cWork, nil, "专题会议纪要 on a web page")
	d = page("局长办公会讨论记录", body(`
时间：2023年5月22日
地点：局302会议室
议题：关于区域环评审批权限下放的意见
李振华：下放后要防止审批标准不一，事中事后监管要跟上。
陈国平：建议先在两个开发区试点，半年后评估。
吴海燕：同意试点，人员培训由环评科负责。
结论：原则同意试点方案，报区政府审定。`)...)
	l.add("wc-06-taolun-jilu.txt", fUTF16, d, "review", cWork, nil, "讨论记录 with speakers' positions")
	// 3. Personnel matters.
	d = page("关于局机关部分科级干部调整的初步方案", body(`
根据工作需要和干部队伍建设规划，经局党组初步研究，拟对以下科级干部进行调整：
拟任：刘洋同志任执法支队副支队长（试用期一年）；郑丽同志任环评与排污许可科科长。
拟免：马俊同志不再担任办公室副主任。
以上方案待考察、征求纪检组意见后，提交党组会研究决定。`)...)
	l.add("wc-07-renshi-niren.docx", fDOCX, d, "review", cWork, nil, "人事 拟任/拟免 before the decision")
	d = page("2023年度职级晋升人选酝酿情况", body(`
按照职级晋升有关规定，经民主推荐和党组酝酿，初步确定以下同志为四级主任科员晋升人选：孙伟、黄静、赵磊。
上述人选尚需经组织考察，考察结果报党组会审议。`)...)
	l.add("wc-08-zhiji-jinsheng.txt", fGBK, d, "review", cWork, nil, "职级晋升 人选 under deliberation")
	// 4. Audit and inspection (巡察) findings.
	d = page("区委第三巡察组反馈问题整改台账", cat(
		[]Block{P("根据区委第三巡察组对我局开展常规巡察的反馈意见，现将巡察反馈问题及整改措施列表如下：")},
		[]Block{T([]string{"序号", "巡察反馈问题", "整改措施", "责任科室", "完成时限"},
			[]string{"1", "执法裁量标准执行不统一，部分案件处罚偏轻", "修订裁量基准，开展案卷评查", "执法支队", "2023年9月"},
			[]string{"2", "专项资金项目验收不及时", "建立项目验收台账", "计财科", "2023年8月"})},
	)...)
	l.add("wc-09-xuncha-fankui.docx", fDOCX, d, "review", cWork, nil, "巡察 findings and rectification ledger")
	d = page("2022年度内部审计发现问题清单", body(`
根据局内部审计工作安排，审计组对2022年度局属单位财务收支情况进行了审计，发现以下问题：
一、监测站部分设备采购未履行政府采购程序，涉及金额36.5万元。
二、宣教中心存在以会议费名义列支培训费用的情况。
审计组建议相关单位于30日内完成整改并书面报告审计整改情况。`)...)
	l.add("wc-10-neibu-shenji-qingdan.txt", fTXT, d, "review", cWork, nil, "audit findings (not a public audit report)")
	// 5. Discipline inspection (纪检监察).
	d = page("关于一起违反中央八项规定精神问题线索的初核情况报告", body(`
派驻纪检组于2023年4月收到反映我局某科室工作人员违规接受管理服务对象宴请的问题线索。经初步核实，反映问题部分属实。
纪检组拟对当事人立案审查，并建议局党组对相关科室负责人进行提醒谈话。
本报告所涉案件事实仍在调查中。`)...)
	l.add("wc-11-jijian-chuhe.txt", fGBK, d, "review", cWork, nil, "纪检 case facts under investigation")
	d = page("2023年上半年纪检监察案件统计分析", cat(body(`
上半年，派驻纪检组共受理信访举报14件，处置问题线索9件，立案2件，给予党纪政务处分2人。`),
		[]Block{T([]string{"类别", "件数", "处分人数"}, []string{"违反廉洁纪律", "1", "1"}, []string{"违反工作纪律", "1", "1"})})...)
	l.add("wc-12-jijian-tongji.pdf", fPDF, d, "review", cWork, nil, "纪检 case statistics")
	// 6/7. Important aggregated data, 控制使用.
	d = page("全区重点排污单位污染物排放量汇总", cat(
		[]Block{P("本汇总数据控制使用，未经批准不得对外提供。")},
		[]Block{T([]string{"行业", "企业数", "化学需氧量（吨）", "氨氮（吨）"}, []string{"化工", "68", "1236.5", "88.2"}, []string{"电子", "112", "845.1", "52.7"})},
	)...)
	l.addHTML("wc-13-kongzhi-shiyong.html", d, HTMLOptions{}, "review", cWork, nil, "重要汇总数据 marked 控制使用 in the text")
	// 过程稿 markers.
	d = page("浦东新区生态环境保护“十四五”规划中期评估报告（送审稿）", filler(0, 3)...)
	l.add("wc-14-songshengao.docx", fDOCX, d, "review", cWork, nil, "送审稿 in the title")
	d = page("浦东新区噪声污染防治行动计划（2023—2025年）", cat([]Block{C("（审议稿）")}, filler(8, 2))...)
	l.add("wc-15-shenyigao.txt", fTXT, d, "review", cWork, nil, "审议稿 on its own line")
	d = page("关于推进生态环境损害赔偿工作的实施方案（讨论稿）", filler(5, 2)...)
	l.add("wc-16-taolungao.txt", fGBK, d, "review", cWork, nil, "讨论稿, GBK")
	d = page("浦东新区环境噪声功能区划调整方案", cat([]Block{C("（征求意见稿）"), L("请局内各科室于6月15日前反馈修改意见。")}, filler(9, 2))...)
	l.addHTML("wc-17-zhengqiu-internal.html", d, HTMLOptions{}, "review", cWork, nil, "征求意见稿 circulated to internal offices, not 公开征求")
	d = page("浦东新区生态环境局2023年度工作要点（第二稿）", filler(3, 3)...)
	l.add("wc-18-di-er-gao.pdf", fPDF, d, "review", cWork, nil, "第二稿 draft number")
	d = page("区政府关于加强土壤污染防治工作的意见（代拟稿）", filler(7, 2)...)
	l.add("wc-19-dainigao.txt", fUTF16, d, "review", cWork, nil, "代拟稿, UTF-16")
	d = page("浦东新区生态环境局行政执法公示办法（修改稿）", filler(10, 2)...)
	l.add("wc-20-xiugaigao.docx", fDOCX, d, "review", cWork, nil, "修改稿")
}

func personalData(l *lab) {
	id1 := idCard("31011519650823301")
	d := page("关于对个人违规焚烧垃圾行为的处理情况说明", cat(body(`
2023年5月3日，执法人员在巡查中发现一名个人在农田内露天焚烧秸秆及生活垃圾。
当事人：顾某，身份证号码：`+id1+`，系周浦镇居民。
执法人员当场制止并进行了批评教育，当事人表示今后不再焚烧。`), filler(6, 1))...)
	l.add("pd-01-id-valid.txt", fTXT, d, "withhold", cPriv, nil, "valid unmasked 身份证号 of a private person")
	id2 := idCard("32010219880415062")
	d = page("2023年生态环境志愿者补贴发放名单", T(
		[]string{"序号", "姓名", "身份证号", "服务时长（小时）"},
		[]string{"1", "沈佳怡", id2, "36"},
		[]string{"2", "钱浩", mask(idCard("31010419900108551"), 6, 4), "24"},
	))
	l.add("pd-02-id-table.docx", fDOCX, d, "withhold", cPriv, nil, "valid 身份证号 in a table cell (the other row is masked)")
	idx := idCard("11010519491231002")
	d = page("群众举报奖励发放审核表", body(`
经核实，举报人李某某（公民身份号码`+idx+`）举报的某企业偷排废水问题查证属实，拟给予奖励人民币2000元。`)...)
	l.addHTML("pd-03-id-x-checkdigit.html", d, HTMLOptions{}, "withhold", cPriv, nil, "valid ID ending in X, 举报人 identity")
	d = page("行政处罚决定书", body(`
当事人：徐某
身份证号：`+mask(idCard("31011519720611421"), 6, 4)+`
住所：浦东新区某镇
经查，当事人于2023年2月在其经营的小型加工作坊内露天喷漆，产生的废气未经收集处理直接排放。依据《中华人民共和国大气污染防治法》第一百零八条，决定处以罚款人民币贰万元。`)...)
	l.add("pd-04-id-masked.txt", fGBK, d, "no_findings", nil, nil, "masked 310115********4211-style ID is already redacted: not a finding")
	bad := badIDCard("31011519800312421")
	d = page("2023年第二批生态环境科研项目立项清单", T(
		[]string{"项目编号", "项目名称", "承担单位"},
		[]string{bad, "浦东新区臭氧前体物来源解析研究", "上海市环境科学研究院"},
		[]string{"PDST-2023-017", "滨海湿地鸟类多样性监测", "华东师范大学"},
	))
	l.add("pd-05-id-invalid-check.docx", fDOCX, d, "no_findings", nil, nil, "18-digit number shaped like an ID with a wrong check digit: a project number")
	d = page("关于市民反映某小区垃圾房异味问题的答复", body(`
王女士：
您反映的浦东新区东方路某小区垃圾房异味问题收悉。经现场核查，我局已督促物业公司增加清运频次并加装除臭设施。
如有疑问，可与承办人联系。您登记的手机号码13817264590将用于回访，请保持畅通。`)...)
	l.add("pd-06-mobile.txt", fTXT, d, "review", cPriv, nil, "a private person's mobile number")
	d = page("环境违法行为举报受理登记表", T(
		[]string{"举报人", "联系方式", "举报内容"},
		[]string{"匿名（要求保密）", "手机 139-1625-8873", "某化工厂夜间偷排废气"},
	))
	l.add("pd-07-reporter-phone.txt", fGBK, d, "review", cPriv, nil, "举报人's mobile written with dashes, GBK")
	d = page("关于张某某申请环境污染损害补偿的调查报告", body(`
申请人张某某，男，1966年出生，家庭住址：浦东新区高桥镇草高支路588弄3号201室。
申请人称其住所附近企业排放的粉尘导致其家中财物受损，要求企业给予补偿。经现场调查，企业已落实防尘措施，双方经调解达成一致。`)...)
	l.add("pd-08-home-address.docx", fDOCX, d, "review", cPriv, nil, "家庭住址 of a private person")
	d = page("关于某企业职工疑似职业健康损害情况的调查", body(`
经调查，该企业喷涂车间职工吴某（男，45岁）于2022年11月经市职业病防治院诊断为慢性苯中毒，目前在市第六人民医院住院治疗，住院号2022118653。
我局已将有关情况通报区卫生健康委，并对企业废气治理设施运行情况开展检查。`)...)
	l.addHTML("pd-09-health.html", d, HTMLOptions{}, "review", cPriv, nil, "named worker's diagnosis and hospital stay")
	d = page("关于信访人陈某某情况的说明", body(`
信访人陈某某，女，58岁，现住浦东新区三林镇。据其家属反映，陈某某有精神疾病史，近年多次就同一问题反复信访。
我局将会同街道做好解释疏导工作。`)...)
	l.add("pd-10-health-mental.txt", fUTF16, d, "review", cPriv, []string{"work_secret"}, "精神疾病史 of a named 信访人")
	card := bankCard("621700123456789012")
	d = page("生态补偿资金发放明细", T(
		[]string{"姓名", "开户行", "银行卡号", "金额（元）"},
		[]string{"朱建华", "中国建设银行上海浦东分行", card, "12800.00"},
	))
	l.add("pd-11-bankcard-table.docx", fDOCX, d, "withhold", cPriv, nil, "bank card number with 开户行 (Luhn valid, UnionPay 62)")
	card2 := bankCard("622848001234567890")
	d = page("关于退还多缴排污费的说明", body(`
经核对，个体工商户业主杨某多缴纳排污费3560元，现予退还。
收款人：杨某　开户银行：中国农业银行上海川沙支行　账号：`+card2+`
请计财科于5个工作日内办理退款手续。`)...)
	l.add("pd-12-bankcard-text.txt", fTXTBOM, d, "withhold", cPriv, nil, "bank account number after 账号 with 开户银行")
	d = page("关于对个人住址信息进行保护的提示", body(`
工作人员在制作信息公开材料时，应当删除当事人的住址、电话、身份证号码等个人信息，以“某”代替姓名，身份证号码按“310115********0000”格式脱敏。`)...)
	l.add("pd-13-privacy-guidance.txt", fTXT, d, "no_findings", nil, nil, "guidance naming kinds of personal data, with a masked example: no personal data")
	d = page("环境监测报告", body(`
报告编号：HJJC2023051391625734821
样品编号：SW-20230513-0017
委托单位：上海朗瑞医疗器械有限公司
监测结论：该单位废水排放口化学需氧量、氨氮浓度均符合《污水综合排放标准》（DB31/199-2018）三级标准。`)...)
	d = page("关于噪声扰民投诉的现场核查情况", body(`
接12345热线转办件后，执法人员于5月17日晚赴现场核查，测得夜间噪声52分贝，超过标准限值。投诉人周女士住浦东新区杨高南路某小区，其手机号码13524681357已登记在案。`)...)
	l.add("pd-15-mobile.pdf", fPDF, d, "review", cPriv, nil, "a complainant's mobile number in a PDF")
	d = page("2023年5月环境信访件办理情况", filler(8, 2)...)
	d.Body[1].Footnote = "来信人：何某，联系电话18916374520，要求不公开其身份。"
	l.add("pd-16-footnote-mobile.docx", fDOCX, d, "review", cPriv, nil, "a private mobile number in a DOCX footnote")
	l.add("pd-14-phone-inside-number.txt", fGBK, d, "no_findings", nil, nil, "a mobile-shaped run inside a longer report number is not a phone")
}

func commercialSecrets(l *lab) {
	d := page("关于上海恒远新材料有限公司技术改造项目的审查意见", cat(filler(5, 1), body(`
根据企业提交的技术资料，该项目聚合反应工艺参数为：反应温度185℃，反应压力2.5MPa，停留时间3.2小时，催化剂用量为单体质量的0.8%。
上述工艺参数属企业技术秘密。`))...)
	l.add("cs-01-gongyi-canshu.docx", fDOCX, d, "review", cComm, []string{"work_secret"}, "工艺参数 with values, 技术秘密")
	d = page("企业环评现场核查记录", body(`
核查发现，该企业涂料调配工序原料配比为：环氧树脂∶固化剂∶稀释剂＝100∶35∶12，与环评文件一致。
企业另提交了涂料配方说明（含各组分质量分数），作为核查附件存档。`)...)
	l.add("cs-02-yuanliao-peibi.txt", fTXT, d, "review", cComm, nil, "原料配比 with ratios")
	d = page("某化妆品企业排污许可技术审核意见", body(`
企业产品配方中，主要原料为甘油（12%）、丙二醇（8%）、透明质酸钠（0.3%），防腐剂采用苯氧乙醇（0.5%）。
审核组认为，企业废水污染物产生量核算基本合理。`)...)
	l.addHTML("cs-03-peifang.html", d, HTMLOptions{}, "review", cComm, nil, "配方 with percentages")
	d = page("关于上海锐能新能源科技有限公司环评文件公开内容的说明", body(`
该企业书面申请对环评报告中的生产工艺流程、原辅材料年用量及设备参数不予公开，理由为上述内容涉及商业秘密。
经审查，其中原辅材料年用量（正极材料1850吨、电解液620吨）确属商业秘密，拟在公开本中删除。`)...)
	l.add("cs-04-qiye-shenqing.txt", fGBK, d, "review", cComm, nil, "企业申请不予公开 with the quantities")
	d = page("清洁生产审核评估意见", cat(filler(4, 1), body(`
企业自主研发的低温等离子催化氧化工艺属于其技术秘密，关键技术参数：放电电压18kV，催化床层温度120℃，空速8000h⁻¹。
评估组建议该工艺在同行业推广时注意保护企业知识产权。`))...)
	l.add("cs-05-jishu-mimi.pdf", fPDF, d, "review", cComm, nil, "技术秘密 with parameters in a PDF")
	d = page("重点企业生产工艺参数核查表", T(
		[]string{"企业", "工序", "工艺参数", "核查结论"},
		[]string{"上海恒泰精密涂装有限公司", "烘干固化", "温度160℃，时间25分钟", "与申报一致"},
		[]string{"上海港联供应链管理有限公司", "冷库制冷", "R404A充注量85kg", "与申报一致"},
	))
	l.add("cs-06-canshu-table.txt", fUTF16, d, "review", cComm, nil, "工艺参数 in a table, UTF-16")
}

func hiddenContent(l *lab) {
	d := page("浦东新区2023年5月地表水环境质量状况", filler(2, 3)...)
	d.Body[2].Comment = &Comment{Author: "监测站 刘工", Text: "此段数据待核实，发布前删除本批注"}
	l.add("hc-01-comment.docx", fDOCX, d, "review", cHid, nil, "DOCX comment left in a publishable report")
	d = page("关于某企业超标排放问题的处理情况", cat(filler(10, 1), []Block{Runs(
		Run{Text: "我局已依法对该企业立案查处。"},
		Run{Text: "经局务会研究，考虑到企业经营困难，拟暂缓执行罚款。", Del: true},
		Run{Text: "处罚决定将依法公开。", Ins: true},
	)})...)
	l.add("hc-02-tracked-deletion.docx", fDOCX, d, "review", cHid, []string{"work_secret"}, "tracked deletion of an internal decision")
	d = page("2023年夏季臭氧污染防控工作方案", cat(filler(3, 2), []Block{Runs(
		Run{Text: "各单位要加强重点时段巡查。"},
		Run{Text: "内部掌握：对重点企业的突击检查时间定于7月10日至7月14日。", Hidden: true},
	)})...)
	l.add("hc-03-hidden-run.docx", fDOCX, d, "review", cHid, []string{"work_secret"}, "hidden run (w:vanish) holding an inspection schedule")
	d = page("浦东新区生态环境局2023年政府信息公开工作要点", filler(5, 3)...)
	l.addHTML("hc-04-html-comment.html", d, HTMLOptions{Comments: []string{"编辑注：第三段关于执法检查的数据待领导审定后再发布，暂时注释掉：全区今年拟关停企业27家"}},
		"review", cHid, nil, "editor's HTML comment with unpublished figures")
	d = page("绿色生活进社区活动回顾", filler(6, 2)...)
	l.addHTML("hc-05-display-none.html", d, HTMLOptions{HiddenDivs: []string{"备注：本次活动经费超支1.2万元，由宣教中心协调解决，此信息不对外。"}},
		"review", cHid, []string{"work_secret"}, "display:none div with internal remarks")
	d = page("2023年环保设施向公众开放活动报名通知", filler(7, 2)...)
	d.Body = append(d.Body, Runs(Run{Text: "报名请拨打021-58781166。"}, Run{Text: "（联系人张倩手机13651899274，不对外）", Hidden: true}))
	l.addHTML("hc-06-hidden-span.html", d, HTMLOptions{}, "review", []string{"hidden_content", "personal_privacy"}, nil, "display:none span holding a staff member's mobile")
	d = page("关于开展生态环境宣传月活动的通知", filler(8, 2)...)
	l.addHTML("hc-07-visibility-hidden.html", d, HTMLOptions{Extra: "<p style=\"visibility:hidden\">待删除：宣传月预算方案尚未经局务会审定。</p>\n<section hidden>旧版稿件：活动时间另定。</section>\n"},
		"review", cHid, []string{"work_secret"}, "visibility:hidden paragraph and a hidden section")
	d = page("2023年生态环境状况公报", filler(0, 3)...)
	d.Props = Props{Title: "2023年生态环境状况公报", Subject: "内部讨论稿", Keywords: "内部;讨论稿;未定稿", Creator: "大气科"}
	l.add("hc-08-docprops-keywords.docx", fDOCX, d, "review", cHid, []string{"work_secret"}, "docProps subject/keywords say 内部讨论稿; the page itself is clean")
	d = page("环境应急物资储备情况", filler(9, 2)...)
	d.Props = Props{Title: "环境应急物资储备情况", Custom: [][2]string{{"密级", "秘密"}, {"保密期限", "1年"}}}
	l.add("hc-09-docprops-custom-miji.docx", fDOCX, d, "withhold", []string{"state_secret"}, []string{"hidden_content", "marking"}, "custom property 密级=秘密 / 保密期限=1年")
	d = page("关于区级河长巡河情况的通报", filler(1, 2)...)
	d.Props = Props{Title: "关于区级河长巡河情况的通报", Description: "原稿作者：孙伟，手机13788665521，请勿公开"}
	l.add("hc-10-docprops-description.docx", fDOCX, d, "review", []string{"hidden_content", "personal_privacy"}, nil, "docProps description holds a mobile number")
	d = page("关于推进“无废城市”建设的新闻通稿", filler(4, 2)...)
	d.Body[1].Comment = &Comment{Author: "李明", Text: "这里引用的数据是内部汇总数据，请勿对外"}
	d.Body = append(d.Body, Runs(Run{Text: "（完）"}, Run{Text: "原定发布日期另行通知", Del: true}))
	l.add("hc-11-comment-and-deletion.docx", fDOCX, d, "review", cHid, []string{"work_secret"}, "comment plus a tracked deletion")
}

// neg adds a hard negative: publishable, nothing at medium or above.
func (l *lab) neg(name, format string, d Doc, note string) {
	l.add(name, format, d, "no_findings", nil, nil, note)
}

func hardNegatives(l *lab) {
	n := func(name, format, title, text, note string, extra ...Block) {
		d := page(title, cat(body(text), extra)...)
		l.neg(name, format, d, note)
	}
	n("neg-01-youji-mifeng.txt", fTXT, "浦东新区生态环境局办公用品及实验耗材采购公告", `
根据工作需要，我局拟采购一批实验室耗材，主要包括有机密封材料、玻璃器皿、滤膜及标准溶液等，采购预算为人民币18.6万元。
有机密封材料须耐受-40℃至200℃温度范围，符合相关国家标准。
有意向的供应商请于2023年6月10日前通过上海市政府采购云平台报名。`, "有机密封材料: 机密 straddles 有机/密封")
	n("neg-02-qiye-neibu-kongzhi.txt", fGBK, "上海某化工有限公司2022年度环境信息依法披露报告", `
一、企业基本信息
公司主要从事精细化学品生产，已建立完善的企业内部控制制度和环境管理体系，通过ISO14001认证。
二、环境管理信息
公司依法取得排污许可证，按证开展自行监测，2022年度各污染物排放浓度均达标。
三、内部管理
公司设立环境管理部，负责内部环境审核和员工培训，定期开展应急演练。`, "企业内部控制制度 and 内部管理 in a mandatory disclosure")
	n("neg-03-niao-mimi.html", fHTML, "揭开候鸟迁徙的秘密——浦东湿地迎来越冬候鸟高峰", `
入冬以来，浦东东滩、三甲港等湿地迎来越冬候鸟迁徙高峰，监测到小天鹅、白琵鹭等水鸟40余种。
候鸟为什么能准确找到迁徙路线？专家介绍，这背后的秘密在于它们能感知地球磁场并利用星辰导航。
区生态环境局提醒市民文明观鸟，不要惊扰、投喂野生鸟类。`, "揭开候鸟迁徙的秘密")
	n("neg-04-baomi-xuanchuan.docx", fDOCX, "保密知识小课堂：国家秘密的密级和标志", `
根据《中华人民共和国保守国家秘密法》，国家秘密的密级分为绝密、机密、秘密三级。
绝密级国家秘密是最重要的国家秘密，泄露会使国家安全和利益遭受特别严重的损害；机密级国家秘密是重要的国家秘密；秘密级国家秘密是一般的国家秘密。
国家秘密的标志为“★”，标志前标明密级，标志后标明保密期限，例如“秘密★1年”。
每一位干部职工都要增强保密意识，做到不该说的不说、不该问的不问、不该看的不看。`, "保密宣传 article listing the levels and quoting a mark as an example")
	code := uscc("91310115MA1K4L8N2")
	pen := gw{org: "上海市浦东新区生态环境局", title: "行政处罚决定书", number: "第2320230135号",
		body: body(`
当事人：上海华邦包装材料有限公司
统一社会信用代码：` + code + `
法定代表人：钱志明
地址：上海市浦东新区航头镇航都路18号
我局于2023年3月8日对你公司进行检查，发现你公司未按照排污许可证规定开展废气自行监测。
上述行为违反了《排污许可管理条例》第十九条第一款的规定。依据《排污许可管理条例》第三十六条第六项，我局决定对你公司罚款人民币伍万元。
如不服本决定，可在收到本决定书之日起六十日内申请行政复议，或者在六个月内提起行政诉讼。`),
		sign: "上海市浦东新区生态环境局", date: "2023年5月16日", note: "（此件公开发布）"}
	l.neg("neg-05-chufa-uscc.pdf", fPDF, pen.doc(), "行政处罚决定书: 统一社会信用代码 and 法定代表人 must be shown")
	pub := gw{org: "浦东新区生态环境局", number: "浦环保〔2023〕66号",
		title: "关于开展2023年“六五环境日”系列宣传活动的通知", to: "各街镇、各有关单位",
		body: cat(filler(6, 2), body(`
请各单位结合实际组织开展形式多样的宣传活动，并于6月20日前将活动总结报送我局宣传教育科。`)),
		sign: "浦东新区生态环境局", date: "2023年5月20日", note: "（此件公开发布）"}
	l.neg("neg-06-gongwen-gongkai.docx", fDOCX, pub.doc(), "public 公文 with 发文字号 and （此件公开发布）")
	n("neg-07-gongkai-zhengqiu.html", fHTML, "关于公开征求《浦东新区生态环境违法行为举报奖励办法（征求意见稿）》意见的公告", `
为增强立法的公开性和透明度，现将《浦东新区生态环境违法行为举报奖励办法（征求意见稿）》全文公布，向社会公开征求意见。
社会各界可于2023年7月1日前，通过电子邮件或信函方式提出意见。
通讯地址：上海市浦东新区世纪大道2001号　邮编：200135　电子邮箱：zqyj@pdhb.example.gov.cn`, "公开征求意见稿 meant for publication")
	d := page("浦东新区2023年第一季度地表水水质状况", cat(body(`
一季度，全区21个市考断面水质达到或好于Ⅲ类的比例为90.5%，无劣Ⅴ类断面。`),
		[]Block{T([]string{"断面名称", "所在河道", "水质类别", "主要超标项目"},
			[]string{"北蔡", "川杨河", "Ⅲ", "—"}, []string{"新场", "浦东运河", "Ⅳ", "总磷"}, []string{"惠南", "大治河", "Ⅲ", "—"})})...)
	l.neg("neg-08-water-table.docx", fDOCX, d, "monitoring data table: mandatory publication")
	n("neg-09-huanping-gongshi.txt", fGBK, "建设项目环境影响报告书受理公示", `
根据《环境影响评价公众参与办法》，现将我局受理的建设项目环境影响报告书予以公示：
项目名称：浦东新区生活垃圾焚烧厂三期扩建工程
建设单位：上海浦东环保发展有限公司（联系人：李工，电话：021-68542210）
环评单位：上海市政工程设计研究总院（集团）有限公司（电话：021-55008800）
公示期间，公众可通过信函、电子邮件等方式向我局提出意见，受理部门联系电话：021-58781234。`, "环评 公示 with company names and office phones")
	n("neg-10-annual-report-audit.pdf", fPDF, "浦东新区生态环境局2022年度政府信息公开工作年度报告", `
一、总体情况
2022年，我局主动公开政府信息1386条，其中行政处罚信息412条、环评审批信息328条。
二、依申请公开情况
全年收到政府信息公开申请87件，予以公开52件，部分公开9件；因涉及商业秘密不予公开2件，因涉及个人隐私不予公开3件，因属于国家秘密不予公开0件。
三、内部管理与监督
我局按照内部审计制度对信息公开工作经费使用情况进行了检查，未发现问题。区审计局对我局2022年度预算执行情况的审计结果已依法公开。`, "年度报告: counts of 国家秘密/商业秘密/个人隐私 refusals and a 内部审计 mention")
	n("neg-11-news-law.txt", fTXT, "我局召开2023年度保密工作会议", `
4月15日，区生态环境局召开2023年度保密工作会议，传达学习新修订的《中华人民共和国保守国家秘密法》。
会议指出，新法第十四条规定国家秘密的密级分为绝密、机密、秘密三级，第二十条明确了保密期限。各科室要严格落实“涉密不上网、上网不涉密”要求，切实做好政府信息公开保密审查。
会议还部署了保密宣传教育月活动。`, "news quoting the 国家秘密 law")
	n("neg-12-youji-mifengjiao.txt", fTXTBOM, "关于规范污水处理设施管道维修作业的通知", `
各污水处理厂在更换管道法兰垫片时，应选用耐腐蚀的有机密封胶，并做好施工现场废液收集。
维修作业结束后应及时清理现场，防止污染物进入雨水管网。`, "有机密封胶")
	n("neg-13-laji-mimi.txt", fUTF16, "垃圾分类做得好的小区有什么秘密？", `
在浦东新区花木街道某小区，垃圾分类准确率常年保持在95%以上。这个小区的“秘密武器”是一支由退休居民组成的志愿者队伍。
志愿者们每天早晚定时值守，手把手指导居民分类投放，还自编了垃圾分类顺口溜。`, "秘密武器 in a human-interest story")
	n("neg-14-qiye-neibu-guanli.html", fHTML, "我局开展企业环境管理帮扶活动", `
为帮助企业提升环境管理水平，我局组织专家深入园区开展“送法入企”活动，指导企业健全内部环境管理制度，落实内部环境审核。
专家们还针对企业内部污水管网渗漏问题提出了整改建议。`, "内部 in running text (企业内部管理, 内部管网)")
	n("neg-15-wushuichang-neibu.txt", fGBK, "白龙港污水处理厂提标改造工程进展顺利", `
白龙港污水处理厂提标改造工程目前已完成厂区内部管网改造和二沉池扩建，预计年底前投入运行。
改造完成后，出水水质将由一级B标准提高到一级A标准，每年可减少化学需氧量排放约1.2万吨。`, "厂区内部管网")
	n("neg-16-mark-explained.docx", fDOCX, "什么是工作秘密？——保密知识问答", `
问：工作秘密如何标注？
答：按照有关规定，工作秘密应当在明显部位标注“内部”或者“内部事项 注意保管”等字样。工作秘密不得在互联网上发布。
问：已经依法公开的信息能否确定为工作秘密？
答：不能。应当公开的信息、已经依法公开的信息不得确定为工作秘密。`, "a 保密知识问答 quoting the work-secret marks in running text")
	n("neg-17-xuke-gongshi.html", fHTML, "排污许可证核发情况公示（2023年第5期）", "", "排污许可 公示 with 统一社会信用代码 and 法定代表人",
		T([]string{"单位名称", "统一社会信用代码", "法定代表人", "许可证编号"},
			[]string{"上海锐能新能源科技有限公司", uscc("91310115MA1H2RX3P"), "何振宇", uscc("91310115MA1H2RX3P") + "001V"},
			[]string{"上海朗瑞医疗器械有限公司", uscc("91310115332581764"), "葛雯", uscc("91310115332581764") + "001U"}))
	n("neg-18-aqi-daily.html", fHTML, "浦东新区环境空气质量日报（2023年5月16日）", `
今日浦东新区环境空气质量为良，AQI为78，首要污染物为臭氧。各监测点位PM2.5浓度在18至26微克/立方米之间。
预计明日空气质量为良到轻度污染，首要污染物为臭氧。建议儿童、老年人及心脏病、呼吸系统疾病患者减少户外活动。`, "daily air-quality bulletin (疾病 is general advice, not a person's health data)")
	n("neg-19-12369-stats.docx", fDOCX, "2022年浦东新区12369环保举报受理情况", `
2022年，我区通过12369环保举报热线、网络平台等渠道共受理环境举报4865件，办结率100%。
从举报类型看，噪声类占42.3%，大气类占35.1%，水污染类占12.6%，固体废物类占5.8%，其他类占4.2%。
我局对举报人信息严格保密，依法保护举报人合法权益。`, "public complaint statistics; 举报人信息 mentioned only")
	n("neg-20-yishenqing-dafu.pdf", fPDF, "政府信息公开申请答复书", `
申请人：某环保公益组织
您于2023年4月20日提出的政府信息公开申请收悉。经查，您申请获取的“上海华邦包装材料有限公司2022年排污许可执行报告”属于我局公开范围，现予以提供（见附件）。
如对本答复不服，可在收到本答复之日起六十日内申请行政复议，或者在六个月内提起行政诉讼。`, "依申请公开 reply granting access")
	n("neg-21-baomi-peixun.txt", fTXT, "关于组织参加2023年度保密知识培训的通知", `
各科室、各直属单位：
根据区保密局工作安排，定于6月8日组织全局干部职工参加保密知识在线培训，培训内容包括国家秘密的确定、密级标志的使用、涉密载体管理等。
请各单位于6月5日前报送参训人员名单。`, "training notice mentioning 密级标志 as a topic")
	n("neg-22-juwuhui-news.txt", fGBK, "区生态环境局召开局务会传达学习全国生态环境保护大会精神", `
7月20日，区生态环境局召开局务会，传达学习全国生态环境保护大会精神。
会议强调，全局上下要以更高站位、更实举措推进美丽浦东建设，确保各项目标任务按期完成。`, "news that a 局务会 was held (not its 纪要)")
	n("neg-23-zhaopin.html", fHTML, "浦东新区生态环境局2023年公开招聘编外人员公告", `
因工作需要，我局面向社会公开招聘编外工作人员5名，岗位为环境执法辅助岗。
报名条件：具有本科及以上学历，环境科学、环境工程等相关专业。
咨询电话：021-58781020（工作日9:00—17:00）。`, "recruitment notice with an office phone")
	n("neg-24-tufa-shijian.docx", fDOCX, "关于浦东新区某化工企业火灾次生环境事件处置情况的通报", `
5月12日凌晨，位于浦东新区某工业园区的一家化工企业发生火灾。接报后，我局立即启动应急响应，监测人员第一时间赶赴现场开展应急监测。
监测结果显示，事发地周边环境空气中特征污染物浓度均低于相关标准限值，周边河道水质未受明显影响。
目前事件已处置完毕，我局将依法对企业开展调查。`, "突发环境事件 public notice")
	n("neg-25-shuangsuiji.txt", fTXT, "2023年第一季度“双随机、一公开”抽查结果公示", "", "双随机 抽查结果 with company names",
		T([]string{"序号", "企业名称", "抽查事项", "抽查结果"},
			[]string{"1", "上海恒泰精密涂装有限公司", "废气排放", "未发现问题"},
			[]string{"2", "上海华邦包装材料有限公司", "自行监测", "发现问题，已责令整改"},
			[]string{"3", "上海港联供应链管理有限公司", "危险废物管理", "未发现问题"}))
	n("neg-26-gongkai-zhengqiu-2.docx", fDOCX, "《浦东新区生态环境保护条例实施细则（公开征求意见稿）》", `
第一条　为了保护和改善生态环境，根据有关法律法规，结合本区实际，制定本细则。
第二条　本细则适用于本区行政区域内的生态环境保护及其监督管理活动。
第三条　区生态环境局对本区生态环境保护工作实施统一监督管理。`, "公开征求意见稿 full text for public comment")
	n("neg-27-xiaoyuan-news.txt", fUTF16, "“小小环保监督员”走进监测站", `
5月25日，来自浦东新区明珠小学的30名“小小环保监督员”走进区环境监测站，参观了空气自动监测站和水质实验室。
监测站工作人员向同学们介绍了PM2.5的监测原理，同学们还亲手操作了pH值测定实验。`, "school visit news")
	n("neg-28-jianding-gongshi.txt", fTXTBOM, "浦东新区生态环境局行政许可事项办理情况公示", "", "行政许可 list with companies and 法定代表人",
		T([]string{"受理号", "事项名称", "申请单位", "法定代表人", "办理结果"},
			[]string{"PDHP2023-0412", "建设项目环境影响报告表审批", "上海朗瑞医疗器械有限公司", "葛雯", "准予许可"},
			[]string{"PDHP2023-0415", "建设项目环境影响报告表审批", "上海港联供应链管理有限公司", "孙志刚", "准予许可"}))
	n("neg-29-baomi-haibao.html", fHTML, "保密宣传月｜保密就是保安全", `
国家秘密的密级分为“绝密”“机密”“秘密”三级。
不在非涉密计算机上处理涉密信息，不在互联网上发布涉密信息。
发现泄密隐患，请及时向单位保密办报告。`, "保密宣传 poster listing the three levels")
	n("neg-30-shenji-gongkai.pdf", fPDF, "浦东新区生态环境局关于2021年度预算执行审计整改情况的公告", `
根据区审计局《关于浦东新区生态环境局2021年度预算执行情况的审计报告》，我局高度重视审计发现问题的整改工作，现将整改情况公告如下：
一、关于部分项目预算执行率偏低的问题。已建立预算执行月度分析制度，2022年项目预算执行率提高到94%。
二、关于固定资产账实不符的问题。已完成资产清查，账实相符。`, "审计整改 公告: published by rule")
	n("neg-31-zhongdian-paiwu-mingdan.docx", fDOCX, "浦东新区2023年环境监管重点单位名录", "", "重点排污单位名录 is published by rule",
		T([]string{"序号", "单位名称", "统一社会信用代码", "类别"},
			[]string{"1", "上海锐能新能源科技有限公司", uscc("91310115MA1H2RX3P"), "水环境、大气环境"},
			[]string{"2", "上海华邦包装材料有限公司", uscc("91310115MA1K4L8N2"), "大气环境"}))
	n("neg-32-mimi-zhizao.txt", fGBK, "走进“精密制造”企业：看浦东企业如何绿色转型", `
在张江科学城，一家精密制造企业通过改造喷涂生产线，将溶剂型涂料替换为水性涂料，挥发性有机物排放量下降了70%。
企业负责人说，绿色转型的“秘诀”没有什么秘密，就是舍得在环保上投入。`, "精密制造 and 没有什么秘密 in running text")
	n("neg-33-jieshou-jiancha.html", fHTML, "市生态环境局对我区开展执法稽查", `
6月6日至8日，市生态环境局执法总队对我区2022年度环境执法工作开展稽查，抽查案卷30卷。
稽查组对我区执法规范化建设给予肯定，并就案卷制作提出了改进意见。我局将认真抓好落实。`, "news of an external 稽查 with no findings detail")
	n("neg-34-qiye-lianxiren.txt", fTXT, "2023年第二批清洁生产审核企业名单公布", `
经审核，以下企业列入2023年第二批强制性清洁生产审核名单：上海恒泰精密涂装有限公司、上海华邦包装材料有限公司、上海锐能新能源科技有限公司。
请上述企业于2023年8月31日前完成清洁生产审核。咨询电话：021-58781234（环评与排污许可科）。`, "company list with an office phone")
	n("neg-35-renmian-gongshi.docx", fDOCX, "浦东新区生态环境局领导干部任前公示", `
根据干部选拔任用有关规定，经区委研究，现将拟任职干部情况予以公示：
刘洋，男，1983年5月生，研究生学历，中共党员，现任区生态环境局执法支队副支队长，拟任区生态环境局执法支队支队长。
公示期为2023年6月19日至6月25日。对公示对象有情况反映的，可向区委组织部反映。
联系电话：021-68541234。`, "任前公示 is a personnel item meant for publication")
	n("neg-36-mark-quoted-in-law.txt", fUTF16, "《政府信息公开保密审查制度》解读", `
一问：哪些信息不予公开？
答：依照制度，标有国家秘密标志且仍在保密期限内的信息不予公开；虽未标明密级，但内容涉及国家秘密、工作秘密、商业秘密或者个人隐私的信息，也不予公开。
二问：保密期限已满的信息如何处理？
答：应当先办理解密手续，再按程序公开。`, "解读 of the review rule: mentions only")
	n("neg-37-jiance-baogao.pdf", fPDF, "上海华邦包装材料有限公司废气监督性监测结果", "", "supervisory monitoring results table",
		T([]string{"监测点位", "监测项目", "排放浓度（mg/m³）", "标准限值", "评价"},
			[]string{"1#排气筒", "非甲烷总烃", "12.6", "70", "达标"},
			[]string{"2#排气筒", "颗粒物", "4.3", "20", "达标"}))
	d = page("浦东新区生态环境局关于2023年“世界海洋日”宣传活动的通告", filler(1, 3)...)
	l.fx = append(l.fx, fixture{name: "neg-39-gbk-page.html", format: fGBKHTML, doc: d, verdict: "no_findings", note: "a GBK-encoded web page, as older CMSs publish"})
	d = page("绿色出行倡议书", filler(9, 2)...)
	l.addHTML("neg-38-template-comments.html", d, HTMLOptions{Comments: []string{"begin nav", "end nav"}}, "no_findings", nil, nil, "CMS template comments with no content")
}

// libreOffice adds DOCX files as LibreOffice writes them (opened and saved
// again by soffice): runs split where CJK and Latin text meet, its own
// styles and settings, comments and revisions in its markup.
func libreOffice(l *lab) {
	g := classified("000120", "机密★5年", "浦环保〔2023〕95号", "关于加强重点时段环境安全值守的通知", 2, "2023年6月28日")
	l.add("lo-01-mark.docx", fLODOCX, g.doc(), "withhold", mState, nil, "机密★5年 in a DOCX saved by LibreOffice (digits in their own run)")
	d := page("环境监测站2023年上半年工作总结", filler(3, 2)...)
	d.Header = []Block{R("内部资料　注意保管")}
	l.add("lo-02-work-mark-header.docx", fLODOCX, d, "withhold", mWork, nil, "work-secret mark in the header, LibreOffice DOCX")
	d = page("关于第三季度噪声监测结果的说明", filler(8, 2)...)
	d.Body[1].Comment = &Comment{Author: "大气科 周工", Text: "第二段结论与监测站口径不一致，发布前删除"}
	d.Body = append(d.Body, Runs(Run{Text: "以上结果仅供参阅。"}, Run{Text: "超标点位企业名单暂不公开。", Del: true}))
	l.add("lo-03-comment-deletion.docx", fLODOCX, d, "review", cHid, []string{"work_secret"}, "comment and tracked deletion, LibreOffice DOCX")
	d = page("环境污染损害调解协议登记表", T(
		[]string{"姓名", "居民身份证号", "调解金额（元）"},
		[]string{"蒋丽华", idCard("31011519790521262"), "5000"},
	))
	l.add("lo-04-id-table.docx", fLODOCX, d, "withhold", cPriv, nil, "valid ID in a table, LibreOffice DOCX")
	code := uscc("91310115MA1N3C5Q7")
	pen := gw{org: "上海市浦东新区生态环境局", title: "行政处罚决定书", number: "第2320230177号",
		body: body(`
当事人：上海申洁环保设备有限公司
统一社会信用代码：` + code + `
法定代表人：姚军
经查，你公司未依法公开排放信息，违反了《企业环境信息依法披露管理办法》的规定，决定处罚款人民币叁万元。`),
		sign: "上海市浦东新区生态环境局", date: "2023年6月30日", note: "（此件公开发布）"}
	l.neg("lo-05-penalty.docx", fLODOCX, pen.doc(), "penalty notice with 统一社会信用代码, LibreOffice DOCX")
	d = page("实验室有机密封材料更换通知", P("下周起实验室将统一更换通风柜的有机密封材料，届时请暂停使用相关设备。"))
	l.neg("lo-06-youji-mifeng.docx", fLODOCX, d, "有机密封材料 in a LibreOffice DOCX")
}

// disclosureNotes covers the 附注 disclosure attribute: (此件不予公开) is a
// withhold whatever else the text holds. domain.md names no category for
// it, so only the verdict and the absence of a classification mark are
// labelled.
func disclosureNotes(l *lab) {
	notMark := []string{"work_secret", "commercial_secret", "personal_privacy", "other", "hidden_content"}
	g := gw{org: "浦东新区生态环境局", number: "浦环保〔2023〕77号", title: "关于调整局属事业单位绩效考核办法的通知",
		to: "局属各事业单位", body: filler(11, 2), sign: "浦东新区生态环境局", date: "2023年6月9日", note: "（此件不予公开）"}
	l.add("nd-01-buyu-gongkai.docx", fDOCX, g.doc(), "withhold", nil, notMark, "附注（此件不予公开）")
	g = gw{org: "浦东新区生态环境局办公室", number: "浦环办〔2023〕21号", title: "关于做好2023年度档案移交工作的通知",
		to: "各科室", body: filler(5, 2), sign: "浦东新区生态环境局办公室", date: "2023年6月12日", note: "(此件不予公开)"}
	l.add("nd-02-buyu-gongkai-ascii.txt", fGBK, g.doc(), "withhold", nil, notMark, "附注 (此件不予公开) with ASCII brackets, GBK")
	d := page("2023年国际生物多样性日志愿者活动情况", body(`
本次活动共有志愿者36名参加，其中外籍志愿者1名：Michael Brown，护照号码：E48213579，联系电话：18602176543。
志愿者们在川沙湿地开展了鸟类调查和垃圾清理活动。`)...)
	l.add("pd-17-passport.txt", fTXT, d, "review", cPriv, nil, "a private person's passport number and mobile")
}

// wpsDocs are DOCX files as WPS Office writes them: East Asian run hints
// and WPS's own custom properties, which are in every file it saves and are
// not hidden content.
func wpsDocs(l *lab) {
	wps := func(d Doc) Doc { d.Producer = WPS; return d }
	pub := gw{org: "浦东新区生态环境局", number: "浦环保〔2023〕118号", title: "关于开展2023年度生态环境统计调查工作的通知",
		to: "各有关单位", body: filler(2, 3), sign: "浦东新区生态环境局", date: "2023年8月15日", note: "（此件公开发布）"}
	l.neg("wps-01-public-notice.docx", fDOCX, wps(pub.doc()), "public 公文 saved by WPS (KSOProductBuildVer, ICV custom properties)")
	l.add("wps-02-mark.docx", fDOCX, wps(classified("000140", "秘密★1年", "浦环保〔2023〕119号", "关于做好重要时段环境安全保障的通知", 3, "2023年8月16日").doc()),
		"withhold", mState, nil, "秘密★1年 in a WPS document")
	d := page("2023年8月环境空气质量分析", filler(0, 2)...)
	d.Body[1].Comment = &Comment{Author: "WPS_1692003456", Text: "这段数据先不要公开，等市局通报后再说"}
	l.add("wps-03-comment.docx", fDOCX, wps(d), "review", cHid, []string{"work_secret"}, "WPS comment (author is WPS's default account name)")
	d = page("关于市民反映餐饮油烟问题的答复", body(`
顾先生：
您反映的问题我局已会同街道进行了处理。您提供的联系电话18621539846我们已登记，后续将进行回访。`)...)
	l.add("wps-04-mobile.docx", fDOCX, wps(d), "review", cPriv, nil, "a private mobile in a WPS document")
}
