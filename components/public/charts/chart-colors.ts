/** Bar colours, each at least 4.5:1 against white (WCAG non-text contrast needs 3:1). */
export const CHART_COLORS = ["#9f1d20", "#0b57a4", "#8a5a00", "#1a7f37"] as const;
