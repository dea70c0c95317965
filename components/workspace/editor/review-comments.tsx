"use client";
import { useState } from "react";
import Link from "next/link";
import { useRouter, useSelectedLayoutSegment } from "next/navigation";
import { resolveCommentAction } from "@/lib/server/actions/resolve-comment-action";
import type { TRole } from "@/lib/rules/actor";
import { canAnswerComment } from "@/lib/rules/comments";
import { fieldAnchorId, pointsAt } from "@/lib/disclosure/fields/paths";
import { commentPlace } from "@/components/workspace/review/comment-list";
import type { TReportStatus } from "@/lib/workspace/report-status";
import type { ReviewComment } from "@/lib/workspace/view-models";
import { useDraft } from "./draft-context";
import styles from "./editor.module.css";

/** Who reads the remarks and the report's status: together they decide whether 标记已答复 is offered. */
export interface CommentReader {
  role: TRole;
  status: TReportStatus;
}

function ResolveButton({ comment, reader }: { comment: ReviewComment; reader: CommentReader }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  if (comment.resolved || !canAnswerComment(reader, reader.status)) return null;
  return (
    <>
      <button
        type="button"
        className="button button-secondary"
        onClick={async () => {
          const result = await resolveCommentAction({ commentId: comment.id }).catch(() => null);
          if (!result?.ok) return setError(result?.message ?? "网络错误，请稍后重试");
          router.refresh();
        }}
      >
        标记已答复
      </button>
      {error && (
        <span className={styles.fieldError} role="alert">
          {error}
        </span>
      )}
    </>
  );
}

function CommentBody({ comment }: { comment: ReviewComment }) {
  return (
    <>
      <span className={styles.commentMeta}>
        审核批注 · {comment.author}
        {comment.resolved ? " · 已答复" : ""}
      </span>
      <span className={styles.commentBody}>{comment.body}</span>
    </>
  );
}

const editorReader = (info: { role: TRole; status: string }): CommentReader => ({ role: info.role, status: info.status as TReportStatus });

/** The reviewer's remarks on one field, shown right under its input. */
export function FieldComments({ path }: { path: string }) {
  const { comments, pkg, info } = useDraft();
  const mine = comments.filter((c) => c.fieldPath !== null && pointsAt(pkg, c.fieldPath, path));
  if (mine.length === 0) return null;
  return (
    <span className={styles.fieldComments} data-testid={`comments-${path}`}>
      {mine.map((c) => (
        <span key={c.id} className={`${styles.comment} ${c.resolved ? styles.commentResolved : ""}`} role="note">
          <CommentBody comment={c} /> <ResolveButton comment={c} reader={editorReader(info)} />
        </span>
      ))}
    </span>
  );
}

export interface ReviewCommentsProps {
  comments: ReviewComment[];
  reader: CommentReader;
  /** Where a remark's place links to (its field's input), by remark id; a remark without one is named, not linked. */
  hrefs: Record<string, string>;
  testId: string;
}

/**
 * 审核批注: remarks (a return's reason among them), each naming where it applies (linked to its
 * field when there is one to go to), with 标记已答复 while the clerk may answer. The editor shows
 * a part's remarks above the part; the department page shows all of the department report's.
 */
export function ReviewComments({ comments, reader, hrefs, testId }: ReviewCommentsProps) {
  if (comments.length === 0) return null;
  return (
    <section className={styles.partComments} aria-label="审核批注" data-testid={testId}>
      <h2>审核批注</h2>
      <ul>
        {comments.map((c) => (
          <li key={c.id} className={`${styles.comment} ${c.resolved ? styles.commentResolved : ""}`}>
            <span className={styles.commentMeta}>
              {hrefs[c.id] ? (
                <Link href={hrefs[c.id]} scroll={false}>
                  {commentPlace(c)}
                </Link>
              ) : (
                commentPlace(c)
              )}
            </span>
            <CommentBody comment={c} /> <ResolveButton comment={c} reader={reader} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Above each part: the remarks on the whole report and on this part, each linking to its field. */
export function PartComments() {
  const { comments, info } = useDraft();
  const part = useSelectedLayoutSegment();
  const shown = comments.filter((c) => c.section === "report" || c.section === part);
  const base = `/workspace/reports/${encodeURIComponent(info.unitCode)}/${info.year}/edit/${part}`;
  const hrefs = Object.fromEntries(shown.flatMap((c) => (c.fieldPath ? [[c.id, `${base}#${fieldAnchorId(c.fieldPath)}`]] : [])));
  return <ReviewComments comments={shown} reader={editorReader(info)} hrefs={hrefs} testId="part-comments" />;
}
