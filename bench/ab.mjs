// Why this file exists: a paired timing of two built trees (two `dist/` folders) in one process, so that a slow or
// loaded machine shifts both alike: find() with no detector family (automaton + cues only) and with all of them,
// alternating passes over one slice of the generated corpus. The full benchmark is bench/run.mjs; this answers
// "did this change make find() slower?" when two bench runs on a shared machine disagree.
// Usage: node bench/ab.mjs <distA> <distB> [--mb 4] [--rounds 3]
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { generateNotes } from "./corpus.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args.splice(i, 2)[1]) : dflt;
};
const mb = opt("--mb", 4);
const rounds = opt("--rounds", 3);
if (args.length !== 2) {
  console.error("usage: node bench/ab.mjs <distA> <distB> [--mb 4] [--rounds 3]");
  process.exit(2);
}
const texts = generateNotes({ bytes: mb * 1e6 }).docs.map((d) => d.text);
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
const trees = [];
for (const d of args) {
  const m = await import(pathToFileURL(resolve(d, "index.js")).href);
  trees.push({ d, none: await m.createRedactor({ entities: [] }), all: await m.createRedactor({}) });
}
for (let round = 0; round < rounds; round++) {
  for (const t of trees) {
    for (const kind of ["none", "all"]) {
      const r = t[kind];
      let n = 0;
      const t0 = performance.now();
      for (const x of texts) n += r.find(x).length;
      const ms = performance.now() - t0;
      // (the finding counts are printed, not asserted: a recall round changes them on purpose)
      console.log(`round ${round}  ${t.d}  ${kind.padEnd(4)}  ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s  (${n} findings)`);
    }
  }
}
console.log(`${(bytes / 1e6).toFixed(1)} MB, ${texts.length} notes; the first round warms the JIT: read the later rounds.`);
