// One error type for every refusal a service can give. The code decides the
// HTTP status in the API and the message key decides what the user reads.
export const ERROR_CODES = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VALIDATION: 422,
  RULE: 422,
  THROTTLED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type TErrorCode = keyof typeof ERROR_CODES;
export type TFieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: TErrorCode;
  /** A key under `errors` in the message catalogue. */
  readonly messageKey: string;
  readonly params: Record<string, string | number>;
  readonly fieldErrors?: TFieldErrors | undefined;

  constructor(
    code: TErrorCode,
    messageKey: string,
    options: { params?: Record<string, string | number> | undefined; fieldErrors?: TFieldErrors | undefined; cause?: unknown } = {},
  ) {
    super(`${code}: ${messageKey}`, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.messageKey = messageKey;
    this.params = options.params ?? {};
    this.fieldErrors = options.fieldErrors;
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

export const notFound = (what = "notFound") => new AppError("NOT_FOUND", what);
export const forbidden = () => new AppError("FORBIDDEN", "forbidden");
export const staleVersion = () => new AppError("CONFLICT", "staleVersion");

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
