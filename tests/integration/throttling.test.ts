import { count, eq } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb, getDbHandle } from "@/db";
import { rateLimits, users } from "@/db/schema";
import { withThrottleStatus } from "@/lib/auth/throttled-response";
import { resetEnvForTests } from "@/lib/env";
import { PEER_HEADER } from "@/lib/http/request-address";
import { resetLimitersForTests } from "@/lib/rate-limit/limiters";
import { issueLoginToken } from "@/lib/services/auth/issue-login-token";
import { signIn } from "@/lib/services/auth/sign-in";
import { changeOwnPassword } from "@/lib/services/users/change-own-password";
import { requestRegistration } from "@/lib/services/users/request-registration";
import { ZRegistrationSchema } from "@/lib/validation/auth";
import { tokenFor } from "../support/api-client";
import { call } from "../support/api-routes";
import { actorFor, refusal, seedDemoData } from "../support/fixtures";

// Finding 1 of issue 11: nothing was throttled.
const PASSWORD = "Demo#2026";
const SETTINGS = [
  "RATE_LIMIT_SIGN_IN_IP",
  "RATE_LIMIT_SIGN_IN_FAILURES_IP",
  "RATE_LIMIT_SIGN_IN_ACCOUNT",
  "RATE_LIMIT_REGISTER_IP",
  "RATE_LIMIT_PASSWORD_CHANGE",
  "RATE_LIMIT_API_TOKEN",
  "RATE_LIMIT_API_IP",
];

function configure(settings: Record<string, string>) {
  for (const name of SETTINGS) delete process.env[name];
  Object.assign(process.env, settings);
  resetEnvForTests();
  resetLimitersForTests();
}

let nextIp = 1;
const freshIp = () => `198.51.100.${nextIp++}`;
const at = (ip: string) => ({ ip, userAgent: "vitest" });

beforeAll(seedDemoData);
afterEach(() => configure({}));

