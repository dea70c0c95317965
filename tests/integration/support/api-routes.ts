/**
 * Calls the app's /api/v1 route handlers in process, the way Next does (a Request and the
 * route's params), so contract tests run against the real handlers and database without a server.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route types its own params
type RouteModule = { GET: (request: Request, context: { params: Promise<any> }) => Promise<Response> };

const ROUTES: [RegExp, string[], () => Promise<RouteModule>][] = [
  [/^\/api\/v1\/units$/, [], () => import("@/app/api/v1/units/route")],
  [/^\/api\/v1\/units\/([^/]+)$/, ["unitCode"], () => import("@/app/api/v1/units/[unitCode]/route")],
  [/^\/api\/v1\/units\/([^/]+)\/reports\/([^/]+)$/, ["unitCode", "year"], () => import("@/app/api/v1/units/[unitCode]/reports/[year]/route")],
  [
    /^\/api\/v1\/units\/([^/]+)\/reports\/([^/]+)\/package\.json$/,
    ["unitCode", "year"],
    () => import("@/app/api/v1/units/[unitCode]/reports/[year]/package.json/route"),
  ],
  [
    /^\/api\/v1\/units\/([^/]+)\/reports\/([^/]+)\/tables\.xlsx$/,
    ["unitCode", "year"],
    () => import("@/app/api/v1/units/[unitCode]/reports/[year]/tables.xlsx/route"),
  ],
  [
    /^\/api\/v1\/units\/([^/]+)\/reports\/([^/]+)\/report\.pdf$/,
    ["unitCode", "year"],
    () => import("@/app/api/v1/units/[unitCode]/reports/[year]/report.pdf/route"),
  ],
  [
    /^\/api\/v1\/units\/([^/]+)\/reports\/([^/]+)\/tables\/([^/]+)$/,
    ["unitCode", "year", "file"],
    () => import("@/app/api/v1/units/[unitCode]/reports/[year]/tables/[file]/route"),
  ],
  [
    /^\/api\/v1\/units\/([^/]+)\/reports\/([^/]+)\/attachments\/([^/]+)$/,
    ["unitCode", "year", "kind"],
    () => import("@/app/api/v1/units/[unitCode]/reports/[year]/attachments/[kind]/route"),
  ],
  [
    /^\/api\/v1\/units\/([^/]+)\/reports\/([^/]+)\/department$/,
    ["unitCode", "year"],
    () => import("@/app/api/v1/units/[unitCode]/reports/[year]/department/route"),
  ],
  [
    /^\/api\/v1\/units\/([^/]+)\/reports\/([^/]+)\/department\/package\.json$/,
    ["unitCode", "year"],
    () => import("@/app/api/v1/units/[unitCode]/reports/[year]/department/package.json/route"),
  ],
  [
    /^\/api\/v1\/units\/([^/]+)\/reports\/([^/]+)\/department\/tables\.xlsx$/,
    ["unitCode", "year"],
    () => import("@/app/api/v1/units/[unitCode]/reports/[year]/department/tables.xlsx/route"),
  ],
  [
    /^\/api\/v1\/units\/([^/]+)\/reports\/([^/]+)\/department\/attachments\/([^/]+)$/,
    ["unitCode", "year", "kind"],
    () => import("@/app/api/v1/units/[unitCode]/reports/[year]/department/attachments/[kind]/route"),
  ],
  [
    /^\/api\/v1\/units\/([^/]+)\/reports\/([^/]+)\/department\/report\.pdf$/,
    ["unitCode", "year"],
    () => import("@/app/api/v1/units/[unitCode]/reports/[year]/department/report.pdf/route"),
  ],
  [
    /^\/api\/v1\/units\/([^/]+)\/reports\/([^/]+)\/department\/tables\/([^/]+)$/,
    ["unitCode", "year", "file"],
    () => import("@/app/api/v1/units/[unitCode]/reports/[year]/department/tables/[file]/route"),
  ],
  [/^\/api\/v1\/reports$/, [], () => import("@/app/api/v1/reports/route")],
  [/^\/api\/v1\/years$/, [], () => import("@/app/api/v1/years/route")],
  [/^\/api\/v1\/status\/([^/]+)$/, ["year"], () => import("@/app/api/v1/status/[year]/route")],
  [/^\/api\/v1\/aggregates$/, [], () => import("@/app/api/v1/aggregates/route")],
  [/^\/api\/v1\/openapi\.json$/, [], () => import("@/app/api/v1/openapi.json/route")],
  [/^\/api\/v1\/open-data\/([^/]+)$/, ["year"], () => import("@/app/api/v1/open-data/[year]/route")],
  [/^\/api\/v1\/open-data\/([^/]+)\/datapackage\.json$/, ["year"], () => import("@/app/api/v1/open-data/[year]/datapackage.json/route")],
  [/^\/api\/v1\/open-data\/([^/]+)\/line-items\.csv$/, ["year"], () => import("@/app/api/v1/open-data/[year]/line-items.csv/route")],
];

/** GET a path (with query) through its route handler; the PDF route is skipped (it needs Chromium and a server). */
export async function apiGet(pathWithQuery: string, headers: Record<string, string> = {}): Promise<Response> {
  const url = new URL(pathWithQuery, "http://gongkai.test");
  for (const [pattern, names, load] of ROUTES) {
    const match = pattern.exec(url.pathname);
    if (!match) continue;
    const params = Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(match[i + 1])]));
    const { GET } = await load();
    return GET(new Request(url, { headers }), { params: Promise.resolve(params) });
  }
  throw new Error(`no route for ${pathWithQuery}`);
}
