"use server";

import { authedAction } from "@/lib/actions/authed-action";
import { changeOwnPassword } from "@/lib/services/users/change-own-password";
import { ZChangeOwnPasswordSchema } from "@/lib/validation/auth";

export const changeOwnPasswordAction = authedAction(null, ZChangeOwnPasswordSchema, (input, actor) =>
  changeOwnPassword(actor, input),
);
