import Link from "next/link";

export const metadata = { title: "页面不存在" };

export default function NotFound() {
  return (
    <div className="container">
      <h1>页面不存在</h1>
      <p>您要找的页面不存在，或者尚未公开。</p>
      <p>
        <Link href="/">返回首页</Link> · <Link href="/units">浏览单位</Link>
      </p>
    </div>
  );
}
