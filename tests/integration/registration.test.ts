import { beforeAll, describe, expect, it } from "vitest";
import { signIn } from "@/lib/services/auth/sign-in";
import { decideRegistration } from "@/lib/services/users/decide-registration";
import { requestRegistration } from "@/lib/services/users/request-registration";
import { setUserStatus } from "@/lib/services/users/set-user-status";
import { ZDecideRegistrationSchema } from "@/lib/validation/users";
import { ZRegistrationSchema } from "@/lib/validation/auth";
import { actorFor, departmentId, refusal, seedDemoData, userRow } from "../support/fixtures";

const context = { ip: "192.168.1.10", userAgent: "vitest" };
const register = (fields: Record<string, unknown>) =>
  requestRegistration(
    ZRegistrationSchema.parse({ password: "Regist#2026", confirmPassword: "Regist#2026", name: "申请人", ...fields }),
    context,
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

  it("refuses a taken account or phone beside the field", async () => {
    const taken = await refusal(register({ account: "ADMIN" }), "VALIDATION");
    expect(taken.fieldErrors).toEqual({ account: ["accountTaken"] });
    const phone = await refusal(register({ account: "fresh_one", phone: "13800000001" }), "VALIDATION");
    expect(phone.fieldErrors).toEqual({ phone: ["phoneTaken"] });
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
