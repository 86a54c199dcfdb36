import type { TDepartmentKind } from "@/lib/domain/codes";

// The seed district (梁园区): departments named in its 2021 report, and its
// towns and subdistricts (16, matching the report's 16 基层司法所). The code
// (pinyin initials) names the demo accounts of a department: sfj_head, sfj_officer.
export const DEMO_DEPARTMENTS: { name: string; kind: TDepartmentKind; code: string }[] = [
  { name: "区政府办公室", kind: "district", code: "zfb" },
  { name: "区司法局", kind: "district", code: "sfj" },
  { name: "区市场监督管理局", kind: "district", code: "scj" },
  { name: "区发展和改革委员会", kind: "district", code: "fgw" },
  { name: "区政务服务和大数据管理局", kind: "district", code: "zwfw" },
  { name: "区委编办", kind: "district", code: "bb" },
  { name: "区财政局", kind: "district", code: "czj" },
  { name: "区审计局", kind: "district", code: "sjj" },
  { name: "区信访局", kind: "district", code: "xfj" },
  { name: "区人力资源和社会保障局", kind: "district", code: "rsj" },
  { name: "区交通运输局", kind: "district", code: "jtj" },
  { name: "区农业农村局", kind: "district", code: "nyj" },
  { name: "区文化广电和旅游局", kind: "district", code: "wlj" },
  { name: "区自然资源局", kind: "district", code: "zrj" },
  { name: "区住房和城乡建设局", kind: "district", code: "zjj" },
  { name: "区教育体育局", kind: "district", code: "jtyj" },
  { name: "区卫生健康委员会", kind: "district", code: "wjw" },
  { name: "区应急管理局", kind: "district", code: "yjj" },
  { name: "市生态环境局梁园分局", kind: "district", code: "sthj" },
  { name: "区委组织部", kind: "other", code: "zzb" },
  { name: "区委宣传部", kind: "other", code: "xcb" },
  { name: "平原街道", kind: "township", code: "pyjd" },
  { name: "白云街道", kind: "township", code: "byjd" },
  { name: "八八街道", kind: "township", code: "bbjd" },
  { name: "中州街道", kind: "township", code: "zzjd" },
  { name: "前进街道", kind: "township", code: "qjjd" },
  { name: "长征街道", kind: "township", code: "czjd" },
  { name: "东风街道", kind: "township", code: "dfjd" },
  { name: "建设街道", kind: "township", code: "jsjd" },
  { name: "刘口镇", kind: "township", code: "lkz" },
  { name: "观堂镇", kind: "township", code: "gtz" },
  { name: "双八镇", kind: "township", code: "sbz" },
  { name: "谢集镇", kind: "township", code: "xjz" },
  { name: "李庄乡", kind: "township", code: "lzx" },
  { name: "王楼乡", kind: "township", code: "wlx" },
  { name: "孙福集乡", kind: "township", code: "sfjx" },
  { name: "水池铺乡", kind: "township", code: "scpx" },
];

export const DEMO_PASSWORD = "Demo#2026";

export const DEMO_ACCOUNTS = [
  { account: "admin", name: "系统管理员", roles: ["admin"], department: "区司法局", phone: "13800000001" },
  { account: "supervisor", name: "王督查", roles: ["supervisor"], department: "区司法局", phone: "13800000002" },
  { account: "leader", name: "李区长", roles: ["leader"], department: null, phone: "13800000003" },
  { account: "sfj_head", name: "张局长", roles: ["dept_head"], department: "区司法局", phone: "13800000004" },
  { account: "sfj_officer", name: "刘联络", roles: ["dept_officer"], department: "区司法局", phone: "13800000005" },
  { account: "scj_officer", name: "陈联络", roles: ["dept_officer"], department: "区市场监督管理局", phone: "13800000006" },
] as const;
