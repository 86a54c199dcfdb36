import type { IncomingMessage } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { resetEnvForTests } from "@/lib/env";
import { stampRequest } from "@/lib/http/peer-header";
import { clientAddress, isSecureRequest, PEER_HEADER, requestOrigin, sameOriginUrl } from "@/lib/http/request-address";

const SETTINGS = ["TRUSTED_PROXIES", "APP_URL", "NEXTAUTH_URL"];
function configure(settings: Record<string, string>) {
  for (const name of SETTINGS) delete process.env[name];
  Object.assign(process.env, settings);
  resetEnvForTests();
}
afterEach(() => configure({}));

const FORGED = { "x-forwarded-for": "203.0.113.9", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" };
const from = (peer: string, headers: Record<string, string> = {}) => new Headers({ host: "10.1.2.3:3000", [PEER_HEADER]: peer, ...headers });

describe("clientAddress", () => {
  it("is the direct peer when nobody is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress(from("198.51.100.7", FORGED))).toBe("198.51.100.7");
    expect(clientAddress(from("::ffff:198.51.100.7"))).toBe("198.51.100.7");
  });

  it("walks X-Forwarded-For back through trusted proxies only", () => {
    configure({ TRUSTED_PROXIES: "loopback, 10.0.0.0/8" });
    expect(clientAddress(from("127.0.0.1", { "x-forwarded-for": "203.0.113.9" }))).toBe("203.0.113.9");
    // The client prepended a forged hop; the trusted proxy appended the real one.
    expect(clientAddress(from("127.0.0.1", { "x-forwarded-for": "1.2.3.4, 203.0.113.9, 10.0.0.5" }))).toBe("203.0.113.9");
    expect(clientAddress(from("198.51.100.7", { "x-forwarded-for": "203.0.113.9" }))).toBe("198.51.100.7");
  });

  it("is unknown without a peer, and a forged peer value that is no address is ignored", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9" }))).toBeNull();
    expect(clientAddress(new Headers({ [PEER_HEADER]: "not-an-ip" }))).toBeNull();
  });
});

describe("requestOrigin", () => {
  it("is the Host the browser used, over plain HTTP, when the peer is not trusted", () => {
    expect(requestOrigin(from("198.51.100.7", FORGED))).toBe("http://10.1.2.3:3000");
    expect(isSecureRequest(from("198.51.100.7", FORGED))).toBe(false);
  });

  it("believes X-Forwarded-Host and -Proto from a trusted proxy", () => {
    configure({ TRUSTED_PROXIES: "127.0.0.1" });
    const proxied = from("127.0.0.1", { host: "127.0.0.1:3000", "x-forwarded-host": "dudao.test:8443", "x-forwarded-proto": "https" });
    expect(requestOrigin(proxied)).toBe("https://dudao.test:8443");
    expect(isSecureRequest(proxied)).toBe(true);
    expect(requestOrigin(from("127.0.0.1", { host: "dudao.test", "x-forwarded-proto": "https" }))).toBe("https://dudao.test");
  });

  it("is APP_URL when set, NEXTAUTH_URL as its alias", () => {
    configure({ APP_URL: "https://dudao.example.gov.cn/some/path" });
    expect(requestOrigin(from("198.51.100.7"))).toBe("https://dudao.example.gov.cn");
    configure({ NEXTAUTH_URL: "http://intranet.local:8080" });
    expect(requestOrigin(from("198.51.100.7"))).toBe("http://intranet.local:8080");
  });

  it("turns a malformed Host into an origin no browser sends", () => {
    expect(requestOrigin(from("198.51.100.7", { host: "a b/c" }))).toBe("http://localhost");
  });
});

describe("stampRequest", () => {
  const incoming = (remoteAddress: string, headers: Record<string, string>) =>
    ({ socket: { remoteAddress }, headers: { ...headers } }) as unknown as IncomingMessage;

  it("replaces a client's own peer header with the socket's address and drops untrusted forwarded host and proto", () => {
    const request = incoming("198.51.100.7", { [PEER_HEADER]: "127.0.0.1", ...FORGED });
    stampRequest(request);
    expect(request.headers[PEER_HEADER]).toBe("198.51.100.7");
    expect(request.headers["x-forwarded-host"]).toBeUndefined();
    expect(request.headers["x-forwarded-proto"]).toBeUndefined();
  });

  it("keeps a trusted proxy's forwarded headers", () => {
    configure({ TRUSTED_PROXIES: "loopback" });
    const request = incoming("::ffff:127.0.0.1", FORGED);
    stampRequest(request);
    expect(request.headers["x-forwarded-host"]).toBe("evil.example");
    expect(clientAddress(request.headers as Record<string, string>)).toBe("203.0.113.9");
  });
});

describe("sameOriginUrl (every sign-in and sign-out redirect)", () => {
  it("keeps relative and same-origin URLs on the request's origin and sends anything else home", () => {
    const origin = "https://dudao.test:8443";
    expect(sameOriginUrl("/login?expired=1", origin)).toBe("https://dudao.test:8443/login?expired=1");
    expect(sameOriginUrl("https://dudao.test:8443/tasks/1", origin)).toBe("https://dudao.test:8443/tasks/1");
    expect(sameOriginUrl("http://localhost:3000/login", origin)).toBe("https://dudao.test:8443/");
    expect(sameOriginUrl("//evil.example/login", origin)).toBe("https://dudao.test:8443/");
    expect(sameOriginUrl("https://evil.example/", origin)).toBe("https://dudao.test:8443/");
    expect(sameOriginUrl("http://[bad", origin)).toBe("https://dudao.test:8443/");
  });
});
