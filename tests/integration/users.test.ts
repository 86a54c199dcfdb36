import { asc } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { users } from "@/db/schema";
import { signIn } from "@/lib/services/auth/sign-in";
import { setDepartmentActive } from "@/lib/services/departments/update-department";
import { createUser } from "@/lib/services/users/create-user";
import { setUserStatus } from "@/lib/services/users/set-user-status";
import { updateUser } from "@/lib/services/users/update-user";
import { ZUserCreateSchema } from "@/lib/validation/users";
import { actorFor, departmentId, refusal, seedDemoData, userRow } from "../support/fixtures";

beforeAll(seedDemoData);

async function snapshot() {
  const db = await getDb();
  return db.select().from(users).orderBy(asc(users.account));
}

const newUser = (fields: Record<string, unknown>) =>
  ZUserCreateSchema.parse({ name: "新用户", roles: ["dept_officer"], password: "Create#2026", ...fields });

describe("account administration", () => {
  it("creates an account that can sign in at once, with argon2id and no password in the audit", async () => {
    const admin = await actorFor("admin");
    const department = await departmentId("区审计局");
    const user = await createUser(admin, newUser({ account: "sjj_officer", departmentId: department, phone: "13700000001" }));
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.status).toBe("active");
    const result = await signIn({ login: "sjj_officer", password: "Create#2026", method: "account" }, { ip: null, userAgent: null });
    expect(result.ok).toBe(true);
  });

  it("edits roles and department, refusing a stale version", async () => {
    const admin = await actorFor("admin");
    const target = await userRow("sjj_officer");
    const other = await departmentId("区信访局");
    const updated = await updateUser(admin, { id: target.id, version: target.version, name: "审计联络员", phone: null, departmentId: other, roles: ["dept_head"] });
    expect(updated).toMatchObject({ roles: ["dept_head"], departmentId: other, phone: null, version: target.version + 1 });
    const before = await snapshot();
    await refusal(updateUser(admin, { id: target.id, version: target.version, name: "旧版本", phone: null, departmentId: other, roles: ["leader"] }), "CONFLICT");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a duplicate account, a duplicate phone and an inactive department, changing nothing", async () => {
    const admin = await actorFor("admin");
    const before = await snapshot();
    expect((await refusal(createUser(admin, newUser({ account: "Leader", roles: ["leader"] })), "VALIDATION")).fieldErrors).toEqual({
      account: ["accountTaken"],
    });
    expect(
      (await refusal(createUser(admin, newUser({ account: "phone_dup", roles: ["leader"], phone: "13800000002" })), "VALIDATION")).fieldErrors,
    ).toEqual({ phone: ["phoneTaken"] });
    const closed = await departmentId("区教育体育局");
    const [dept] = (await (await getDb()).query.departments.findMany()).filter((d) => d.id === closed);
    await setDepartmentActive(admin, { id: closed, version: dept!.version, isActive: false });
    expect((await refusal(createUser(admin, newUser({ account: "closed_dept", departmentId: closed })), "VALIDATION")).fieldErrors).toEqual({
      departmentId: ["departmentUnknown"],
    });
    expect(await snapshot()).toEqual(before);
  });

  it("lets no one but an admin manage accounts", async () => {
    const target = await userRow("scj_officer");
    const before = await snapshot();
    for (const account of ["supervisor", "leader", "sfj_head", "sfj_officer"]) {
      const actor = await actorFor(account);
      await refusal(createUser(actor, newUser({ account: `by_${account}`, roles: ["admin"] })), "FORBIDDEN");
      await refusal(
        updateUser(actor, { id: target.id, version: target.version, name: "x", phone: null, departmentId: null, roles: ["admin"] }),
        "FORBIDDEN",
      );
      await refusal(setUserStatus(actor, { id: target.id, version: target.version, status: "disabled" }), "FORBIDDEN");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("does not let an admin disable their own account", async () => {
    const admin = await actorFor("admin");
    const self = await userRow("admin");
    await refusal(setUserStatus(admin, { id: self.id, version: self.version, status: "disabled" }), "RULE");
    expect((await userRow("admin")).status).toBe("active");
  });

  it("refuses malformed input at the schema", () => {
    const base = { account: "valid_name", name: "名字", roles: ["leader"], password: "Create#2026" };
    const bad = [
      { ...base, account: "ab" },
      { ...base, account: "has space" },
      { ...base, name: "" },
      { ...base, name: "名".repeat(51) },
      { ...base, roles: [] },
      { ...base, roles: ["superuser"] },
      { ...base, password: "short1A" },
      { ...base, phone: "1380000000" },
      { ...base, departmentId: "not-a-uuid" },
      { ...base, roles: ["dept_officer"] },
    ];
    for (const input of bad) expect(ZUserCreateSchema.safeParse(input).success, JSON.stringify(input)).toBe(false);
  });
});
