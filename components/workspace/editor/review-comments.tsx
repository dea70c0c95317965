"use client";
import { useState } from "react";
import Link from "next/link";
import { useRouter, useSelectedLayoutSegment } from "next/navigation";
import { resolveCommentAction } from "@/lib/server/actions/resolve-comment-action";
import { canAnswerComment } from "@/lib/rules/comments";
import { fieldAnchorId, pointsAt } from "@/lib/disclosure/fields/paths";
import { commentPlace } from "@/components/workspace/review/comment-list";
import type { TReportStatus } from "@/lib/workspace/report-status";
import type { ReviewComment } from "@/lib/workspace/view-models";
import { useDraft } from "./draft-context";
import styles from "./editor.module.css";

function ResolveButton({ comment }: { comment: ReviewComment }) {
  const { info } = useDraft();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  if (comment.resolved || !canAnswerComment({ role: info.role }, info.status as TReportStatus)) return null;
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

/** The reviewer's remarks on one field, shown right under its input. */
export function FieldComments({ path }: { path: string }) {
  const { comments, pkg } = useDraft();
  const mine = comments.filter((c) => c.fieldPath !== null && pointsAt(pkg, c.fieldPath, path));
  if (mine.length === 0) return null;
  return (
    <span className={styles.fieldComments} data-testid={`comments-${path}`}>
      {mine.map((c) => (
        <span key={c.id} className={`${styles.comment} ${c.resolved ? styles.commentResolved : ""}`} role="note">
          <CommentBody comment={c} /> <ResolveButton comment={c} />
        </span>
      ))}
    </span>
  );
}

/** Above each part: the remarks on the whole report and on this part, each linking to its field. */
export function PartComments() {
  const { comments, info } = useDraft();
  const part = useSelectedLayoutSegment();
  const shown = comments.filter((c) => c.section === "report" || c.section === part);
  if (shown.length === 0) return null;
  const base = `/workspace/reports/${encodeURIComponent(info.unitCode)}/${info.year}/edit/${part}`;
  return (
    <section className={styles.partComments} aria-label="审核批注" data-testid="part-comments">
      <h2>审核批注</h2>
      <ul>
        {shown.map((c) => (
          <li key={c.id} className={`${styles.comment} ${c.resolved ? styles.commentResolved : ""}`}>
            <span className={styles.commentMeta}>
              {c.fieldPath ? (
                <Link href={`${base}#${fieldAnchorId(c.fieldPath)}`} scroll={false}>
                  {commentPlace(c)}
                </Link>
              ) : (
                commentPlace(c)
              )}
            </span>
            <CommentBody comment={c} /> <ResolveButton comment={c} />
          </li>
        ))}
      </ul>
    </section>
  );
}
