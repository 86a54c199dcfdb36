import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getActor } from "@/lib/auth/current-actor";
import { requestContextFrom } from "@/lib/auth/request-context";
import type { TActor, TRequestContext } from "@/lib/domain/actor";
import { assertCan, type TPermission } from "@/lib/domain/permissions";
import type { TActionResult } from "./action-result";
import { fieldErrorsOf, toActionError } from "./to-action-error";

/**
 * The one way to write a server action: session → zod → permission → service →
 * typed result. The service checks permission again (it is the authority);
 * the early check here only spares a round of work. A test fails when an
 * exported action does not go through this wrapper or publicAction.
 */
export function authedAction<S extends z.ZodType, R>(
  permission: TPermission | null,
  schema: S,
  handler: (input: z.output<S>, actor: TActor) => Promise<R>,
): (input: z.input<S>) => Promise<TActionResult<R>> {
  return async (input) => {
    try {
      const actor = await getActor();
      if (!actor) {
        const t = await getTranslations("errors");
        return { ok: false, code: "UNAUTHENTICATED", message: t("unauthenticated") };
      }
      const parsed = schema.safeParse(input);
      if (!parsed.success) return await validationFailed(parsed.error);
      if (permission) assertCan(actor, permission);
      return { ok: true, data: await handler(parsed.data, actor) };
    } catch (error) {
      // Next's own control flow (redirect, notFound) passes through; only failures become results.
      unstable_rethrow(error);
      return toActionError(error);
    }
  };
}

/** For the few actions anyone may call before signing in (registration). */
export function publicAction<S extends z.ZodType, R>(
  schema: S,
  handler: (input: z.output<S>, context: TRequestContext) => Promise<R>,
): (input: z.input<S>) => Promise<TActionResult<R>> {
  return async (input) => {
    try {
      const parsed = schema.safeParse(input);
      if (!parsed.success) return await validationFailed(parsed.error);
      return { ok: true, data: await handler(parsed.data, requestContextFrom(await headers())) };
    } catch (error) {
      // Next's own control flow (redirect, notFound) passes through; only failures become results.
      unstable_rethrow(error);
      return toActionError(error);
    }
  };
}

async function validationFailed(error: z.ZodError): Promise<TActionResult<never>> {
  const t = await getTranslations("errors");
  return { ok: false, code: "VALIDATION", message: t("validationFailed"), fieldErrors: fieldErrorsOf(error) };
}
