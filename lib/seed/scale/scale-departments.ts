import type { TDepartmentKind } from "@/lib/domain/codes";

// A province's units of a rule-of-law work plan: provincial departments lead
// most tasks, party and judicial organs cooperate, and the cities and counties
// (kind "township": the level below) carry them out locally.
const PROVINCIAL = [
  "省政府办公厅", "省司法厅", "省发展和改革委员会", "省教育厅", "省科学技术厅", "省工业和信息化厅", "省民族宗教事务委员会",
  "省公安厅", "省民政厅", "省财政厅", "省人力资源和社会保障厅", "省自然资源厅", "省生态环境厅", "省住房和城乡建设厅",
  "省交通运输厅", "省水利厅", "省农业农村厅", "省商务厅", "省文化和旅游厅", "省卫生健康委员会", "省退役军人事务厅",
  "省应急管理厅", "省审计厅", "省人民政府国有资产监督管理委员会", "省市场监督管理局", "省广播电视局", "省体育局",
  "省统计局", "省医疗保障局", "省林业局", "省地方金融监督管理局", "省信访局", "省粮食和物资储备局", "省能源局",
  "省机关事务管理局", "省政务服务和大数据管理局", "省药品监督管理局", "省知识产权局", "省乡村振兴局", "省人民防空办公室",
  "省税务局", "省气象局", "省消防救援总队", "省通信管理局", "省烟草专卖局",
];
const OTHER = [
  "省委组织部", "省委宣传部", "省委政法委员会", "省委机构编制委员会办公室", "省委网络安全和信息化委员会办公室",
  "省高级人民法院", "省人民检察院", "省人大常委会法制工作委员会", "省政协社会和法制委员会", "省总工会", "共青团省委", "省妇女联合会",
];
const CITIES = [
  "郑州市", "开封市", "洛阳市", "平顶山市", "安阳市", "鹤壁市", "新乡市", "焦作市", "濮阳市",
  "许昌市", "漯河市", "三门峡市", "南阳市", "商丘市", "信阳市", "周口市", "驻马店市", "济源市",
];
// County names are made from two characters common in Chinese place names.
const FIRST = ["安", "宁", "平", "永", "兴", "长", "新", "清", "丰", "临", "宝", "泰", "东", "西", "南", "北"];
const SECOND = ["阳", "丘", "城", "川", "源", "乐", "山", "河", "陵", "封", "县", "昌", "水", "康", "义", "林"];
const SUFFIXES = ["县", "区", "市"];

export type TScaleDepartment = { name: string; kind: TDepartmentKind; sortOrder: number };

/**
 * N distinct departments: provincial departments (a third of N) and party and
 * judicial organs (a twentieth), each at most its list, then the cities and
 * their counties to make up the rest. Deterministic, so that two loads compare.
 */
export function scaleDepartments(n: number): TScaleDepartment[] {
  const out: { name: string; kind: TDepartmentKind }[] = [];
  const provincial = Math.min(PROVINCIAL.length, Math.max(1, Math.round(n / 3)));
  const other = Math.min(OTHER.length, Math.max(1, Math.round(n / 20)));
  out.push(...PROVINCIAL.slice(0, provincial).map((name) => ({ name, kind: "district" as const })));
  out.push(...OTHER.slice(0, other).map((name) => ({ name, kind: "other" as const })));
  for (const city of CITIES) {
    if (out.length >= n) break;
    out.push({ name: `${city}人民政府`, kind: "township" });
  }
  for (let k = 0; out.length < n; k++) {
    const city = CITIES[k % CITIES.length]!;
    const combo = Math.floor(k / CITIES.length);
    const first = FIRST[combo % FIRST.length]!;
    const second = SECOND[Math.floor(combo / FIRST.length) % SECOND.length]!;
    const suffix = SUFFIXES[Math.floor(combo / (FIRST.length * SECOND.length)) % SUFFIXES.length]!;
    out.push({ name: `${city}${first}${second}${suffix}人民政府`, kind: "township" });
  }
  return out.slice(0, n).map((d, i) => ({ ...d, sortOrder: (i + 1) * 10 }));
}
