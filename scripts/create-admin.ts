// npm run admin:create -- --account wang --name 王管理 [--phone 13800000000]
// The password is read from ADMIN_PASSWORD or asked for on the terminal.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { isAppError } from "@/lib/errors";
import { createAdminFromCli, ZCliAdminSchema } from "@/lib/services/users/create-admin-from-cli";
import { runWithDb } from "./run-with-db";

const { values } = parseArgs({ options: { account: { type: "string" }, name: { type: "string" }, phone: { type: "string" } } });

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const answer = await rl.question("Password (8+ characters, 3 of: upper, lower, digit, symbol): ");
  rl.close();
  return answer;
}

await runWithDb(async () => {
  const parsed = ZCliAdminSchema.safeParse({ ...values, password: await askPassword() });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`  --${issue.path.join(".")}: ${issue.message}`);
    return 1;
  }
  try {
    const user = await createAdminFromCli(parsed.data);
    console.log(`Administrator ${parsed.data.account} created (${user.id}).`);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      console.error(`Refused: ${JSON.stringify(error.fieldErrors ?? error.messageKey)}`);
      return 1;
    }
    throw error;
  }
});
