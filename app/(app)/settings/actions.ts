"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { createPersonalToken } from "@/lib/services/api-tokens/create-personal-token";
import { revokePersonalToken } from "@/lib/services/api-tokens/revoke-personal-token";
import { changeOwnPassword } from "@/lib/services/users/change-own-password";
import { ZCreateApiTokenSchema, ZRevokeApiTokenSchema } from "@/lib/validation/api-tokens";
import { ZChangeOwnPasswordSchema } from "@/lib/validation/auth";

export const changeOwnPasswordAction = authedAction(null, ZChangeOwnPasswordSchema, (input, actor) =>
  changeOwnPassword(actor, input),
);

export const createApiTokenAction = authedAction("token:manage_own", ZCreateApiTokenSchema, async (input, actor) => {
  const created = await createPersonalToken(actor, input);
  return { token: created.token, expiresAt: created.expiresAt.toISOString() };
});

export const revokeApiTokenAction = authedAction("token:manage_own", ZRevokeApiTokenSchema, (input, actor) =>
  revokePersonalToken(actor, input),
);
