import { createSocket } from "node:dgram";
import { hostname } from "node:os";
import type { TCheckpoint } from "@/lib/domain/audit-checkpoint";

/**
 * Sends a checkpoint to a syslog collector (RFC 5424 over UDP, facility
 * local0, severity info): a copy on another host, out of reach of whoever
 * controls this one's database and files.
 */
export function sendToSyslog(target: string, checkpoint: TCheckpoint, at: Date): Promise<void> {
  const url = new URL(target);
  const line = `<134>1 ${at.toISOString()} ${hostname()} dudao - audit-checkpoint - ${JSON.stringify(checkpoint)}`;
  const socket = createSocket(url.hostname.includes(":") ? "udp6" : "udp4");
  return new Promise((resolve, reject) => {
    socket.send(Buffer.from(line), Number(url.port || 514), url.hostname.replace(/^\[|\]$/g, ""), (error) => {
      socket.close();
      if (error) reject(error);
      else resolve();
    });
  });
}
