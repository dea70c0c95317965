/**
 * The comparison lives in the URL so it can be shared: /compare?unit=a&years=2019,2020 (one
 * unit over years) or /compare?year=2020&units=a,b,c (up to five units in one year).
 */
export const MAX_COMPARE_UNITS = 5;

export interface CompareParams {
  unit: string | null;
  years: number[];
  year: number | null;
  units: string[];
  q: string;
}

function first(v: string | string[] | undefined): string {
  return (Array.isArray(v) ? v[0] : v) ?? "";
}

function list(v: string): string[] {
  return [...new Set(v.split(",").map((s) => s.trim()).filter(Boolean))];
}

export function parseCompareParams(search: Record<string, string | string[] | undefined>): CompareParams {
  const years = list(first(search.years))
    .filter((y) => /^\d{4}$/.test(y))
    .map(Number)
    .sort((a, b) => a - b);
  const year = /^\d{4}$/.test(first(search.year)) ? Number(first(search.year)) : null;
  return {
    unit: first(search.unit).trim() || null,
    years,
    year,
    units: list(first(search.units)).slice(0, MAX_COMPARE_UNITS),
    q: first(search.q).trim().slice(0, 50),
  };
}

export function compareUnitsHref(year: number | null, units: string[]): string {
  return `/compare?year=${year ?? ""}&units=${units.map(encodeURIComponent).join(",")}`;
}
