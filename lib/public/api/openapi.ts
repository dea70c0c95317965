/**
 * The OpenAPI 3.1 document of /api/v1, generated from ENDPOINTS and their zod schemas
 * (zod 4's own JSON Schema output, draft 2020-12, which OpenAPI 3.1 uses as is).
 */
import { z } from "zod";
import { ENDPOINTS, type Endpoint } from "./endpoints";
import { ZError } from "./schemas";

type JsonSchema = Record<string, unknown>;

const ERRORS = {
  "400": "参数有误（年度不是数字、未知的指标或分组、每页条数超过上限等）",
  "404": "不存在或尚未公开（两者的回答相同），或系统中没有该年度",
};

export function buildOpenApi(serverUrl = "/"): Record<string, unknown> {
  // One registry: every schema with a .meta({ id }) lands in components and is referenced by $ref.
  const registry = z.globalRegistry;
  const schemas: Record<string, JsonSchema> = {};
  const ref = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
    const generated = z.toJSONSchema(schema, { target: "draft-2020-12", io, metadata: registry, unrepresentable: "any" });
    // Shared schemas (those with an id) go to components; point their references there.
    const json = JSON.parse(JSON.stringify(generated).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
    const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
    for (const [id, def] of Object.entries(defs)) schemas[id] = def;
    delete json.$defs;
    delete json.$schema;
    delete json.id;
    const id = registry.get(schema)?.id;
    if (id && !("$ref" in json && Object.keys(json).length === 1)) {
      schemas[id] = json;
      return { $ref: `#/components/schemas/${id}` };
    }
    return json;
  };

  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of ENDPOINTS) paths[endpoint.path] = { get: operation(endpoint, ref) };
  const errorRef = ref(ZError, "output");
  for (const p of Object.values(paths)) {
    const responses = (p.get as { responses: Record<string, unknown> }).responses;
    for (const [status, description] of Object.entries(ERRORS)) responses[status] = { description, content: { "application/json": { schema: errorRef } } };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "公开 Gongkai 部门决算公开数据接口",
      version: "1.0.0",
      description: "只返回已公开的报告。金额在 JSON 中为元、两位小数的文本。允许跨域；成功的响应带 ETag，可用 If-None-Match 得到 304。",
    },
    servers: [{ url: serverUrl }],
    paths,
    components: { schemas },
  };
}

function operation(endpoint: Endpoint, ref: (schema: z.ZodType, io: "input" | "output") => JsonSchema) {
  const parameters: unknown[] = [];
  for (const [name, param] of Object.entries(endpoint.pathParams ?? {})) {
    parameters.push({ name, in: "path", required: true, description: param.description, schema: { type: "string", ...(param.pattern ? { pattern: param.pattern } : {}) } });
  }
  if (endpoint.query) {
    for (const [name, field] of Object.entries(endpoint.query.shape)) {
      const schema = ref(field as z.ZodType, "input");
      const optional = (field as z.ZodType).safeParse(undefined).success;
      const { description, ...rest } = schema;
      parameters.push({ name, in: "query", required: !optional, ...(description ? { description } : {}), schema: rest });
    }
  }
  const content =
    endpoint.response instanceof z.ZodType
      ? { "application/json": { schema: ref(endpoint.response, "output") } }
      : { [endpoint.response.mediaType]: { schema: endpoint.response.mediaType === "application/json" ? { type: "object" } : { type: "string", contentMediaType: endpoint.response.mediaType } } };
  return {
    summary: endpoint.summary,
    ...(endpoint.description ? { description: endpoint.description } : {}),
    operationId: operationId(endpoint.path),
    parameters,
    responses: {
      "200": { description: endpoint.response instanceof z.ZodType ? endpoint.summary : endpoint.response.description, content },
      "304": { description: "未变化（If-None-Match 与 ETag 相同）" },
    },
  };
}

/** A stable id from the path: /api/v1/units/{unitCode}/reports/{year} → units_unitCode_reports_year. */
function operationId(path: string): string {
  return path.replace("/api/v1/", "").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "");
}
