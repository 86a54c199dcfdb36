import { clock } from "@/lib/clock";
import { sql } from "drizzle-orm";
import { index, inet, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { departments } from "./departments";
import { roleEnum, userStatusEnum } from "./enums";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Stored lower-case so that sign-in by account is case-insensitive.
    account: text("account").notNull(),
    phone: text("phone"),
    name: text("name").notNull(),
    departmentId: uuid("department_id").references(() => departments.id),
    roles: roleEnum("roles").array().notNull().default(sql`'{}'::role[]`),
    status: userStatusEnum("status").notNull().default("pending"),
    passwordHash: text("password_hash").notNull(),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
    // A registration request's free-text note (who they are, why they need access).
    registrationNote: text("registration_note"),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
  },
  (t) => [
    // Unique among accounts that exist (active or disabled). A registration
    // request may name a taken account or phone: it is stored pending all the
    // same, so that the answer never tells whether they are taken (issue 11);
    // approving it is refused on the conflict, where the admin sees it.
    uniqueIndex("users_account_key").on(t.account).where(sql`${t.status} in ('active', 'disabled')`),
    uniqueIndex("users_phone_key").on(t.phone).where(sql`${t.status} in ('active', 'disabled')`),
    index("users_department_idx").on(t.departmentId),
    index("users_status_idx").on(t.status, t.createdAt),
  ],
);

export const sessions = pgTable(
  "sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    ip: inet("ip"),
    userAgent: text("user_agent"),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    // SHA-256 of the opaque token: a leaked table does not leak usable tokens.
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow().$defaultFn(clock.now),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("api_tokens_hash_key").on(t.tokenHash), index("api_tokens_user_idx").on(t.userId)],
);

export type TUser = typeof users.$inferSelect;
export type TSession = typeof sessions.$inferSelect;
