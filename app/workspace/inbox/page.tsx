import type { Metadata } from "next";
import Link from "next/link";
import { AuditTable } from "@/components/workspace/review/audit-table";
import { Pager, query } from "@/components/workspace/review/pager";
import { requireActor } from "@/lib/server/auth/session";
import { listInbox } from "@/lib/server/inbox/list-inbox";
import { auditEntryHref } from "@/lib/workspace/hrefs";
import { ZPage } from "@/lib/workspace/review-schemas";

export const metadata: Metadata = { title: "消息" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function InboxPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor("/workspace/inbox");
  const page = ZPage.parse((await searchParams).page);
  // Opening the inbox marks everything up to now as seen; entries newer than the last visit are flagged 新.
  const inbox = await listInbox({ actor, page, markSeen: page === 1 });
  return (
    <>
      <h1>消息</h1>
      <p className="muted">
        {actor.role === "CLERK" ? "审核人对您的报告的退回（含意见）、审核通过和发布。" : "由您审核的报告的新提交（部门决算由其上级单位的审核人审核）。"}
        {actor.role !== "CLERK" && (
          <>
            {" "}
            <Link href="/workspace/review">去审核</Link>
          </>
        )}
      </p>
      <AuditTable rows={inbox.rows} unreadColumn href={(row) => auditEntryHref(actor, row)} />
      <Pager data={inbox} href={(p) => `/workspace/inbox${query({ page: p })}`} />
    </>
  );
}
