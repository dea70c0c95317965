import "server-only";
import { cache } from "react";
import { buildCodeSet, type CodeSet } from "@/lib/disclosure/codes";
import { db } from "@/lib/server/db";

/**
 * The admin-maintained classification codes as the core's per-year code sets: one set per year
 * in which any code became valid, holding every code valid in that year. Undefined when the
 * table is empty, so the core falls back to the sets it ships with.
 */
export const loadCodeSets = cache(async (): Promise<CodeSet[] | undefined> => {
  const rows = await db().classificationCode.findMany({ select: { kind: true, code: true, name: true, validFrom: true, validTo: true } });
  if (rows.length === 0) return undefined;
  const years = [...new Set(rows.map((r) => r.validFrom))].sort((a, b) => a - b);
  return years.map((year) => {
    const valid = rows.filter((r) => r.validFrom <= year && (r.validTo === null || r.validTo >= year));
    const pick = (kind: "FUNCTIONAL" | "ECONOMIC") => valid.filter((r) => r.kind === kind).map((r) => ({ code: r.code, name: r.name }));
    return buildCodeSet({ year, functional: pick("FUNCTIONAL"), economic: pick("ECONOMIC") });
  });
});
