// Why this file exists: the fixed workload of the instruction counts in docs/performance.md (stop 52 on): N passes of
// find() (wasm engine) over a deterministic 1 MB slice of the bench's clinical corpus, in mixed case or ALL CAPS, run
// under callgrind by bench/cg/cgw.sh. Loads one built dist; --wasm FILE swaps in another build of the core (same ABI,
// e.g. an `asc --debug` build for function names, or a counting copy) without rebuilding the dist.
// Usage: node bench/cg/stage.mjs <dist> <caps|mixed|lower> <passes> [--mb 1] [--wasm FILE] [--write FILE]
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : dflt;
};
const mb = Number(opt("--mb", "1"));
const wasmFile = opt("--wasm", "");
const writeFile = opt("--write", "");
const [dist, textCase = "mixed", passesArg = "2"] = args;
if (!dist || !["caps", "mixed", "lower"].includes(textCase)) {
  console.error("usage: node bench/cg/stage.mjs <dist> <caps|mixed|lower> <passes> [--mb 1] [--wasm FILE] [--write FILE]");
  process.exit(2);
}
const passes = Number(passesArg);

// The slice: generateNotes({ seed: 1, dictionary: dictionaryNames(100_000) }) as bench/run.mjs builds it, its first notes
// up to `mb` MB (generateNotes() makes notes in order, so asking for `mb` MB gives the prefix of the bench's 4 MB).
// Generating it costs seconds under valgrind: cgw.sh writes it once outside (--write) and the cached JSON is read.
const cache = `/tmp/phiscrub-cg-slice-${mb}.json`;
let texts;
if (existsSync(cache) && !writeFile) texts = JSON.parse(readFileSync(cache, "utf8"));
else {
  const { generateNotes, dictionaryNames } = await import("../corpus.mjs");
  texts = generateNotes({ seed: 1, bytes: mb * 1e6, dictionary: dictionaryNames(100_000) }).docs.map((d) => d.text);
  writeFileSync(writeFile || cache, JSON.stringify(texts));
}
if (textCase === "caps") texts = texts.map((t) => t.toUpperCase());
else if (textCase === "lower") texts = texts.map((t) => t.toLowerCase());

if (wasmFile) {
  // Swap the embedded core for FILE's bytes wherever the dist compiles it.
  const bytes = readFileSync(wasmFile);
  const M = WebAssembly.Module;
  const compile = WebAssembly.compile;
  WebAssembly.Module = function (_b) { return new M(bytes); };
  WebAssembly.Module.prototype = M.prototype;
  for (const k of ["customSections", "exports", "imports"]) WebAssembly.Module[k] = M[k];
  WebAssembly.compile = () => compile(bytes);
}

const m = await import(pathToFileURL(resolve(dist, "index.js")).href);
const r = await m.createRedactor({ engine: "wasm" });
const h = createHash("sha256");
let n = 0;
for (let p = 0; p < passes; p++) {
  for (const t of texts) {
    const f = r.find(t);
    if (p === 0) for (const x of f) h.update(`${x.start},${x.end},${x.type};`);
    n += f.length;
  }
}
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
console.log(`stage: ${texts.length} notes, ${bytes} bytes, ${textCase}, ${passes} passes, ${n} findings, hash ${h.digest("hex").slice(0, 16)}`);
