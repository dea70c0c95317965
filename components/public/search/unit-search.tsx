"use client";
/**
 * Search units by name or code as you type. Without JavaScript it is a plain GET form to
 * /units?q=…; with it, results (from /api/v1/units?q=…) appear under the field as links, and a
 * polite live region says how many were found. In "compare" mode each result links to the
 * comparison with that unit added (the URL holds the choice).
 */
import Link from "next/link";
import { useEffect, useId, useState } from "react";
import styles from "./unit-search.module.css";

interface Hit {
  code: string;
  name: string;
  demo: boolean;
  publishedYears: number[];
}

export interface UnitSearchProps {
  mode?: "open" | "compare";
  /** compare mode: the year and the units already chosen. */
  year?: number;
  selected?: string[];
  label?: string;
}

function compareHref(year: number | undefined, selected: string[], code: string): string {
  const units = [...selected.filter((c) => c !== code), code].slice(-5);
  return `/compare?year=${year ?? ""}&units=${units.map(encodeURIComponent).join(",")}`;
}

export function UnitSearch({ mode = "open", year, selected = [], label = "搜索单位（名称或编码）" }: UnitSearchProps) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<Hit[] | null>(null);

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/v1/units?q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : { units: [] }))
        .then((body: { units: Hit[] }) => setHits(body.units))
        .catch(() => undefined);
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const shown = query.trim() ? hits : null;
  return (
    <form action={mode === "open" ? "/units" : "/compare"} method="get" role="search" className={styles.form}>
      <label htmlFor={`${id}-q`}>{label}</label>
      <div className={styles.row}>
        <input id={`${id}-q`} name="q" type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" placeholder="例如：芦淞、430203" />
        {mode === "compare" ? (
          <>
            <input type="hidden" name="year" value={year ?? ""} />
            <input type="hidden" name="units" value={selected.join(",")} />
          </>
        ) : null}
        <button className="button" type="submit">
          搜索
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {shown ? `找到${shown.length}个单位` : ""}
      </p>
      {shown && shown.length > 0 ? (
        <ul className={styles.results}>
          {shown.map((u) => (
            <li key={u.code}>
              <Link prefetch={false} href={mode === "compare" ? compareHref(year, selected, u.code) : `/units/${encodeURIComponent(u.code)}`}>
                {mode === "compare" ? "加入比较：" : ""}
                {u.name}
              </Link>{" "}
              <span className="muted">{u.code}</span> {u.demo ? <span className="badge badge-demo">示例数据</span> : null}
              <span className="muted">{u.publishedYears.length ? `　已公开：${u.publishedYears.join("、")}年度` : "　暂无已公开报告"}</span>
            </li>
          ))}
        </ul>
      ) : shown ? (
        <p className="muted">没有找到匹配的单位。</p>
      ) : null}
    </form>
  );
}
