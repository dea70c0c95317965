/**
 * The one place where /api/v1 shapes its JSON: every answer is built here and passed through its
 * zod schema (lib/public/api/schemas.ts), the same schema the OpenAPI document is generated from.
 * Dates become ISO text, amounts 元 decimal text; no internal ids.
 */
import { ATTACHMENT_LABELS, ATTACHMENT_SLUGS, publicAttachmentPath } from "./attachments";
import type { z } from "zod";
import { reportToJson, toJsonValue } from "@/lib/disclosure/serialize";
import { markedTableIds } from "@/lib/disclosure/table-notes";
import { MEASURES, type GroupBy, type Measure } from "@/lib/public/api/aggregates";
import type { TPageMeta } from "@/lib/public/api/paging";
import {
  ZAggregate,
  ZDepartmentReport,
  ZPublicationStatus,
  ZReport,
  ZReportList,
  ZUnitList,
  ZUnitOverview,
  ZYears,
} from "@/lib/public/api/schemas";
import { apiReportPath } from "@/lib/public/report-paths";
import type { LineItemAggregate } from "@/lib/server/public/aggregate-line-items";
import type { YearSummary } from "@/lib/server/public/list-fiscal-years";
import type { ReportPageRow } from "@/lib/server/public/list-report-page";
import type { UnitOverview } from "@/lib/server/public/get-unit-overview";
import type { PublicationStatus, PublishedReport, UnitWithYears } from "@/lib/public/types";

const DEMO_NOTICE = "示例数据：演示用虚构数据，不代表任何真实单位";
const date = (d: Date) => d.toISOString().slice(0, 10);

/** A JSON response whose body is checked (and stripped to the contract) by its schema. */
export function jsonResponse<S extends z.ZodType>(schema: S, body: z.input<S>, init?: ResponseInit): Response {
  return Response.json(schema.parse(body), init);
}

export function unitJson(u: UnitWithYears) {
  return { code: u.code, name: u.name, shortName: u.shortName, region: u.region, category: u.category, demo: u.demo, publishedYears: u.publishedYears.map((y) => y.year) };
}

export function unitListJson(units: UnitWithYears[], meta: TPageMeta): z.input<typeof ZUnitList> {
  return { units: units.map(unitJson), ...meta };
}

/**
 * Which tables hold figures marked 示例 (illustrative) or 估算 (estimated); each such table's
 * `notes` say what, and its rows' `marks` (parallel to `values`) say which figures.
 */
function provenanceJson(data: PublishedReport) {
  const illustrative = markedTableIds(data.report.tables, "illustrative");
  const estimated = markedTableIds(data.report.tables, "estimated");
  if (illustrative.length === 0 && estimated.length === 0) return {};
  return { provenance: { illustrative, estimated, note: "rows[].marks 与 values 一一对应：illustrative 为示例数据（不是实际决算数），estimated 为估算数；说明见各表 notes。" } };
}

export function reportMetaJson(data: PublishedReport) {
  return {
    unit: data.unit,
    ...(data.unit.demo ? { notice: DEMO_NOTICE } : {}),
    ...provenanceJson(data),
    year: data.year,
    revision: { number: data.revision.number, publishedAt: data.revision.publishedAt.toISOString(), changeNote: data.revision.changeNote, latest: data.latest },
    revisions: data.revisions.map((r) => ({ number: r.number, publishedAt: r.publishedAt.toISOString(), changeNote: r.changeNote })),
    attachments: data.attachments.map((a) => ({
      kind: ATTACHMENT_SLUGS[a.kind],
      label: ATTACHMENT_LABELS[a.kind],
      fileName: a.fileName,
      byteSize: a.byteSize,
      sha256: a.sha256,
      url: publicAttachmentPath(data.unit.code, data.year, a.kind, data.revision.number, data.kind),
    })),
  };
}

export function reportJson(data: PublishedReport): z.input<typeof ZReport> {
  const { unit, tables, narrative, checks, figures } = reportToJson(data.report, { figures: true }) as Record<string, never>;
  return { ...reportMetaJson(data), amountUnit: "元", report: { unit, tables, narrative, figures, checks } };
}

/** A department report: the report, its kind and its frozen 决算单位构成. */
export function departmentReportJson(data: PublishedReport): z.input<typeof ZDepartmentReport> {
  return {
    ...reportJson(data),
    kind: "department",
    members: data.members.map((m) => ({ code: m.code, name: m.name, own: m.own, url: `/api/v1/units/${encodeURIComponent(m.code)}` })),
  };
}

export function unitOverviewJson(overview: UnitOverview): z.input<typeof ZUnitOverview> {
  return {
    unit: overview.unit,
    ...(overview.unit.demo ? { notice: DEMO_NOTICE } : {}),
    reports: overview.years.map((y) => ({
      year: y.year,
      publicationDeadline: date(y.deadline),
      status: y.published ? ("published" as const) : ("unpublished" as const),
      timeliness: y.timeliness,
      ...(y.published
        ? {
            revision: y.published.revision.number,
            firstPublishedAt: y.published.firstPublishedAt.toISOString(),
            latestPublishedAt: y.published.revision.publishedAt.toISOString(),
            url: apiReportPath(overview.unit.code, y.year),
            figures: toJsonValue(y.published.figures) as Record<string, unknown>,
          }
        : {}),
    })),
    amountUnit: "元",
  };
}

export function yearsJson(years: YearSummary[]): z.input<typeof ZYears> {
  return { years: years.map((y) => ({ year: y.year, publicationDeadline: date(y.deadline), ...y.counts })) };
}

export function publicationStatusJson(status: PublicationStatus, meta: TPageMeta): z.input<typeof ZPublicationStatus> {
  return {
    year: status.year,
    publicationDeadline: date(status.deadline),
    region: status.region,
    counts: status.counts,
    units: status.rows.map((r) => ({
      unit: r.unit,
      timeliness: r.timeliness,
      firstPublishedAt: r.firstPublishedAt?.toISOString() ?? null,
      latestPublishedAt: r.latestPublishedAt?.toISOString() ?? null,
      revision: r.revisionNumber,
    })),
    ...meta,
  };
}

export function reportListJson(rows: ReportPageRow[], meta: TPageMeta): z.input<typeof ZReportList> {
  return {
    reports: rows.map((r) => ({ unit: r.unit, year: r.year, revision: r.revisionNumber, latestPublishedAt: r.latestPublishedAt.toISOString(), url: apiReportPath(r.unit.code, r.year) })),
    ...meta,
  };
}

export function aggregateJson(
  query: { year: number; measure: Measure; groupBy: GroupBy; unit?: string },
  result: LineItemAggregate,
  meta: TPageMeta,
): z.input<typeof ZAggregate> {
  return {
    year: query.year,
    measure: query.measure,
    measureLabel: MEASURES[query.measure].label,
    groupBy: query.groupBy,
    unitPrefix: query.unit ?? null,
    amountUnit: "元",
    sum: result.sum,
    groups: result.groups,
    ...meta,
  };
}
