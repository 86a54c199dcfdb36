import { jsonb, pgTable, text } from "drizzle-orm/pg-core";

// Facts about this installation, one row per key: "demo" (true while the demo
// district is loaded: every page then says 演示数据).
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<unknown>().notNull(),
});
