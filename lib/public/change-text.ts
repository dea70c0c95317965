import { compare, formatPercentTenths, formatWanTable, type Fen } from "@/lib/disclosure/money";

/**
 * A change between two figures as the comparison tables print it, from the core's compare():
 * "+12.30" / "-4.00" / "0.00" 万元 and "+5.2%" / "-1.0%" / "—" (a zero base has no percentage).
 */
export function changeText(current: Fen, base: Fen): { amount: string; percent: string } {
  const c = compare(current, base);
  const sign = c.direction === "increase" ? "+" : c.direction === "decrease" ? "-" : "";
  return {
    amount: `${sign}${formatWanTable(c.amount)}`,
    percent: c.percentTenths === null ? "—" : `${sign}${formatPercentTenths(c.percentTenths)}`,
  };
}
