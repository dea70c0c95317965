import { scaleDatabase } from "/work/wt/h12/scripts/bench/scale-db";
const [u, y] = process.argv.slice(2).map(Number);
const t = Date.now();
const db = await scaleDatabase(u, y, (m) => console.error(`[scale] ${m}`));
console.log(db.url, db.reused, (Date.now() - t) / 1000);
process.exit(0);
