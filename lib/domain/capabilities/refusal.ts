import { AppError, type TErrorCode, type TFieldErrors } from "@/lib/errors";

/**
 * Why an action is refused: a message key under `errors` (what the user reads),
 * the error code it travels as (what the API answers), and its parameters.
 */
export type TRefusal = {
  code: Extract<TErrorCode, "FORBIDDEN" | "CONFLICT" | "RULE">;
  message: string;
  params?: Record<string, number | string>;
  /** For a refusal about the input: the form field it belongs to. */
  fieldErrors?: TFieldErrors;
};

export type TRefused = { allowed: false; reason: TRefusal };
export type TCapability = { allowed: true } | TRefused;

export const ALLOWED: TCapability = { allowed: true };

export const refuse = (code: TRefusal["code"], message: string, extra: Pick<TRefusal, "params" | "fieldErrors"> = {}): TRefused => ({
  allowed: false,
  reason: { code, message, ...extra },
});

/** The first refusal among checks written in order (role, department, status, rule), or allowed. */
export function firstRefusal(...checks: Array<TCapability | null | false>): TCapability {
  for (const check of checks) if (check && !check.allowed) return check;
  return ALLOWED;
}

/** What a service throws for a refusal: the same message key the page would show. */
export function refusalError({ reason }: TRefused): AppError {
  const { code, message, params, fieldErrors } = reason;
  return new AppError(code, message, { ...(params ? { params } : {}), ...(fieldErrors ? { fieldErrors } : {}) });
}

export function assertAllowed(capability: TCapability): void {
  if (!capability.allowed) throw refusalError(capability);
}
