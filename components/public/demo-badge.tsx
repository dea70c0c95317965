import { DEMO_LABEL } from "@/lib/public/demo";

/** Shown next to the name of every invented unit, wherever a citizen sees it. */
export function DemoBadge({ demo }: { demo: boolean }) {
  if (!demo) return null;
  return (
    <span className="badge badge-demo" title="演示用虚构数据，不代表任何真实单位">
      {DEMO_LABEL}
    </span>
  );
}
