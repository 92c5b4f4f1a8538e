// Why this file exists: lists the case gap of a labelled corpus, the gold spans the built library finds in a document
// as written but misses in its lower-cased (or upper-cased) copy, to show which rules read capitals and need other
// evidence in lower-case chat text or ALL CAPS notes (docs/names-rounds.md, stop 36).
// Usage: node scripts/case-gap.mjs <corpus.jsonl> [lower|upper]   (one line per span: type, document, context)
import { pathToFileURL, fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { existsSync } from "node:fs";
import { readCorpus } from "./fixture-io.mjs";

const [, , file, mode = "lower"] = process.argv;
if (!file || (mode !== "lower" && mode !== "upper")) {
  console.error("usage: node scripts/case-gap.mjs <corpus.jsonl> [lower|upper]");
  process.exit(2);
}
const dist = join(dirname(fileURLToPath(import.meta.url)), "..", "dist/index.js");
if (!existsSync(dist)) {
  console.error("case-gap: the package is not built: run `npm run build` first");
  process.exit(2);
}
const { createRedactor } = await import(pathToFileURL(dist).href);
const r = await createRedactor({});
const hit = (found, g) => found.some((f) => f.start < g.end && f.end > g.start);
const counts = new Map();
let i = 0;
for (const d of readCorpus(file)) {
  const copy = mode === "upper" ? d.text.toUpperCase() : d.text.toLowerCase();
  i++;
  if (copy.length !== d.text.length) continue; // offsets would move ("ß" -> "SS")
  const a = r.find(d.text);
  const b = r.find(copy);
  for (const g of d.spans ?? []) {
    if (!hit(a, g) || hit(b, g)) continue;
    counts.set(g.type, (counts.get(g.type) ?? 0) + 1);
    const ctx = `${JSON.stringify(copy.slice(Math.max(0, g.start - 35), g.start))} [[${copy.slice(g.start, g.end)}]] ${JSON.stringify(copy.slice(g.end, g.end + 20))}`;
    console.log(`${g.type}\t${d.id ?? i}\t${ctx}`);
  }
}
console.error(`${file} (${mode}): ${[...counts].map(([t, n]) => `${t} ${n}`).join(", ") || "no gap"}`);
