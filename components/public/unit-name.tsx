import Link from "next/link";
import type { PublicUnit } from "@/lib/public/types";
import { DemoBadge } from "./demo-badge";

/** A unit's name (linked to its page unless `plain`) with the 示例数据 badge when invented. */
export function UnitName({ unit, plain = false }: { unit: PublicUnit; plain?: boolean }) {
  return (
    <>
      {plain ? unit.name : <Link prefetch={false} href={`/units/${encodeURIComponent(unit.code)}`}>{unit.name}</Link>} <DemoBadge demo={unit.demo} />
    </>
  );
}
