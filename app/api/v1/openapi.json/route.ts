import { openApiDocument } from "@/lib/api/openapi";

/** The OpenAPI 3.1 document: public (docs/product.md), generated from the endpoint descriptions. */
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
