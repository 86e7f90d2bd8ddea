package main

import (
	. "github.com/bureau/mishen/docgen"
)

// fresh2023s is the h19 batch, aimed at what earlier batches covered least:
// personal data phrased indirectly (a named resident's illness, a named 低保户,
// a 举报人 identifiable by an address, a child's school), commercial secrets
// in 环评 / 排污许可 materials (工艺参数, 原辅材料用量 under a 保密申请), the
// seven 工作秘密 categories in short notes and work-group messages, 过程稿
// markers in file-like headers, marks in unusual places (a footer, a table
// caption, a text box, a hidden page header), and public notices that use
// the same words. Scored held-out before any rule was tuned on it.
func fresh2023s(l *lab) {
	nb := func(name, format, title, text, note string) {
		l.neg(name, format, page(title, body(text)...), note)
	}
	wc := func(name, format, title, text, note string) {
		l.add(name, format, page(title, body(text)...), "review", cWork, nil, note)
	}
	pd := func(name, format, title, text, note string) {
		l.add(name, format, page(title, body(text)...), "review", cPriv, []string{"work_secret"}, note)
	}
	cs := func(name, format, title, text, note string) {
		l.add(name, format, page(title, body(text)...), "review", cComm, []string{"work_secret"}, note)
	}

	// ---- Personal data phrased indirectly. ----
	pd("h19-pd-01.txt", fTXT, "周浦镇某搅拌站扬尘投诉核查情况", `
经核查，反映人王秀兰系沈梅路某小区住户，今年68岁，患慢性阻塞性肺病多年，近期因扬尘加重两次住院治疗。
现场检查发现搅拌站料场未全部覆盖，已责令整改。`, "a named resident's illness")
	pd("h19-pd-02.docx", fDOCX, "关于惠南镇某村噪声扰民问题的走访情况", `
走访对象：李桂英，该村低保户，独居，丈夫已故，儿子在外务工。
李桂英反映夜间厂房风机噪声影响睡眠，其本人有高血压病史。
下一步：协调企业加装隔声罩，并请村委会关注该户生活情况。`, "a named 低保户 with health details")
	pd("h19-pd-03.html", fHTML, "关于某电镀厂偷排问题举报的核查报告", `
举报人为该厂东侧居民，家住川沙新镇妙境路266弄9号501室，多次拍摄排污口视频。
核查结论：该厂雨水排放口检出总铬，举报属实，已立案调查。`, "举报人 identifiable by a home address")
	pd("h19-pd-04.txt", fGBK, "关于某幼儿园周边异味问题的回复意见（拟稿）", `
投诉人张先生的女儿在明珠小学二年级3班就读，孩子近期多次咳嗽就医，张先生认为与附近喷涂作业有关。
经监测，敏感点非甲烷总烃浓度未超标，将继续跟踪监测。`, "a complainant's child's school and class")
	pd("h19-pd-05.docx", fDOCX, "信访人情况说明", `
信访人赵某，男，1962年生，住高桥镇草高支路某小区，曾因精神疾病住院，近年来多次到局反映同一问题。
接待时请注意方式方法，必要时联系所在街道。`, "a petitioner's mental illness")

	// ---- Commercial secrets in 环评 / 排污许可 materials. ----
	cs("h19-cs-01.docx", fDOCX, "某精细化工项目环评报告书工艺流程说明（企业保密部分）", `
主反应在搪瓷反应釜中进行，反应温度控制在85～90℃，压力0.25MPa，停留时间4.5小时，收率92%。
建设单位已提交保密申请，要求上述工艺流程参数不在公示文本中出现。`, "工艺流程 参数 with a 保密申请")
	l.add("h19-cs-02.docx", fDOCX, page("排污许可申请材料　原辅材料用量表", P("企业已书面申请对下表内容保密。"),
		T([]string{"原辅材料", "年用量（吨）", "配比"}, []string{"改性环氧树脂", "1260", "62%"}, []string{"固化剂B-7", "410", "20%"}, []string{"纳米填料", "365", "18%"})),
		"review", cComm, []string{"work_secret"}, "原辅材料用量 table with the company's 保密申请")
	cs("h19-cs-03.txt", fTXT, "关于某锂电池材料公司排污许可证申请材料信息公开的意见", `
该公司提出，申请材料中的焙烧温度曲线、前驱体与锂源投料比例1:1.05以及废气治理设施设计参数属于技术秘密，请求不予公开。
经审查，同意对上述内容作删除处理后公开。`, "排污许可 materials the company asked to keep secret")
	cs("h19-cs-04.html", fHTML, "某涂料企业环评文件技术审查要点", `
配方：丙烯酸树脂45%、钛白粉22%、助剂3%、溶剂30%，该配方为企业自主研发，未申请专利。
审查要点：VOCs产生量核算依据上述配方，请编制单位复核。`, "配方 with proportions in a 技术审查要点")

	// ---- The seven 工作秘密 categories in short notes and group messages. ----
	wc("h19-wc-01.txt", fTXT, "执法支队工作群消息（摘录）", `
【王队】各位，周四党组会要听我们关于某钢厂案件的汇报，材料我今晚改完发大家，处罚金额那段先空着，等局领导定。
【小陈】收到。`, "a report to the 党组会 in a group message")
	wc("h19-wc-02.txt", fTXTBOM, "便签", `
昨天下午碰头会定了三件事：一是某印染厂案子移送公安；二是下周起夜查频次加倍；三是对外口径统一由办公室出。
以上请各科知悉，不要在朋友圈发。`, "a 碰头会 decision note")
	wc("h19-wc-03.docx", fDOCX, "科务会讨论情况简记", `
讨论中，李科长认为某园区企业整改不到位，建议直接处罚；刘副科长主张再给一个月期限。
未形成一致意见，提请分管局领导决定。`, "a 讨论 record with differing views")
	wc("h19-wc-04.txt", fTXT, "办公室工作群消息（摘录）", `
【组织人事科】跟大家说一下，监测站副站长人选局里已经初步定了，是小周，公示前请大家不要传。
【办公室】好的。`, "a personnel choice before 公示")
	wc("h19-wc-05.html", fHTML, "区委巡察组反馈问题初步梳理", `
巡察组口头反馈了9个方面问题，其中：执法裁量不统一、个别案件罚款未按期收缴、专项资金使用不规范。
正式反馈意见尚未下达，请各科先对照自查，暂不形成书面说明。`, "巡察 feedback before the formal 反馈意见")
	wc("h19-wc-06.docx", fDOCX, "关于某执法人员问题线索的情况", `
驻局纪检组反映，执法支队某工作人员涉嫌接受企业吃请，目前正在初步核实。
请办公室配合提供其近一年的执法记录，相关情况严格控制知悉范围。`, "a 纪检 case being verified")
	wc("h19-wc-07.txt", fGBK, "一季度考核数据情况", `
据市里反馈，我区一季度PM2.5改善幅度全市排名倒数第三，考核数据尚未正式通报。
该排名只限局领导和相关科室掌握，不对外提供。`, "考核 data before publication")
	wc("h19-wc-08.txt", fTXT, "给分管领导的工作提示", `
某区重点项目环评审批面临压力，区里希望本月内批复，但该项目卫生防护距离内尚有居民未搬迁。
建议先请示区政府明确意见再行审批，此事请您心中有数。`, "a 工作提示 on a pressured 审批")
	wc("h19-wc-09.docx", fDOCX, "局务会议题准备情况", `
拟提交下次局务会研究的议题：一、某化工企业停产整治方案；二、机关内设机构调整设想；三、年度考核优秀人选。
议题材料请于周二前报办公室，会前不得外发。`, "局务会 议题 list")

	// ---- 过程稿 markers in file-like headers. ----
	d := page("浦东新区土壤污染防治工作方案", body(`
一、工作目标
到2025年，受污染耕地安全利用率达到95%以上。`)...)
	d.Header = []Block{R("第三稿　2024.11.5")}
	l.add("h19-pg-01.docx", fDOCX, d, "review", cWork, nil, "第三稿 in the page header")
	l.add("h19-pg-02.txt", fTXT, mk("关于进一步规范环境执法自由裁量权的实施意见", []Block{L("修改稿（内部讨论）")}, body(`
一、适用范围
本意见适用于区生态环境局实施的行政处罚。`)...), "review", cWork, nil, "修改稿（内部讨论） on the first line")
	l.add("h19-pg-03.html", fHTML, mk("2025年生态环境保护工作要点", []Block{L("文件名：2025工作要点（征求意见稿v2）")}, body(`
一、持续深入打好蓝天保卫战
全年PM2.5平均浓度控制在28微克/立方米以内。`)...), "review", cWork, nil, "征求意见稿 in a file-name line")

	// ---- Marks in unusual places. ----
	d = page("执法检查情况通报", body(`
11月，执法支队共检查企业126家次，发现问题企业18家，已全部责令整改。`)...)
	d.Footer = []Block{C("内部资料　注意保管")}
	l.add("h19-mk-01.docx", fDOCX, d, "withhold", mWork, nil, "内部资料 注意保管 in the page footer")
	l.add("h19-mk-02.docx", fDOCX, page("重点排污单位名录调整情况", L("表1　拟调整名单（内部资料，请勿外传）"),
		T([]string{"序号", "单位名称", "调整原因"}, []string{"1", "某热电公司", "排放量下降"}, []string{"2", "某制药公司", "新增产能"})),
		"withhold", mWork, nil, "a work-secret mark in a table caption")
	d = page("辐射安全检查情况汇总", body(`
本次检查覆盖全区放射源使用单位32家。`)...)
	d.Body[0].TextBox = "机密★5年"
	l.add("h19-mk-03.docx", fDOCX, d, "withhold", mState, []string{"hidden_content"}, "机密★5年 in a text box")
	l.addHTML("h19-mk-04.html", page("大气污染防治工作推进情况", body(`
今年以来，全区共完成挥发性有机物综合治理项目46个。`)...), HTMLOptions{HiddenDivs: []string{"内部　仅供参考"}},
		"withhold", append([]string{"hidden_content"}, mWork...), nil, "内部 仅供参考 in a hidden page header")

	// ---- Public documents using the same words (no_findings). ----
	nb("h19-neg-01.txt", fTXT, "关于做好2024年冬季困难家庭清洁取暖补贴工作的通知", `
各街镇要主动对接民政部门，对辖区低保户、特困供养人员家庭优先落实清洁取暖补贴。
补贴对象名单由民政部门核定，涉及个人隐私的信息不予公开。`, "低保户 in a public 通知")
	nb("h19-neg-02.html", fHTML, "浦东新区生态环境违法行为有奖举报办法", `
第八条　举报人的姓名、住址、联系方式等个人信息依法予以保密，未经举报人同意不得公开。
第九条　举报经查证属实的，按照本办法给予奖励。`, "举报人 confidentiality rule in a public 办法")
	nb("h19-neg-03.docx", fDOCX, "某精细化工项目环境影响报告书全本公示", `
根据《建设项目环境影响评价信息公开机制方案》，现对该项目环境影响报告书全本予以公示。
建设单位提出的涉及商业秘密的内容已依法删除，删除内容说明附后。
公示期间，公众可通过电话或信函提出意见。`, "环评 公示 noting 商业秘密 removed")
	nb("h19-neg-04.txt", fTXT, "排污许可证核发公告", `
经审查，以下企业的排污许可申请符合要求，予以核发排污许可证：某锂电池材料有限公司、某涂料有限公司。
许可事项包括主要排放口、污染物种类、许可排放浓度和排放量。`, "排污许可 公告")
	nb("h19-neg-05.html", fHTML, "区委第三巡察组向区生态环境局党组反馈巡察情况", `
根据区委统一部署，区委第三巡察组对区生态环境局党组进行了巡察。近日，巡察组向局党组反馈了巡察情况。
反馈指出，局党组在执法裁量统一、专项资金管理等方面存在不足，并提出了整改意见。`, "public 巡察反馈 news")
	nb("h19-neg-06.txt", fTXT, "干部任前公示", `
根据干部选拔任用有关规定，现将拟任职干部情况公示如下：周某，男，1985年出生，现任区环境监测站科长，拟任区环境监测站副站长。
公示期间，如有情况反映，可通过来信、来电等方式向区委组织部反映。`, "statutory 任前公示")
	nb("h19-neg-07.docx", fDOCX, "明珠小学开展“小小环保监督员”活动", `
11月12日，明珠小学二年级学生走进区环境监测站，参观了空气自动监测站和水质实验室。
监测站工作人员向同学们讲解了PM2.5的来源和健康影响。`, "school news")
	nb("h19-neg-08.html", fHTML, "重污染天气健康防护提示", `
重污染天气期间，患有哮喘、慢性阻塞性肺病等呼吸系统疾病的人群和老人、儿童应减少户外活动。
确需外出的，请佩戴防护口罩。`, "health advice naming illnesses")
	nb("h19-neg-09.txt", fGBK, "区生态环境局召开局务会议", `
11月18日，区生态环境局召开局务会议，传达学习全国生态环境保护大会精神，研究部署冬季大气污染防治工作。
会议强调，要压实属地责任，确保完成年度目标。`, "局务会 news")
	nb("h19-neg-10.docx", fDOCX, "关于公开征求《浦东新区土壤污染防治工作方案（公开征求意见稿）》意见的公告", `
为提高决策的科学性，现将《浦东新区土壤污染防治工作方案（公开征求意见稿）》向社会公开征求意见。
公众可于2024年12月10日前通过电子邮件提出意见和建议。`, "公开征求意见稿")
	nb("h19-neg-11.txt", fTXT, "保密知识宣传：工作秘密与国家秘密的区别", `
工作秘密是指机关在公务活动中产生的、不属于国家秘密但一旦泄露会造成不良影响的事项，如内部讨论记录、尚未公布的人事安排等。
标注“内部资料”“注意保管”的文件，不得擅自公开或转发。`, "保密宣传 naming work-secret kinds")
	nb("h19-neg-12.html", fHTML, "2024年第三季度环境信访工作情况", `
第三季度，我局共受理环境信访件412件，其中噪声类占38%，大气类占31%，按期办结率100%。
对信访人反映的问题，我局均依法及时核查处理，并严格为信访人保密。`, "信访 statistics")
}
