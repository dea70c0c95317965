import Link from "next/link";

const NAV = [
  { href: "/", label: "首页" },
  { href: "/units", label: "单位" },
  { href: "/data", label: "数据与接口" },
  { href: "/login", label: "登录" },
] as const;

/** The public header. It reads no session, so that public pages stay cacheable. */
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
          </ul>
        </nav>
      </div>
    </header>
  );
}
