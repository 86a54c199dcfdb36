import pino from "pino";

// Plain JSON lines on stdout: the format log collectors expect.
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { app: "dudao" },
  redact: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"],
});
