/**
 * The sentence above a report someone cannot edit, derived from the status machine rather than
 * written per status: which status it is in (the label quoted, so a label that starts with 已 is
 * never preceded by another 已), what the reader may do from there (the transitions their role
 * may start) and what would let them edit again. A published report thus offers 发起更正 to the
 * clerk, never "退回后可以再修改" (nothing returns a published report). Pure; shared by browser and
 * server.
 */
import type { Actor } from "./actor";
import { can } from "./permissions";
import { availableTransitions, canTransition, editableStatuses, TRANSITIONS, type TTransition } from "./status-machine";
import { STATUS_LABELS, type TReportStatus } from "@/lib/workspace/report-status";

/** 撤回 / 撤回或退回 / 撤回、退回或审核通过. */
function either(transitions: readonly TTransition[]): string {
  const labels = transitions.map((t) => TRANSITIONS[t].label);
  return labels.length < 2 ? (labels[0] ?? "") : `${labels.slice(0, -1).join("、")}或${labels.at(-1)}`;
}

/**
 * `mine`: the transitions the reader may start, by default their role's; a department report's
 * decisions are narrowed to a reviewer above the department (lib/rules/department.ts reportTransitions).
 */
export function readOnlyNotice(status: TReportStatus, actor: Pick<Actor, "role">, mine: readonly TTransition[] = availableTransitions(actor, status)): string {
  const head = `该报告当前为“${STATUS_LABELS[status]}”`;
  const editable = editableStatuses();
  // An editable status is read-only only to someone who may not edit at all (a reviewer).
  if (editable.includes(status)) return `${head}，您只能查看，不能修改。`;
  const from = (Object.keys(TRANSITIONS) as TTransition[]).filter((t) => canTransition(status, t));
  const theirs = from.filter((t) => !mine.includes(t));
  const editor = can(actor, "report.edit");
  const reopens = (ts: readonly TTransition[]) => (editor ? ts.filter((t) => editable.includes(TRANSITIONS[t].to)) : []);

  let text = `${head}，内容不能修改`;
  if (reopens(theirs).length > 0) text += `，${either(reopens(theirs))}后可以再修改`;
  // Only the one who edits waits on the others (a reviewer does not wait for the clerk to 发起更正).
  else if (editor && mine.length === 0 && theirs.length > 0) text += `，等待${either(theirs)}`;
  if (mine.length > 0) {
    text += `；您可以${either(mine)}`;
    if (reopens(mine).length > 0) text += `（${either(reopens(mine))}后可以再修改）`;
  }
  return `${text}。`;
}
