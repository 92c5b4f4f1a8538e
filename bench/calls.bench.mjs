// Why this file exists: measures the per-call cost of find()/redact()/protect() by CPU time (robust on a shared machine
// where wall time is not), on several text shapes, and explains 2 KB prompt latency: which calls the kernel preempted
// and which a GC overlapped. Compares two builds with --dist. Run: npm run build && node bench/calls.bench.mjs
//
// Usage: node bench/calls.bench.mjs [--dist DIR] [--names] [--rounds N] [--only throughput|latency] [--mtsamples PATH]
//   --dist    the built package to measure (default: dist/ of this checkout), e.g. a copy built from another commit
//   --names   keep the name/place pass on (default off: it dominates and hides the JavaScript side)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PerformanceObserver } from "node:perf_hooks";
import { generateNotes, generatePrompts, dictionaryNames } from "./corpus.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const arg = (k, d) => {
  const i = process.argv.indexOf(k);
  return i < 0 ? d : process.argv[i + 1];
};
const dist = path.resolve(arg("--dist", path.join(ROOT, "dist")));
const names = process.argv.includes("--names");
const rounds = Number(arg("--rounds", 7));
const only = arg("--only", "");
const { createRedactor } = await import(path.join(dist, "index.js"));
const r = await createRedactor({ engine: "wasm", nameDetector: names });

const dictionary = dictionaryNames(100_000);
const sets = {
  "generated notes, 4 MB": generateNotes({ seed: 1, bytes: 4e6, dictionary }).docs.map((d) => d.text),
  "2 KB prompts x 1000": generatePrompts({ seed: 2, count: 1000, size: 2048, dictionary }).map((p) => p.text),
};
// evaluation corpus, when present beside the checkout (read only, never copied): --mtsamples PATH or ../shared/corpora/
const mts = [arg("--mtsamples", ""), path.resolve(ROOT, "../shared/corpora/mtsamples-subset.jsonl"), path.resolve(ROOT, "../../shared/corpora/mtsamples-subset.jsonl")].find((p) => p && fs.existsSync(p));
if (mts) {
  const docs = fs.readFileSync(mts, "utf8").trim().split("\n").map((l) => JSON.parse(l).text);
  sets["mtsamples-subset, per document"] = docs;
  sets["mtsamples-subset, joined"] = [docs.join("\n\n")];
}
const ops = { find: (t) => r.find(t).length, redact: (t) => r.redact(t).findings.length, protect: (t) => r.protect(t).findings.length };
const utf8 = (s) => Buffer.byteLength(s);
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

console.log(`calls bench: ${dist}, nameDetector ${names}, Node ${process.version}`);
if (only !== "latency") {
  console.log(`\nMB of UTF-8 per CPU-second, best and median of ${rounds} interleaved rounds (each round >= 4 MB per call kind)`);
  console.log("| text | find() | redact() | protect() | findings |");
  console.log("|---|---|---|---|---|");
  for (const [label, docs] of Object.entries(sets)) {
    const bytes = docs.reduce((a, t) => a + utf8(t), 0);
    const reps = Math.max(1, Math.round(4e6 / bytes));
    let findings = 0;
    for (const t of docs) findings += ops.find(t); // also flattens the strings before timing
    const rates = Object.fromEntries(Object.keys(ops).map((k) => [k, []]));
    for (let i = 0; i < rounds; i++) {
      for (const [k, fn] of Object.entries(ops)) {
        let n = 0;
        const t0 = cpuMs();
        for (let j = 0; j < reps; j++) for (const t of docs) n += fn(t);
        rates[k].push((bytes * reps) / 1e6 / ((cpuMs() - t0) / 1000));
        if (n !== findings * reps) throw new Error(`${label} ${k}: expected ${findings * reps} findings, got ${n}`);
      }
    }
    const cell = (v) => {
      v.sort((a, b) => a - b);
      return `${v[v.length - 1].toFixed(1)} (${v[v.length >> 1].toFixed(1)})`;
    };
    console.log(`| ${label} | ${cell(rates.find)} | ${cell(rates.redact)} | ${cell(rates.protect)} | ${findings} |`);
  }
}

if (only !== "throughput") {
  const texts = sets["2 KB prompts x 1000"];
  const spans = [];
  const obs = new PerformanceObserver((l) => {
    for (const e of l.getEntries()) spans.push(e.startTime, e.startTime + e.duration);
  });
  obs.observe({ entryTypes: ["gc"] });
  const switches = () => process.resourceUsage().involuntaryContextSwitches;
  const q = (s, p) => (s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] : NaN);
  console.log("\n2 KB prompts, 10 x 1000 calls each, µs per call (wall, hrtime); undisturbed: neither preempted nor overlapped by a GC");
  console.log("| call | p50 | p99 | p99.9 | preempted calls | GC-overlapped calls | undisturbed p99 | undisturbed p99.9 |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const [k, fn] of Object.entries(ops)) {
    for (let w = 0; w < 3; w++) for (const t of texts) fn(t);
    await new Promise((res) => setTimeout(res, 20));
    spans.length = 0;
    const N = 10 * texts.length;
    const us = new Float64Array(N);
    const from = new Float64Array(N);
    const to = new Float64Array(N);
    const pre = new Uint8Array(N);
    let i = 0;
    for (let p = 0; p < 10; p++) {
      for (const t of texts) {
        const sw = switches();
        from[i] = performance.now();
        const t0 = process.hrtime.bigint();
        fn(t);
        us[i] = Number(process.hrtime.bigint() - t0) / 1e3;
        to[i] = performance.now();
        pre[i] = switches() !== sw ? 1 : 0;
        i++;
      }
    }
    await new Promise((res) => setTimeout(res, 20));
    let gcCalls = 0;
    let preCalls = 0;
    const calm = [];
    for (let j = 0, g = 0; j < N; j++) {
      while (g < spans.length && spans[g + 1] < from[j]) g += 2;
      const gc = g < spans.length && spans[g] < to[j];
      gcCalls += gc ? 1 : 0;
      preCalls += pre[j];
      if (!gc && !pre[j]) calm.push(us[j]);
    }
    const all = Float64Array.from(us).sort();
    const c = Float64Array.from(calm).sort();
    const f = (x) => x.toFixed(1);
    console.log(`| ${k}() | ${f(q(all, 0.5))} | ${f(q(all, 0.99))} | ${f(q(all, 0.999))} | ${preCalls} | ${gcCalls} | ${f(q(c, 0.99))} | ${f(q(c, 0.999))} |`);
  }
  obs.disconnect();
}
