import type { TIndicatorFrameworkKind } from "@/lib/domain/codes";

export type TShippedIndicator = { code: string; name: string; level: number; parentCode: string | null };
export type TShippedFramework = {
  code: string;
  name: string;
  kind: TIndicatorFrameworkKind;
  description: string;
  indicators: TShippedIndicator[];
};

/**
 * What Dudao ships (inserted by migration 0013_shipped_indicator_frameworks.sql; the
 * integration test tests/integration/indicator-frameworks.test.ts holds both in step).
 * Only verified facts: the 1211 levers, and of the national demonstration system the
 * one first-level indicator and its first second-level indicator that docs/product.md
 * names; an admin imports the rest of the published table (10 / 34 / 104) from Excel.
 */
export const SHIPPED_FRAMEWORKS: readonly TShippedFramework[] = [
  {
    code: "1211",
    name: "“1211”法治政府建设推进机制",
    kind: "mechanism",
    description: "两抓手：推进服务型行政执法、落实行政执法责任制；一带动：示范创建。",
    indicators: [
      { code: "A", name: "两抓手", level: 1, parentCode: null },
      { code: "A1", name: "推进服务型行政执法", level: 2, parentCode: "A" },
      { code: "A2", name: "落实行政执法责任制", level: 2, parentCode: "A" },
      { code: "B", name: "一带动", level: 1, parentCode: null },
      { code: "B1", name: "示范创建", level: 2, parentCode: "B" },
    ],
  },
  {
    code: "SFZB-2021",
    name: "市县法治政府建设示范指标体系（2021年版）",
    kind: "demonstration",
    description:
      "中央依法治国办印发，10项一级指标、34项二级指标、104项三级指标。Dudao 预置已核实的部分，其余请按发布的指标表从 Excel 导入。",
    indicators: [
      { code: "1", name: "政府职能依法全面履行", level: 1, parentCode: null },
      { code: "1.1", name: "加大简政放权力度", level: 2, parentCode: "1" },
    ],
  },
];
