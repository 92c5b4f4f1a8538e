// Why this file exists: AssemblyScript compiles `a && b && c` left-nested, `if (if (a) (b) (0)) (c) (0)`, and neither
// binaryen nor V8 threads the branch through the constant: when `a` fails, the machine code still tests the 0 at every
// enclosing level (~4 instructions a level; `||` chains the same with the constant 1). Written `a && (b && c)` (the same
// operands in the same order, the same short-circuit: both operators are associative, in value as in truth), a failing
// `a` jumps past the whole chain. This script rewrites the chains of the core's functions into that form by inserting
// parentheses only (docs/performance.md, stops 42-43); it is idempotent, so it can be rerun after a merge or a new rule.
//
//   node scripts/nest-chains.mjs [--check] [files...]     (default: every .ts file under assembly/)
//
// What it rewrites: the condition of every `if` and `while`, the value of every `return`, `const` and `let`, inside
// every function declared at the top level (`function`, `export function`, `@inline function`), and, within those, every
// parenthesised group and call argument. At each level, a chain of `||` (operands at the top level of the expression)
// and each chain of `&&` between them are right-nested; a level holding `?`, `=` or `=>` is left as written (its groups
// are still visited). Comments and strings are never touched. --check exits 1 when a file would change.
import { readFileSync, writeFileSync, readdirSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

// Functions left as written, with every function called once and only from them (binaryen inlines those into them in
// the fallback's build). Stop 43 kept laterRounds() and addressOrFacility() here: their JS fallback functions (wasm2js)
// sat near test/wasm.test.ts's size limit, and nested chains compile to nested `if` blocks whose deeper indentation made
// them ~11% longer. Since stop 44 the fallback's build inlines less (scripts/embed-wasm.mjs, 300 IR nodes) and the list
// is empty: every chain is nested (docs/performance.md, "Stop 44: spd44"). A function named here is kept again.
const KEEP_ROOTS = [];

const args = process.argv.slice(2);
const check = args.includes("--check");
let files = args.filter((a) => !a.startsWith("--"));
if (files.length === 0) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..", "assembly");
  const walk = (d) => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : f.endsWith(".ts") ? [join(d, f)] : []));
  files = walk(root);
}

