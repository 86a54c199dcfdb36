// What must never reach a log line (等保: no secrets or personal data in logs):
// SQL parameters (drizzle's "Failed query: … params: …" carries every value of
// the statement, a new user's argon2id hash among them), PostgreSQL's `detail`
// ("Key (phone)=(13800000001) already exists"), hashes, tokens, passwords and
// phone numbers. Errors are mapped to a safe copy before pino writes them.

const SCRUBBERS: [RegExp, string][] = [
  [/\$argon2(id|i|d)\$[^\s"',)]+/g, "[password hash]"],
  [/\bddt_[\w-]{20,}/g, "[token]"],
  [/\b[0-9a-f]{64}\b/g, "[hash]"],
  [/(?<!\d)1\d{10}(?!\d)/g, "[phone]"],
];

/** Removes SQL parameters and anything that looks like a secret or a phone number from a text. */
export function scrubText(text: string): string {
  // drizzle-orm: `Failed query: <sql>\nparams: <values>` — the statement may stay, its values may not.
  const cut = text.replace(/\nparams: [\s\S]*?(?=\n\s+at |$)/g, "\nparams: [redacted]");
  return SCRUBBERS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), cut);
}

// Only these fields of driver errors are kept: never params/parameters (the
// values), detail or where (PostgreSQL quotes the offending values there).
const SAFE_FIELDS = ["code", "severity", "constraint", "constraint_name", "table", "table_name", "column", "column_name", "routine", "errno", "syscall"];

/** A copy of an error fit for a log: type, scrubbed message and stack, the driver's safe fields, and its cause, likewise. */
export function safeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error) || depth > 4) return { message: scrubText(String(error)) };
  const source = error as Error & Record<string, unknown>;
  const out: Record<string, unknown> = { type: error.name, message: scrubText(error.message) };
  if (error.stack) out.stack = scrubText(error.stack);
  for (const field of SAFE_FIELDS) {
    if (typeof source[field] === "string" || typeof source[field] === "number") out[field] = source[field];
  }
  if (typeof source.query === "string") out.query = scrubText(source.query);
  if (error.cause !== undefined) out.cause = safeError(error.cause, depth + 1);
  return out;
}

/** pino redaction paths: credentials and personal data passed as fields. */
export const REDACT_PATHS = [
  "password",
  "*.password",
  "currentPassword",
  "*.currentPassword",
  "confirmPassword",
  "*.confirmPassword",
  "passwordHash",
  "*.passwordHash",
  "token",
  "*.token",
  "phone",
  "*.phone",
  "params",
  "*.params",
  "headers.authorization",
  "headers.cookie",
  "*.headers.authorization",
  "*.headers.cookie",
];
