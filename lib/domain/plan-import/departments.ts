import type { TDepartmentRef, TKnownDepartment } from "./types";
import { foldWidth } from "./normalize";

/**
 * Matches department names written in a document to known departments. A name matches when it
 * equals a department's name, or when both reduce to a common key by dropping the plan's own
 * jurisdiction prefix ("梁园区", "区") or by expanding a common abbreviation. A match must be
 * unique; otherwise the name comes back with id null for a person to decide. Nothing is guessed:
 * "市财政局" never matches "区财政局", because only the plan's own prefixes are dropped.
 */

/** Abbreviation → full forms in use for the same kind of department. */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  市场监管局: ["市场监督管理局"],
  发改委: ["发展和改革委员会", "发展改革委员会"],
  住建局: ["住房和城乡建设局", "住房城乡建设局"],
  人社局: ["人力资源和社会保障局", "人力资源社会保障局"],
  政府办: ["人民政府办公室", "政府办公室"],
  卫健委: ["卫生健康委员会", "卫生和健康委员会"],
  教体局: ["教育体育局", "教育和体育局"],
  应急局: ["应急管理局"],
  城管局: ["城市管理局", "城市管理综合执法局"],
  文旅局: ["文化和旅游局", "文化广电和旅游局", "文化广电旅游局"],
  医保局: ["医疗保障局"],
  退役军人局: ["退役军人事务局"],
  交通局: ["交通运输局"],
  自然资源局: ["自然资源和规划局"],
  公安局: ["公安分局"],
  法院: ["人民法院"],
  检察院: ["人民检察院"],
  人武部: ["人民武装部"],
  妇联: ["妇女联合会"],
  残联: ["残疾人联合会"],
  科协: ["科学技术协会"],
  工商联: ["工商业联合会"],
  统战部: ["统一战线工作部"],
};

const LEVEL_CHARS = ["区", "县", "市"] as const;

function compact(name: string): string {
  return foldWidth(name).replace(/\s+/g, "");
}

/** "商丘市梁园区2022年…" → ["商丘市梁园区", "梁园区", "区"]; [] when the title names no place. */
function prefixesFromTitle(titleFolded: string): string[] {
  const title = titleFolded.replace(/^(关于)?(印发|转发|公布)?/, "");
  const match = /^((?:[\u4e00-\u9fff]{2,4}?[省市])?)([\u4e00-\u9fff]{2,4}?[区县市旗])/.exec(title);
  if (!match) return [];
  const [, upper = "", own = ""] = match;
  return [upper + own, own, own.slice(-1)];
}

/**
 * From the department list: a place name at least two departments start with ("梁园区司法局",
 * "梁园区财政局" → "梁园区"), and the level character most names start with ("区司法局" → "区").
 */
function prefixesFromDepartments(departments: readonly TKnownDepartment[]): string[] {
  const names = departments.map((department) => compact(department.name));
  const placeCounts = new Map<string, number>();
  for (const name of names) {
    const place = /^[\u4e00-\u9fff]{2,4}?[区县旗]/.exec(name)?.[0];
    if (place) placeCounts.set(place, (placeCounts.get(place) ?? 0) + 1);
  }
  const places = [...placeCounts].filter(([, count]) => count >= 2).map(([place]) => place);
  const levels = LEVEL_CHARS.map((char) => ({ char, count: names.filter((name) => name.startsWith(char)).length }))
    .sort((left, right) => right.count - left.count);
  const [top, second] = levels;
  const level = top && top.count > 0 && top.count > (second?.count ?? 0) ? [top.char] : [];
  return [...places, ...places.map((place) => place.slice(-1)), ...level];
}

/** The plan's own jurisdiction prefixes, longest first; only these are ever dropped from a name. */
export function findOwnPrefixes(titleFolded: string, departments: readonly TKnownDepartment[]): string[] {
  const fromDepartments = prefixesFromDepartments(departments);
  // A county's document ("某县…") read against a district's departments ("区司法局") must not
  // drop "县": only a title prefix of the departments' own level is the plan's own.
  const levels = new Set(fromDepartments.map((prefix) => prefix.slice(-1)));
  const fromTitle = prefixesFromTitle(titleFolded).filter((prefix) => levels.size === 0 || levels.has(prefix.slice(-1)));
  const prefixes = [...fromTitle, ...fromDepartments];
  return [...new Set(prefixes)].filter((prefix) => prefix !== "").sort((left, right) => right.length - left.length);
}

function keysOf(name: string, ownPrefixes: readonly string[]): Set<string> {
  const full = compact(name);
  const keys = new Set([full]);
  const prefix = ownPrefixes.find((candidate) => full.startsWith(candidate) && full.length > candidate.length + 1);
  if (prefix) keys.add(full.slice(prefix.length));
  for (const key of [...keys]) {
    for (const expansion of ABBREVIATIONS[key] ?? []) keys.add(expansion);
  }
  return keys;
}

export type TDepartmentMatcher = (writtenName: string) => TDepartmentRef;

/** "", or a place or level that ends in a level character: "县", "梁园区", "商丘市梁园区". */
const PLACE_PREFIX = /^(?:[\u4e00-\u9fff]{0,8}[省市区县旗])?$/;
const MIN_CORE_LENGTH = 2;

/**
 * The same kind of department under another place or level: "县司法局" and "区司法局",
 * "市财政局" and "梁园区财政局" — both names are a place prefix (or none) and one common core.
 * Used for suggestions only, never for a silent match.
 */
export function isSameKindElsewhere(written: string, known: string): boolean {
  const left = compact(written);
  const right = compact(known);
  if (left === right) return false;
  let common = 0;
  while (common < Math.min(left.length, right.length) && left.at(-1 - common) === right.at(-1 - common)) common++;
  for (let core = common; core >= MIN_CORE_LENGTH; core--) {
    if (PLACE_PREFIX.test(left.slice(0, -core)) && PLACE_PREFIX.test(right.slice(0, -core))) return true;
  }
  return false;
}

export function createDepartmentMatcher(
  departments: readonly TKnownDepartment[],
  ownPrefixes: readonly string[],
): TDepartmentMatcher {
  const indexed = departments.map((department) => ({
    department,
    exact: compact(department.name),
    keys: keysOf(department.name, ownPrefixes),
  }));
  const matched = (department: TKnownDepartment, sourceName: string): TDepartmentRef =>
    ({ id: department.id, name: department.name, sourceName, suggestion: null });
  return (writtenName) => {
    const name = writtenName.trim();
    const exact = indexed.filter((entry) => entry.exact === compact(name));
    if (exact.length === 1 && exact[0]) return matched(exact[0].department, name);
    const keys = keysOf(name, ownPrefixes);
    const byKey = exact.length > 1 ? [] : indexed.filter((entry) => [...keys].some((key) => entry.keys.has(key)));
    if (byKey.length === 1 && byKey[0]) return matched(byKey[0].department, name);
    // Another organisation's or level's department of the same kind: offered, never assigned.
    const elsewhere = departments.filter((department) => [...keys].some((key) => isSameKindElsewhere(key, department.name)));
    const only = elsewhere.length === 1 ? elsewhere[0] : undefined;
    const suggestion = only ? { id: only.id, name: only.name } : null;
    return { id: null, name, sourceName: name, suggestion };
  };
}
