import { requiredText, ZId } from "./common";
import { z } from "./zod";

/** The lifetimes a person may choose for a personal token, in days. */
export const API_TOKEN_LIFETIMES = [7, 30, 90, 365] as const;

export const ZCreateApiTokenSchema = z
  .object({
    name: requiredText(60),
    expiresInDays: z.coerce
      .number()
      .int()
      .refine((n) => (API_TOKEN_LIFETIMES as readonly number[]).includes(n), { error: "invalidChoice" }),
  })
  .strict();
export type TCreateApiTokenInput = z.input<typeof ZCreateApiTokenSchema>;

export const ZRevokeApiTokenSchema = z.object({ id: ZId }).strict();
