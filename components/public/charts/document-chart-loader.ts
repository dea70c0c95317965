/**
 * The only script of a published report document (pages/units/…), which has no React runtime:
 * when a chart placeholder comes near the viewport, it loads React and recharts
 * (document-charts.tsx, a separate chunk) and draws every chart from its 表格. Bundled by
 * scripts/build-islands.mjs into public/islands/. It also turns the header's 登录 into who is
 * signed in (account-session.ts).
 */
import { mountDocumentAccount } from "../../layout/account-session";
import { whenNearViewport } from "./read-chart-table";

// The header knows who is signed in here too (the App Router pages' AccountLink does the same).
mountDocumentAccount();

const placeholders = [...document.querySelectorAll<HTMLElement>("[data-chart-for]")];
if (placeholders.length > 0) {
  whenNearViewport(placeholders, () => {
    void import("./document-charts").then((m) => m.mountCharts(placeholders));
  });
}
