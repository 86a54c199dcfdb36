import type { z } from "zod";

export type THttpMethod = "get" | "post" | "put";
/** Who may call: anyone (the token exchange), or a signed-in caller (token or session cookie). */
export type TEndpointAuth = "public" | "signed_in";

/**
 * One endpoint of the public API, described once: the route handler's wiring
 * (lib/api/route.ts) and the OpenAPI document (lib/api/openapi.ts) both read it.
 */
export type TApiEndpoint<
  P extends z.ZodObject = z.ZodObject,
  Q extends z.ZodObject = z.ZodObject,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> = {
  operationId: string;
  method: THttpMethod;
  /** OpenAPI style, under /api/v1: "/tasks/{id}". */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  auth: TEndpointAuth;
  params?: P;
  query?: Q;
  body?: B;
  /** The body may be left out (or empty): it then reads as `{}` (docs/product.md: sign, close). */
  bodyOptional?: boolean;
  success: { status: 200 | 201; description: string; schema: R };
  /** Another representation of the success answer, chosen by Accept or ?format= (the annual report as .docx). */
  alternate?: { mediaType: string; description: string };
  /** The refusals this endpoint can answer besides 400/413 for a bad body and 503. */
  errors: readonly (401 | 403 | 404 | 409 | 422)[];
};

export function defineEndpoint<P extends z.ZodObject, Q extends z.ZodObject, B extends z.ZodType, R extends z.ZodType>(
  endpoint: TApiEndpoint<P, Q, B, R>,
): TApiEndpoint<P, Q, B, R> {
  return endpoint;
}
