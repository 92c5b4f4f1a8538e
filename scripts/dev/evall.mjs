// Why this file exists: a development tool (not shipped, not run by the tests): runs a built tree's find() with both
// engines over a list of corpora, dumps every finding and scores each file, so that a change's effect on every finding
// can be read and compared (cmpev.py, union3.py, report.py).
// Usage: node scripts/dev/evall.mjs <treeRoot> <outDir> <filesList> [--jobs i/n]  (outDir/d/<file>.tsv: doc, start, end,
// type, reason, context; outDir/d/<file>.json: scores, tokens missed by every finding by gold type, engine mismatches)
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
const [root, out, list, ...rest] = process.argv.slice(2);
let part = 0, parts = 1;
const ji = rest.indexOf("--jobs");
if (ji >= 0) [part, parts] = rest[ji + 1].split("/").map(Number);
const { createRedactor } = await import(pathToFileURL(join(root, "dist/index.js")).href);
const lib = await import(pathToFileURL(join(root, "scripts/eval-lib.mjs")).href);
mkdirSync(join(out, "d"), { recursive: true });
const files = readFileSync(list, "utf8").split("\n").filter(Boolean);
const rw = await createRedactor({ engine: "wasm" });
const rj = await createRedactor({ engine: "js" });
for (let fi = 0; fi < files.length; fi++) {
  if (fi % parts !== part) continue;
  const file = files[fi];
  const name = basename(file).replace(/\.jsonl$/, "");
  const recs = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  const corpusTypes = new Set();
  for (const r of recs) for (const s of r.spans ?? []) corpusTypes.add(s.type);
  const tally = lib.newTally();
  const dump = [];
  let mismatch = 0;
  const missed = {};
  recs.forEach((r, di) => {
    const fw = rw.find(r.text);
    const fj = rj.find(r.text);
    const kw = fw.map((f) => `${f.start}\t${f.end}\t${f.type}`).join("|");
    const kj = fj.map((f) => `${f.start}\t${f.end}\t${f.type}`).join("|");
    if (kw !== kj) mismatch++;
    lib.scoreDocument(tally, r.text, r.spans ?? [], r.ignored ?? [], fw, corpusTypes);
    for (const f of fw) dump.push(`${di}\t${f.start}\t${f.end}\t${f.type}\t${f.reason}\t${JSON.stringify(r.text.slice(Math.max(0, f.start - 25), f.start))}\t${JSON.stringify(r.text.slice(f.start, f.end))}\t${JSON.stringify(r.text.slice(f.end, f.end + 15))}`);
    // gold tokens overlapped by no finding, by gold type (orig_type for detail)
    const toks = lib.tokenize(r.text);
    for (const g of r.spans ?? []) {
      for (const [s, e] of toks) {
        if (e <= g.start || s >= g.end) continue;
        if (fw.some((f) => f.start < e && f.end > s)) continue;
        const k = g.type + ":" + (g.orig_type ?? "");
        missed[k] = (missed[k] ?? 0) + 1;
      }
    }
  });
  const sum = lib.summarize(tally);
  writeFileSync(join(out, "d", name + ".tsv"), dump.join("\n") + "\n");
  const typed = Object.fromEntries(sum.rows.map((r) => [r.type, [r.goldTokens, r.recall, r.recallAnyType, r.precision]]));
  writeFileSync(join(out, "d", name + ".json"), JSON.stringify({ name, docs: recs.length, overall: sum.overall, any: sum.anyType, typed, missed, mismatch }) + "\n");
  const f = (x) => (Number.isNaN(x) ? "-" : x.toFixed(4));
  console.log(`${name}\tR ${f(sum.overall.recall)}\tP ${f(sum.overall.precision)}\tanyR ${f(sum.anyType.recall)}\tanyP ${f(sum.anyType.precision)}\tpred ${sum.overall.predTokens}\t${mismatch ? "MISMATCH " + mismatch : "same"}`);
}
