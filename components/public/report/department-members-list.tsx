import Link from "next/link";

/** A department report's 决算单位构成: every unit it consolidates, each linked to its unit page (its reports of every year). */
export function DepartmentMembersList({ members }: { members: { code: string; name: string; own: boolean }[] }) {
  return (
    <section aria-labelledby="members-h" data-testid="department-members-public">
      <h2 id="members-h">汇总的单位（{members.length}个）</h2>
      <p>本部门决算由以下单位的单位决算汇总而成，内部往来已抵销：</p>
      <ul>
        {members.map((m) => (
          <li key={m.code}>
            <Link prefetch={false} href={`/units/${encodeURIComponent(m.code)}`}>{m.name}{m.own ? "（本级）" : ""}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
