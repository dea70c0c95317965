/**
 * Part 4 名词解释: the standard glossary, as printed in the reference report. The default text;
 * when an admin-edited glossary is stored, the server passes that instead.
 */
import { ZGlossary } from "@/lib/admin/schemas";

export interface GlossaryEntry {
  term: string;
  definition: string;
}

export const DEFAULT_GLOSSARY: readonly GlossaryEntry[] = [
  { term: "财政拨款收入", definition: "指单位从同级财政部门取得的财政预算资金。" },
  { term: "事业收入", definition: "指事业单位开展专业业务活动及辅助活动取得的收入。" },
  { term: "经营收入", definition: "指事业单位在专业业务活动及其辅助活动之外开展非独立核算经营活动取得的收入。" },
  { term: "其他收入", definition: "指单位取得的除上述收入以外的各项收入。" },
  { term: "使用非财政拨款结余", definition: "指事业单位使用以前年度积累的非财政拨款结余弥补当年收支差额的金额" },
  {
    term: "年初结转和结余",
    definition: "指单位以前年度尚未完成、结转到本年仍按原规定用途继续使用的资金，或项目已完成等产生的结余资金。",
  },
  { term: "“三公经费”支出", definition: "指通过财政拨款资金安排的因公出国（境）费、公务用车购置及运行费和公务接待费支出。" },
  { term: "机关运行经费", definition: "指为保障行政单位（包括参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。" },
];

/**
 * A revision's stored 名词解释 (revisions.glossary): the entries when it holds a valid list, else
 * null, which means the standard text above.
 */
export function storedGlossary(value: unknown): readonly GlossaryEntry[] | null {
  if (value === null || value === undefined) return null;
  const parsed = ZGlossary.safeParse(value);
  return parsed.success ? parsed.data : null;
}
