import type { DepartmentMember } from "@/lib/server/reports/get-department-rollup";
import { STATUS_LABELS } from "@/lib/workspace/report-status";
import styles from "../dashboard/dashboard.module.css";

/** Who is in the roll-up: 本级 and each subordinate with its status; the missing ones stand out. */
export function DepartmentMembers({ members }: { members: DepartmentMember[] }) {
  return (
    <table className={styles.table} data-testid="department-members">
      <caption>决算单位构成</caption>
      <thead>
        <tr>
          <th scope="col">单位</th>
          <th scope="col">状态</th>
          <th scope="col">纳入汇总</th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr key={m.unit.code} data-testid={`member-${m.unit.code}`}>
            <td>
              {m.unit.name}
              {m.own && "（本级）"}
            </td>
            <td>{STATUS_LABELS[m.status]}</td>
            <td>{m.included ? "已纳入" : <strong>未纳入：{m.status === "NONE" ? "尚未填报" : "尚未审核通过"}</strong>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
