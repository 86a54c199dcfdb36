import { bigint, integer, pgTable, varchar } from "drizzle-orm/pg-core";

// rate-limiter-flexible's PostgreSQL store (lib/rate-limit): one row per
// limiter key ("sign_in_ip:203.0.113.7"), points used and when the window
// ends (epoch ms). The library inserts by position, so the column order is its
// own; the table is made here by a migration instead of by the library at run time.
// Unlogged (migration 0023): counters need no WAL flush per request, and a
// crash only resets the current window.
export const rateLimits = pgTable("rate_limits", {
  key: varchar("key", { length: 255 }).primaryKey(),
  points: integer("points").notNull().default(0),
  expire: bigint("expire", { mode: "number" }),
});
