// npm run storage:import -- [folder] — copies evidence files from a folder (default UPLOAD_DIR,
// where versions before docs/decisions/019 kept them) into the file store (PostgreSQL with DATABASE_URL).
import { getEnv } from "@/lib/env";
import { importEvidenceFolder } from "@/lib/services/attachments/import-evidence-folder";
import { getFileStore } from "@/lib/storage";
import { runWithDb } from "./run-with-db";

await runWithDb(async () => {
  const folder = process.argv[2] ?? getEnv().UPLOAD_DIR;
  const store = await getFileStore();
  if (store.kind === "folder") {
    console.log(`The embedded database keeps evidence in ${folder} already: nothing to import.`);
    return 0;
  }
  const result = await importEvidenceFolder(folder, store);
  console.log(`Evidence files: ${result.imported} imported from ${folder}, ${result.present} already stored, ${result.missing.length} missing.`);
  for (const sha256 of result.missing) console.log(`  missing: ${sha256}`);
  return result.missing.length > 0 ? 1 : 0;
});
