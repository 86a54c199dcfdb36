import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import pino from "pino";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db";
import { loggerOptions } from "@/lib/logger";
import { requestRegistration } from "@/lib/services/users/request-registration";
import { ZRegistrationSchema } from "@/lib/validation/auth";
import { seedDemoData } from "../support/fixtures";

// Finding 5 of issue 11: a failed registration wrote the new user's argon2id hash (a query parameter) to the log.
function capturingLogger() {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: pino({ ...loggerOptions, level: "info" }, sink), text: () => lines.join("") };
}

beforeAll(async () => {
  await seedDemoData();
  // A constraint only this test's registration breaks, so that its INSERT fails in the database.
  await (await getDb()).execute(sql`alter table users add constraint log_probe check (name <> '日志探针')`);
});

describe("logs", () => {
  it("carry no SQL parameters, hashes, passwords or phone numbers of a failed registration", async () => {
    const input = ZRegistrationSchema.parse({ account: "log_probe", name: "日志探针", phone: "13912345678", password: "Probe#2026x", confirmPassword: "Probe#2026x" });
    const error = await requestRegistration(input, { ip: "203.0.113.9", userAgent: "vitest" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    // The raw error does carry the secrets: this is what must not be written.
    expect(String((error as Error).message)).toContain("$argon2id$");

    const { log, text } = capturingLogger();
    // As lib/http/problem.ts and lib/actions/to-action-error.ts log an unexpected error.
    log.error({ err: error }, "server action failed");
    log.info({ login: "someone", password: "Probe#2026x", phone: "13912345678", user: { passwordHash: "$argon2id$v=19$m=1$x$y", token: "ddt_abc" } }, "fields");
    const written = text();
    expect(written).toContain("Failed query");
    expect(written).toContain("log_probe"); // the constraint's name stays: it says what failed
    for (const secret of ["$argon2id$", "13912345678", "Probe#2026x", "ddt_abc", "params: [\""]) expect(written, secret).not.toContain(secret);
  });
});
