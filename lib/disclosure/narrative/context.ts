/**
 * What every section module receives: the package, its exact totals (computed once), the code
 * set for names and last year's figures. Also the small helpers that turn codes into names.
 */
import type { CodeSet } from "../codes";
import { economicName, functionalName, functionalParents } from "../codes";
import type { PriorFigures, PackageTotals } from "../figures";
import type { NarrativeBlock, NarrativeSection } from "../model";
import type { TPackage } from "../package";

export interface NarrativeContext {
  /** Names of functional and economic codes; null (or a missing code) falls back to the code itself. */
  codes: CodeSet | null;
  /** Last year's figures; null means no year-on-year sentence is printed. */
  prior: PriorFigures | null;
  /** The package's totals when the caller already computed them (renderReport does). */
  totals?: PackageTotals;
}

export interface SectionInput extends NarrativeContext {
  pkg: TPackage;
  totals: PackageTotals;
}

export function section(number: number, title: string, blocks: NarrativeBlock[]): NarrativeSection {
  return { section: number, title, blocks, text: blocks.map((b) => b.text).join("\n") };
}

/** A functional code's name, or the code itself when the set does not know it (never blank). */
export function fnName(codes: CodeSet | null, code: string): string {
  return functionalName(codes, code) ?? code;
}

export function ecName(codes: CodeSet | null, code: string): string {
  return economicName(codes, code) ?? code;
}

/** `一般公共服务支出（类）` */
export function classLabel(codes: CodeSet | null, classCode: string): string {
  return `${fnName(codes, classCode)}（类）`;
}

/** `一般公共服务支出（类）群众团体事务（款）行政运行（项）` for a 7-digit 项 code. */
export function itemPath(codes: CodeSet | null, code: string): string {
  const { classCode, sectionCode } = functionalParents(code);
  return `${fnName(codes, classCode)}（类）${fnName(codes, sectionCode)}（款）${fnName(codes, code)}（项）`;
}

/** Codes compare as strings of digits; a shorter code sorts before its children. */
export function byCode<T extends { code: string }>(a: T, b: T): number {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/** `2020年度` */
export function yearLabel(pkg: TPackage): string {
  return `${pkg.year}年度`;
}
