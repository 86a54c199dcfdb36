import proxyAddr from "proxy-addr";
import { z } from "zod";

// Configuration is read once and validated, so a typo in a variable stops the
// app at start with a message naming the variable instead of failing later.
const ZBooleanString = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

// A rate limit as "points/seconds" (30/60: 30 per minute), or "off".
const ZRateLimit = z
  .string()
  .regex(/^(off|\d{1,7}\/\d{1,6})$/, 'a rate limit is "points/seconds" (e.g. 30/60) or "off"')
  .transform((v) => {
    if (v === "off") return null;
    const [points, seconds] = v.split("/").map(Number) as [number, number];
    return points > 0 && seconds > 0 ? { points, seconds } : null;
  });

const ZEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  APP_TIMEZONE: z.string().min(1).default("Asia/Shanghai"),
  ORG_NAME: z.string().min(1).max(60).default("梁园区"),
  NOTICE_PREFIX: z.string().min(1).max(10).default("梁法督"),
  // The issuing office printed on notices (the red header and the signature).
  ISSUER_NAME: z.string().min(1).max(60).default("梁园区法治政府建设领导小组办公室"),
  // The signature line of the annual report draft; the unit's name (ORG_NAME) when unset.
  REPORT_SIGNATURE: z.string().min(1).max(80).optional(),
  UPLOAD_DIR: z.string().min(1).default(".data/uploads"),
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(20 * 1024 * 1024),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().positive().default(12),
  // Lifetime of a token issued by POST /api/v1/auth/token (personal tokens choose their own).
  API_TOKEN_HOURS: z.coerce.number().int().positive().max(24 * 366).default(12),
  EXTENSION_MAX_REQUESTS: z.coerce.number().int().min(0).max(20).default(2),
  // 申请办结 with open milestones or progress under 100 %: warned about (false) or refused (true).
  COMPLETION_REQUIRES_ALL_MILESTONES: ZBooleanString.default(false),
  WARNING_DUE_SOON_DAYS: z.coerce.number().int().min(0).max(90).default(7),
  WARNING_BEHIND_POINTS: z.coerce.number().int().min(1).max(100).default(30),
  // JSON overriding the assessment rules' defaults, e.g. {"leadOverdue": -3} (lib/domain/assessment.ts).
  ASSESSMENT_RULES: z.string().optional(),
  LOCKOUT_THRESHOLD: z.coerce.number().int().positive().default(5),
  LOCKOUT_MINUTES: z.coerce.number().int().positive().default(15),
  // Throttling (lib/rate-limit): per client address, per account name, per token.
  RATE_LIMIT_SIGN_IN_IP: ZRateLimit.prefault("60/60"),
  RATE_LIMIT_SIGN_IN_FAILURES_IP: ZRateLimit.prefault("30/900"),
  RATE_LIMIT_SIGN_IN_ACCOUNT: ZRateLimit.prefault("10/900"),
  RATE_LIMIT_REGISTER_IP: ZRateLimit.prefault("5/3600"),
  RATE_LIMIT_PASSWORD_CHANGE: ZRateLimit.prefault("5/900"),
  RATE_LIMIT_API_TOKEN: ZRateLimit.prefault("600/60"),
  RATE_LIMIT_API_IP: ZRateLimit.prefault("1200/60"),
  // The audit log's anchor outside the database (docs/decisions/009-audit-anchor.md).
  AUDIT_SIGNING_KEY: z.string().min(1).optional(),
  AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  AUDIT_CHECKPOINT_EVERY: z.coerce.number().int().min(1).max(1_000_000).default(100),
  AUDIT_CHECKPOINT_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
  // How long a committed audit event may wait for the sealer before audit:verify calls it overdue (ADR 018).
  AUDIT_SEAL_MAX_LAG_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  AUDIT_SYSLOG: z.url({ protocol: /^udp$/ }).optional(),
  SEED_DEMO: ZBooleanString.optional(),
  // When the daily job runs (cron, in APP_TIMEZONE). Whatever fires it, it does its work once a day.
  DAILY_JOB_CRON: z.string().regex(/^\S+( \S+){4}$/, "a cron expression of five fields, e.g. 0 9 * * *").default("0 9 * * *"),
  // The public URL (https://dudao.example.gov.cn); unset: each request's own origin (lib/http/request-address.ts).
  APP_URL: z.url({ protocol: /^https?$/ }).optional(),
  // Reverse proxies whose X-Forwarded-For/Host/Proto are believed: "loopback", addresses, CIDRs, comma-separated.
  TRUSTED_PROXIES: z
    .string()
    .refine((value) => isProxyList(value), "TRUSTED_PROXIES lists addresses, CIDRs, loopback, linklocal or uniquelocal")
    .optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

function isProxyList(value: string): boolean {
  try {
    proxyAddr.compile(value.split(",").map((entry) => entry.trim()).filter(Boolean));
    return true;
  } catch {
    return false;
  }
}

export type TEnv = z.infer<typeof ZEnvSchema>;

let cached: TEnv | undefined;

export function getEnv(): TEnv {
  if (cached) return cached;
  // An empty variable (FOO=) means "not set", as in most deployment tools.
  const present = Object.fromEntries(Object.entries(process.env).filter(([, value]) => value !== ""));
  // next-auth's name for the public URL is accepted as an alias.
  present.APP_URL ??= present.NEXTAUTH_URL;
  const parsed = ZEnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

/** Tests change variables between files; this forgets the validated copy. */
export function resetEnvForTests(): void {
  cached = undefined;
}

export function requireAuthSecret(): string {
  const secret = getEnv().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: `npm start` creates one under .data/, or set it yourself");
  return secret;
}
