import { PASSWORD_MAX_LENGTH } from "@/lib/domain/password-policy";
import { checkPassword } from "@/lib/domain/password-policy";
import { z } from "./zod";

export const ZId = z.uuid({ error: "invalidId" });

/** For ids read from a URL: a malformed one is simply "not found", never a query. */
export const isId = (value: string | undefined | null): value is string => ZId.safeParse(value).success;

// NUL cannot be stored in a PostgreSQL text column and an unpaired UTF-16
// surrogate cannot be stored in jsonb (the audit log): either would fail deep
// in a write as a 500. Every text input is built on text(), so both are
// refused at the door as a field error (422) before anything runs.
const UNSAFE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when the string holds neither NUL nor an unpaired surrogate. */
export function isSafeText(value: string): boolean {
  return !UNSAFE_TEXT.test(value);
}

/** The one string schema for input: z.string() that refuses NUL and unpaired surrogates. */
export const text = () => z.string().refine(isSafeText, { error: "invalidCharacters", abort: true });
export const ZVersion = z.coerce.number().int().positive();

/** A required single-line text: trimmed, 1..max characters. */
export const requiredText = (max: number) => text().trim().min(1).max(max);

/** An optional text where an empty field means "none" (null). */
export const optionalText = (max: number) =>
  text()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const ZAccountName = text()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_.-]{2,31}$/, { error: "accountFormat" })
  // Sign-in takes an account name or a phone number in one field: a name
  // that looks like a phone number could be someone else's phone.
  .refine((v) => !/^\d{11}$/.test(v), { error: "accountLooksLikePhone" });

// Mainland mobile numbers: 11 digits starting with 1.
export const ZPhone = text()
  .trim()
  .regex(/^1\d{10}$/, { error: "phoneFormat" });

export const ZOptionalPhone = z
  .union([z.literal(""), ZPhone])
  .nullish()
  .transform((v) => (v ? v : null));

export const ZPassword = text()
  .max(PASSWORD_MAX_LENGTH)
  .superRefine((value, ctx) => {
    const problem = checkPassword(value);
    if (problem) ctx.addIssue({ code: "custom", message: `password_${problem}` });
  });

export const ZOptionalId = z
  .union([z.literal(""), ZId])
  .nullish()
  .transform((v) => (v ? v : null));

/**
 * One URL parameter for a lenient page filter: the first of repeated values,
 * without NUL or unpaired surrogates (dropped, as a bad filter value is), so a
 * hand-edited link shows a list instead of a database error.
 */
export function oneParam(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : first.replace(new RegExp(UNSAFE_TEXT.source, "g"), "");
}
