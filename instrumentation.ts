// Next calls register() once when a server starts, before it serves requests.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootstrapOrExit } = await import("./lib/bootstrap");
  await bootstrapOrExit();
}
