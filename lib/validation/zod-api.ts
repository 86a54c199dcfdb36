// The part of zod the schemas use, named one by one. `import { z } from "zod"` hands the
// bundler zod's whole namespace — every locale included, 89 kB gzip in each form page's
// first load (issue 17) — because a namespace object cannot be tree-shaken member by member.
export {
  array,
  boolean,
  coerce,
  config,
  enum,
  iso,
  literal,
  never,
  null,
  number,
  object,
  record,
  string,
  tuple,
  union,
  unknown,
  url,
  uuid,
  ZodError,
  ZodObject,
  ZodType,
} from "zod";
export type { infer, input, output, ZodSafeParseResult } from "zod";
