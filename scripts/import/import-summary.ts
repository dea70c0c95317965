/** The bulk import's closing summary, in Chinese: counts, then every refused file with its reason. */
export interface FileOutcome {
  file: string;
  status: "created" | "updated" | "corrected" | "unchanged" | "refused";
  unitCode?: string;
  year?: number;
  unitCreated?: boolean;
  published?: boolean;
  reason?: string;
}

export function importSummary(outcomes: readonly FileOutcome[], options: { dryRun: boolean; publish: boolean; seconds: number }): string {
  const count = (status: FileOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
  const refused = outcomes.filter((o) => o.status === "refused");
  const imported = count("created") + count("updated") + count("corrected");
  const lines = [
    `${options.dryRun ? "演练（未写入任何数据）" : "导入完成"}：共 ${outcomes.length} 个文件，用时 ${options.seconds.toFixed(1)} 秒`,
    `  导入 ${imported} 个（新建 ${count("created")}，更新草稿 ${count("updated")}，更正 ${count("corrected")}）`,
    `  未变化 ${count("unchanged")} 个`,
    `  新建单位 ${outcomes.filter((o) => o.unitCreated).length} 个`,
  ];
  if (options.publish) lines.push(`  已发布 ${outcomes.filter((o) => o.published).length} 个`);
  lines.push(`  拒绝 ${refused.length} 个`);
  for (const o of refused) lines.push(`    ${o.file}：${o.reason}`);
  return lines.join("\n");
}
