import { requiredText, text, ZId } from "./common";
import { z } from "./zod";

import { API_TOKEN_LIFETIMES } from "./limits";

export { API_TOKEN_LIFETIMES };

export const ZCreateApiTokenSchema = z
  .object({
    name: requiredText(60),
    expiresInDays: z.coerce
      .number()
      .int()
      .refine((n) => (API_TOKEN_LIFETIMES as readonly number[]).includes(n), { error: "invalidChoice" }),
    // A token outlives the session (up to a year): whoever makes one proves again who they are.
    currentPassword: text().min(1).max(200),
  })
  .strict();
export type TCreateApiTokenInput = z.input<typeof ZCreateApiTokenSchema>;

export const ZRevokeApiTokenSchema = z.object({ id: ZId }).strict();
