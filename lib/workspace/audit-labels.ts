/** How the audit viewer and the inbox name each recorded action. Pure. */
import type { AUDIT_ACTIONS } from "./review-schemas";

export const AUDIT_ACTION_LABELS: Record<(typeof AUDIT_ACTIONS)[number], string> = {
  "report.create": "开始填报",
  "revision.save": "保存草稿",
  "revision.import": "导入",
  "revision.consolidate": "刷新汇总",
  "report.submit": "提交审核",
  "report.withdraw": "撤回",
  "report.return": "退回",
  "report.approve": "审核通过",
  "report.publish": "发布",
  "report.correct": "发起更正",
  "comment.add": "批注",
  "comment.resolve": "标记批注已答复",
  "attachment.upload": "上传附件",
  "attachment.delete": "删除附件",
};

/** Actions about no report (administration, the seed), shown in the same logs. */
const OTHER_ACTION_LABELS: Record<string, string> = {
  "seed.create": "写入示例数据",
  "unit.create": "新建单位",
  "unit.update": "修改单位",
  "unit.delete": "删除单位",
  "unit.importList": "导入单位名录",
  "user.create": "新建用户",
  "user.update": "修改用户",
  "user.resetPassword": "重置密码",
  "user.changePassword": "修改密码",
};

export function auditActionLabel(action: string): string {
  return (AUDIT_ACTION_LABELS as Record<string, string>)[action] ?? OTHER_ACTION_LABELS[action] ?? action;
}
