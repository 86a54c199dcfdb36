import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { getTableColumns, is, sql } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db";
import * as schema from "@/db/schema";
import { apiTranslator } from "@/lib/api/translator";
import type { TActor } from "@/lib/domain/actor";
import { resetEnvForTests } from "@/lib/env";
import { resetLimitersForTests } from "@/lib/rate-limit/limiters";
import { tokenFor } from "../support/api-client";
import { API, type TApiName } from "../support/api-routes";
import { actorFor, seedDemoData } from "../support/fixtures";
import { makeNotice } from "../support/notice-fixtures";
import { makeTask } from "../support/task-fixtures";
import { FUZZ_SEED, replayable } from "../support/fuzz-seed";
import { callApi } from "../support/api-client";

// Issue 11, "No 5xx on any input": random JSON with hostile keys and strings
// (prototype names, NUL, unpaired surrogates, huge and deeply nested values)
// at every API endpoint and every server action. None may answer 5xx or
// throw, and since every input carries something invalid, no row may change.

// Server actions run outside Next here: the request's headers, the message
// catalogue, the cache and the signed-in actor come from these stand-ins
// (the database, the schemas and the services are the real ones).
const session = vi.hoisted(() => ({ actor: null as TActor | null, failTranslations: 0 }));
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-dudao-peer": "203.0.113.50", "user-agent": "fuzz" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("@/lib/auth/current-actor", () => ({
  getActor: async () => session.actor,
  requireActor: async () => session.actor,
}));
vi.mock("next-intl/server", () => ({
  getLocale: async () => "zh-CN",
  getTranslations: async (namespace?: string) => {
    if (session.failTranslations > 0) {
      session.failTranslations--;
      throw new Error("catalogue unavailable");
    }
    const t = apiTranslator("zh-CN");
    const key = (k: string) => (namespace ? `${namespace}.${k}` : k);
    return Object.assign((k: string, values?: Record<string, string | number>) => t(key(k), values), { has: (k: string) => t.has(key(k)) });
  },
}));

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const root = path.resolve(import.meta.dirname, "../..");

const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "a\u0000b", "\ud800"];
const FIELD_KEYS = ["id", "version", "title", "content", "login", "password", "reason", "percent", "note", "kind", "taskIds", "action", "approve", "name", "account", "phone", "roles", "departmentId", "text", "nodes", "ids", "status", "currentPassword", "expiresInDays", "year", "dueDate"];
const HOSTILE_STRINGS = ["\u0000", "a\u0000b", "\ud800", "\udfff", "x\udc00y", "", " ", "𠀀😀", "1e309", "NaN", "-0", "null", "00000000-0000-0000-0000-00000000000g", "'; drop table users; --", "%00", "\\u0000"];

// Large values are made once: generating them per run would dominate the time.
const HUGE = "长".repeat(300_000);
const deep = (depth: number): unknown => (depth === 0 ? "\u0000" : [deep(depth - 1)]);
const DEEP_ARRAY = deep(3_000);
const DEEP_OBJECT = Array.from({ length: 3_000 }).reduce<unknown>((inner) => ({ constructor: inner }), { __proto__: null });

/** No schema takes it: too long for any field, unsafe characters for any text, NaN as a number. */
const POISON = `${HUGE}\u0000\ud800`;
const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: "binary", maxLength: 40 }).map((s) => `${s}\u0000`), fc.constant(HUGE));
const leaf = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constantFrom(1e308, -1, 2 ** 53 + 1, 0.5));
const anyKey = fc.oneof(fc.constantFrom(...HOSTILE_KEYS, ...FIELD_KEYS), fc.string({ unit: "binary", maxLength: 8 }));
const { value: jsonish } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.constant(DEEP_ARRAY),
    fc.constant(DEEP_OBJECT),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(anyKey, tie("value"), { maxKeys: 5 }),
  ),
}));
/** An object that always holds at least one hostile key (so no schema may accept it), or any other JSON value. */
const hostileInput = fc.oneof(
  fc.tuple(fc.dictionary(anyKey, jsonish, { maxKeys: 6 }), fc.constantFrom(...HOSTILE_KEYS), jsonish).map(([object, key, value]) => {
    Object.defineProperty(object, key, { value, enumerable: true, configurable: true, writable: true });
    return object;
  }),
  // Plausible field names with hostile values: one of them always holds POISON, since
  // a value like "NaN" or "%00" is a fair text (parsing {text: "NaN"} rightly succeeds).
  fc.tuple(fc.dictionary(fc.constantFrom(...FIELD_KEYS), hostileString, { maxKeys: 5 }), fc.constantFrom(...FIELD_KEYS)).map(([object, key]) => {
    Object.defineProperty(object, key, { value: POISON, enumerable: true, configurable: true, writable: true });
    return object;
  }),
  fc.array(jsonish, { maxLength: 3 }),
  leaf,
);

