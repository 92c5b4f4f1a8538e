// Why this file exists: the JS side of a 2 KB prompt's find() apart from the core's (stop 58, sq58), by CPU time, which a
// loaded host's preemptions do not inflate as they do the wall-clock percentiles of bench/run.mjs: for each phase, the
// least process.cpuUsage() of a pass over the bench's 1,000 prompts (generatePrompts, seed 2, as bench/run.mjs builds
// them), in µs per prompt. Phases: core.scan (encodeInto, the WASM scan, the rows collected), + select (filter, sort,
// overlap merge), + objects (the Finding objects: find() without name propagation's check), find(), redact().
// Usage: node bench/cg/prompt-cpu.mjs <dist> [rounds=15] [phase,phase,...]
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { generatePrompts, dictionaryNames } from "../corpus.mjs";

const dist = process.argv[2];
const rounds = Number(process.argv[3] ?? 15);
const m = await import(pathToFileURL(resolve(dist, "index.js")).href);
const r = await m.createRedactor({ engine: "wasm" });
const texts = generatePrompts({ seed: 2, count: 1000, size: 2048, dictionary: dictionaryNames(100_000) }).map((p) => p.text);
// (the redactor's private members, read at run time: the phases of find() one by one)
const { core, sel, scanners } = r;
const phases = {
  "core.scan": (x) => core.scan(x, scanners).count,
  "+ select": (x) => sel.select(x, core.scan(x, scanners)).count,
  "+ objects (findCore)": (x) => r.findCore(x).length,
  "find()": (x) => r.find(x).length,
  "redact()": (x) => r.redact(x).findings.length,
};
const want = process.argv[4] ? process.argv[4].split(",") : Object.keys(phases);
const best = {};
for (const k of want) for (let w = 0; w < 2; w++) for (const x of texts) phases[k](x);
for (let i = 0; i < rounds; i++) {
  for (const k of want) {
    const c0 = process.cpuUsage();
    for (const x of texts) phases[k](x);
    const c = process.cpuUsage(c0);
    best[k] = Math.min(best[k] ?? Infinity, (c.user + c.system) / texts.length);
  }
}
for (const k of want) console.log(`${k.padEnd(22)} ${best[k].toFixed(1)} µs CPU a prompt (least of ${rounds} passes)`);
