import http from "node:http";
import type { AddressInfo } from "node:net";
import { and, desc, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as issueToken } from "@/app/api/v1/auth/token/route";
import { getDb } from "@/db";
import { auditEvents } from "@/db/schema";
import { resetEnvForTests } from "@/lib/env";
import { installPeerHeader } from "@/lib/http/peer-header";
import { PEER_HEADER } from "@/lib/http/request-address";
import { isCrossOriginRequest } from "@/lib/http/same-origin";
import { resetLimitersForTests } from "@/lib/rate-limit/limiters";
import { seedDemoData, userRow } from "../support/fixtures";

// Issue 10: the audit log's client address could be forged with
// X-Forwarded-For, and browser writes were refused anywhere but localhost.
// A real HTTP server with the app's peer hook (as `next start` runs it) hands
// each request to the token route or to the same-origin check.

let server: http.Server;
let base: string;

function toRequest(incoming: http.IncomingMessage, body: Buffer): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
  // Like Next, the Request's URL names the server's own address, not the browser's.
  return new Request(`http://localhost:3000${incoming.url}`, { headers, ...(incoming.method ? { method: incoming.method } : {}), ...(incoming.method === "POST" ? { body: new Uint8Array(body) } : {}) });
}

beforeAll(async () => {
  await seedDemoData();
  installPeerHeader();
  server = http.createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      void (async () => {
        const request = toRequest(incoming, Buffer.concat(chunks));
        const response =
          incoming.url === "/api/v1/auth/token" ? await issueToken(request, { params: Promise.resolve({}) }) : Response.json({ crossOrigin: isCrossOriginRequest(request) });
        outgoing.writeHead(response.status, { "content-type": "application/json" });
        outgoing.end(Buffer.from(await response.arrayBuffer()));
      })().catch((error: unknown) => outgoing.destroy(error instanceof Error ? error : new Error(String(error))));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function configure(trustedProxies: string | null) {
  delete process.env.TRUSTED_PROXIES;
  if (trustedProxies) process.env.TRUSTED_PROXIES = trustedProxies;
  resetEnvForTests();
  resetLimitersForTests();
}
afterEach(() => configure(null));

async function signInOverHttp(headers: Record<string, string>): Promise<string | null> {
  const answer = await fetch(`${base}/api/v1/auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ login: "sfj_officer", password: "Demo#2026" }),
  });
  expect(answer.status).toBe(200);
  const db = await getDb();
  const user = await userRow("sfj_officer");
  const [event] = await db
    .select({ ip: auditEvents.ip })
    .from(auditEvents)
    .where(and(eq(auditEvents.action, "auth.token_issued"), eq(auditEvents.actorId, user.id)))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return event!.ip;
}

describe("the client address in the audit log", () => {
  it("is the connection's peer when a client that is no trusted proxy forges X-Forwarded-For and the peer header", async () => {
    configure(null);
    expect(await signInOverHttp({ "x-forwarded-for": "203.0.113.9", [PEER_HEADER]: "198.51.100.1" })).toBe("127.0.0.1");
    configure("10.0.0.0/8");
    expect(await signInOverHttp({ "x-forwarded-for": "203.0.113.9" })).toBe("127.0.0.1");
  });

  it("is the address a trusted proxy forwarded", async () => {
    configure("loopback");
    expect(await signInOverHttp({ "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
    // A forged first hop before the proxy's own entry is passed over.
    expect(await signInOverHttp({ "x-forwarded-for": "192.0.2.66, 203.0.113.10" })).toBe("203.0.113.10");
  });
});

describe("a browser write's origin", () => {
  const check = async (headers: Record<string, string>) =>
    ((await (await fetch(`${base}/check`, { method: "POST", headers, body: "{}" })).json()) as { crossOrigin: boolean }).crossOrigin;

  it("is accepted at 127.0.0.1, where the browser's Origin is the Host it used", async () => {
    expect(await check({ origin: base })).toBe(false);
    expect(await check({ origin: "http://localhost:3000" })).toBe(true);
    expect(await check({ origin: "https://evil.example" })).toBe(true);
  });

  it("follows X-Forwarded-Host and -Proto from a trusted proxy only", async () => {
    const proxied = { origin: "https://dudao.test", "x-forwarded-host": "dudao.test", "x-forwarded-proto": "https" };
    expect(await check(proxied)).toBe(true);
    configure("loopback");
    expect(await check(proxied)).toBe(false);
  });
});
