// Why this file exists: `npm run eval -- <corpus.jsonl>`: runs the built library over an evaluation corpus (format of
// ../shared/corpora/README.md) and prints token-overlap recall, precision and F2 per type and overall.
//
// Options: --threshold <0..1>  --engine wasm|js  --entities A,B  --all-ages  --geography all|below-state  --json  --show <n> (print n missed and
// n spurious tokens' spans per type, for development).
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join } from "node:path";
import { newTally, scoreDocument, summarize, corpusTypeOf } from "./eval-lib.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function usage(msg) {
  if (msg) process.stderr.write(`eval: ${msg}\n`);
  process.stderr.write("usage: npm run eval -- <corpus.jsonl> [--threshold 0.35] [--engine wasm|js] [--entities A,B] [--all-ages] [--geography all|below-state] [--json] [--show 5]\n");
  process.exit(2);
}

const args = process.argv.slice(2);
let file;
const opts = {};
let json = false;
let show = 0;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === "--threshold") opts.threshold = Number(args[++i]);
  else if (a === "--engine") opts.engine = args[++i];
  else if (a === "--entities") opts.entities = args[++i].split(",");
  else if (a === "--all-ages") opts.allAges = true;
  else if (a === "--geography") opts.geography = args[++i];
  else if (a === "--json") json = true;
  else if (a === "--show") show = Number(args[++i]);
  else if (a.startsWith("--")) usage(`unknown option ${a}`);
  else if (file === undefined) file = a;
  else usage(`unexpected argument ${a}`);
}
if (!file) usage("expected a corpus path");
if (!existsSync(file)) usage(`no such file: ${file}`);
const dist = join(root, "dist/index.js");
if (!existsSync(dist)) usage("the package is not built: run `npm run build` first");
const { createRedactor } = await import(pathToFileURL(dist).href);

const redactor = await createRedactor(opts);
const tally = newTally();
const misses = new Map();
const spurious = new Map();
const lines = readFileSync(file, "utf8").split("\n");
// the corpus's own label set: types it never uses fold into their neighbours (FALLBACK_TYPE)
const corpusTypes = new Set();
for (const line of lines) {
  if (!line.trim()) continue;
  try {
    for (const s of JSON.parse(line).spans ?? []) corpusTypes.add(s.type);
  } catch {
    // reported below with its line number
  }
}
let docs = 0;
let chars = 0;
const t0 = performance.now();
let scanMs = 0;
for (let ln = 0; ln < lines.length; ln++) {
  const line = lines[ln];
  if (!line.trim()) continue;
  let rec;
  try {
    rec = JSON.parse(line);
  } catch (err) {
    usage(`${file}:${ln + 1}: not JSON (${err.message})`);
  }
  if (typeof rec.text !== "string" || !Array.isArray(rec.spans)) usage(`${file}:${ln + 1}: expected {text, spans}`);
  const s0 = performance.now();
  const found = redactor.find(rec.text);
  scanMs += performance.now() - s0;
  scoreDocument(tally, rec.text, rec.spans, rec.ignored ?? [], found, corpusTypes);
  docs++;
  chars += rec.text.length;
  if (show > 0) {
    for (const g of rec.spans) {
      const hit = found.some((f) => f.start < g.end && f.end > g.start && corpusTypeOf(f.type, corpusTypes, f.reason) === g.type);
      if (!hit) {
        const l = misses.get(g.type) ?? [];
        l.push(`${JSON.stringify(rec.text.slice(Math.max(0, g.start - 30), g.start))} [[${g.text}]] ${JSON.stringify(rec.text.slice(g.end, g.end + 15))}`);
        misses.set(g.type, l);
      }
    }
    for (const f of found) {
      const t = corpusTypeOf(f.type, corpusTypes, f.reason);
      const hit = rec.spans.some((g) => f.start < g.end && f.end > g.start && g.type === t)
        || (rec.ignored ?? []).some((g) => f.start < g.end && f.end > g.start);
      if (!hit) {
        const l = spurious.get(t) ?? [];
        l.push(`${JSON.stringify(rec.text.slice(Math.max(0, f.start - 30), f.start))} [[${f.text}]] ${JSON.stringify(rec.text.slice(f.end, f.end + 15))} (${f.type} ${f.reason} ${f.score})`);
        spurious.set(t, l);
      }
    }
  }
}
const elapsed = performance.now() - t0;
const sum = summarize(tally);
if (json) {
  process.stdout.write(JSON.stringify({ file, docs, chars, options: opts, ...sum }, null, 2) + "\n");
} else {
  const f = (x) => (Number.isNaN(x) ? "   -  " : x.toFixed(4));
  const out = [];
  out.push(`${file}: ${docs} documents, ${chars} chars, engine ${redactor.engine}, threshold ${redactor.info.threshold}, find() ${scanMs.toFixed(0)} ms (total ${elapsed.toFixed(0)} ms)`);
  out.push("type          gold   pred  recall  precis.  F2      recall(any type)");
  for (const r of sum.rows) {
    out.push(`${r.type.padEnd(12)} ${String(r.goldTokens).padStart(5)} ${String(r.predTokens).padStart(6)}  ${f(r.recall)}  ${f(r.precision)}   ${f(r.f2)}  ${f(r.recallAnyType)}`);
  }
  const o = sum.overall;
  out.push(`${"OVERALL".padEnd(12)} ${String(o.goldTokens).padStart(5)} ${String(o.predTokens).padStart(6)}  ${f(o.recall)}  ${f(o.precision)}   ${f(o.f2)}`);
  out.push(`${"ANY TYPE".padEnd(12)} ${"".padStart(5)} ${"".padStart(6)}  ${f(sum.anyType.recall)}  ${f(sum.anyType.precision)}   ${f(sum.anyType.f2)}`);
  process.stdout.write(out.join("\n") + "\n");
  if (show > 0) {
    for (const [t, l] of misses) process.stdout.write(`\nmissed ${t} (${l.length}):\n  ${l.slice(0, show).join("\n  ")}\n`);
    for (const [t, l] of spurious) process.stdout.write(`\nspurious ${t} (${l.length}):\n  ${l.slice(0, show).join("\n  ")}\n`);
  }
}
