// Next calls register() once when a server starts, before it serves requests.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { bootstrap } = await import("./lib/bootstrap");
  try {
    await bootstrap();
  } catch (error) {
    // A server that cannot reach or migrate its database must not limp on
    // answering every request with an error: say why and stop.
    console.error(`Dudao could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
