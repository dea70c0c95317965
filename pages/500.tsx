import Link from "next/link";
import { DocumentHead } from "@/components/public/document/document-head";

// What a published report document shows when it cannot be rendered (the database is down, say);
// prerendered at build time, so it needs nothing to be shown. The detail stays in the server log.
export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export default function ServerError() {
  return (
    <div className="container">
      <DocumentHead title="出错了" description="页面暂时无法显示，请稍后再试。" />
      <h1>出错了</h1>
      <p>页面暂时无法显示，请稍后再试。如果问题持续存在，请联系管理员。</p>
      <p>
        <Link href="/">返回首页</Link>
      </p>
    </div>
  );
}