/** Every table's row count, and the sum of versions where rows carry one. */
async function snapshot() {
  const db = await getDb();
  const out: Record<string, string> = {};
  for (const [name, table] of Object.entries(schema)) {
    if (!is(table, PgTable)) continue;
    const versioned = "version" in getTableColumns(table);
    const [row] = await db
      .select({ n: sql<string>`count(*)::text`, v: versioned ? sql<string>`coalesce(sum(version), 0)::text` : sql<string>`'-'` })
      .from(table);
    out[name] = `${row!.n}/${row!.v}`;
  }
  return out;
}

let token: { token: string };
let ids: string[];
let before: Record<string, string>;

beforeAll(async () => {
  // Hundreds of calls from one address would be throttled long before the end.
  process.env.RATE_LIMIT_API_IP = "off";
  process.env.RATE_LIMIT_API_TOKEN = "off";
  resetEnvForTests();
  resetLimitersForTests();
  await seedDemoData();
  token = await tokenFor("supervisor");
  const task = await makeTask("in_progress");
  const notice = await makeNotice([task.id]);
  ids = [task.id, notice.id, "00000000-0000-4000-8000-000000000000"];
  session.actor = await actorFor("admin");
  before = await snapshot();
});

afterAll(() => {
  delete process.env.RATE_LIMIT_API_IP;
  delete process.env.RATE_LIMIT_API_TOKEN;
  resetEnvForTests();
  resetLimitersForTests();
});

describe("fuzzing every API endpoint", () => {
  for (const name of Object.keys(API) as TApiName[]) {
    const { endpoint, handler } = API[name];
    it(`${endpoint.method.toUpperCase()} ${endpoint.path} never answers 5xx`, async () => {
      await replayable(fc.assert(
        fc.asyncProperty(
          endpoint.body ? hostileInput : fc.constant(undefined),
          fc.dictionary(fc.constantFrom("q", "status", "limit", "cursor", "departmentId", "overdue", "warning", "dueBefore", "__proto__"), hostileString.filter((s) => s.length < 2000), { maxKeys: 4 }),
          // A path cannot carry an unpaired surrogate (it cannot be percent-encoded): those are for bodies.
          fc.oneof(fc.constantFrom(...ids), hostileString.filter((s) => s.length < 200 && s.isWellFormed())),
          async (body, query, id) => {
            const answer = await callApi(endpoint, handler, endpoint.auth === "public" ? null : token, {
              params: { id },
              ...(endpoint.method === "get" ? { query } : {}),
              body: body === undefined ? undefined : JSON.stringify(body),
            });
            expect(answer.status, JSON.stringify(answer.json)).toBeLessThan(500);
          },
        ),
        { numRuns: RUNS, seed: FUZZ_SEED },
      ));
    });
  }

  it("changed no row", async () => {
    expect(await snapshot()).toEqual(before);
  });
});

const actionFiles = (function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && /^\s*["']use server["']/m.test(readFileSync(full, "utf8").split("\n").slice(0, 3).join("\n")) ? [full] : [];
  });
})(path.join(root, "app"));

describe("fuzzing every server action", () => {
  it("finds the actions", () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(7);
  });

  for (const file of actionFiles) {
    it(`${path.relative(root, file)}: every action answers a typed refusal, never throws or fails inside`, async () => {
      const actions = Object.entries((await import(/* @vite-ignore */ file)) as Record<string, (input: unknown) => Promise<unknown>>);
      expect(actions.length).toBeGreaterThan(0);
      for (const [name, action] of actions) {
        await replayable(fc.assert(
          fc.asyncProperty(hostileInput, async (input) => {
            const result = (await action(input)) as { ok: boolean; code?: string };
            expect(result.ok, name).toBe(false);
            expect(["VALIDATION", "NOT_FOUND", "FORBIDDEN", "RULE", "CONFLICT"], `${name}: ${JSON.stringify(result)}`).toContain(result.code);
          }),
          { numRuns: Math.ceil(RUNS / 2), seed: FUZZ_SEED },
        ));
      }
    });
  }

  it("answers INTERNAL (never throws) when the refusal itself cannot be built", async () => {
    const { publicAction } = await import("@/lib/actions/authed-action");
    const { z } = await import("@/lib/validation/zod");
    const action = publicAction(z.object({ a: z.string() }).strict(), async () => "done");
    session.failTranslations = 1;
    await expect(action({ a: 1 } as never)).resolves.toMatchObject({ ok: false, code: "INTERNAL" });
  });

  it("changed no row", async () => {
    expect(await snapshot()).toEqual(before);
  });
});
