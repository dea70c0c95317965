/**
 * Shapes the public data functions (lib/server/public) return and the components render. Types
 * only, so browser code may import them. Dates are Date; amounts stay inside RenderedReport.
 */
import type { PriorFigures } from "@/lib/disclosure/figures";
import type { RenderedReport } from "@/lib/disclosure/model";
import type { TPackage } from "@/lib/disclosure/package";
import type { GlossaryEntry } from "./glossary";
import type { PageInfo } from "@/lib/public/paging";
import type { Timeliness } from "@/lib/public/timeliness";
import type { AttachmentInfo } from "./attachments";

export interface PublicUnit {
  code: string;
  name: string;
  shortName: string;
  region: string;
  category: string;
  /** 示例数据: an invented unit, labelled wherever it is shown. */
  demo: boolean;
}

export interface PublicRevision {
  number: number;
  publishedAt: Date;
  changeNote: string | null;
}

export interface PublishedReport {
  unit: PublicUnit;
  year: number;
  /** UNIT: the unit's report; DEPARTMENT: its department report (部门汇总), at …/{year}/department. */
  kind: "UNIT" | "DEPARTMENT";
  /** A department report: the units it consolidates (本级 first), each with its public page. Empty for a unit report. */
  members: { code: string; name: string; own: boolean }[];
  revision: PublicRevision;
  /** Every published revision of this unit and year, newest first. */
  revisions: PublicRevision[];
  /** True when `revision` is the newest published one (what /units/{code}/{year} shows). */
  latest: boolean;
  /** The revision's id: the PDF cache key (a published revision never changes). */
  revisionId: string;
  pkg: TPackage;
  report: RenderedReport;
  /** True when last year's own published report fed the year-on-year figures. */
  previousFromSystem: boolean;
  /** Last year's headline figures as the core derived them (own report or priorYear block). */
  prior: PriorFigures | null;
  /** The revision's 名词解释; null: the standard text. */
  glossary: readonly GlossaryEntry[] | null;
  /** The revision's PDF attachments (盖章版, 绩效自评表), frozen with it; without content. */
  attachments: AttachmentInfo[];
}

export interface PublishedYear {
  year: number;
  revisionNumber: number;
  firstPublishedAt: Date;
  latestPublishedAt: Date;
}

export interface UnitWithYears extends PublicUnit {
  publishedYears: PublishedYear[];
}

export interface StatusRow {
  unit: PublicUnit;
  firstPublishedAt: Date | null;
  latestPublishedAt: Date | null;
  revisionNumber: number | null;
  timeliness: Timeliness;
}

export type TimelinessCounts = Record<Timeliness, number> & { total: number; published: number };

export interface PublicationStatus {
  year: number;
  deadline: Date;
  /** The region the rows and counts are limited to, or null for every unit. */
  region: string | null;
  /** One page of the rows (docs/decisions/004): never the whole province at once. */
  rows: StatusRow[];
  counts: TimelinessCounts;
  info: PageInfo;
}

/** A year on the home page and /status: how many units published, on time or late. */
export type YearSummary = Pick<PublicationStatus, "year" | "deadline" | "counts">;

/** One entry of the latest publications list. */
export interface PublishedReportSummary {
  unit: PublicUnit;
  year: number;
  revisionNumber: number;
  latestPublishedAt: Date;
}
