import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { TPlanNode } from "@/lib/domain/plan-import";

const FIXTURES = resolve(import.meta.dirname, "../../fixtures");

export function readFixture(relativePath: string): string {
  return readFileSync(resolve(FIXTURES, relativePath), "utf8");
}

export function flatten(nodes: readonly TPlanNode[]): TPlanNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

export function findByCode(nodes: readonly TPlanNode[], code: string): TPlanNode {
  const found = flatten(nodes).find((node) => node.code === code);
  if (!found) throw new Error(`no node with code ${code}`);
  return found;
}

/** Departments of a demo district, as the caller would pass them from the database. */
export const DEMO_DEPARTMENTS = [
  { id: "d-sfj", name: "梁园区司法局" },
  { id: "d-zfb", name: "梁园区人民政府办公室" },
  { id: "d-rsj", name: "梁园区人力资源和社会保障局" },
  { id: "d-scj", name: "区市场监督管理局" },
  { id: "d-swj", name: "区商务局" },
  { id: "d-fgw", name: "梁园区发展和改革委员会" },
  { id: "d-sjj", name: "区审计局" },
  { id: "d-zwzx", name: "区政务服务中心" },
];

/** The departments the corpus is read against: a district's, with and without its place name. */
export const CORPUS_DEPARTMENTS = [
  ...DEMO_DEPARTMENTS,
  { id: "d-cgj", name: "区城市管理局" },
  { id: "d-mzj", name: "区民政局" },
];
