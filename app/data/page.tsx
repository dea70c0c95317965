import type { Metadata } from "next";
import Link from "next/link";
import { Fragment } from "react";
import styles from "@/components/public/lists/lists.module.css";
import { ENDPOINTS } from "@/lib/public/api/endpoints";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "@/lib/public/api/paging";
import { buildOpenApi } from "@/lib/public/api/openapi";
import { listFiscalYears } from "@/lib/server/public/list-fiscal-years";

// The years' links follow publications; rendered per request like the other lists (nginx
// micro-caches it), never prerendered at build time, when there is no database.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "数据与接口",
  description: "部门决算公开数据的下载方式与公开接口（JSON，允许跨域，OpenAPI 3.1）：单位、年度报告、汇总、开放数据包、CSV、Excel、PDF 与公开情况。",
};

/** An address with a line-break opportunity before each / ? & and none elsewhere (not at a "-"), so it wraps where a reader expects. */
function breakable(address: string) {
  return address.split(/(?=[/?&])/).map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      <span className={styles.segment}>{part}</span>
    </Fragment>
  ));
}

type Operation = { summary: string; description?: string; parameters?: { name: string; in: string; required: boolean; description?: string }[] };

export default async function DataPage() {
  // The list below is rendered from the same OpenAPI document that /api/v1/openapi.json serves.
  const paths = buildOpenApi().paths as Record<string, { get: Operation }>;
  const years = (await listFiscalYears()).filter((y) => y.counts.published > 0);
  return (
    <div className="container">
      <h1>数据与接口</h1>
      <p>本平台公开的全部数据都可以下载或通过接口读取，无需登录。每份报告页面上都有 PDF、Excel、CSV 和数据包的下载链接。</p>
      <h2>年度开放数据</h2>
      <p>每个年度全部已公开报告的数据：财政数据包（Frictionless Fiscal Data Package，金额为元）、明细 CSV，以及含各单位数据包的 ZIP。</p>
      {years.length === 0 ? (
        <p>暂无已公开的年度。</p>
      ) : (
        <ul>
          {years.map((y) => (
            <li key={y.year}>
              {y.year}年度（{y.counts.published}份报告）：<a href={`/api/v1/open-data/${y.year}.zip`}>ZIP</a>　
              <a href={`/api/v1/open-data/${y.year}/datapackage.json`}>datapackage.json</a>　<a href={`/api/v1/open-data/${y.year}/line-items.csv`}>明细 CSV</a>
            </li>
          ))}
        </ul>
      )}
      <p>
        跨单位的汇总见 <Link href="/analysis">数据分析</Link>，或调用下面的 <code>/api/v1/aggregates</code>。
      </p>
      <h2>约定</h2>
      <ul>
        <li>只返回已公开的报告；未公开的年度与不存在的单位一样返回 404。</li>
        <li>
          报告的各个版本都可读取：在报告类地址后加 <code>?revision=版本号</code>，不加则为最新版本。
        </li>
        <li>
          JSON 中的金额单位为元，是两位小数的文本（如 <code>&quot;2189400.00&quot;</code>），以免浮点误差；表格、CSV、Excel 中为万元，两位小数。
        </li>
        <li>
          列表分页：<code>page</code>、<code>pageSize</code>（默认 {DEFAULT_PAGE_SIZE}，最大 {MAX_PAGE_SIZE}，超过时返回 400），响应含 <code>page</code>、
          <code>pageSize</code>、<code>total</code> 与下一页地址 <code>next</code>。
        </li>
        <li>所有合计、小计、占比与增减均由系统依据单位填报数据计算。</li>
        <li>
          允许跨域（CORS），响应可被共享缓存保存，并带 ETag（用 If-None-Match 可得 304）；出错时返回{" "}
          <code>{'{ "error": { "code": "NOT_FOUND", "message": "中文说明" } }'}</code>。
        </li>
        <li>
          标注“示例数据”（<code>&quot;demo&quot;: true</code>）的单位为演示用虚构数据。
        </li>
      </ul>
      <h2>接口</h2>
      <p>
        完整的接口说明（OpenAPI 3.1，可用于生成客户端）：<a href="/api/v1/openapi.json">/api/v1/openapi.json</a>
      </p>
      <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="接口列表（可左右滚动）">
        <table className={`${styles.table} ${styles.endpoints}`}>
          <caption className="visually-hidden">公开接口</caption>
          <colgroup>
            <col className={styles.path} />
            <col />
            <col className={styles.example} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">地址（GET）</th>
              <th scope="col">内容</th>
              <th scope="col">示例</th>
            </tr>
          </thead>
          <tbody>
            {ENDPOINTS.map(({ path, example }) => {
              const op = paths[path].get;
              const query = (op.parameters ?? []).filter((p) => p.in === "query");
              return (
                <tr key={path}>
                  <th scope="row">
                    <code>{breakable(path)}</code>
                  </th>
                  <td>
                    {op.summary}
                    {op.description ? `：${op.description}` : "。"}
                    {query.length > 0 && (
                      <>
                        <br />
                        参数：
                        {query.map((p, i) => (
                          <span key={p.name}>
                            {i > 0 && "；"}
                            <code>{p.name}</code>
                            {p.required ? "（必填）" : ""}
                            {p.description ? ` ${p.description}` : ""}
                          </span>
                        ))}
                      </>
                    )}
                  </td>
                  <td>
                    {example ? (
                      <a href={example}>
                        <code>{breakable(example)}</code>
                      </a>
                    ) : (
                      "示例数据中没有部门决算"
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2>示例</h2>
      <pre className={styles.tableScroll} tabIndex={0}>
        <code>curl https://公开平台地址/api/v1/units/430203-zgh/reports/2020</code>
      </pre>
    </div>
  );
}
