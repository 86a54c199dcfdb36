import { beforeAll, describe, expect, it } from "vitest";
import { signIn } from "@/lib/services/auth/sign-in";
import { decideRegistration } from "@/lib/services/users/decide-registration";
import { requestRegistration } from "@/lib/services/users/request-registration";
import { setUserStatus } from "@/lib/services/users/set-user-status";
import { ZDecideRegistrationSchema } from "@/lib/validation/users";
import { ZRegistrationSchema } from "@/lib/validation/auth";
import { actorFor, departmentId, refusal, seedDemoData, userRow } from "../support/fixtures";

const context = { ip: "192.168.1.10", userAgent: "vitest" };
let requests = 0;
// Each request from its own address: registrations are throttled per address (tests/integration/throttling.test.ts).
const register = (fields: Record<string, unknown>) =>
  requestRegistration(
    ZRegistrationSchema.parse({ password: "Regist#2026", confirmPassword: "Regist#2026", name: "申请人", ...fields }),
    { ip: `192.168.2.${++requests}`, userAgent: "vitest" },
  );

beforeAll(seedDemoData);

describe("registration", () => {
  it("creates a pending account that cannot sign in until approved", async () => {
    const department = await departmentId("区财政局");
    await register({ account: "czj_officer", phone: "13900000001", departmentId: department, note: "财政局联络员" });
    const pending = await userRow("czj_officer");
    expect(pending).toMatchObject({ status: "pending", roles: [], departmentId: department });
    expect(await signIn({ login: "czj_officer", password: "Regist#2026", method: "account" }, context)).toEqual({
      ok: false,
      reason: "pending",
    });
    // A wrong password on a pending account says nothing about the account.
    expect(await signIn({ login: "czj_officer", password: "Wrong#2026", method: "account" }, context)).toEqual({
      ok: false,
      reason: "invalid",
    });

    const admin = await actorFor("admin");
    await decideRegistration(
      admin,
      ZDecideRegistrationSchema.parse({ id: pending.id, version: pending.version, approve: true, roles: ["dept_officer"], departmentId: department }),
    );
    expect(await userRow("czj_officer")).toMatchObject({ status: "active", roles: ["dept_officer"] });
    expect((await signIn({ login: "13900000001", password: "Regist#2026", method: "phone" }, context)).ok).toBe(true);
  });

  it("rejects: the account never signs in and cannot be re-decided or simply enabled", async () => {
    await register({ account: "stranger" });
    const pending = await userRow("stranger");
    const admin = await actorFor("admin");
    await decideRegistration(admin, ZDecideRegistrationSchema.parse({ id: pending.id, version: pending.version, approve: false }));
    const rejected = await userRow("stranger");
    expect(rejected.status).toBe("rejected");
    expect(await signIn({ login: "stranger", password: "Regist#2026", method: "account" }, context)).toEqual({
      ok: false,
      reason: "invalid",
    });
    await refusal(
      decideRegistration(admin, ZDecideRegistrationSchema.parse({ id: rejected.id, version: rejected.version, approve: true, roles: ["leader"] })),
      "CONFLICT",
    );
    await refusal(setUserStatus(admin, { id: rejected.id, version: rejected.version, status: "active" }), "RULE");
    expect((await userRow("stranger")).status).toBe("rejected");
  });

  it("answers a taken account or phone exactly like a free one; the admin meets the conflict on approval", async () => {
    // Issue 11, finding 6: "account taken" / "phone taken" told anyone who has an account.
    const free = await register({ account: "fresh_one", phone: "13900000077" });
    const takenAccount = await register({ account: "ADMIN" });
    const takenPhone = await register({ account: "fresh_two", phone: "13800000001" });
    for (const answer of [free, takenAccount, takenPhone]) expect(Object.keys(answer)).toEqual(["id"]);

    // The real admin still signs in (the pending twin never shadows it)…
    expect((await signIn({ login: "admin", password: "Demo#2026", method: "account" }, context)).ok).toBe(true);
    expect((await signIn({ login: "13800000001", password: "Demo#2026", method: "phone" }, context)).ok).toBe(true);
    // …and approving a twin is refused on the conflict, beside the field.
    const admin = await actorFor("admin");
    const approve = (user: { id: string; version: number }) =>
      decideRegistration(admin, ZDecideRegistrationSchema.parse({ id: user.id, version: user.version, approve: true, roles: ["leader"] }));
    const { getDb } = await import("@/db");
    const { users } = await import("@/db/schema");
    const { and, eq } = await import("drizzle-orm");
    const db = await getDb();
    const [twin] = await db.select().from(users).where(and(eq(users.account, "admin"), eq(users.status, "pending")));
    expect((await refusal(approve(twin!), "CONFLICT")).messageKey).toBe("registrationAccountTaken");
    const phoneTwin = await userRow("fresh_two");
    expect((await refusal(approve(phoneTwin), "CONFLICT")).messageKey).toBe("registrationPhoneTaken");
    // Rejecting the twin works: the request is decided and the real account untouched.
    await decideRegistration(admin, ZDecideRegistrationSchema.parse({ id: twin!.id, version: twin!.version, approve: false }));
    expect((await userRow("admin")).status).toBe("active");
  });

  it("refuses account names that read as phone numbers, and passwords holding the account name", async () => {
    expect(ZRegistrationSchema.safeParse({ account: "13912345678", name: "甲", password: "Regist#2026", confirmPassword: "Regist#2026" }).error?.issues[0]?.message).toBe(
      "accountLooksLikePhone",
    );
    const inside = await refusal(register({ account: "wangwu", password: "Wangwu#2026", confirmPassword: "Wangwu#2026" }), "VALIDATION");
    expect(inside.fieldErrors).toEqual({ password: ["password_containsAccount"] });
  });

  it("is decided only by an administrator", async () => {
    await register({ account: "waiting" });
    const pending = await userRow("waiting");
    for (const account of ["supervisor", "leader", "sfj_head"]) {
      await refusal(
        decideRegistration(
          await actorFor(account),
          ZDecideRegistrationSchema.parse({ id: pending.id, version: pending.version, approve: true, roles: ["admin"] }),
        ),
        "FORBIDDEN",
      );
    }
    expect((await userRow("waiting")).status).toBe("pending");
  });
});
