import pino, { type LoggerOptions } from "pino";
import { REDACT_PATHS, safeError } from "./log-hygiene";

// Plain JSON lines on stdout: the format log collectors expect. Errors are
// mapped before they are written (lib/log-hygiene.ts): no SQL parameters,
// hashes, tokens, passwords or phone numbers.
export const loggerOptions: LoggerOptions = {
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "dudao" },
  redact: { paths: REDACT_PATHS, censor: "[redacted]" },
  serializers: { err: (error: unknown) => safeError(error), error: (error: unknown) => safeError(error) },
};

export const logger = pino(loggerOptions);
