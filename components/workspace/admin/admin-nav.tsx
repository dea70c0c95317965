import Link from "next/link";
import styles from "./admin.module.css";

const LINKS = [
  ["/workspace/admin", "概览与操作记录"],
  ["/workspace/admin/units", "单位"],
  ["/workspace/admin/users", "用户"],
  ["/workspace/admin/years", "年度"],
  ["/workspace/admin/codes", "科目编码"],
  ["/workspace/admin/texts", "默认文本"],
] as const;

export function AdminNav({ current }: { current: string }) {
  return (
    <nav className={styles.nav} aria-label="系统管理">
      {LINKS.map(([href, label]) => (
        <Link key={href} href={href} aria-current={current === href ? "page" : undefined}>
          {label}
        </Link>
      ))}
    </nav>
  );
}
