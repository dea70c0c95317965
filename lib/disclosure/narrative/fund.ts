/**
 * The shared shape of §8 (政府性基金) and §9 (国有资本经营) when the unit has such money. The
 * reference shows only the "没有…" sentences, so this wording is ours, in the report's style:
 * one paragraph with the fund's four figures, one with the spending split and its use by 项
 * (`类（类）款（款）项（项）X万元，占Y%`, as §5 lists its 类).
 */
import type { CodeSet } from "../codes";
import type { NarrativeBlock } from "../model";
import type { Fen } from "../money";
import { byCode, itemPath } from "./context";
import { paragraph, share, wan } from "./phrases";

export interface FundFigures {
  openingCarryover: Fen;
  income: Fen;
  basic: Fen;
  project: Fen;
  closingCarryover: Fen;
}

export interface FundUse {
  code: string;
  amount: Fen;
}

export function fundHasData(f: FundFigures): boolean {
  return f.openingCarryover !== 0n || f.income !== 0n || f.basic !== 0n || f.project !== 0n || f.closingCarryover !== 0n;
}

/** `fundLabel` e.g. 政府性基金预算财政拨款. */
export function fundBlocks(year: string, fundLabel: string, f: FundFigures, uses: readonly FundUse[], codes: CodeSet | null): NarrativeBlock[] {
  const spending = f.basic + f.project;
  const blocks = [
    paragraph(
      `${year}${fundLabel}年初结转和结余${wan(f.openingCarryover)}，本年收入${wan(f.income)}，` +
        `本年支出${wan(spending)}，年末结转和结余${wan(f.closingCarryover)}。`,
    ),
  ];
  if (spending !== 0n) {
    const used = uses.filter((u) => u.amount !== 0n).sort(byCode);
    const useText = used.map((u) => `${itemPath(codes, u.code)}${wan(u.amount)}，占${share(u.amount, spending)}`).join("；");
    blocks.push(paragraph(`本年支出中，基本支出${wan(f.basic)}，项目支出${wan(f.project)}` + `${used.length === 0 ? "" : `，主要用于以下方面：${useText}`}。`));
  }
  return blocks;
}
