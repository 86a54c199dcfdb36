import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { sessions } from "@/db/schema";
import { loadSessionActor } from "@/lib/services/auth/load-session-actor";
import { signIn } from "@/lib/services/auth/sign-in";
import { signOut } from "@/lib/services/auth/sign-out";
import { changeOwnPassword } from "@/lib/services/users/change-own-password";
import { resetPassword } from "@/lib/services/users/reset-password";
import { setUserStatus } from "@/lib/services/users/set-user-status";
import { updateUser } from "@/lib/services/users/update-user";
import { actorFor, refusal, seedDemoData, userRow } from "../support/fixtures";

const context = { ip: null, userAgent: null };
let password = "Demo#2026";

async function openSession(account: string, pw = password): Promise<string> {
  const result = await signIn({ login: account, password: pw, method: "account" }, context);
  if (!result.ok) throw new Error(`sign-in of ${account} failed: ${result.reason}`);
  return result.sessionId;
}

beforeAll(seedDemoData);

describe("server-side sessions", () => {
  it("expires after 30 idle minutes", async () => {
    const sid = await openSession("leader");
    const db = await getDb();
    await db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 29 * 60_000) }).where(eq(sessions.id, sid));
    expect(await loadSessionActor(sid)).not.toBeNull();
    await db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) }).where(eq(sessions.id, sid));
    expect(await loadSessionActor(sid)).toBeNull();
    // Once expired it stays expired even if activity resumes.
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.id, sid));
    expect(await loadSessionActor(sid)).toBeNull();
  });

  it("expires 12 hours after sign-in however active", async () => {
    const sid = await openSession("leader");
    const [row] = await (await getDb()).select().from(sessions).where(eq(sessions.id, sid));
    const hours = (row!.expiresAt.getTime() - row!.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(12, 1);
    const justBefore = new Date(row!.expiresAt.getTime() - 1000);
    await (await getDb()).update(sessions).set({ lastSeenAt: justBefore }).where(eq(sessions.id, sid));
    expect(await loadSessionActor(sid, justBefore)).not.toBeNull();
    expect(await loadSessionActor(sid, new Date(row!.expiresAt.getTime() + 1000))).toBeNull();
  });

  it("ends on sign-out", async () => {
    const sid = await openSession("leader");
    await signOut(sid);
    expect(await loadSessionActor(sid)).toBeNull();
  });

  it("ends every session of an account when it is disabled", async () => {
    const [a, b] = [await openSession("scj_officer"), await openSession("scj_officer")];
    const user = await userRow("scj_officer");
    await setUserStatus(await actorFor("admin"), { id: user.id, version: user.version, status: "disabled" });
    expect(await loadSessionActor(a)).toBeNull();
    expect(await loadSessionActor(b)).toBeNull();
    expect(await signIn({ login: "scj_officer", password, method: "account" }, context)).toEqual({ ok: false, reason: "disabled" });
    const disabled = await userRow("scj_officer");
    await setUserStatus(await actorFor("admin"), { id: disabled.id, version: disabled.version, status: "active" });
    expect(await openSession("scj_officer")).toBeTruthy();
  });

  it("ends when an administrator resets the password", async () => {
    const sid = await openSession("sfj_officer");
    const user = await userRow("sfj_officer");
    await resetPassword(await actorFor("admin"), { id: user.id, version: user.version, password: "Reset#2026" });
    expect(await loadSessionActor(sid)).toBeNull();
    expect(await openSession("sfj_officer", "Reset#2026")).toBeTruthy();
  });

  it("ends when the roles change, but not on a change of name", async () => {
    const sid = await openSession("sfj_head");
    const admin = await actorFor("admin");
    let user = await userRow("sfj_head");
    await updateUser(admin, { id: user.id, version: user.version, name: "张局长（新）", phone: user.phone, departmentId: user.departmentId, roles: user.roles });
    expect(await loadSessionActor(sid)).toMatchObject({ name: "张局长（新）" });
    user = await userRow("sfj_head");
    await updateUser(admin, { id: user.id, version: user.version, name: user.name, phone: user.phone, departmentId: user.departmentId, roles: ["dept_head", "dept_officer"] });
    expect(await loadSessionActor(sid)).toBeNull();
  });

  it("ends every session when users change their own password, after checking the current one", async () => {
    const sid = await openSession("supervisor");
    const actor = await actorFor("supervisor");
    const wrong = await refusal(
      changeOwnPassword(actor, { currentPassword: "not-it", password: "Changed#2026", confirmPassword: "Changed#2026" }),
      "VALIDATION",
    );
    expect(wrong.fieldErrors).toEqual({ currentPassword: ["currentPasswordWrong"] });
    expect(await loadSessionActor(sid)).not.toBeNull();
    await changeOwnPassword(actor, { currentPassword: password, password: "Changed#2026", confirmPassword: "Changed#2026" });
    expect(await loadSessionActor(sid)).toBeNull();
    password = "Demo#2026";
    expect(await openSession("supervisor", "Changed#2026")).toBeTruthy();
  });

  it("does not know a made-up session id", async () => {
    expect(await loadSessionActor("00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});

describe("new passwords (issue 11)", () => {
  it("must differ from the current one and must not hold the account name, for the user and the admin alike", async () => {
    const actor = await actorFor("scj_officer");
    const same = await refusal(changeOwnPassword(actor, { currentPassword: "Demo#2026", password: "Demo#2026", confirmPassword: "Demo#2026" }), "VALIDATION");
    expect(same.fieldErrors).toEqual({ password: ["password_unchanged"] });
    const named = await refusal(changeOwnPassword(actor, { currentPassword: "Demo#2026", password: "SCJ_Officer#1", confirmPassword: "SCJ_Officer#1" }), "VALIDATION");
    expect(named.fieldErrors).toEqual({ password: ["password_containsAccount"] });
    const user = await userRow("scj_officer");
    const admin = await actorFor("admin");
    expect((await refusal(resetPassword(admin, { id: user.id, version: user.version, password: "Demo#2026" }), "VALIDATION")).fieldErrors).toEqual({
      password: ["password_unchanged"],
    });
    expect((await userRow("scj_officer")).passwordHash).toBe(user.passwordHash);
  });
});
