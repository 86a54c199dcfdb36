import { beforeAll, describe, expect, it } from "vitest";
import { signIn } from "@/lib/services/auth/sign-in";
import { seedDemoData, userRow } from "../support/fixtures";

const PASSWORD = "Demo#2026";
let n = 0;
const freshIp = () => `10.77.0.${++n}`;
const attempt = (login: string, password: string, ip: string) => signIn({ login, password, method: "account" }, { ip, userAgent: "vitest" });

beforeAll(seedDemoData);

describe("attempts left before the lockout", () => {
  it("are told from the third failure on, the same for a real account and a name that does not exist", async () => {
    const real: unknown[] = [];
    const unknown: unknown[] = [];
    const ip = freshIp();
    for (let i = 0; i < 5; i++) {
      real.push(await attempt("leader", `Wrong#${i}`, ip));
      unknown.push(await attempt("no_such_account", `Wrong#${i}`, ip));
    }
    const expected = [undefined, undefined, 2, 1, 0].map((remaining) => ({ ok: false, reason: "invalid", ...(remaining === undefined ? {} : { remaining }) }));
    expect(real).toEqual(expected);
    expect(unknown).toEqual(expected);
    // The real account is locked now, just as announced.
    expect((await userRow("leader")).lockedUntil).not.toBeNull();
    // The count then starts again, for both alike.
    expect(await attempt("leader", PASSWORD, ip)).toEqual(await attempt("no_such_account", PASSWORD, ip));
  });

  it("count per name and address, and start again after a successful sign-in", async () => {
    const ip = freshIp();
    await attempt("supervisor", "Wrong#1", ip);
    await attempt("supervisor", "Wrong#2", ip);
    // Another address, another name: counted apart.
    expect(await attempt("supervisor", "Wrong#3", freshIp())).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("SUPERVISOR ", "Wrong#3", ip)).toEqual({ ok: false, reason: "invalid", remaining: 2 });
    expect((await attempt("supervisor", PASSWORD, ip)).ok).toBe(true);
    expect(await attempt("supervisor", "Wrong#4", ip)).toEqual({ ok: false, reason: "invalid" });
  });
});
