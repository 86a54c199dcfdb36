import type { TErrorCode, TFieldErrors } from "@/lib/errors";

/** What every server action returns: data, or a refusal the form can show. */
export type TActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: TErrorCode; message: string; fieldErrors?: TFieldErrors | undefined };
