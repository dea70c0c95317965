/**
 * 示例数据: invented units and years so that comparisons, charts and 公开情况 have something to
 * show. Every unit code starts with "demo-" (lib/public/demo.ts), which is how pages, exports and
 * the API label them. Figures are the reference fixture's, scaled by a per-unit and per-year
 * factor n/100: every fixture amount is whole 元, so the scaled amounts are exact and every sum,
 * balance and check of the fixture still holds. (No "server-only": the seed script imports it.)
 */
import type { TPackage } from "@/lib/disclosure/package";
import { DEMO_CODE_PREFIX } from "@/lib/public/demo";

export interface DemoRevision {
  publishedAt: Date;
  changeNote: string | null;
  /** A correction's own scale (percent of the fixture), replacing the year's. */
  scale?: number;
}

export interface DemoReport {
  year: number;
  /** Percent of the fixture's amounts. */
  scale: number;
  /** Published revisions in order; empty = a year that is not published (no report at all). */
  revisions: DemoRevision[];
}

export interface DemoUnit {
  code: string;
  name: string;
  shortName: string;
  reports: DemoReport[];
}

const at = (iso: string) => new Date(`${iso}T09:00:00+08:00`);

export const DEMO_UNITS: readonly DemoUnit[] = [
  {
    code: `${DEMO_CODE_PREFIX}wenhuaguan`,
    name: "演示区文化馆（示例）",
    shortName: "文化馆",
    reports: [
      { year: 2020, scale: 90, revisions: [{ publishedAt: at("2021-09-10"), changeNote: null }] },
      { year: 2021, scale: 104, revisions: [{ publishedAt: at("2022-09-15"), changeNote: null }] },
      {
        year: 2022,
        scale: 112,
        revisions: [
          { publishedAt: at("2023-09-20"), changeNote: null },
          { publishedAt: at("2023-11-02"), changeNote: "更正公开02、公开03中的部分金额（示例）。", scale: 113 },
        ],
      },
    ],
  },
  {
    code: `${DEMO_CODE_PREFIX}danganguan`,
    name: "演示区档案馆（示例）",
    shortName: "档案馆",
    reports: [
      { year: 2020, scale: 55, revisions: [{ publishedAt: at("2021-10-12"), changeNote: null }] },
      { year: 2021, scale: 61, revisions: [{ publishedAt: at("2022-10-08"), changeNote: null }] },
      { year: 2022, scale: 58, revisions: [] },
    ],
  },
  {
    code: `${DEMO_CODE_PREFIX}kejiju`,
    name: "演示区科技局（示例）",
    shortName: "科技局",
    reports: [
      { year: 2021, scale: 230, revisions: [{ publishedAt: at("2022-09-28"), changeNote: null }] },
      { year: 2022, scale: 245, revisions: [{ publishedAt: at("2023-09-29"), changeNote: null }] },
    ],
  },
  {
    code: `${DEMO_CODE_PREFIX}tiyu`,
    name: "演示区体育中心（示例）",
    shortName: "体育中心",
    reports: [{ year: 2021, scale: 40, revisions: [] }],
  },
];

function scaleAmount(text: string, percent: number): string {
  const fen = BigInt(text.replace(".", "")) * BigInt(percent);
  if (fen % 100n !== 0n) throw new Error(`示例数据缩放不精确：${text} × ${percent}%`);
  const scaled = fen / 100n;
  return `${scaled / 100n}.${(scaled % 100n).toString().padStart(2, "0")}`;
}

/** Deep copy with every amount (a two-decimal string) scaled; texts and counts unchanged. */
function scaleAll<T>(value: T, percent: number): T {
  if (typeof value === "string") return (/^-?\d+\.\d{2}$/.test(value) ? scaleAmount(value, percent) : value) as T;
  if (Array.isArray(value)) return value.map((v) => scaleAll(v, percent)) as T;
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scaleAll(v, percent)])) as T;
  return value;
}

const DEMO_REPORT_MD = (name: string, year: number) =>
  `# ${year}年度${name}部门整体支出绩效自评报告（示例数据）\n\n## 一、基本情况\n\n本报告为演示用虚构内容，不代表任何真实单位。\n\n## 二、绩效目标完成情况\n\n- 年度重点工作按计划完成。\n- 预算执行率符合要求。\n\n## 三、下一步措施\n\n继续加强预算绩效管理。\n`;

/** The package of a demo unit for a year at a given scale (percent of the fixture). */
export function demoPackage(fixture: TPackage, unit: DemoUnit, year: number, percent: number, hasPrevious: boolean): TPackage {
  const scaled = scaleAll(fixture, percent);
  return {
    ...scaled,
    source: { title: `${year}年度${unit.name}部门决算`, note: "示例数据：演示用虚构数据，不代表任何真实单位。" },
    unit: { code: unit.code, name: unit.name, shortName: unit.shortName, region: "演示区（示例）", category: "示例数据" },
    year,
    overview: {
      duties: ["示例数据：本单位为演示用虚构单位。", "负责演示区相关公共服务工作（示例）。"],
      organization: `${unit.name}为演示用虚构单位，内设办公室等机构（示例数据）。`,
      composition: `纳入${year}年度部门决算编制范围的单位为${unit.name}本级（示例数据）。`,
    },
    // The first demo year keeps the fixture's (scaled) prior-year block; later years use the
    // previous demo report, which the public site then reads from the system.
    priorYear: hasPrevious ? null : scaled.priorYear,
    reasons: { grandTotalChange: "示例数据：业务量变化。", fiscalTotalChange: "示例数据：财政拨款变化。", generalBudgetChange: "示例数据：项目安排变化。" },
    performance: { summary: "示例数据：本单位开展了部门整体支出绩效自评，绩效目标基本实现。", selfEvaluationReport: DEMO_REPORT_MD(unit.name, year) },
  };
}
