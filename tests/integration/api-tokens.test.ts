import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { apiTokens, auditEvents } from "@/db/schema";
import { listOwnApiTokens } from "@/db/queries/api-tokens";
import { createPersonalToken } from "@/lib/services/api-tokens/create-personal-token";
import { revokePersonalToken } from "@/lib/services/api-tokens/revoke-personal-token";
import { hashTokenSecret } from "@/lib/services/api-tokens/token-secret";
import { verifyApiToken } from "@/lib/services/api-tokens/verify-api-token";
import { issueLoginToken } from "@/lib/services/auth/issue-login-token";
import { resetPassword } from "@/lib/services/users/reset-password";
import { setUserStatus } from "@/lib/services/users/set-user-status";
import { actorFor, refusal, seedDemoData, userRow } from "../support/fixtures";

const context = { ip: "10.9.8.7", userAgent: "vitest" };
const PASSWORD = "Demo#2026";

beforeAll(seedDemoData);

async function tokenRow(secret: string) {
  const db = await getDb();
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hashTokenSecret(secret)));
  return row;
}

async function issue(login: string, password = PASSWORD) {
  const result = await issueLoginToken({ login, password }, context);
  if (!result.ok) throw new Error(`no token for ${login}: ${result.reason}`);
  return result;
}

describe("API tokens", () => {
  it("issues a token by account or phone whose holder is the account, stored only as a hash", async () => {
    const byAccount = await issue("SFJ_Head");
    expect(byAccount.user).toMatchObject({ login: "sfj_head", roles: ["dept_head"] });
    expect(byAccount.expiresAt.getTime()).toBeGreaterThan(Date.now() + 11 * 3_600_000);
    const row = await tokenRow(byAccount.token);
    expect(row?.tokenHash).not.toContain(byAccount.token);
    expect(await verifyApiToken(byAccount.token)).toMatchObject({ account: "sfj_head", sessionId: null });

    const byPhone = await issue("13800000005");
    expect(byPhone.user.login).toBe("sfj_officer");
    expect(await verifyApiToken("ddt_not-a-token")).toBeNull();
    expect(await verifyApiToken("")).toBeNull();
  });

  it("shares the sign-in page's lockout: failures count, five lock, success resets", async () => {
    expect(await issueLoginToken({ login: "nobody", password: PASSWORD }, context)).toEqual({ ok: false, reason: "invalid" });
    expect(await issueLoginToken({ login: "scj_officer", password: "Wrong#2026" }, context)).toEqual({ ok: false, reason: "invalid" });
    expect((await userRow("scj_officer")).failedAttempts).toBe(1);
    await issue("scj_officer");
    expect((await userRow("scj_officer")).failedAttempts).toBe(0);

    for (let i = 0; i < 4; i++) await issueLoginToken({ login: "leader", password: "Wrong#2026" }, context);
    const fifth = await issueLoginToken({ login: "leader", password: "Wrong#2026" }, context);
    expect(fifth).toEqual({ ok: false, reason: "invalid" });
    expect(await issueLoginToken({ login: "leader", password: PASSWORD }, context)).toEqual({ ok: false, reason: "invalid" });
    const db = await getDb();
    const leader = await userRow("leader");
    const locks = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, leader.id), eq(auditEvents.action, "auth.locked")));
    expect(locks).toHaveLength(1);
  });

  it("stops answering for an expired or revoked token, a disabled account and after a password reset", async () => {
    const db = await getDb();
    const expired = await issue("supervisor");
    await db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.id, (await tokenRow(expired.token))!.id));
    expect(await verifyApiToken(expired.token)).toBeNull();

    const admin = await actorFor("admin");
    const beforeReset = await issue("sfj_officer");
    const officer = await userRow("sfj_officer");
    await resetPassword(admin, { id: officer.id, version: officer.version, password: "New#Pass2026" });
    expect(await verifyApiToken(beforeReset.token)).toBeNull();
    const [resetEvent] = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, officer.id), eq(auditEvents.action, "user.reset_password")));
    // This one and the token issued by phone in the first test.
    expect(resetEvent?.data).toMatchObject({ tokensRevoked: 2 });

    const afterReset = await issue("sfj_officer", "New#Pass2026");
    expect(await verifyApiToken(afterReset.token)).not.toBeNull();
    const current = await userRow("sfj_officer");
    await setUserStatus(admin, { id: current.id, version: current.version, status: "disabled" });
    expect(await verifyApiToken(afterReset.token)).toBeNull();
    expect(await issueLoginToken({ login: "sfj_officer", password: "New#Pass2026" }, context)).toEqual({ ok: false, reason: "disabled" });
  });

  it("lets a person create, list and revoke personal tokens, audited, and no one else's", async () => {
    const head = await actorFor("sfj_head");
    // Re-authentication (issue 11): a wrong current password creates nothing.
    const wrong = await refusal(createPersonalToken(head, { name: "省平台对接", expiresInDays: 90, currentPassword: "Wrong#2026" }), "VALIDATION");
    expect(wrong.fieldErrors).toEqual({ currentPassword: ["currentPasswordWrong"] });
    expect((await listOwnApiTokens(head.id)).filter((t) => t.name === "省平台对接")).toEqual([]);
    const created = await createPersonalToken(head, { name: "省平台对接", expiresInDays: 90, currentPassword: PASSWORD });
    expect(created.token).toMatch(/^ddt_[\w-]{43}$/);
    expect(created.expiresAt.getTime()).toBeGreaterThan(Date.now() + 89 * 86_400_000);
    expect(await verifyApiToken(created.token)).toMatchObject({ account: "sfj_head" });
    const listed = await listOwnApiTokens(head.id);
    expect(listed.find((t) => t.id === created.id)).toMatchObject({ name: "省平台对接", revokedAt: null });
    expect(listed[0]).not.toHaveProperty("tokenHash");

    await refusal(revokePersonalToken(await actorFor("admin"), { id: created.id }), "NOT_FOUND");
    expect(await verifyApiToken(created.token)).not.toBeNull();
    await revokePersonalToken(head, { id: created.id });
    await revokePersonalToken(head, { id: created.id });
    expect(await verifyApiToken(created.token)).toBeNull();

    const db = await getDb();
    const events = await db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.entityId, created.id));
    expect(events.map((e) => e.action)).toEqual(["token.create", "token.revoke"]);
  });
});
