// Why this file exists: dev-only token-level scoring of the name/place detector on a labelled JSONL corpus (the shared
// eval tool of issue 3 replaces it once merged). Usage: node scripts/dev-eval-names.mjs corpus.jsonl [--fp] [--fn]
import { readFileSync } from "node:fs";
import { createRedactorSync } from "../dist/index.js";

const [file, ...flags] = process.argv.slice(2);
if (!file) throw new Error("usage: node scripts/dev-eval-names.mjs corpus.jsonl [--fp] [--fn] [--engine=js]");
const engine = flags.find((f) => f.startsWith("--engine="))?.slice(9) ?? "wasm";
const threshold = Number(flags.find((f) => f.startsWith("--threshold="))?.slice(12) ?? 0.35);
const r = createRedactorSync({ engine, threshold, ...(flags.includes("--all") ? {} : { entities: ["NAME", "LOCATION"] }) });
const isWord = (c) => /[\p{L}\p{N}]/u.test(c);
function tokens(text) {
  const out = [];
  let s = -1;
  for (let i = 0; i <= text.length; i++) {
    const w = i < text.length && isWord(text[i]);
    if (w && s < 0) s = i;
    else if (!w && s >= 0) { out.push([s, i]); s = -1; }
  }
  return out;
}
const over = (t, spans) => spans.find((p) => t[0] < p.end && p.start < t[1]);
const stat = {};
const inc = (k, n = 1) => (stat[k] = (stat[k] ?? 0) + n);
let words = 0, fpTok = 0;
const fps = [], fns = [];
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line) continue;
  const d = JSON.parse(line);
  const found = r.find(d.text);
  for (const t of tokens(d.text)) {
    words++;
    const g = over(t, d.spans);
    const ign = over(t, d.ignored ?? []);
    const p = over(t, found);
    if (g) {
      inc(`gold:${g.type}`);
      if (p) inc(`hit:${g.type}`);
      else if (g.type === "NAME" || g.type === "LOCATION") fns.push(`${d.id} ${g.type}/${g.orig_type} "${g.text}"`);
      if (p) inc("tp");
      else inc("fn");
    } else if (p && !ign) {
      inc("fp");
      fpTok++;
      fps.push(`${d.id} ${p.type} "${p.text}" ${p.reason} ${p.score} | ${d.text.slice(Math.max(0, p.start - 40), p.end + 40).replace(/\n/g, " ")}`);
    }
  }
}
const rec = (t) => ((stat[`hit:${t}`] ?? 0) / (stat[`gold:${t}`] || 1)).toFixed(3);
const P = stat.tp / ((stat.tp ?? 0) + (stat.fp ?? 0) || 1);
const NL = (stat["hit:NAME"] ?? 0) + (stat["hit:LOCATION"] ?? 0);
console.log(JSON.stringify({ words, nameRecall: rec("NAME"), locationRecall: rec("LOCATION"), orgRecall: rec("ORGANIZATION"),
  nameLocRecall: (NL / ((stat["gold:NAME"] ?? 0) + (stat["gold:LOCATION"] ?? 0) || 1)).toFixed(3),
  precision: P.toFixed(3), fpTokens: fpTok, fpPer1000Words: ((fpTok / words) * 1000).toFixed(2), stat }));
if (flags.includes("--fp")) for (const x of fps) console.log("FP", x);
if (flags.includes("--fn")) for (const x of fns) console.log("FN", x);
