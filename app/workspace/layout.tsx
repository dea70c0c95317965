import type { ReactNode } from "react";
import Link from "next/link";
import { SignOutButton } from "@/components/workspace/auth/sign-out-button";
import { ROLE_LABELS } from "@/lib/rules/actor";
import { inboxBadge } from "@/lib/rules/inbox";
import { can } from "@/lib/rules/permissions";
import { getActor } from "@/lib/server/auth/session";
import { loginPath } from "@/lib/server/auth/login-path";
import { countUnreadInbox } from "@/lib/server/inbox/count-unread-inbox";
import { redirect } from "next/navigation";
import styles from "@/components/workspace/workspace.module.css";

/** The workspace reads the session (the public layout never does, so public pages stay cacheable). */
export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  // Each page calls requireActor with its own path (and the one-time-password redirect); the
  // layout only needs someone signed in.
  const actor = await getActor();
  if (!actor) redirect(loginPath("/workspace"));
  const unread = await countUnreadInbox({ actor });
  return (
    <div className={styles.shell}>
      <div className={styles.bar}>
        <div className={`container ${styles.wide}`}>
          <Link href="/workspace" className={styles.home}>
            填报工作台
          </Link>
          <span className={styles.user}>
            {actor.displayName}（{ROLE_LABELS[actor.role]}）
          </span>
          {can(actor, "report.review") && <Link href="/workspace/review">审核</Link>}
          {can(actor, "audit.read") && <Link href="/workspace/audit">审计日志</Link>}
          <Link href="/workspace/inbox" data-testid="inbox-link">
            消息
            {unread > 0 && (
              <span className="badge" aria-label={`${unread} 条新消息`}>
                {" "}
                {inboxBadge(unread)}
              </span>
            )}
          </Link>
          {can(actor, "admin.manage") && !actor.mustChangePassword && <Link href="/workspace/admin">系统管理</Link>}
          <Link href="/workspace/password">修改密码</Link>
          <SignOutButton />
        </div>
      </div>
      <div className={`container ${styles.wide}`}>{children}</div>
    </div>
  );
}
