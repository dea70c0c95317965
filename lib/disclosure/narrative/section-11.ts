/**
 * 十一、其他重要事项情况说明: （一）机关运行经费 against budget and last year with reasons;
 * （二）会议费, 培训费; （三）政府采购 with SME and small-and-micro shares; （四）vehicles and
 * equipment; （五）the clerk's free text. §11 words changes as the reference does (降低, not 减少).
 */
import type { NarrativeBlock, NarrativeSection } from "../model";
import { parseYuan, type Fen } from "../money";
import { type SectionInput, section, yearLabel } from "./context";
import { SECTION_11_WORDS, changeAmountPhrase, cleanReason, freeTextParagraphs, heading, paragraph, share, subsectionMark, wan } from "./phrases";

export const SECTION_11_TITLE = "其他重要事项情况说明";

/** `比{base}增加X万元，增长Y%` / `与{base}持平`. */
function against(actual: Fen, base: Fen, baseLabel: string): { text: string; changed: boolean } {
  const change = changeAmountPhrase(actual, base, SECTION_11_WORDS);
  return change === null ? { text: `与${baseLabel}持平`, changed: false } : { text: `比${baseLabel}${change}`, changed: true };
}

/**
 * The reference punctuates the two reasons differently — `…，主要原因是：X；比上年决算数…。主要原因是：Y。`
 * — and we keep that exactly rather than normalise the published wording.
 */
function operatingCostsParagraph({ pkg, totals, prior }: SectionInput): string {
  const oc = pkg.otherMatters.operatingCosts;
  const actual = totals.operatingCosts;
  const vsBudget = against(actual, parseYuan(oc.budget), "年初预算数");
  const budgetReason = vsBudget.changed ? cleanReason(oc.reasonVsBudget) : null;
  let text = `${yearLabel(pkg)}机关运行经费支出${wan(actual)}，${vsBudget.text}`;
  if (budgetReason !== null) text += `，主要原因是：${budgetReason}`;
  if (prior !== null) {
    const vsPrior = against(actual, prior.operatingCosts, "上年决算数");
    const priorReason = vsPrior.changed ? cleanReason(oc.reasonVsPriorYear) : null;
    text += `；${vsPrior.text}`;
    if (priorReason !== null) text += `。主要原因是：${priorReason}`;
  }
  return `${text}。`;
}

export function section11(input: SectionInput): NarrativeSection {
  const { pkg } = input;
  const om = pkg.otherMatters;
  const year = yearLabel(pkg);
  const blocks: NarrativeBlock[] = [];

  blocks.push(heading(`${subsectionMark(1)}机关运行经费支出说明`));
  blocks.push(paragraph(operatingCostsParagraph(input)));

  blocks.push(heading(`${subsectionMark(2)}一般性支出情况说明`));
  // `2020年` (not 年度) is the reference's wording here.
  blocks.push(paragraph(`${pkg.year}年开支会议费${wan(parseYuan(om.meetingCosts))}；开支培训费${wan(parseYuan(om.trainingCosts))}。`));

  blocks.push(heading(`${subsectionMark(3)}政府采购支出说明`));
  const p = om.procurement;
  const goods = parseYuan(p.goods);
  const works = parseYuan(p.works);
  const services = parseYuan(p.services);
  const total = goods + works + services;
  const sme = parseYuan(p.smeContracts);
  const smallMicro = parseYuan(p.smallMicroContracts);
  blocks.push(
    paragraph(
      `${year}政府采购支出总额${wan(total)}，其中：政府采购货物支出${wan(goods)}、` + `政府采购工程支出${wan(works)}、政府采购服务支出${wan(services)}。`,
    ),
  );
  // One paragraph: the reference's line break after 其中： is a layout break inside one sentence.
  blocks.push(
    paragraph(
      `授予中小企业合同金额${wan(sme)}，占政府采购支出总额的${share(sme, total)}，其中：` +
        `授予小微企业合同金额${wan(smallMicro)}，占政府采购支出总额的${share(smallMicro, total)}。`,
    ),
  );

  blocks.push(heading(`${subsectionMark(4)}国有资产占用情况说明`));
  const a = om.assets;
  blocks.push(
    paragraph(
      `截至${pkg.year}年12月31日，共有车辆${a.vehicles}辆；单位价值50万元以上通用设备${a.generalEquipmentOver500k}台（套）；` +
        `单位价值100万元以上专用设备${a.specialEquipmentOver1m}台（套）。`,
    ),
  );

  blocks.push(heading(`${subsectionMark(5)}其他`));
  const other = freeTextParagraphs(om.other);
  blocks.push(...(other.length === 0 ? ["无。"] : other).map(paragraph));

  return section(11, SECTION_11_TITLE, blocks);
}
