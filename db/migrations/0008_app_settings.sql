CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL
);
--> statement-breakpoint
-- A database where the demo district was loaded before this migration: mark it,
-- and take the shared demo password from the generated department accounts
-- (only the six documented accounts keep it; "!no-password" never verifies).
INSERT INTO "app_settings" ("key", "value")
SELECT 'demo', 'true'::jsonb WHERE EXISTS (SELECT 1 FROM "audit_events" WHERE "action" = 'system.seed_demo');--> statement-breakpoint
UPDATE "users" SET "password_hash" = '!no-password'
WHERE EXISTS (SELECT 1 FROM "app_settings" WHERE "key" = 'demo')
  AND "account" IN ('zfb_head', 'zfb_officer', 'scj_head', 'fgw_head', 'fgw_officer', 'zwfw_head', 'zwfw_officer', 'bb_head', 'bb_officer', 'czj_head', 'czj_officer', 'sjj_head', 'sjj_officer', 'xfj_head', 'xfj_officer', 'rsj_head', 'rsj_officer', 'jtj_head', 'jtj_officer', 'nyj_head', 'nyj_officer', 'wlj_head', 'wlj_officer', 'zrj_head', 'zrj_officer', 'zjj_head', 'zjj_officer', 'jtyj_head', 'jtyj_officer', 'wjw_head', 'wjw_officer', 'yjj_head', 'yjj_officer', 'sthj_head', 'sthj_officer', 'zzb_head', 'zzb_officer', 'xcb_head', 'xcb_officer', 'pyjd_head', 'pyjd_officer', 'byjd_head', 'byjd_officer', 'bbjd_head', 'bbjd_officer', 'zzjd_head', 'zzjd_officer', 'qjjd_head', 'qjjd_officer', 'czjd_head', 'czjd_officer', 'dfjd_head', 'dfjd_officer', 'jsjd_head', 'jsjd_officer', 'lkz_head', 'lkz_officer', 'gtz_head', 'gtz_officer', 'sbz_head', 'sbz_officer', 'xjz_head', 'xjz_officer', 'lzx_head', 'lzx_officer', 'wlx_head', 'wlx_officer', 'sfjx_head', 'sfjx_officer', 'scpx_head', 'scpx_officer');
