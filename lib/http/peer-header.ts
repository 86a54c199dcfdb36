import http from "node:http";
import { isFromTrustedProxy, PEER_HEADER } from "./request-address";

const INSTALLED = Symbol.for("dudao.peerHeader");
const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"] as const;

/**
 * Stamps each incoming request, before Next sees it, with the socket's peer
 * address in PEER_HEADER, replacing whatever a client sent under that name:
 * the one place where the real connection is known. A request whose peer is
 * not a trusted proxy also loses its X-Forwarded-Host/Proto/Port, so that Next
 * (server actions' origin check) and next-auth (its URLs) fill them from the
 * Host header and the socket instead of believing the client.
 */
export function stampRequest(request: http.IncomingMessage): void {
  const peer = request.socket?.remoteAddress;
  if (peer) request.headers[PEER_HEADER] = peer;
  else delete request.headers[PEER_HEADER];
  let trusted = false;
  try {
    trusted = isFromTrustedProxy(request.headers);
  } catch {
    // Invalid configuration: the server is about to stop (lib/bootstrap.ts); trust nobody meanwhile.
  }
  if (!trusted) for (const name of FORWARDED) delete request.headers[name];
}

/**
 * Called once from instrumentation.ts: Next's HTTP server is created before
 * the app's code loads, so the hook sits on the prototype's emit, where each
 * "request" event passes before the server's own listener runs.
 */
export function installPeerHeader(): void {
  const proto = http.Server.prototype as http.Server & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const emit = proto.emit;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") stampRequest(args[0] as http.IncomingMessage);
    return (emit as (...all: unknown[]) => boolean).call(this, event, ...args);
  } as typeof proto.emit;
}
