/**
 * Bench section "core": how many packages per second ONE core renders (renderReport: nine tables,
 * checks, narrative, key figures) — on the reference report and on a generated unit with 300 项
 * lines over 20 类 / 100 款. The baseline, measured in the same run on the same machine, is
 * reading the same package (JSON.parse + ZPackage.parse): "render costs N× a parse" stays
 * comparable across machines where raw rates do not.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { renderReport, serializePackage, ZPackage, type CodeSet, type TPackage } from "../../lib/disclosure";
import { largePackage } from "../../lib/disclosure/testing/builders";
import { fmtRate, measure, optionsFromEnv } from "./harness";

export const description = "渲染核心（九张表 + 审核 + 情况说明），单核每秒渲染的数据包数";

const TARGET = 1000; // reference-size packages per second

interface Case {
  name: string;
  text: string;
  pkg: TPackage;
  codeSets?: readonly CodeSet[];
}

export function run(): void {
  const root = path.resolve(import.meta.dirname, "../..");
  const referenceText = readFileSync(path.join(root, "fixtures/lusong-trade-union-2020.json"), "utf8");
  const large = largePackage(300);
  const cases: Case[] = [
    { name: "reference (芦淞区总工会 2020, 7 项)", text: referenceText, pkg: ZPackage.parse(JSON.parse(referenceText)) },
    { name: "generated (300 项, 20 类, 100 款)", text: serializePackage(large.pkg), pkg: large.pkg, codeSets: [large.codeSet] },
  ];
  const options = optionsFromEnv();
  console.log(
    `core: renderReport on one core — warm-up ${options.warmupMs ?? 1000} ms, median of ${options.rounds ?? 7} rounds × ${options.roundMs ?? 500} ms`,
  );
  let referenceRate = 0;
  for (const c of cases) {
    const render = measure(() => renderReport(c.pkg, { codeSets: c.codeSets }), options);
    const parse = measure(() => ZPackage.parse(JSON.parse(c.text)), options);
    if (c === cases[0]) referenceRate = render.median;
    console.log(`  ${c.name}`);
    console.log(`    render: ${fmtRate(render.median)} packages/s  (rounds: ${render.rounds.map(fmtRate).join(", ")})`);
    console.log(`    parse (JSON.parse + ZPackage.parse, baseline): ${fmtRate(parse.median)} packages/s`);
    console.log(`    render costs ${(parse.median / render.median).toFixed(1)}× a parse`);
  }
  const verdict = referenceRate >= TARGET ? "met" : "NOT met";
  console.log(`  target ≥ ${fmtRate(TARGET)} reference-size packages/s: ${verdict} (${fmtRate(referenceRate)})`);
}
