import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, notInArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { isDemoLoaded } from "@/db/queries/app-settings";
import { appSettings, users } from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/demo-departments";
import { seedDemo } from "@/lib/seed/seed-demo";
import { hashPassword, NO_PASSWORD } from "@/lib/auth/password";
import { shouldLoadDemo } from "@/lib/bootstrap";
import { resetEnvForTests } from "@/lib/env";
import { resetLimitersForTests } from "@/lib/rate-limit/limiters";
import { signIn } from "@/lib/services/auth/sign-in";

// Issue 10, demo safety: 23 demo accounts shared the published password
// (zfb_head among them), and nothing on screen said the data was a demo.
const NOW = new Date("2026-11-27T04:00:00Z");
const SIX = DEMO_ACCOUNTS.map((a) => a.account);
const context = { ip: "192.0.2.10", userAgent: "vitest" };

// Dozens of refused sign-ins from one address on purpose: the throttles are tested elsewhere.
beforeAll(() => {
  for (const name of ["RATE_LIMIT_SIGN_IN_IP", "RATE_LIMIT_SIGN_IN_FAILURES_IP", "RATE_LIMIT_SIGN_IN_ACCOUNT"]) process.env[name] = "off";
  resetEnvForTests();
  resetLimitersForTests();
});

describe("the demo district", () => {
  it("is marked only once it is loaded, and only the six documented accounts can sign in", async () => {
    expect(await isDemoLoaded()).toBe(false);
    await seedDemo({ now: NOW });
    expect(await isDemoLoaded()).toBe(true);

    for (const login of SIX) expect((await signIn({ login, password: DEMO_PASSWORD, method: "account" }, context)).ok, login).toBe(true);
    const db = await getDb();
    const others = await db.select({ account: users.account, hash: users.passwordHash }).from(users).where(notInArray(users.account, SIX));
    expect(others.length).toBeGreaterThan(10);
    expect(others.map((o) => o.account)).toContain("zfb_head");
    for (const other of others) {
      expect(other.hash).toBe(NO_PASSWORD);
      expect(await signIn({ login: other.account, password: DEMO_PASSWORD, method: "account" }, context), other.account).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await signIn({ login: "zfb_head", password: NO_PASSWORD, method: "account" }, context)).toEqual({ ok: false, reason: "invalid" });
  });

  it("is marked, and its extra accounts lose the shared password, in a database loaded before migration 0008", async () => {
    const db = await getDb();
    // The state an older demo database is in: no mark, zfb_head with the demo password.
    await db.delete(appSettings);
    await db.update(users).set({ passwordHash: await hashPassword(DEMO_PASSWORD) }).where(eq(users.account, "zfb_head"));
    expect((await signIn({ login: "zfb_head", password: DEMO_PASSWORD, method: "account" }, context)).ok).toBe(true);

    const migration = readFileSync(path.join(process.cwd(), "db/migrations/0008_app_settings.sql"), "utf8");
    const [, ...dataStatements] = migration.split("--> statement-breakpoint");
    for (const statement of dataStatements) await db.execute(sql.raw(statement));

    expect(await isDemoLoaded()).toBe(true);
    expect((await signIn({ login: "zfb_head", password: DEMO_PASSWORD, method: "account" }, context)).ok).toBe(false);
    expect((await signIn({ login: "sfj_head", password: DEMO_PASSWORD, method: "account" }, context)).ok).toBe(true);
  });
});

describe("loading the demo at start", () => {
  it("happens on the embedded database by default, and on PostgreSQL only with SEED_DEMO=true", () => {
    expect(shouldLoadDemo(undefined, "pglite")).toBe(true);
    expect(shouldLoadDemo(false, "pglite")).toBe(false);
    expect(shouldLoadDemo(undefined, "postgres")).toBe(false);
    expect(shouldLoadDemo(false, "postgres")).toBe(false);
    expect(shouldLoadDemo(true, "postgres")).toBe(true);
  });
});