describe("sign-in throttles (both doors)", () => {
  it("refuse a flood from one address with 429, and not another address", async () => {
    configure({ RATE_LIMIT_SIGN_IN_IP: "5/60" });
    const ip = freshIp();
    for (let i = 0; i < 5; i++) expect((await signIn({ login: "nobody", password: "x", method: "account" }, at(ip))).ok).toBe(false);
    const error = await refusal(signIn({ login: "admin", password: PASSWORD, method: "account" }, at(ip)), "THROTTLED");
    expect((error as unknown as { params: { seconds: number } }).params.seconds).toBeGreaterThan(0);
    expect((await signIn({ login: "admin", password: PASSWORD, method: "account" }, at(freshIp()))).ok).toBe(true);
  });

  it("trip on one password tried against many accounts from one address (failures per address)", async () => {
    configure({ RATE_LIMIT_SIGN_IN_FAILURES_IP: "4/900" });
    const ip = freshIp();
    const accounts = ["admin", "supervisor", "leader", "sfj_head"];
    for (const login of accounts) expect(await issueLoginToken({ login, password: "Spray#2026" }, at(ip))).toEqual({ ok: false, reason: "invalid" });
    // No account reached its lockout (5), yet the address is stopped, also for a right password.
    for (const login of accounts) expect((await import("../support/fixtures").then((f) => f.userRow(login))).lockedUntil).toBeNull();
    await refusal(issueLoginToken({ login: "sfj_officer", password: PASSWORD }, at(ip)), "THROTTLED");
    expect((await issueLoginToken({ login: "sfj_officer", password: PASSWORD }, at(freshIp()))).ok).toBe(true);
  });

  it("count attempts per account name, for unknown names alike", async () => {
    configure({ RATE_LIMIT_SIGN_IN_ACCOUNT: "3/900" });
    for (const login of ["scj_officer", "no_such_user"]) {
      for (let i = 0; i < 3; i++) await signIn({ login, password: "Wrong#1", method: "account" }, at(freshIp()));
      await refusal(signIn({ login: login.toUpperCase(), password: "Wrong#1", method: "account" }, at(freshIp())), "THROTTLED");
    }
  });

  it("answer POST /auth/token with 429, Retry-After and a Chinese problem", async () => {
    configure({ RATE_LIMIT_SIGN_IN_IP: "2/60" });
    const headers = { [PEER_HEADER]: freshIp() };
    for (let i = 0; i < 2; i++) expect((await call("issueToken", null, { body: { login: "nobody", password: "x" }, headers })).status).toBe(401);
    const answer = await call("issueToken", null, { body: { login: "admin", password: PASSWORD }, headers });
    expect(answer.status).toBe(429);
    expect(Number(answer.response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(answer.json.detail).toMatch(/^操作过于频繁，请在 \d+ 秒后再试$/);
  });

  it("turn the web sign-in's throttled refusal into a 429 with Retry-After", async () => {
    const refused = Response.json({ url: "http://dudao.test/api/auth/error?error=throttled%3A42" }, { status: 401 });
    const answer = await withThrottleStatus(refused);
    expect(answer.status).toBe(429);
    expect(answer.headers.get("retry-after")).toBe("42");
    expect(await answer.json()).toEqual({ url: "http://dudao.test/api/auth/error?error=throttled%3A42" });
    const wrong = Response.json({ url: "http://dudao.test/api/auth/error?error=invalid" }, { status: 401 });
    expect((await withThrottleStatus(wrong)).status).toBe(401);
  });
});

describe("registration and password change", () => {
  it("limit registrations per address", async () => {
    configure({ RATE_LIMIT_REGISTER_IP: "2/3600" });
    const ip = freshIp();
    const request = (i: number) =>
      requestRegistration(ZRegistrationSchema.parse({ account: `flood_${ip.replaceAll(".", "_")}_${i}`, name: "注册者", password: "Reg#2026x", confirmPassword: "Reg#2026x" }), at(ip));
    await request(1);
    await request(2);
    const db = await getDb();
    const [before] = await db.select({ n: count() }).from(users);
    await refusal(request(3), "THROTTLED");
    const [after] = await db.select({ n: count() }).from(users);
    expect(after!.n).toBe(before!.n);
  });

  it("limit password changes per account (guessing the current password)", async () => {
    configure({ RATE_LIMIT_PASSWORD_CHANGE: "2/900" });
    const actor = await actorFor("leader");
    for (let i = 0; i < 2; i++) {
      await refusal(changeOwnPassword(actor, { currentPassword: `guess-${i}`, password: "New#Pass2026", confirmPassword: "New#Pass2026" }), "VALIDATION");
    }
    await refusal(changeOwnPassword(actor, { currentPassword: PASSWORD, password: "New#Pass2026", confirmPassword: "New#Pass2026" }), "THROTTLED");
  });
});

describe("the API as a whole", () => {
  it("is limited per token, and per address", async () => {
    configure({ RATE_LIMIT_API_TOKEN: "3/60" });
    const first = await tokenFor("supervisor");
    const second = await tokenFor("supervisor");
    const headers = { [PEER_HEADER]: freshIp() };
    for (let i = 0; i < 3; i++) expect((await call("getMe", first, { headers })).status).toBe(200);
    const refused = await call("getMe", first, { headers });
    expect(refused.status).toBe(429);
    expect(refused.response.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(refused.json.detail).toMatch(/^操作过于频繁/);
    expect((await call("getMe", second, { headers })).status).toBe(200);

    configure({ RATE_LIMIT_API_IP: "2/60" });
    const ip = { [PEER_HEADER]: freshIp() };
    expect((await call("getMe", first, { headers: ip })).status).toBe(200);
    expect((await call("getMe", second, { headers: ip })).status).toBe(200);
    expect((await call("getMe", second, { headers: ip })).status).toBe(429);
    expect((await call("getMe", second, { headers: { [PEER_HEADER]: freshIp() } })).status).toBe(200);
  });

  it("keeps its counts in PostgreSQL, where instances share them", async () => {
    const handle = await getDbHandle();
    configure({ RATE_LIMIT_API_TOKEN: "50/60" });
    const token = await tokenFor("leader");
    await call("getMe", token);
    const db = await getDb();
    const rows = await db.select().from(rateLimits).where(eq(rateLimits.key, "apiIp:unknown"));
    // PGlite is one process: its limits live in memory there (RateLimiterMemory).
    expect(rows).toHaveLength(handle.kind === "postgres" ? 1 : 0);
    if (handle.kind === "postgres") {
      const all = await db.select({ key: rateLimits.key }).from(rateLimits);
      // A bearer token is kept as a hash, never as itself.
      expect(all.map((r) => r.key).join(" ")).not.toContain(token.token);
      // Unlogged (migration 0023): a counter's commit does not wait for the disk.
      const [table] = await handle.client<{ persistence: string }[]>`select relpersistence as persistence from pg_class where relname = 'rate_limits'`;
      expect(table!.persistence).toBe("u");
    }
  });
});
