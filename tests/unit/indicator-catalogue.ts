import type { TCatalogueIndicator } from "@/lib/domain/indicator-tags/codes";

export const F1211 = { frameworkCode: "1211", frameworkName: "“1211”法治政府建设推进机制" };
const SFZB = { frameworkCode: "SFZB-2021", frameworkName: "市县法治政府建设示范指标体系（2021年版）" };
const PROVINCE = { frameworkCode: "HN", frameworkName: "省考核指标" };

// The shipped frameworks (migration 0013), and a province's that reuses the code "1".
export const CATALOGUE: TCatalogueIndicator[] = [
  { ...F1211, code: "A", name: "两抓手", level: 1, parentCode: null },
  { ...F1211, code: "A1", name: "推进服务型行政执法", level: 2, parentCode: "A" },
  { ...F1211, code: "A2", name: "落实行政执法责任制", level: 2, parentCode: "A" },
  { ...F1211, code: "B", name: "一带动", level: 1, parentCode: null },
  { ...F1211, code: "B1", name: "示范创建", level: 2, parentCode: "B" },
  { ...SFZB, code: "1", name: "一、政府职能依法全面履行", level: 1, parentCode: null },
  { ...SFZB, code: "1.1", name: "1.加大简政放权力度", level: 2, parentCode: "1" },
  { ...PROVINCE, code: "1", name: "依法行政制度体系", level: 1, parentCode: null },
];
