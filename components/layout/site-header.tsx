import Link from "next/link";
import { AccountLink } from "./account-link";

const NAV = [
  { href: "/", label: "首页" },
  { href: "/units", label: "单位" },
  { href: "/compare", label: "比较" },
  { href: "/status", label: "公开情况" },
  { href: "/analysis", label: "数据分析" },
  { href: "/data", label: "数据与接口" },
] as const;

/** The public header. It reads no session, so that public pages stay cacheable (see AccountLink). */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container">
        <Link href="/" className="site-brand">
          公开 <small>部门决算公开平台</small>
        </Link>
        <nav className="site-nav" aria-label="主导航">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
            <li data-account>
              <AccountLink />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
