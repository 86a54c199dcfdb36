import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import type { TApiEndpoint } from "./endpoint";
import { API_ENDPOINTS, API_TAGS } from "./endpoints";
import { ZProblemSchema } from "./schemas/common";

export const API_BASE = "/api/v1";

const STATUS_TEXT: Record<number, string> = {
  400: "请求体不是 JSON（或为空） · Body is not JSON (or empty)",
  401: "未提供有效凭据 · No valid credentials",
  403: "角色无权执行，或跨站的 Cookie 请求 · The role may not, or a cross-site cookie request",
  404: "不存在或无权查看 · Not found, or not visible to the caller",
  409: "版本已过期，或当前状态不允许 · Stale version, or not allowed in the current status",
  413: "请求体超过 1 MB · Body over 1 MB",
  422: "输入无效或不满足规则 · Invalid input or unmet rule",
  429: "请求过于频繁，Retry-After 头给出等待秒数 · Too many requests; Retry-After gives the seconds to wait",
  503: "数据库暂不可用 · Database unavailable",
};

const problem = (status: number) => ({
  description: STATUS_TEXT[status] ?? String(status),
  content: { "application/problem+json": { schema: ZProblemSchema } },
});

function register(registry: OpenAPIRegistry, endpoint: TApiEndpoint) {
  // Every signed-in endpoint may answer 401 and 403 (a cookie from a foreign Origin); every body may be unreadable or too large;
  // every endpoint is throttled (429).
  const statuses = [...endpoint.errors, ...(endpoint.auth === "signed_in" ? [401, 403] : []), ...(endpoint.body ? [400, 413, 422] : []), 429, 503];
  registry.registerPath({
    method: endpoint.method,
    path: endpoint.path,
    operationId: endpoint.operationId,
    tags: [endpoint.tag],
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    security: endpoint.auth === "public" ? [] : [{ bearerAuth: [] }, { sessionCookie: [] }],
    request: {
      ...(endpoint.params ? { params: endpoint.params } : {}),
      ...(endpoint.query ? { query: endpoint.query } : {}),
      ...(endpoint.body ? { body: { required: !endpoint.bodyOptional, content: { "application/json": { schema: endpoint.body } } } } : {}),
    },
    responses: {
      [endpoint.success.status]: {
        description: endpoint.alternate ? `${endpoint.success.description}; ${endpoint.alternate.description}` : endpoint.success.description,
        content: {
          "application/json": { schema: endpoint.success.schema },
          ...(endpoint.alternate ? { [endpoint.alternate.mediaType]: { schema: { type: "string", contentMediaType: endpoint.alternate.mediaType } } } : {}),
        },
      },
      ...Object.fromEntries([...new Set(statuses)].sort((a, b) => a - b).map((status) => [status, problem(status)])),
    },
  });
}

let cached: ReturnType<OpenApiGeneratorV31["generateDocument"]> | undefined;

/** The OpenAPI 3.1 document, generated from the same endpoint descriptions the route handlers use. */
export function openApiDocument() {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "bearerAuth", { type: "http", scheme: "bearer", description: "POST /auth/token" });
  registry.registerComponent("securitySchemes", "sessionCookie", { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The web UI's session (same-origin requests only)" });
  for (const endpoint of API_ENDPOINTS) register(registry, endpoint);
  cached = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Dudao 督导 API",
      version: "1.0.0",
      description: "法治政府建设督导平台的公开接口。JSON; errors are application/problem+json (RFC 9457); messages in Chinese unless Accept-Language prefers English.",
    },
    servers: [{ url: API_BASE }],
    tags: API_TAGS.map((tag) => ({ ...tag })),
  });
  return cached;
}
