// npm run db:seed — loads the demo district into an empty database.
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/lib/seed/demo-departments";
import { seedDemo } from "@/lib/seed/seed-demo";
import { runWithDb } from "./run-with-db";

await runWithDb(async () => {
  const result = await seedDemo();
  if (!result.seeded) {
    console.log("The database already has accounts: nothing was loaded.");
    return;
  }
  console.log(`Loaded ${result.departments} departments, ${result.users} accounts, a plan of ${result.goals} goals and ${result.tasks} tasks.`);
  console.log(`Demo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.account).join(", ")}`);
});
