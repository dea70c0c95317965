"use client";

/** Unexpected errors: a generic Chinese message; the detail stays in the server log. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="container">
      <h1>出错了</h1>
      <p>页面暂时无法显示，请稍后再试。如果问题持续存在，请联系管理员。</p>
      <button type="button" className="button" onClick={() => reset()}>
        重试
      </button>
    </div>
  );
}
