import { zodToOpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import type { z } from "zod";

/**
 * Names a schema as an OpenAPI component (#/components/schemas/name), on the
 * very instance given: no prototype patching (extendZodWithOpenApi) of the zod
 * that the forms share, and a recursive schema (the plan tree) refers to
 * itself by $ref instead of being unrolled forever.
 */
export function component<S extends z.ZodType>(name: string, schema: S): S {
  zodToOpenAPIRegistry.add(schema, { _internal: { refId: name } } as never);
  return schema;
}
