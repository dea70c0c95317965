import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { DraftProvider } from "@/components/workspace/editor/draft-context";
import { EditorNav } from "@/components/workspace/editor/editor-nav";
import { EditorToolbar } from "@/components/workspace/editor/editor-toolbar";
import { ChecksPanel } from "@/components/workspace/editor/checks-panel";
import { PartComments } from "@/components/workspace/editor/review-comments";
import { FocusHash } from "@/components/workspace/editor/focus-hash";
import { requireActor } from "@/lib/server/auth/session";
import { loadReportPage } from "@/lib/server/reports/load-report-page";
import styles from "@/components/workspace/editor/editor.module.css";

/**
 * The editor's frame. It lives in a layout so that the draft held in the browser survives moving
 * between parts (layouts are not re-mounted on navigation between their pages).
 */
export default async function EditLayout({ children, params }: { children: ReactNode; params: Promise<{ unitCode: string; year: string }> }) {
  const { unitCode, year } = await params;
  const actor = await requireActor(`/workspace/reports/${unitCode}/${year}/edit/overview`);
  const report = await loadReportPage({ actor, unitCode, year });
  if (!report) notFound();
  const info = {
    reportId: report.reportId,
    unitCode: report.unit.code,
    unitName: report.unit.name,
    year: report.year,
    status: report.status,
    role: actor.role,
    editable: report.editable,
    version: report.revision.version,
    revisionNumber: report.revision.number,
    changeNote: report.changeNote,
  };
  return (
    <DraftProvider
      key={`${report.revision.id}/${report.revision.version}`}
      info={info}
      initial={report.package}
      previousPublished={report.previousPublished}
      codes={report.codes}
      comments={report.comments}
    >
      <FocusHash />
      <EditorToolbar />
      <div className={styles.layout}>
        <EditorNav />
        <div className={styles.main}>
          <PartComments />
          {children}
        </div>
        <ChecksPanel />
      </div>
    </DraftProvider>
  );
}