/** The source with its insertions applied, and how many chains were nested. */
export function nestChains(src) {
  const n = src.length;
  // code[i]: byte i is code (not inside a comment or a string)
  const code = new Uint8Array(n);
  for (let i = 0; i < n; ) {
    const c = src[i], d = src[i + 1];
    if (c === "/" && d === "/") { while (i < n && src[i] !== "\n") i++; continue; }
    if (c === "/" && d === "*") { i = src.indexOf("*/", i + 2) + 2; continue; }
    if (c === '"' || c === "'" || c === "`") {
      let j = i + 1;
      while (src[j] !== c) { if (src[j] === "\\") j++; j++; }
      i = j + 1;
      continue;
    }
    code[i++] = 1;
  }
  const open = (c) => c === "(" || c === "[" || c === "{";
  const close = (c) => c === ")" || c === "]" || c === "}";
  const blank = (j) => !code[j] || /\s/.test(src[j]);
  function matchClose(i) {
    let depth = 0;
    for (let j = i; j < n; j++) {
      if (!code[j]) continue;
      if (open(src[j])) depth++;
      else if (close(src[j]) && --depth === 0) return j;
    }
    throw new Error(`nest-chains: unbalanced bracket at ${i}`);
  }
  const lastSig = (a, b) => { for (let j = b - 1; j >= a; j--) if (!blank(j)) return j; return -1; };
  const firstSig = (a, b) => { for (let j = a; j < b; j++) if (!blank(j)) return j; return -1; };
  // the operators and groups at the top level of [a, b)
  function scanTop(a, b) {
    const toks = [], groups = [];
    for (let j = a; j < b; j++) {
      if (!code[j]) continue;
      const c = src[j];
      if (open(c)) { const e = matchClose(j); groups.push([j, e, c]); j = e; continue; }
      if (c === "&" && src[j + 1] === "&") { toks.push(["&&", j++]); continue; }
      if (c === "|" && src[j + 1] === "|") { toks.push(["||", j++]); continue; }
      if (c === "?" || c === ",") { toks.push([c, j]); continue; }
      if (c === "=") {
        const p = src[j - 1], q = src[j + 1];
        if (q === "=") { j++; if (src[j + 1] === "=") j++; continue; }
        if (p === "!" || p === "<" || p === ">" || p === "=") continue;
        toks.push([q === ">" ? "=>" : "=", j]);
      }
    }
    return { toks, groups };
  }
  const ins = [];
  let chains = 0;
  // operands between the operators at `ops` in [a, b): "(" before each but the first two, the ")"s after the last
  function chain(a, b, ops) {
    if (ops.length < 2) return;
    for (let i = 0; i < ops.length - 1; i++) ins.push([firstSig(ops[i] + 2, b), "("]);
    ins.push([lastSig(a, b) + 1, ")".repeat(ops.length - 1)]);
    chains++;
  }
  function expr(a, b) {
    const { toks, groups } = scanTop(a, b);
    const commas = toks.filter(([t]) => t === ",").map(([, p]) => p);
    const starts = [a, ...commas.map((p) => p + 1)], ends = [...commas, b];
    for (let s = 0; s < starts.length; s++) {
      const pa = starts[s], pb = ends[s];
      const pt = toks.filter(([, p]) => p >= pa && p < pb);
      if (pt.some(([t]) => t === "?" || t === "=" || t === "=>")) continue;
      const ors = pt.filter(([t]) => t === "||").map(([, p]) => p);
      chain(pa, pb, ors);
      const oa = [pa, ...ors.map((p) => p + 2)], ob = [...ors, pb];
      for (let q = 0; q < oa.length; q++) chain(oa[q], ob[q], pt.filter(([t, p]) => t === "&&" && p >= oa[q] && p < ob[q]).map(([, p]) => p));
    }
    for (const [g, e, c] of groups) if (c !== "{") expr(g + 1, e);
  }
  const fre = /^(?:export |@inline )?function (\w+)\(/gm;
  // the functions' bodies, and the ones kept as written (KEEP_ROOTS and, transitively, the functions they alone call once)
  const fns = [];
  for (let m; (m = fre.exec(src)); ) {
    if (!code[m.index]) continue;
    let bo = matchClose(src.indexOf("(", m.index));
    while (src[bo] !== "{" || !code[bo]) bo++;
    fns.push([m[1], bo, matchClose(bo)]);
  }
  const keep = new Set(KEEP_ROOTS.filter((f) => fns.some(([g]) => g === f)));
  for (let grew = true; grew; ) {
    grew = false;
    for (const [name] of fns) {
      if (keep.has(name)) continue;
      const calls = [...src.matchAll(new RegExp(`\\b${name}\\(`, "g"))].map((c) => c.index).filter((i) => code[i] && !/function $/.test(src.slice(i - 9, i)));
      if (calls.length !== 1) continue;
      const caller = fns.find(([, bo, be]) => calls[0] > bo && calls[0] < be);
      if (caller && keep.has(caller[0])) { keep.add(name); grew = true; }
    }
  }
  if (process.env.NEST_DEBUG) console.error([...keep].join(" "));
  for (const [name, bo, be] of fns) {
    if (keep.has(name)) continue;
    const kw = /\b(if|while|return|const|let)\b/g;
    kw.lastIndex = bo;
    let k;
    while ((k = kw.exec(src)) && k.index < be) {
      if (!code[k.index]) continue;
      const w = k[1];
      if (w === "if" || w === "while") {
        const o = firstSig(k.index + w.length, be);
        if (src[o] !== "(") continue;
        const c = matchClose(o);
        expr(o + 1, c);
        kw.lastIndex = c;
        continue;
      }
      // the statement's end: ";" or the block's close at depth 0
      let j = k.index + w.length;
      for (let depth = 0; j < be; j++) {
        if (!code[j]) continue;
        const c = src[j];
        if (open(c)) depth++;
        else if (close(c)) { if (depth === 0) break; depth--; }
        else if (c === ";" && depth === 0) break;
      }
      let a = k.index + w.length;
      if (w !== "return") {
        const eq = scanTop(a, j).toks.find(([t]) => t === "=");
        if (!eq) { kw.lastIndex = j; continue; }
        a = eq[1] + 1;
      }
      expr(a, j);
      kw.lastIndex = j;
    }
  }
  ins.sort((x, y) => x[0] - y[0]);
  const parts = [];
  let last = 0;
  for (const [p, t] of ins) { parts.push(src.slice(last, p), t); last = p; }
  parts.push(src.slice(last));
  return { out: parts.join(""), chains };
}

let changed = 0;
for (const f of files) {
  const src = readFileSync(f, "utf8");
  const { out, chains } = nestChains(src);
  if (out === src) continue;
  changed++;
  if (check) console.log(`${f}: ${chains} chains to nest`);
  else { writeFileSync(f, out); console.log(`${f}: ${chains} chains nested`); }
}
if (check && changed > 0) process.exit(1);
