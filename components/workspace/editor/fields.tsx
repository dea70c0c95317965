"use client";
import { useId, useState } from "react";
import { CARRIED_MARK } from "@/lib/disclosure/checks/completeness";
import { formatWanTable, formatYuanGrouped, parseYuan } from "@/lib/disclosure/money";
import { parseAmountInput } from "@/lib/workspace/amount-input";
import { getPath, pathString, setPath, type KeyPath } from "@/lib/workspace/immutable";
import { catalogEntry, fieldsUnder } from "@/lib/disclosure/fields/catalog";
import { fieldAnchorId, fieldPattern } from "@/lib/disclosure/fields/paths";
import type { TFieldKind } from "@/lib/disclosure/fields/types";
import { useDraft } from "./draft-context";
import { FieldComments } from "./review-comments";
import styles from "./editor.module.css";

const display = (value: string) => formatYuanGrouped(parseYuan(value));

/** The field's name under its group heading, from the field catalog. */
const catalogLabel = (path: KeyPath) => catalogEntry(fieldPattern(pathString(path)))?.column ?? pathString(path);

/** An amount in 元 with its 万元 beside it. Text that is not an amount is refused at the field. */
export function AmountField({ path, label = catalogLabel(path), hideLabel }: { path: KeyPath; label?: string; hideLabel?: boolean }) {
  const { pkg, update, setFieldInvalid, info } = useDraft();
  const value = (getPath(pkg, path) as string | undefined) ?? "0.00";
  const id = fieldAnchorId(pathString(path));
  const [text, setText] = useState(() => display(value));
  const [shownFor, setShownFor] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // The package changed from outside (import, another row removed): show the new value.
  if (value !== shownFor) {
    setShownFor(value);
    const typed = parseAmountInput(text);
    if (!typed.ok || typed.value !== value) setText(display(value));
  }

  function onChange(next: string) {
    setText(next);
    const parsed = parseAmountInput(next);
    setError(parsed.ok ? null : parsed.message);
    setFieldInvalid(id, !parsed.ok);
    if (parsed.ok && parsed.value !== value) {
      setShownFor(parsed.value);
      update((p) => setPath(p, path, parsed.value));
    }
  }

  return (
    <span className={styles.amount}>
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : styles.label}>
        {label}（元）
      </label>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        disabled={!info.editable}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          const p = parseAmountInput(text);
          if (p.ok) setText(display(p.value));
        }}
      />
      <span className={styles.wan} aria-label={`合${formatWanTable(parseYuan(value))}万元`}>
        {formatWanTable(parseYuan(value))} 万元
      </span>
      {error && (
        <span id={`${id}-error`} className={styles.fieldError} role="alert">
          {error}
        </span>
      )}
      <FieldComments path={pathString(path)} />
    </span>
  );
}

export function CountField({ path, label = catalogLabel(path) }: { path: KeyPath; label?: string }) {
  const { pkg, update, setFieldInvalid, info } = useDraft();
  const value = (getPath(pkg, path) as number | undefined) ?? 0;
  const id = fieldAnchorId(pathString(path));
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  if (error === null && text !== String(value)) setText(String(value));
  return (
    <span className={styles.amount}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        inputMode="numeric"
        value={text}
        disabled={!info.editable}
        aria-invalid={error ? true : undefined}
        onChange={(e) => {
          const next = e.target.value.trim();
          setText(e.target.value);
          const ok = /^-?\d{1,9}$/.test(next) || next === "";
          setError(ok ? null : "请输入整数");
          setFieldInvalid(id, !ok);
          if (ok) update((p) => setPath(p, path, next === "" ? 0 : Number(next)));
        }}
      />
      {error && (
        <span className={styles.fieldError} role="alert">
          {error}
        </span>
      )}
      <FieldComments path={pathString(path)} />
    </span>
  );
}

/** "沿用上年，请核对" beside a text that is still exactly as carried over from last year (check W5). */
export function CarriedMark({ path }: { path: string }) {
  const { checks } = useDraft();
  if (!checks.some((c) => c.rule === "W5" && c.path === path)) return null;
  return (
    <span className={styles.carried} data-testid="carried-mark">
      {CARRIED_MARK}
    </span>
  );
}

/** Text, single line or multi-line; `optional` removes the key when emptied (absent = 无说明). */
export function TextField({
  path,
  label = catalogLabel(path),
  multiline,
  optional,
  rows = 3,
  hideLabel,
}: {
  path: KeyPath;
  label?: string;
  multiline?: boolean;
  optional?: boolean;
  rows?: number;
  hideLabel?: boolean;
}) {
  const { pkg, update, info } = useDraft();
  const value = (getPath(pkg, path) as string | undefined) ?? "";
  const id = fieldAnchorId(pathString(path));
  const hint = useId();
  const onChange = (next: string) => update((p) => setPath(p, path, optional && next === "" ? undefined : next));
  return (
    <div className={styles.text}>
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : styles.label}>
        {label}
        {optional && (
          <span id={hint} className="muted">
            （可不填）
          </span>
        )}
      </label>
      <CarriedMark path={pathString(path)} />
      {multiline ? (
        <textarea id={id} rows={rows} value={value} disabled={!info.editable} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} value={value} disabled={!info.editable} onChange={(e) => onChange(e.target.value)} />
      )}
      <FieldComments path={pathString(path)} />
    </div>
  );
}

/** Every field of the catalog directly under `under` (e.g. "fiscal.income"), as the input its kind needs. */
export function CatalogFields({ under, kinds }: { under: string; kinds?: readonly TFieldKind[] }) {
  return (
    <>
      {fieldsUnder(under, kinds).map((entry) => {
        const path = entry.path.split(".");
        if (entry.kind === "amount") return <AmountField key={entry.path} path={path} />;
        if (entry.kind === "count") return <CountField key={entry.path} path={path} />;
        return <TextField key={entry.path} path={path} optional={entry.optional} multiline rows={2} />;
      })}
    </>
  );
}
