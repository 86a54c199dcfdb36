import type { TApiEndpoint } from "./endpoint";
import { API_ENDPOINTS, API_TAGS } from "./endpoints";
import { API_BASE, openApiDocument } from "./openapi";

// The reference page's view of the OpenAPI document: plain rows, no
// rendering logic. Read from the generated document (not the zod schemas)
// so that the page shows exactly what clients download.

type TJsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  items?: TJsonSchema;
  anyOf?: TJsonSchema[];
  oneOf?: TJsonSchema[];
  properties?: Record<string, TJsonSchema>;
  required?: string[];
  description?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  maxItems?: number;
  default?: unknown;
};

export type TDocField = { name: string; type: string; required: boolean; notes: string };
export type TDocOperation = {
  id: string;
  method: string;
  path: string;
  summary: string;
  description: string | null;
  isPublic: boolean;
  parameters: (TDocField & { in: string })[];
  body: TDocField[];
  responses: { status: string; description: string; schema: string | null }[];
};
export type TDocTag = { name: string; description: string; operations: TDocOperation[] };

/** A schema's type in a few words: "string (uuid)", "Task[]", "integer | null", enums listed. */
export function typeOf(schema: TJsonSchema | undefined): string {
  if (!schema) return "any";
  if (schema.$ref) return schema.$ref.split("/").pop()!;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return [...new Set(variants.map(typeOf))].join(" | ");
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? "any"];
  return types
    .map((type) => (type === "array" ? `${typeOf(schema.items)}[]` : schema.format && type === "string" ? `string (${schema.format})` : type))
    .join(" | ");
}

/** The words of a field's notes, in the reader's language (the page passes its translations). */
export type TNoteWords = {
  maxChars: (n: number) => string;
  maxItems: (n: number) => string;
  defaultValue: (value: string) => string;
  separator: string;
};

function notesOf(schema: TJsonSchema, words: TNoteWords): string {
  const notes: string[] = [];
  if (schema.maxLength !== undefined) notes.push(words.maxChars(schema.maxLength));
  if (schema.minimum !== undefined || schema.maximum !== undefined) notes.push(`${schema.minimum ?? schema.exclusiveMinimum ?? "…"}–${schema.maximum ?? "…"}`);
  if (schema.maxItems !== undefined) notes.push(words.maxItems(schema.maxItems));
  if (schema.default !== undefined) notes.push(words.defaultValue(JSON.stringify(schema.default)));
  if (schema.description) notes.push(schema.description);
  return notes.join(words.separator);
}

function fieldsOf(schema: TJsonSchema | undefined, words: TNoteWords): TDocField[] {
  if (!schema?.properties) return [];
  return Object.entries(schema.properties).map(([name, field]) => ({ name, type: typeOf(field), required: schema.required?.includes(name) ?? false, notes: notesOf(field, words) }));
}

function operationOf(endpoint: TApiEndpoint, words: TNoteWords): TDocOperation {
  const operation = openApiDocument().paths?.[endpoint.path]?.[endpoint.method];
  const body = (operation?.requestBody as { content?: Record<string, { schema?: TJsonSchema }> } | undefined)?.content?.["application/json"]?.schema;
  const parameters = (operation?.parameters ?? []) as { name: string; in: string; required?: boolean; description?: string; schema?: TJsonSchema }[];
  return {
    id: endpoint.operationId,
    method: endpoint.method.toUpperCase(),
    path: `${API_BASE}${endpoint.path}`,
    summary: endpoint.summary,
    description: endpoint.description ?? null,
    isPublic: endpoint.auth === "public",
    parameters: parameters.map((p) => ({ name: p.name, in: p.in, type: typeOf(p.schema), required: p.required ?? false, notes: p.description ?? (p.schema ? notesOf(p.schema, words) : "") })),
    body: fieldsOf(body, words),
    responses: Object.entries(operation?.responses ?? {}).map(([status, response]) => {
      const content = (response as { content?: Record<string, { schema?: TJsonSchema }> }).content ?? {};
      const schema = Object.values(content)[0]?.schema;
      return { status, description: (response as { description?: string }).description ?? "", schema: schema ? typeOf(schema) : null };
    }),
  };
}

export function apiReference(words: TNoteWords): TDocTag[] {
  return API_TAGS.map((tag) => ({
    name: tag.name,
    description: tag.description,
    operations: API_ENDPOINTS.filter((endpoint) => endpoint.tag === tag.name).map((endpoint) => operationOf(endpoint, words)),
  }));
}
