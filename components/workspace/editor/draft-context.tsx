"use client";
import { createContext, useCallback, useContext, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { CheckResult } from "@/lib/disclosure/model";
import type { TPackage } from "@/lib/disclosure/package";
import { buildCodeSet, type CodeSet, type CodeSetSource } from "@/lib/disclosure/codes";
import { saveDraftAction } from "@/lib/server/actions/save-draft-action";
import { checkDraft } from "@/lib/workspace/draft-checks";
import type { TRole } from "@/lib/rules/actor";
import { canEdit } from "@/lib/rules/status-machine";
import type { TReportStatus } from "@/lib/workspace/report-status";
import type { ReviewComment } from "@/lib/workspace/view-models";

export interface DraftInfo {
  reportId: string;
  unitCode: string;
  unitName: string;
  year: number;
  status: string;
  /** The signed-in role: with the status it decides editability (lib/rules canEdit). */
  role: TRole;
  editable: boolean;
  version: number;
  revisionNumber: number;
  changeNote: string | null;
}

type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: string } | { kind: "error"; message: string; stale: boolean };

interface DraftContextValue {
  info: DraftInfo;
  /** The reviewer's remarks on this revision. */
  comments: ReviewComment[];
  pkg: TPackage;
  codes: CodeSet | null;
  /** Replaces the package through a pure updater (the editors never mutate). */
  update: (updater: (pkg: TPackage) => TPackage) => void;
  checks: CheckResult[];
  dirty: boolean;
  /** Fields whose text is not an amount: the package keeps the last good value meanwhile. */
  setFieldInvalid: (id: string, invalid: boolean) => void;
  invalidFields: number;
  save: () => Promise<boolean>;
  saveState: SaveState;
  /** After an import or submit: the server's version and package are the new truth. */
  reset: (pkg: TPackage, version: number, status?: string) => void;
}

const DraftContext = createContext<DraftContextValue | null>(null);

export function useDraft(): DraftContextValue {
  const value = useContext(DraftContext);
  if (!value) throw new Error("useDraft outside DraftProvider");
  return value;
}

export function DraftProvider(props: {
  info: DraftInfo;
  initial: TPackage;
  previousPublished: TPackage | null;
  codes: CodeSetSource | null;
  comments: ReviewComment[];
  children: ReactNode;
}) {
  const [info, setInfo] = useState(props.info);
  const [pkg, setPkg] = useState(props.initial);
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(props.initial));
  const [saveState, setSaveState] = useState<SaveState>({ kind: "idle" });
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const saving = useRef(false);

  // The year's codes come from the server (the admin-maintained table), the same set submit checks with.
  const codes = useMemo(() => (props.codes ? buildCodeSet(props.codes) : null), [props.codes]);
  // The checks follow typing without blocking it: they run on a deferred copy of the package.
  const deferred = useDeferredValue(pkg);
  const checks = useMemo(() => checkDraft(deferred, props.previousPublished, codes, "UNIT"), [deferred, props.previousPublished, codes]);
  const dirty = JSON.stringify(pkg) !== savedJson;

  const update = useCallback((updater: (p: TPackage) => TPackage) => setPkg((p) => updater(p)), []);
  const setFieldInvalid = useCallback((id: string, bad: boolean) => {
    setInvalid((current) => {
      if (current.has(id) === bad) return current;
      const next = new Set(current);
      if (bad) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);

  const save = useCallback(async () => {
    if (saving.current) return false;
    saving.current = true;
    setSaveState({ kind: "saving" });
    const sent = pkg;
    const result = await saveDraftAction({ reportId: info.reportId, version: info.version, package: sent }).catch(() => null);
    saving.current = false;
    if (!result) {
      setSaveState({ kind: "error", message: "网络错误，未能保存。您的输入仍在页面上，请稍后重试。", stale: false });
      return false;
    }
    if (!result.ok) {
      // The clerk's input stays in state: nothing is reloaded or discarded on a failed save.
      setSaveState({ kind: "error", message: result.message, stale: result.code === "STALE_VERSION" });
      return false;
    }
    setInfo((i) => ({ ...i, version: result.data.version }));
    setSavedJson(JSON.stringify(sent));
    setSaveState({ kind: "saved", at: result.data.savedAt });
    return true;
  }, [pkg, info.reportId, info.version]);

  const reset = useCallback((next: TPackage, version: number, status?: string) => {
    setPkg(next);
    setSavedJson(JSON.stringify(next));
    setInfo((i) => ({ ...i, version, status: status ?? i.status, editable: status ? canEdit({ role: i.role }, status as TReportStatus) : i.editable }));
    setSaveState({ kind: "idle" });
  }, []);

  // Leaving the page (reload, closing the tab, typing another address) with unsaved input asks
  // first; moving between the editor's parts keeps the draft in this provider and needs no prompt.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const value: DraftContextValue = {
    info,
    comments: props.comments,
    pkg,
    codes,
    update,
    checks,
    dirty,
    setFieldInvalid,
    invalidFields: invalid.size,
    save,
    saveState,
    reset,
  };
  return <DraftContext.Provider value={value}>{props.children}</DraftContext.Provider>;
}
