import type { Metadata } from "next";
import styles from "@/components/public/lists/lists.module.css";

export const metadata: Metadata = {
  title: "数据与接口",
  description: "部门决算公开数据的下载方式与公开接口（JSON，允许跨域）：单位、年度报告、数据包、CSV、Excel、PDF 与公开情况。",
};

const ENDPOINTS: [string, string][] = [
  ["/api/v1/units?q=芦淞", "单位列表；q 按名称或编码筛选。每个单位含已公开年度。"],
  ["/api/v1/units/{单位编码}", "单位及其每个年度的公开情况；已公开年度附主要指标。"],
  ["/api/v1/units/{单位编码}/reports/{年度}", "报告：九张表、情况说明、主要指标（金额为元，两位小数的文本）。"],
  ["/api/v1/units/{单位编码}/reports/{年度}/package.json", "数据包（budget-disclosure/1），即单位填报的原始数据。"],
  ["/api/v1/units/{单位编码}/reports/{年度}/tables/g01.csv … g09.csv", "单张表 CSV（UTF-8 带 BOM，万元两位小数）。"],
  ["/api/v1/units/{单位编码}/reports/{年度}/tables.xlsx", "九张表 Excel 工作簿，版式同官方表格。"],
  ["/api/v1/units/{单位编码}/reports/{年度}/report.pdf", "报告全文 PDF（A4）。"],
  ["/api/v1/years", "各年度的公开期限与公开数量（按时、逾期、未公开）。"],
  ["/api/v1/status/{年度}", "某年度各单位公开情况；加 .csv 后缀下载 CSV。"],
];

export default function DataPage() {
  return (
    <div className="container">
      <h1>数据与接口</h1>
      <p>本平台公开的全部数据都可以下载或通过接口读取，无需登录。每份报告页面上都有 PDF、Excel、CSV 和数据包的下载链接。</p>
      <h2>约定</h2>
      <ul>
        <li>只返回已公开的报告；未公开的年度与不存在的单位一样返回 404。</li>
        <li>报告的各个版本都可读取：在报告类地址后加 <code>?revision=版本号</code>，不加则为最新版本。</li>
        <li>JSON 中的金额单位为元，是两位小数的文本（如 <code>&quot;2189400.00&quot;</code>），以免浮点误差；表格、CSV、Excel 中为万元，两位小数。</li>
        <li>所有合计、小计、占比与增减均由系统依据单位填报数据计算。</li>
        <li>允许跨域（CORS），响应可被共享缓存保存；出错时返回 <code>{'{ "error": { "code": "NOT_FOUND", "message": "中文说明" } }'}</code>。</li>
        <li>标注“示例数据”（<code>&quot;demo&quot;: true</code>）的单位为演示用虚构数据。</li>
      </ul>
      <h2>接口</h2>
      <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="接口列表（可左右滚动）">
        <table className={styles.table}>
          <caption className="visually-hidden">公开接口</caption>
          <thead>
            <tr>
              <th scope="col">地址（GET）</th>
              <th scope="col">内容</th>
            </tr>
          </thead>
          <tbody>
            {ENDPOINTS.map(([path, what]) => (
              <tr key={path}>
                <th scope="row">
                  <code>{path}</code>
                </th>
                <td>{what}</td>
              </tr>
            ))}
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
