// npm run js:budget — after `next build`: each route's first-load JS (gzip) against the
// 150 kB budget, as a Markdown table; exits 1 when a route is over its limit (the budget, or
// the ceiling scripts/js-budget-ceilings.json still allows it). `--json` for machines.
import { BUDGET_BYTES, measureFirstLoadJs } from "./lib/js-budget.mjs";

const rows = measureFirstLoadJs();
const kb = (n) => (n / 1024).toFixed(1);
const verdict = (row) => (row.gzipBytes > row.limitBytes ? "**over its limit**" : row.gzipBytes > BUDGET_BYTES ? `over budget (ceiling ${kb(row.limitBytes)})` : "within budget");
if (process.argv.includes("--json")) {
  console.log(JSON.stringify(rows.map(({ files, ...row }) => ({ ...row, chunks: files.length })), null, 2));
} else {
  console.log(`| route | first-load JS, gzip (kB) | raw (kB) | chunks | against ${kb(BUDGET_BYTES)} kB |\n|---|---|---|---|---|`);
  for (const row of rows) console.log(`| \`${row.route}\` | ${kb(row.gzipBytes)} | ${kb(row.rawBytes)} | ${row.files.length} | ${verdict(row)} |`);
}
const over = rows.filter((row) => row.gzipBytes > row.limitBytes);
if (over.length) console.error(`${over.length} route(s) over their limit: ${over.map((r) => `${r.route} ${kb(r.gzipBytes)} kB > ${kb(r.limitBytes)} kB`).join(", ")}`);
process.exit(over.length ? 1 : 0);
