import { isAppError, type TErrorCode } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { messageText, type TTranslator } from "@/lib/messages";

/** RFC 9457 problem details, as every API route answers a refusal. */
export type TProblem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
};

export type { TTranslator } from "@/lib/messages";

const TITLES: Record<TErrorCode | "BAD_REQUEST" | "TOO_LARGE", string> = {
  BAD_REQUEST: "Bad Request",
  UNAUTHENTICATED: "Unauthenticated",
  FORBIDDEN: "Forbidden",
  NOT_FOUND: "Not Found",
  TOO_LARGE: "Content Too Large",
  CONFLICT: "Conflict",
  VALIDATION: "Validation Failed",
  RULE: "Rule Not Met",
  THROTTLED: "Too Many Requests",
  UNAVAILABLE: "Service Unavailable",
  INTERNAL: "Internal Server Error",
};

export type TProblemCode = keyof typeof TITLES;

export function problemOf(
  code: TProblemCode,
  status: number,
  detailKey: string,
  options: { t?: TTranslator | undefined; params?: Record<string, string | number> | undefined } = {},
): TProblem {
  return {
    type: `urn:dudao:problem:${code.toLowerCase().replaceAll("_", "-")}`,
    title: TITLES[code],
    status,
    // Without a translator (or for an unknown key) the key itself: clients may translate it.
    detail: messageText(options.t, "errors", detailKey, options.params ? { params: options.params } : {}),
  };
}

/**
 * Any error a route caught, as problem details: an AppError keeps its status
 * and message; anything else is logged and shown as a plain 500, never with
 * its internals. Field errors ("tooLong:200" style keys) become `errors`.
 */
export function toProblem(error: unknown, t?: TTranslator): TProblem {
  if (!isAppError(error)) {
    logger.error({ err: error }, "request failed");
    return problemOf("INTERNAL", 500, "generic", { t });
  }
  const problem = problemOf(error.code, error.status, error.messageKey, { t, params: error.params });
  if (!error.fieldErrors) return problem;
  const errors = Object.entries(error.fieldErrors).flatMap(([path, keys]) =>
    keys.map((message) => ({ path, message: messageText(t, "validation", message) })),
  );
  return { ...problem, errors };
}

export function problemJson(problem: TProblem): Response {
  return Response.json(problem, {
    status: problem.status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store" },
  });
}

export function problemResponse(error: unknown, t?: TTranslator): Response {
  return problemJson(toProblem(error, t));
}
