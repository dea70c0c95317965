/** JSON shapes shared by the public API routes (dates as ISO text, no internal ids). */
import type { PublishedReport, UnitWithYears } from "@/lib/server/public/types";
import type { PageInfo } from "./paging";

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

export function reportMetaJson(data: PublishedReport) {
  return {
    unit: data.unit,
    ...(data.unit.demo ? { notice: "示例数据：演示用虚构数据，不代表任何真实单位" } : {}),
    year: data.year,
    revision: { number: data.revision.number, publishedAt: data.revision.publishedAt.toISOString(), changeNote: data.revision.changeNote, latest: data.latest },
    revisions: data.revisions.map((r) => ({ number: r.number, publishedAt: r.publishedAt.toISOString(), changeNote: r.changeNote })),
  };
}

/** The paging fields of every list response. */
export function pageJson(info: PageInfo) {
  return { page: info.page, pageSize: info.pageSize, total: info.total, next: info.next };
}
