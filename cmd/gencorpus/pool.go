package main

import (
	. "github.com/bureau/mishen/docgen"
)

// pool holds ordinary, publishable paragraphs on the bureau's daily work.
// Fixtures take slices of it around the sentence under test so that the
// corpus measures the rule, not a fixed template.
var pool = []string{
	"今年以来，我区深入打好污染防治攻坚战，环境空气质量持续改善，PM2.5年均浓度降至28微克/立方米，优良天数比例达到87.4%。",
	"各街镇要按照属地管理原则，落实河长制湖长制工作要求，加强对辖区内中小河道的日常巡查，发现问题及时处置。",
	"区生态环境局会同区水务局开展了入河排污口排查整治专项行动，共排查排污口1563个，完成整治1128个。",
	"为做好夏季臭氧污染防控工作，我局组织对全区312家涉挥发性有机物排放企业开展了帮扶指导，督促企业落实治理设施运行维护责任。",
	"在固体废物管理方面，全区一般工业固体废物综合利用率达到96.5%，危险废物经营单位规范化管理评估合格率100%。",
	"区生态环境局将继续推进生态环境领域“放管服”改革，优化环评审批服务，对符合条件的建设项目实行告知承诺审批。",
	"各单位要加强宣传引导，充分利用报刊、网站、微信公众号等渠道，普及生态环境保护知识，营造全社会共同参与的良好氛围。",
	"土壤污染防治方面，我区完成了42个地块的土壤污染状况调查报告评审，重点建设用地安全利用率保持100%。",
	"噪声污染防治工作中，我局联合区城管执法局、公安分局对夜间施工噪声开展联合执法，全年受理噪声类投诉同比下降11%。",
	"机动车尾气治理持续推进，全区累计淘汰国三及以下排放标准柴油货车2136辆，新能源公交车占比达到95%以上。",
	"各有关单位应当严格执行排污许可制度，按证排污、持证排污，依法开展自行监测，如实向社会公开排放信息。",
	"下一步，我局将认真贯彻落实上级部署，坚持精准治污、科学治污、依法治污，推动生态环境质量持续改善。",
}

// filler returns n pool paragraphs starting at index i (wrapping).
func filler(i, n int) []Block {
	out := make([]Block, 0, n)
	for k := 0; k < n; k++ {
		out = append(out, P(pool[(i+k)%len(pool)]))
	}
	return out
}

// cat joins block lists.
func cat(parts ...[]Block) []Block {
	var out []Block
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// sig is the 署名 and 成文日期 lines.
func sig(org, date string) []Block { return []Block{R(org), R(date)} }
