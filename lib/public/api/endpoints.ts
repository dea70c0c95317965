/**
 * Every /api/v1 endpoint, once: path, Chinese summary, parameters, the schema or media type of
 * its answer and a working example. The OpenAPI document and the /data page are both built
 * from this list.
 */
import { z } from "zod";
import { ZAggregate, ZAggregateQuery, ZDepartmentReport, ZPublicationStatus, ZReport, ZReportList, ZReportListQuery, ZRevisionQuery, ZStatusQuery, ZUnitList, ZUnitListQuery, ZUnitOverview, ZYears } from "./schemas";

export interface PathParam {
  description: string;
  pattern?: string;
}

export interface Endpoint {
  path: string;
  summary: string;
  description?: string;
  pathParams?: Record<string, PathParam>;
  /** Query schema (its input side is documented; ZRevisionQuery for ?revision=n); absent when the endpoint takes none. */
  query?: z.ZodObject;
  /** A JSON schema for application/json, or the media type of a file. */
  response: z.ZodType | { mediaType: string; description: string };
  /**
   * A request that works on the demo data, shown as a link on /data. Absent where the demo data
   * has nothing to show (it has no unit tree, so no department report); the contract test
   * (tests/integration/api-contract.test.ts) publishes one and calls those endpoints itself.
   */
  example?: string;
}

const UNIT: PathParam = { description: "单位编码，例如 430203-zgh" };
const YEAR: PathParam = { description: "年度，四位数字", pattern: "^\\d{4}$" };
const REPORT = "/api/v1/units/{unitCode}/reports/{year}";
const DEPARTMENT = `${REPORT}/department`;
const DEPARTMENT_NOTE = "部门决算（部门汇总）只有有下属单位的单位才有：本级与下属单位的单位决算汇总而成，内部往来已抵销。";

