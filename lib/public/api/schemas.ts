/**
 * The /api/v1 contract: one zod schema per response and per query. The routes shape their JSON
 * through these (lib/public/api-json.ts, `jsonResponse`) and the OpenAPI document
 * (./openapi.ts) is generated from them, so the two cannot drift apart.
 */
import { z } from "zod";
import { AGGREGATE_ORDERS, GROUP_BY_KEYS, GROUP_BYS, MEASURE_KEYS, MEASURES } from "./aggregates";
import { ZPageMeta, ZPageQuery } from "./paging";

export const ZAmountText = z.string().regex(/^-?\d+\.\d{2}$/).describe("金额，元，两位小数的文本").meta({ examples: ["2189400.00"] });
const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).describe("日期 YYYY-MM-DD");
const ZDateTime = z.string().describe("时间，ISO 8601（UTC）");
const ZTimeliness = z.enum(["onTime", "late", "pending", "overdue"]).describe("onTime 按时公开；late 逾期后公开；pending 未公开、未到期限；overdue 逾期未公开");
const DEMO_NOTICE = z.string().optional().describe("示例数据单位的提示");

export const ZError = z
  .object({
    error: z.object({
      code: z.string().describe("BAD_REQUEST、NOT_FOUND、INTERNAL 等"),
      message: z.string().describe("中文说明"),
    }),
  })
  .meta({ id: "Error" });

export const ZUnit = z
  .object({
    code: z.string().describe("单位编码"),
    name: z.string(),
    shortName: z.string(),
    region: z.string(),
    category: z.string(),
    demo: z.boolean().describe("true 为演示用虚构数据"),
  })
  .meta({ id: "Unit" });

export const ZUnitListItem = ZUnit.extend({ publishedYears: z.array(z.int()).describe("已公开的年度") }).meta({ id: "UnitListItem" });

export const ZUnitList = z.object({ units: z.array(ZUnitListItem) }).extend(ZPageMeta.shape).meta({ id: "UnitList" });

const ZFigures = z.record(z.string(), z.unknown()).describe("主要指标（金额为元的文本）");

export const ZUnitOverview = z
  .object({
    unit: ZUnit,
    notice: DEMO_NOTICE,
    reports: z.array(
      z.object({
        year: z.int(),
        publicationDeadline: ZDate,
        status: z.enum(["published", "unpublished"]),
        timeliness: ZTimeliness,
        revision: z.int().optional(),
        firstPublishedAt: ZDateTime.optional(),
        latestPublishedAt: ZDateTime.optional(),
        url: z.string().optional(),
        figures: ZFigures.optional(),
      }),
    ),
    amountUnit: z.literal("元"),
  })
  .meta({ id: "UnitOverview" });

const ZRevision = z.object({ number: z.int(), publishedAt: ZDateTime, changeNote: z.string().nullable() });

const ZTableNote = z.object({
  kind: z.enum(["illustrative", "estimated", "rounding"]).describe("illustrative 示例数据；estimated 估算数；rounding 尾差说明"),
  text: z.string().describe("表下注，中文"),
});

export const ZReport = z
  .object({
    unit: ZUnit,
    notice: DEMO_NOTICE,
    provenance: z
      .object({
        illustrative: z.array(z.string()).describe("含示例数据（不是实际决算数）的表"),
        estimated: z.array(z.string()).describe("含估算数的表"),
        note: z.string(),
      })
      .optional()
      .describe("数据性质：只在报告含示例或估算数字时出现；各表 rows[].marks 与 values 一一对应"),
    year: z.int(),
    revision: ZRevision.extend({ latest: z.boolean() }),
    revisions: z.array(ZRevision),
    attachments: z
      .array(
        z.object({
          kind: z.enum(["stamped", "self-evaluation"]),
          label: z.string(),
          fileName: z.string(),
          byteSize: z.int(),
          sha256: z.string().describe("SHA-256（十六进制）"),
          url: z.string().describe("下载地址（固定到本版本）"),
        }),
      )
      .describe("本版本的 PDF 附件（盖章版、绩效自评表），没有则为空数组"),
    amountUnit: z.literal("元"),
    report: z.object({
      unit: z.object({ code: z.string(), name: z.string(), shortName: z.string() }).loose(),
      tables: z
        .array(z.object({ key: z.string(), id: z.string(), title: z.string(), unitLabel: z.string(), notes: z.array(ZTableNote).optional() }).loose())
        .describe("九张公开表；rows[].marks（可选）与 values 一一对应，标出示例（illustrative）或估算（estimated）的数字"),
      narrative: z.array(z.object({ section: z.int(), title: z.string(), text: z.string() })).describe("情况说明十一节"),
      figures: ZFigures,
      checks: z.array(z.object({ rule: z.string(), severity: z.string(), message: z.string() }).loose()),
    }),
  })
  .meta({ id: "Report" });

/** A department report (部门汇总): a report, plus the units its consolidation took in, frozen with the revision. */
export const ZDepartmentReport = ZReport.extend({
  kind: z.literal("department").describe("部门决算（部门汇总）：本级与下属单位的单位决算汇总而成，内部往来已抵销"),
  members: z
    .array(
      z.object({
        code: z.string().describe("单位编码"),
        name: z.string().describe("汇总时的单位名称"),
        own: z.boolean().describe("true 为本级"),
        url: z.string().describe("该单位的接口地址（其各年度报告）"),
      }),
    )
    .describe("决算单位构成：汇总了其单位决算的单位（本级在前），在生成该版本时确定，公开后不随单位树变化"),
}).meta({ id: "DepartmentReport" });

