// npm run db:migrate — applies the committed migrations (the server also does this at start).
import { runWithDb } from "./run-with-db";

await runWithDb(async (handle) => {
  console.log(`Migrations applied (${handle.kind}).`);
});
