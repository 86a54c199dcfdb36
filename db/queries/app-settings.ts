import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { appSettings } from "@/db/schema";

/** Whether the demo district is loaded (lib/seed/seed-demo.ts marks it): pages then say 演示数据. */
export async function isDemoLoaded(): Promise<boolean> {
  const db = await getDb();
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, "demo"));
  return row?.value === true;
}
