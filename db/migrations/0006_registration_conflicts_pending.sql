DROP INDEX "users_account_key";--> statement-breakpoint
DROP INDEX "users_phone_key";--> statement-breakpoint
CREATE UNIQUE INDEX "users_account_key" ON "users" USING btree ("account") WHERE "users"."status" in ('active', 'disabled');--> statement-breakpoint
CREATE UNIQUE INDEX "users_phone_key" ON "users" USING btree ("phone") WHERE "users"."status" in ('active', 'disabled');