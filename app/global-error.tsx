"use client";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body>
        <h1>出错了</h1>
        <p>页面暂时无法显示，请稍后再试。</p>
        <button type="button" onClick={() => reset()}>
          重试
        </button>
      </body>
    </html>
  );
}