export const ZYears = z
  .object({
    years: z.array(
      z.object({
        year: z.int(),
        publicationDeadline: ZDate,
        total: z.int().describe("单位数"),
        published: z.int().describe("已公开的单位数"),
        onTime: z.int(),
        late: z.int(),
        pending: z.int(),
        overdue: z.int(),
      }),
    ),
  })
  .meta({ id: "Years" });

export const ZPublicationStatus = z
  .object({
    year: z.int(),
    publicationDeadline: ZDate,
    region: z.string().nullable().optional().describe("只含此地区的单位；null 为全部"),
    counts: z.record(z.string(), z.int()),
    units: z.array(
      z.object({
        unit: ZUnit,
        timeliness: ZTimeliness,
        firstPublishedAt: ZDateTime.nullable(),
        latestPublishedAt: ZDateTime.nullable(),
        revision: z.int().nullable(),
      }),
    ),
  })
  .extend(ZPageMeta.shape)
  .meta({ id: "PublicationStatus" });

/** GET /api/v1/units: search text, exact region and category, paged. */
export const ZUnitListQuery = ZPageQuery.extend({
  q: z.string().max(64).optional().describe("名称、简称或编码中的文字（按匹配程度排序）"),
  region: z.string().max(100).optional().describe("地区，完全一致"),
  category: z.string().max(100).optional().describe("类别，完全一致"),
});

/** GET /api/v1/status/{year}: one region, paged (the .csv has every unit). */
export const ZStatusQuery = ZPageQuery.extend({ region: z.string().max(100).optional().describe("地区，完全一致") });

const ZYearText = z.string().regex(/^\d{4}$/, "年度应为四位数字，例如 2020").transform(Number);

/**
 * The query of every report address (…/reports/{year}, its package, tables, PDF, attachments and
 * their …/department twins): `?revision=n` picks an earlier published revision. What the routes
 * parse (lib/server/public/require-published-report.ts) and what the OpenAPI document says.
 */
export const ZRevisionQuery = z.object({
  revision: z
    .string()
    .regex(/^\d{1,4}$/, "应为版本号，例如 1")
    .transform(Number)
    .optional()
    .describe("版本号；不加则为最新公开版本"),
});

export const ZReportListQuery = ZPageQuery.extend({
  year: ZYearText.optional().describe("年度，例如 2020"),
  unit: z.string().max(64).optional().describe("单位编码前缀，例如 430203"),
  region: z.string().max(64).optional().describe("地区，完全一致"),
});

export const ZReportListItem = z
  .object({
    unit: ZUnit,
    year: z.int(),
    revision: z.int().describe("最新公开版本号"),
    latestPublishedAt: ZDateTime,
    url: z.string().describe("报告 JSON 的地址"),
  })
  .meta({ id: "ReportListItem" });

export const ZReportList = z.object({ reports: z.array(ZReportListItem) }).extend(ZPageMeta.shape).meta({ id: "ReportList" });

const list = (keys: readonly string[]) => keys.join("、");

export const ZAggregateQuery = ZPageQuery.extend({
  year: ZYearText.describe("年度，例如 2020"),
  measure: z.enum(MEASURE_KEYS as [string, ...string[]], { error: `未知的指标，可用：${list(MEASURE_KEYS)}` }).describe(
    MEASURE_KEYS.map((k) => `${k}：${MEASURES[k as keyof typeof MEASURES].label}`).join("；"),
  ),
  groupBy: z.enum(GROUP_BY_KEYS as [string, ...string[]], { error: `未知的分组，可用：${list(GROUP_BY_KEYS)}` }).describe(
    GROUP_BY_KEYS.map((k) => `${k}：${GROUP_BYS[k as keyof typeof GROUP_BYS]}`).join("；"),
  ),
  unit: z.string().max(64).optional().describe("只统计编码以此开头的单位"),
  order: z.enum(AGGREGATE_ORDERS, { error: `排序可用：${list(AGGREGATE_ORDERS)}` }).optional().default("amount_desc").describe("amount_desc（默认）、amount_asc 或 key"),
});

/** The second figure of a measure that has one (three_public: 预算数 beside the 决算数 in `amount`). */
const ZAggregateBudget = z
  .object({ amount: ZAmountText, reports: z.int().describe("填有预算数的已公开报告数") })
  .optional()
  .describe("预算数（元）；仅 three_public 等同时公开预算数的指标有此项，此时 amount 为决算数");

export const ZAggregate = z
  .object({
    year: z.int(),
    measure: z.string(),
    measureLabel: z.string(),
    groupBy: z.string(),
    unitPrefix: z.string().nullable(),
    amountUnit: z.literal("元"),
    sum: z.object({ amount: ZAmountText, reports: z.int().describe("涉及的已公开报告数"), budget: ZAggregateBudget }).describe("全部分组的合计"),
    groups: z.array(
      z.object({
        key: z.string().describe("单位编码、地区或分类编码"),
        name: z.string().describe("单位名称、地区或分类名称"),
        amount: ZAmountText,
        reports: z.int().describe("该组涉及的已公开报告数"),
        budget: ZAggregateBudget,
      }),
    ),
  })
  .extend(ZPageMeta.shape)
  .meta({ id: "Aggregate" });
