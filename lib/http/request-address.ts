import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import proxyAddr from "proxy-addr";
import { getEnv } from "@/lib/env";

/**
 * The address of the direct peer (the TCP connection's other end), set by
 * the server on every incoming request (lib/http/peer-header.ts) over any
 * value a client sent. Route handlers and pages cannot reach the socket;
 * they read this header instead.
 */
export const PEER_HEADER = "x-dudao-peer";

export type THeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

function header(source: THeaderSource, name: string): string | null {
  if (typeof (source as { get?: unknown }).get === "function") {
    return (source as { get(name: string): string | null }).get(name);
  }
  const value = (source as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value.join(", ") : (value ?? null);
}

/** "::ffff:10.0.0.1" (an IPv4 client of a dual-stack socket) reads as 10.0.0.1. */
function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

type TTrust = (address: string, hop: number) => boolean;
let compiled: { source: string; trust: TTrust } | undefined;

/** TRUSTED_PROXIES (proxy-addr's vocabulary: "loopback", CIDRs, addresses), compiled once per value. */
function trust(): TTrust {
  const source = getEnv().TRUSTED_PROXIES ?? "";
  if (compiled?.source !== source) {
    const list = source.split(",").map((entry) => entry.trim()).filter(Boolean);
    compiled = { source, trust: list.length ? proxyAddr.compile(list) : () => false };
  }
  return compiled.trust;
}

function peerOf(headers: THeaderSource): string | null {
  const peer = header(headers, PEER_HEADER)?.trim();
  return peer && isIP(peer) ? peer : null;
}

/** Whether the direct peer is one of TRUSTED_PROXIES: only then are its X-Forwarded-* headers believed. */
export function isFromTrustedProxy(headers: THeaderSource): boolean {
  const peer = peerOf(headers);
  return peer !== null && trust()(peer, 0);
}

/**
 * The client's address: the direct peer, or — walking X-Forwarded-For from
 * the right — the first hop that is not a trusted proxy. A client's own
 * X-Forwarded-For counts for nothing unless it came through trusted proxies.
 * Null when the peer is unknown (a request that did not come over a socket).
 */
export function clientAddress(headers: THeaderSource): string | null {
  const peer = peerOf(headers);
  if (!peer) return null;
  const forwardedFor = header(headers, "x-forwarded-for") ?? undefined;
  const request = { socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: { "x-forwarded-for": forwardedFor } };
  const address = proxyAddr(request as unknown as IncomingMessage, trust());
  return isIP(address) ? plainAddress(address) : plainAddress(peer);
}

/** The first value of a comma-joined forwarded header (a proxy chain appends). */
function firstValue(value: string | null): string | null {
  const first = value?.split(",")[0]?.trim();
  return first || null;
}

const HOST = /^[a-z0-9.\-_[\]:]+$/i;

/**
 * The origin the browser used to reach this server: APP_URL when set (its
 * alias NEXTAUTH_URL too); otherwise the Host header, or X-Forwarded-Host and
 * X-Forwarded-Proto when the direct peer is a trusted proxy. The app itself
 * serves plain HTTP, so HTTPS is known only from a trusted proxy.
 */
export function requestOrigin(headers: THeaderSource): string {
  const configured = getEnv().APP_URL;
  if (configured) return new URL(configured).origin;
  const trusted = isFromTrustedProxy(headers);
  const forwardedHost = trusted ? firstValue(header(headers, "x-forwarded-host")) : null;
  const forwardedProto = trusted ? firstValue(header(headers, "x-forwarded-proto"))?.toLowerCase() : null;
  const host = forwardedHost ?? firstValue(header(headers, "host")) ?? "localhost";
  const protocol = forwardedProto === "https" ? "https" : "http";
  try {
    if (HOST.test(host)) return new URL(`${protocol}://${host}`).origin;
  } catch {
    // A malformed Host falls through: such a request matches no browser's Origin.
  }
  return `${protocol}://localhost`;
}

/** Whether the browser's connection was HTTPS (directly, or to a trusted proxy). */
export function isSecureRequest(headers: THeaderSource): boolean {
  return requestOrigin(headers).startsWith("https://");
}

/** `url` when it is relative or on `origin`, as an absolute URL on `origin`; anything else: the home page. */
export function sameOriginUrl(url: string, origin: string): string {
  try {
    const resolved = new URL(url, origin);
    return resolved.origin === origin ? resolved.href : `${origin}/`;
  } catch {
    return `${origin}/`;
  }
}