export const ENDPOINTS: Endpoint[] = [
  {
    path: "/api/v1/units",
    summary: "单位列表",
    description: "q 按名称、简称或编码搜索（按匹配程度排序），region、category 筛选，分页。每个单位含已公开年度。",
    query: ZUnitListQuery,
    response: ZUnitList,
    example: "/api/v1/units?q=芦淞",
  },
  { path: "/api/v1/units/{unitCode}", summary: "单位及其每个年度的公开情况", description: "已公开年度附主要指标。", pathParams: { unitCode: UNIT }, response: ZUnitOverview, example: "/api/v1/units/430203-zgh" },
  {
    path: "/api/v1/reports",
    summary: "已公开报告列表",
    description: "按年度、单位编码前缀和地区筛选，分页。",
    query: ZReportListQuery,
    response: ZReportList,
    example: "/api/v1/reports?year=2020",
  },
  { path: REPORT, summary: "报告", description: "九张表、情况说明、主要指标（金额为元，两位小数的文本）。", pathParams: { unitCode: UNIT, year: YEAR }, response: ZReport, example: "/api/v1/units/430203-zgh/reports/2020", query: ZRevisionQuery },
  {
    path: `${REPORT}/package.json`,
    summary: "数据包（budget-disclosure/1）",
    description: "单位填报的原始数据。",
    pathParams: { unitCode: UNIT, year: YEAR },
    response: { mediaType: "application/json", description: "数据包 JSON" },
    example: "/api/v1/units/430203-zgh/reports/2020/package.json",
    query: ZRevisionQuery,
  },
  {
    path: `${REPORT}/tables/{file}`,
    summary: "单张表 CSV",
    description: "g01.csv 至 g09.csv；UTF-8 带 BOM，万元两位小数。",
    pathParams: { unitCode: UNIT, year: YEAR, file: { description: "g01.csv … g09.csv", pattern: "^g0[1-9]\\.csv$" } },
    response: { mediaType: "text/csv", description: "CSV" },
    example: "/api/v1/units/430203-zgh/reports/2020/tables/g01.csv",
    query: ZRevisionQuery,
  },
  {
    path: `${REPORT}/tables.xlsx`,
    summary: "九张表 Excel 工作簿",
    description: "版式同官方表格。",
    pathParams: { unitCode: UNIT, year: YEAR },
    response: { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", description: "XLSX" },
    example: "/api/v1/units/430203-zgh/reports/2020/tables.xlsx",
    query: ZRevisionQuery,
  },
  {
    path: `${REPORT}/report.pdf`,
    summary: "报告全文 PDF（A4）",
    pathParams: { unitCode: UNIT, year: YEAR },
    response: { mediaType: "application/pdf", description: "PDF" },
    example: "/api/v1/units/430203-zgh/reports/2020/report.pdf",
    query: ZRevisionQuery,
  },
  {
    path: `${REPORT}/attachments/{kind}`,
    summary: "报告附件 PDF（盖章版、绩效自评表）",
    description: "单位随报告上传的 PDF，与所属版本一同冻结：stamped 盖章版报告，self-evaluation 绩效自评表。报告 JSON 的 attachments 列出该版本有哪些附件；没有的附件为 404。",
    pathParams: { unitCode: UNIT, year: YEAR, kind: { description: "stamped 或 self-evaluation", pattern: "^(stamped|self-evaluation)$" } },
    response: { mediaType: "application/pdf", description: "PDF" },
    example: "/api/v1/units/430203-zgh/reports/2020/attachments/stamped",
    query: ZRevisionQuery,
  },
  {
    path: DEPARTMENT,
    summary: "部门决算（部门汇总）",
    description: `${DEPARTMENT_NOTE}结构同报告，另有 kind 与 members（决算单位构成，在生成该版本时确定，公开后不随单位树变化）。`,
    pathParams: { unitCode: { description: "部门（上级单位）的编码" }, year: YEAR },
    response: ZDepartmentReport,
    query: ZRevisionQuery,
  },
  {
    path: `${DEPARTMENT}/package.json`,
    summary: "部门决算数据包（budget-disclosure/1）",
    description: "汇总后的数据包。",
    pathParams: { unitCode: UNIT, year: YEAR },
    response: { mediaType: "application/json", description: "数据包 JSON" },
    query: ZRevisionQuery,
  },
  {
    path: `${DEPARTMENT}/tables/{file}`,
    summary: "部门决算单张表 CSV",
    description: "g01.csv 至 g09.csv；UTF-8 带 BOM，万元两位小数。",
    pathParams: { unitCode: UNIT, year: YEAR, file: { description: "g01.csv … g09.csv", pattern: "^g0[1-9]\\.csv$" } },
    response: { mediaType: "text/csv", description: "CSV" },
    query: ZRevisionQuery,
  },
  {
    path: `${DEPARTMENT}/tables.xlsx`,
    summary: "部门决算九张表 Excel 工作簿",
    pathParams: { unitCode: UNIT, year: YEAR },
    response: { mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", description: "XLSX" },
    query: ZRevisionQuery,
  },
  {
    path: `${DEPARTMENT}/report.pdf`,
    summary: "部门决算全文 PDF（A4）",
    pathParams: { unitCode: UNIT, year: YEAR },
    response: { mediaType: "application/pdf", description: "PDF" },
    query: ZRevisionQuery,
  },
  {
    path: `${DEPARTMENT}/attachments/{kind}`,
    summary: "部门决算附件 PDF（盖章版、绩效自评表）",
    description: `${DEPARTMENT_NOTE}部门的填报人随部门决算上传的 PDF，与所属版本一同冻结；部门决算 JSON 的 attachments 列出该版本有哪些附件，没有的附件为 404。`,
    pathParams: { unitCode: UNIT, year: YEAR, kind: { description: "stamped 或 self-evaluation", pattern: "^(stamped|self-evaluation)$" } },
    response: { mediaType: "application/pdf", description: "PDF" },
    query: ZRevisionQuery,
  },
  { path: "/api/v1/years", summary: "各年度的公开期限与公开数量", description: "按时、逾期、未公开的单位数。", response: ZYears, example: "/api/v1/years" },
  {
    path: "/api/v1/status/{year}",
    summary: "某年度各单位公开情况",
    description: "需要关注的单位在前，分页，region 按地区筛选。加 .csv 后缀（/api/v1/status/2020.csv）以流式下载全部单位的 CSV。",
    pathParams: { year: { description: "年度，或年度加 .csv", pattern: "^\\d{4}(\\.csv)?$" } },
    query: ZStatusQuery,
    response: ZPublicationStatus,
    example: "/api/v1/status/2020",
  },
  {
    path: "/api/v1/aggregates",
    summary: "跨单位汇总",
    description:
      "由已公开报告的明细数据在数据库中汇总；金额为元，两位小数的文本，并给出每组涉及的报告数。year 须为系统中已有的年度（见 /api/v1/years），否则为 404；该年度尚无已公开报告时合计为 0、没有分组。",
    query: ZAggregateQuery,
    response: ZAggregate,
    example: "/api/v1/aggregates?year=2020&measure=three_public&groupBy=unit",
  },
  {
    path: "/api/v1/open-data/{year}/datapackage.json",
    summary: "年度开放数据：财政数据包（Fiscal Data Package）",
    description: "Frictionless 数据包描述，含财政模型（单位、功能分类、经济分类、资金性质；金额为元）；资源为该年度全部已公开报告的明细 CSV。",
    pathParams: { year: YEAR },
    response: { mediaType: "application/json", description: "datapackage.json" },
    example: "/api/v1/open-data/2020/datapackage.json",
  },
  {
    path: "/api/v1/open-data/{year}/line-items.csv",
    summary: "年度开放数据：全部明细 CSV",
    description: "数据包的资源：每份已公开报告的每个金额一行（元）。",
    pathParams: { year: YEAR },
    response: { mediaType: "text/csv", description: "CSV（UTF-8）" },
    example: "/api/v1/open-data/2020/line-items.csv",
  },
  {
    path: "/api/v1/open-data/{year}.zip",
    summary: "年度开放数据：ZIP",
    description: "{年度}.zip：该年度每份已公开的数据包（{单位编码}-{年度}.json）、datapackage.json 与明细 CSV。",
    pathParams: { year: YEAR },
    response: { mediaType: "application/zip", description: "ZIP" },
    example: "/api/v1/open-data/2020.zip",
  },
];
