/**
 * On time or late: a unit has published the year's final accounts on time when its first
 * publication falls on or before the fiscal year's publicationDeadline (a date, inclusive),
 * judged in China Standard Time, where the deadline is set.
 */
export type Timeliness = "onTime" | "late" | "pending" | "overdue";

export const TIMELINESS_LABEL: Record<Timeliness, string> = {
  onTime: "按时公开",
  late: "逾期公开",
  pending: "尚未公开（未到期限）",
  overdue: "未公开（已逾期）",
};

/** The calendar date (YYYY-MM-DD) of an instant in Asia/Shanghai (UTC+8, no daylight saving). */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** The deadline is a DATE column: Prisma returns it as UTC midnight of that date. */
export function deadlineDate(deadline: Date): string {
  return deadline.toISOString().slice(0, 10);
}

export function timeliness(firstPublishedAt: Date | null, deadline: Date, now: Date): Timeliness {
  const due = deadlineDate(deadline);
  if (firstPublishedAt) return chinaDate(firstPublishedAt) <= due ? "onTime" : "late";
  return chinaDate(now) <= due ? "pending" : "overdue";
}
