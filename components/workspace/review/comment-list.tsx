import { PARTS } from "@/lib/workspace/parts";
import { reviewFieldLabel } from "@/lib/workspace/review-diff";
import type { ReviewComment } from "@/lib/workspace/view-models";
import styles from "./review.module.css";

const DATE = new Intl.DateTimeFormat("zh-CN", { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });

/** Where a remark applies, in words: the field's label, else the part's title. */
export function commentPlace(comment: Pick<ReviewComment, "section" | "fieldPath">): string {
  if (comment.fieldPath) return reviewFieldLabel(comment.fieldPath);
  if (comment.section === "report") return "整份报告";
  return PARTS.find((p) => p.slug === comment.section)?.title ?? comment.section;
}

export function CommentMeta({ comment }: { comment: ReviewComment }) {
  return (
    <span className={styles.where}>
      {commentPlace(comment)} · {comment.author} · {DATE.format(comment.createdAt)}
      {comment.resolved ? ` · 已答复${comment.resolvedBy ? `（${comment.resolvedBy}）` : ""}` : " · 待答复"}
    </span>
  );
}

/** Every remark on the revision, oldest first. */
export function CommentList({ comments }: { comments: ReviewComment[] }) {
  if (comments.length === 0) return <p className="muted">还没有批注。</p>;
  return (
    <ol className={styles.comments} data-testid="comment-list">
      {comments.map((c) => (
        <li key={c.id} className={`${styles.comment} ${c.resolved ? styles.resolved : ""}`}>
          <CommentMeta comment={c} />
          <div>{c.body}</div>
        </li>
      ))}
    </ol>
  );
}
