// Next calls register() once when a server starts, before it serves requests.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // First: every request from now on carries its real peer address (lib/http/request-address.ts).
  const { installPeerHeader } = await import("./lib/http/peer-header");
  installPeerHeader();
  const { bootstrapOrExit } = await import("./lib/bootstrap");
  await bootstrapOrExit();
}
