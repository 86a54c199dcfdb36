import { PASSWORD_MAX_LENGTH } from "@/lib/domain/password-policy";
import { checkPassword } from "@/lib/domain/password-policy";
import { z } from "./zod";

export const ZId = z.uuid({ error: "invalidId" });
export const ZVersion = z.coerce.number().int().positive();

/** A required single-line text: trimmed, 1..max characters. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** An optional text where an empty field means "none" (null). */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const ZAccountName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9_.-]{2,31}$/, { error: "accountFormat" });

// Mainland mobile numbers: 11 digits starting with 1.
export const ZPhone = z
  .string()
  .trim()
  .regex(/^1\d{10}$/, { error: "phoneFormat" });

export const ZOptionalPhone = z
  .union([z.literal(""), ZPhone])
  .nullish()
  .transform((v) => (v ? v : null));

export const ZPassword = z
  .string()
  .max(PASSWORD_MAX_LENGTH)
  .superRefine((value, ctx) => {
    const problem = checkPassword(value);
    if (problem) ctx.addIssue({ code: "custom", message: `password_${problem}` });
  });

export const ZOptionalId = z
  .union([z.literal(""), ZId])
  .nullish()
  .transform((v) => (v ? v : null));
