import { requiredText, ZAccountName, ZOptionalId, ZOptionalPhone, ZPassword, optionalText, text } from "./common";
import { z } from "./zod";

export const ZSignInSchema = z.object({
  login: requiredText(100),
  password: text().min(1).max(200),
  method: z.enum(["account", "phone"]),
});
export type TSignInInput = z.infer<typeof ZSignInSchema>;

export const ZRegistrationSchema = z
  .object({
    account: ZAccountName,
    name: requiredText(50),
    phone: ZOptionalPhone,
    departmentId: ZOptionalId,
    note: optionalText(500),
    password: ZPassword,
    confirmPassword: text(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], error: "passwordMismatch" });
export type TRegistrationInput = z.input<typeof ZRegistrationSchema>;

export const ZChangeOwnPasswordSchema = z
  .object({
    currentPassword: text().min(1).max(200),
    password: ZPassword,
    confirmPassword: text(),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], error: "passwordMismatch" });
