/** JSON shapes shared by the public API routes (dates as ISO text, no internal ids). */
import { markedTableIds } from "@/lib/disclosure/table-notes";
import type { PublishedReport, UnitWithYears } from "@/lib/server/public/types";

export function unitJson(u: UnitWithYears) {
  return {
    code: u.code,
    name: u.name,
    shortName: u.shortName,
    region: u.region,
    category: u.category,
    demo: u.demo,
    publishedYears: u.publishedYears.map((y) => y.year),
  };
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
    ...(data.unit.demo ? { notice: "示例数据：演示用虚构数据，不代表任何真实单位" } : {}),
    ...provenanceJson(data),
    year: data.year,
    revision: { number: data.revision.number, publishedAt: data.revision.publishedAt.toISOString(), changeNote: data.revision.changeNote, latest: data.latest },
    revisions: data.revisions.map((r) => ({ number: r.number, publishedAt: r.publishedAt.toISOString(), changeNote: r.changeNote })),
  };
}
