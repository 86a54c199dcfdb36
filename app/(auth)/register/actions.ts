"use server";

import { publicAction } from "@/lib/actions/authed-action";
import { requestRegistration } from "@/lib/services/users/request-registration";
import { ZRegistrationSchema } from "@/lib/validation/auth";

export const registerAction = publicAction(ZRegistrationSchema, (input, context) => requestRegistration(input, context));
