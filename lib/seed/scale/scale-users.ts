import type { TRole, TUserStatus } from "@/lib/domain/codes";

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢".split("");
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文辉鹏飞宇浩然思远晓东海燕凯琳".split("");

export type TScaleUser = {
  account: string;
  name: string;
  phone: string;
  roles: TRole[];
  status: TUserStatus;
  /** Index into the department list, or null for province-wide accounts. */
  department: number | null;
};

/** The password every scale account shares (hashed once); printed by the script. */
export const SCALE_PASSWORD = "Scale#2026";
/** The supervisor the benchmark signs in as. */
export const SCALE_SUPERVISOR = "scale_sup001";

function personName(i: number): string {
  const surname = SURNAMES[i % SURNAMES.length]!;
  const a = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length]!;
  const b = GIVEN[(i * 7 + 3) % GIVEN.length]!;
  return i % 3 === 0 ? `${surname}${a}` : `${surname}${a}${b}`;
}

const pad = (n: number, width: number) => String(n).padStart(width, "0");

/**
 * `total` accounts over `departments` departments, spread as in a province:
 * a few administrators, about 1% supervisors (the 法治督察 office, in the
 * first department: the 司法厅 or its stand-in), leaders without a
 * department, one head per department (a second in every tenth) and
 * officers for the rest, more of them in the provincial departments (the
 * first third). About 2% are pending registrations and 1% disabled; heads
 * and each department's first officer are always active (they own tasks).
 */
export function scaleUsers(departments: number, total: number): TScaleUser[] {
  const out: TScaleUser[] = [];
  let serial = 0;
  const add = (account: string, roles: TRole[], department: number | null, status: TUserStatus = "active") => {
    serial++;
    out.push({ account, name: personName(serial), phone: `139${pad(serial, 8)}`, roles, status, department });
  };
  const central = Math.max(3, Math.round(total * 0.015));
  const admins = Math.max(1, Math.round(central / 15));
  const leaders = Math.max(1, Math.round(central / 4));
  const supervisors = Math.max(1, central - admins - leaders);
  const lawOffice = departments > 1 ? 1 : 0;
  for (let i = 1; i <= admins; i++) add(`scale_admin${pad(i, 2)}`, ["admin"], lawOffice);
  for (let i = 1; i <= supervisors; i++) add(`scale_sup${pad(i, 3)}`, ["supervisor"], lawOffice);
  for (let i = 1; i <= leaders; i++) add(`scale_leader${pad(i, 2)}`, ["leader"], null);
  for (let d = 0; d < departments; d++) {
    add(`d${pad(d + 1, 4)}_head1`, ["dept_head"], d);
    add(`d${pad(d + 1, 4)}_o001`, ["dept_officer"], d);
  }
  for (let d = 0; d < departments && out.length < total; d += 10) add(`d${pad(d + 1, 4)}_head2`, ["dept_head"], d);
  // Officers round-robin; provincial departments (the first third) get a second turn.
  const provincial = Math.max(1, Math.round(departments / 3));
  const officers = new Array<number>(departments).fill(1);
  for (let turn = 0; out.length < total; turn++) {
    const d = turn % (departments + provincial);
    const department = d < departments ? d : d - departments;
    officers[department]!++;
    const status: TUserStatus = serial % 50 === 7 ? "pending" : serial % 100 === 13 ? "disabled" : "active";
    add(`d${pad(department + 1, 4)}_o${pad(officers[department]!, 3)}`, status === "pending" ? [] : ["dept_officer"], department, status);
  }
  return out;
}
