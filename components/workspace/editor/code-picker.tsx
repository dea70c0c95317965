"use client";
import { useMemo } from "react";
import type { CodeSet } from "@/lib/disclosure/codes";

/**
 * The list behind every code field: all 7-digit 项 (functional) or 5-digit 款 (economic)
 * codes of the year, found by number or by name (the browser filters on both).
 */
export function CodeOptions({
  id,
  codes,
  kind,
  accept,
}: {
  id: string;
  codes: CodeSet | null;
  kind: "functional" | "economic";
  accept?: (code: string) => boolean;
}) {
  const options = useMemo(() => {
    if (!codes) return [];
    const map = kind === "functional" ? codes.functional : codes.economic;
    const length = kind === "functional" ? 7 : 5;
    return [...map].filter(([code]) => code.length === length && (accept?.(code) ?? true)).sort(([a], [b]) => a.localeCompare(b));
  }, [codes, kind, accept]);
  return (
    <datalist id={id}>
      {options.map(([code, name]) => (
        <option key={code} value={code} label={`${code} ${name}`}>{`${code} ${name}`}</option>
      ))}
    </datalist>
  );
}

export function codeName(codes: CodeSet | null, kind: "functional" | "economic", code: string): string | undefined {
  return (kind === "functional" ? codes?.functional : codes?.economic)?.get(code);
}
