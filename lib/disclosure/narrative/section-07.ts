/**
 * 七、一般公共预算财政拨款三公经费支出决算情况说明 (公开07):
 * （一）budget vs actual in total and for each of the three, with the change against last year and
 *      the clerk's explanation (or 无总体情况说明);
 * （二）the actuals, then one numbered paragraph each with the counts.
 * The orders differ between the paragraphs on purpose: they are the reference's.
 */
import type { ThreePublicTotals } from "../figures";
import type { NarrativeBlock, NarrativeSection } from "../model";
import type { Fen } from "../money";
import { type SectionInput, section, yearLabel } from "./context";
import { cleanText, completionPhrase, heading, paragraph, subsectionMark, wan, yearOnYearPhrase } from "./phrases";

export const SECTION_07_TITLE = "一般公共预算财政拨款三公经费支出决算情况说明";

const OUTBOUND = "因公出国（境）费";
const RECEPTION = "公务接待费";
const VEHICLE = "公务用车购置费及运行维护费";

type Item = "outbound" | "reception" | "vehicle";

function amountOf(t: ThreePublicTotals, item: Item): Fen {
  return item === "vehicle" ? t.vehicle : t[item];
}

function priorOf(prior: SectionInput["prior"], item: Item): Fen | null {
  if (prior === null) return null;
  const p = prior.threePublicActual;
  return item === "vehicle" ? p.vehiclePurchase + p.vehicleOperation : p[item];
}

/** `…支出预算为X万元，支出决算为Y万元[，完成年初预算的Z%][，与上年…]，说明。` */
function overviewItem(input: SectionInput, item: Item, label: string): string {
  const { budget, actual } = input.totals.threePublic;
  const b = amountOf(budget, item);
  const a = amountOf(actual, item);
  const parts = [`${label}支出预算为${wan(b)}`, `支出决算为${wan(a)}`];
  const completion = completionPhrase(b, a);
  if (completion !== null) parts.push(completion);
  const yoy = yearOnYearPhrase(a, priorOf(input.prior, item));
  if (yoy !== null) parts.push(yoy);
  parts.push(cleanText(input.pkg.threePublic.explanations[item]) ?? "无总体情况说明");
  return `${parts.join("，")}。`;
}

function detailOrNone(text: string | undefined): string {
  return cleanText(text) ?? "无具体情况说明";
}

export function section07(input: SectionInput): NarrativeSection {
  const { pkg, totals } = input;
  const tp = pkg.threePublic;
  const { budget, actual } = totals.threePublic;
  const blocks: NarrativeBlock[] = [];

  // （一）
  blocks.push(heading(`${subsectionMark(1)}“三公”经费财政拨款支出决算总体情况说明`));
  const total = [`“三公”经费财政拨款支出预算为${wan(budget.total)}`, `支出决算为${wan(actual.total)}`];
  const completion = completionPhrase(budget.total, actual.total);
  if (completion !== null) total.push(completion);
  blocks.push(paragraph(`${total.join("，")}，其中：`));
  blocks.push(paragraph(overviewItem(input, "outbound", OUTBOUND)));
  blocks.push(paragraph(overviewItem(input, "reception", RECEPTION)));
  blocks.push(paragraph(overviewItem(input, "vehicle", VEHICLE)));

  // （二）
  blocks.push(heading(`${subsectionMark(2)}“三公”经费财政拨款支出决算具体情况说明`));
  blocks.push(
    paragraph(
      `${yearLabel(pkg)}“三公”经费财政拨款支出决算中，${RECEPTION}支出决算${wan(actual.reception)}，` +
        `${OUTBOUND}支出决算${wan(actual.outbound)}，${VEHICLE}支出决算${wan(actual.vehicle)}。其中：`,
    ),
  );
  blocks.push(
    paragraph(
      `1、${OUTBOUND}支出决算为${wan(actual.outbound)}，全年安排因公出国（境）团组${tp.outboundGroups}个，` +
        `累计${tp.outboundPersons}人次，${detailOrNone(tp.explanations.outboundDetail)}。`,
    ),
  );
  blocks.push(
    paragraph(
      `2、${RECEPTION}支出决算为${wan(actual.reception)}，全年共接待来访团组${tp.receptionGroups}个、` +
        `来宾${tp.receptionPersons}人次，${detailOrNone(tp.explanations.receptionDetail)}。`,
    ),
  );
  const purchase = tp.vehiclesPurchased > 0 ? `本年购置公务用车${tp.vehiclesPurchased}辆` : "本单位未购置公务用车";
  // The reference's third item has no 无具体情况说明: the holdings sentence closes it. A detail,
  // when typed, follows as its own sentence.
  const vehicleDetail = cleanText(tp.explanations.vehicleDetail);
  blocks.push(
    paragraph(
      `3、${VEHICLE}支出决算为${wan(actual.vehicle)}，其中：公务用车购置费${wan(actual.vehiclePurchase)}，${purchase}。` +
        `公务用车运行维护费${wan(actual.vehicleOperation)}，截止${pkg.year}年12月31日，` +
        `我单位开支财政拨款的公务用车保有量为${tp.vehiclesHeld}辆。${vehicleDetail === null ? "" : `${vehicleDetail}。`}`,
    ),
  );
  return section(7, SECTION_07_TITLE, blocks);
}
