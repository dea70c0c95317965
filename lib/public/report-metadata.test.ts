import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePackage, renderReport } from "@/lib/disclosure";
import type { PublishedReport } from "@/lib/public/types";
import { reportMetadata } from "./report-metadata";

const parsed = parsePackage(JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/lusong-trade-union-2020.json"), "utf8")));
if (!parsed.ok) throw new Error("fixture");
const pkg = parsed.package;
const rendered = renderReport(pkg);
const revision = (number: number) => ({ number, publishedAt: new Date("2021-08-31T02:00:00Z"), changeNote: null });

function published(latest: boolean, demo = false): PublishedReport {
  return {
    unit: { code: "430203-zgh", name: "株洲市芦淞区总工会", shortName: "芦淞区总工会", region: "湖南省株洲市芦淞区", category: "群团组织", demo },
    year: 2020,
    kind: "UNIT",
    members: [],
    revision: revision(1),
    revisions: latest ? [revision(1)] : [revision(2), revision(1)],
    latest,
    revisionId: "r1",
    pkg,
    report: rendered,
    previousFromSystem: false,
    prior: null,
    glossary: null,
    attachments: [],
  };
}

describe("reportMetadata", () => {
  it("titles the newest revision by unit and year, describes it with the core's figures, and names no canonical", () => {
    expect(reportMetadata(published(true))).toEqual({
      title: "株洲市芦淞区总工会2020年度部门决算",
      description: expect.stringContaining("收支总计221.75万元，一般公共预算财政拨款支出218.94万元"),
      canonical: undefined,
    });
  });

  it("an earlier revision says which it is and points to the report's own address", () => {
    expect(reportMetadata(published(false))).toMatchObject({ title: "株洲市芦淞区总工会2020年度部门决算（第1版）", canonical: "/units/430203-zgh/2020" });
  });

  it("labels invented units as 示例数据 in the title and the description", () => {
    const meta = reportMetadata(published(true, true));
    expect(meta.title).toContain("（示例数据）");
    expect(meta.description).toContain("（示例数据）");
  });
});
