import { randomUUID } from "node:crypto";
import type { Tx } from "@/db";
import { goals, plans } from "@/db/schema";

// Ten sections of a provincial 法治政府建设 plan, each with work items and measures.
const SECTIONS: { title: string; items: string[] }[] = [
  { title: "深入学习贯彻习近平法治思想", items: ["加强理论学习", "压实第一责任人职责", "开展法治督察"] },
  { title: "健全政府机构职能体系", items: ["深化“放管服”改革", "持续优化营商环境", "推进政务服务标准化"] },
  { title: "健全依法行政制度体系", items: ["加强重点领域立法", "规范行政规范性文件", "开展规章清理"] },
  { title: "健全行政决策制度体系", items: ["落实重大行政决策程序", "发挥法律顾问作用", "加强决策执行和评估"] },
  { title: "健全行政执法工作体系", items: ["深化综合行政执法体制改革", "全面落实行政执法三项制度", "推进包容审慎监管"] },
  { title: "健全突发事件应对体系", items: ["完善应急预案体系", "提高依法应急处突能力"] },
  { title: "健全社会矛盾纠纷行政预防调处化解体系", items: ["加强行政复议工作", "做好行政应诉工作", "推进信访法治化"] },
  { title: "健全行政权力制约和监督体系", items: ["自觉接受各方面监督", "加强审计监督", "全面推进政务公开"] },
  { title: "健全法治政府建设科技保障体系", items: ["推进“互联网+监管”", "加快数字法治政府建设"] },
  { title: "加强党对法治政府建设的领导", items: ["落实法治建设年度报告制度", "加强法治工作队伍建设", "开展法治宣传教育"] },
];
const MEASURES = [
  "制定年度工作方案，明确责任分工和完成时限",
  "建立工作台账，按季度报送落实情况",
  "组织专题培训，实现相关工作人员全覆盖",
  "开展专项检查，形成问题清单并限期整改",
  "完善配套制度，年底前出台实施细则",
  "推进信息化建设，实现全流程网上办理",
  "开展第三方评估，发布评估报告",
];
const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

/** The year's plan: sections › items › measures; tasks hang on the measures. Returns the plan id and the measures in order. */
export async function insertScalePlan(tx: Tx, year: number, createdBy: string) {
  const [plan] = await tx
    .insert(plans)
    .values({ year, title: `${year}年全省法治政府建设工作要点`, status: "active", createdBy })
    .returning({ id: plans.id });
  const rows: (typeof goals.$inferInsert)[] = [];
  let order = 0;
  SECTIONS.forEach((section, s) => {
    const sectionId = randomUUID();
    rows.push({ id: sectionId, planId: plan!.id, kind: "section", code: `${CN[s]}、`, title: section.title, sortOrder: ++order });
    section.items.forEach((item, t) => {
      const itemId = randomUUID();
      rows.push({ id: itemId, planId: plan!.id, parentId: sectionId, kind: "item", code: `（${CN[t]}）`, title: item, sortOrder: ++order });
      MEASURES.forEach((measure, m) => {
        rows.push({ id: randomUUID(), planId: plan!.id, parentId: itemId, kind: "measure", code: `${m + 1}.`, title: `${item}：${measure}`, sortOrder: ++order });
      });
    });
  });
  await tx.insert(goals).values(rows);
  return { planId: plan!.id, goals: rows.length, measures: rows.filter((r) => r.kind === "measure").length };
}
