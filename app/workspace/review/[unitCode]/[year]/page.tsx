import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ReportContent } from "@/components/public/report/report-content";
import { ChangeList } from "@/components/workspace/review/change-list";
import { CheckList } from "@/components/workspace/review/check-list";
import { CommentForm } from "@/components/workspace/review/comment-form";
import { CommentList } from "@/components/workspace/review/comment-list";
import { DecisionPanel } from "@/components/workspace/review/decision-panel";
import { YearFigures } from "@/components/workspace/review/year-figures";
import { buildCodeSet } from "@/lib/disclosure/codes";
import { isFieldPathSyntax } from "@/lib/disclosure/fields/paths";
import { priorFigures } from "@/lib/disclosure/figures";
import { renderReport } from "@/lib/disclosure/render";
import { canComment } from "@/lib/rules/comments";
import { ATTACHMENT_LABELS, formatFileSize, workspaceAttachmentPath } from "@/lib/public/attachments";
import { listWorkspaceAttachments } from "@/lib/server/attachments/get-workspace-attachments";
import { requireActor } from "@/lib/server/auth/session";
import { loadReviewPage } from "@/lib/server/review/load-review-page";
import { checkDraft } from "@/lib/workspace/draft-checks";
import { partForPath, PARTS } from "@/lib/workspace/parts";
import { packageFields, reviewChanges, reviewFieldLabel } from "@/lib/workspace/review-diff";
import { reviewHref } from "@/lib/workspace/hrefs";
import { STATUS_LABELS } from "@/lib/workspace/report-status";
import styles from "@/components/workspace/review/review.module.css";

export const metadata: Metadata = { title: "审核报告" };

type Params = Promise<{ unitCode: string; year: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { unitCode, year } = await params;
  const actor = await requireActor(`/workspace/review/${unitCode}/${year}`);
  const search = await searchParams;
  const kind = search.kind === "department" ? "DEPARTMENT" : "UNIT";
  const review = await loadReviewPage({ actor, unitCode, year, kind });
  if (!review) notFound();
  const codes = review.codes ? buildCodeSet(review.codes) : null;
  const rendered = renderReport(review.package, { previous: review.previousPublished, codeSets: codes ? [codes] : undefined });
  const checks = checkDraft(review.package, review.previousPublished, codes, review.kind);
  const changes = review.base ? reviewChanges(review.base.package, review.package) : [];
  const { field } = search;
  const fieldPath = typeof field === "string" && isFieldPathSyntax(field) ? field : null;
  const base = reviewHref(review.unit.code, review.year, review.kind);
  const commentHref = (path: string) => `${base}${base.includes("?") ? "&" : "?"}field=${encodeURIComponent(path)}#comment-form`;
  const commenting = canComment(review.status);
  // The reviewer's scope was checked by loadReviewPage; the attachments are read with the same actor and scope.
  const attachments = await listWorkspaceAttachments({ actor, unitCode: review.unit.code, year: review.year, kind: review.kind });
  return (
    <>
      <p>
        <Link href="/workspace/review">← 待审核的报告</Link>
      </p>
      <h1>
        审核：{review.unit.name} {review.year}年度部门决算{review.kind === "DEPARTMENT" && "（部门汇总）"}
      </h1>
      {review.kind === "DEPARTMENT" && (
        <p className="muted">这是部门汇总的部门决算：数字由本级和下属单位审核通过的单位决算汇总而成，须由上级单位的审核人审核。</p>
      )}
      <p>
        <span className="badge" data-testid="review-status">
          {STATUS_LABELS[review.status]}
        </span>{" "}
        第{review.revision.number}版{review.revision.submittedBy && <>，{review.revision.submittedBy}提交</>}
        {review.revision.changeNote && <>。更正说明：{review.revision.changeNote}</>}{" "}
        <Link href={`/workspace/audit?unitCode=${encodeURIComponent(review.unit.code)}&year=${review.year}`}>审计日志</Link>
      </p>
      <div className={styles.layout}>
        <div>
          <section className={styles.section} aria-labelledby="checks">
            <h2 id="checks">检查结果</h2>
            <CheckList checks={checks} commentHref={commentHref} />
          </section>
          <section className={styles.section} aria-labelledby="changes">
            <h2 id="changes">与上次提交相比的变化</h2>
            {review.base ? (
              <ChangeList changes={changes} baseLabel={review.base.label} commentHref={commentHref} />
            ) : (
              <p className="muted">这是第一次提交，没有可比较的上次提交。</p>
            )}
          </section>
          <section className={styles.section} aria-labelledby="attachments" data-testid="review-attachments">
            <h2 id="attachments">附件</h2>
            {attachments.length === 0 ? (
              <p className="muted">本版本没有上传附件（盖章版、绩效自评表）。</p>
            ) : (
              <ul>
                {attachments.map((a) => (
                  <li key={a.kind}>
                    {ATTACHMENT_LABELS[a.kind]}：
                    <a href={workspaceAttachmentPath(review.unit.code, review.year, a.kind, review.kind)} download={a.fileName}>
                      {a.fileName}
                    </a>
                    （{formatFileSize(a.byteSize)}）
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className={styles.section} aria-labelledby="year">
            <h2 id="year">与上年相比</h2>
            <YearFigures figures={rendered.figures} prior={priorFigures(review.package, review.previousPublished)} year={review.year} />
          </section>
          <section className={styles.section} aria-labelledby="content">
            <h2 id="content">公开后的报告</h2>
            <ReportContent
              pkg={review.package}
              report={rendered}
              prior={priorFigures(review.package, review.previousPublished)}
              unitName={review.unit.name}
              year={review.year}
              glossary={review.glossary}
            />
          </section>
        </div>
        <aside className={styles.side}>
          <DecisionPanel reportId={review.reportId} version={review.revision.version} transitions={review.transitions} />
          {commenting && (
            <CommentForm
              key={fieldPath ?? "part"}
              reportId={review.reportId}
              parts={PARTS.filter((p) => p.keys.length > 0).map((p) => ({ slug: p.slug, title: p.title }))}
              field={fieldPath ? { path: fieldPath, label: reviewFieldLabel(fieldPath), part: partForPath(fieldPath) } : null}
              fields={packageFields(review.package).map((f) => ({ ...f, part: partForPath(f.path) }))}
            />
          )}
          <div className={styles.panel}>
            <h2>批注（{review.comments.length}）</h2>
            <CommentList comments={review.comments} />
          </div>
        </aside>
      </div>
    </>
  );
}
