// Why this file exists: `npm run bench`: phiscrub against its peers in one run (throughput, latency, start-up, memory,
// accuracy), every figure checked against an expected finding count; writes bench/results/<date>.json, the chart and
// the README table.
//
// Usage: node bench/run.mjs [--size MB] [--time S] [--seed N] [--only a,b] [--skip a,b] [--mtsamples PATH]
//                          [--out DIR] [--no-readme] [--render RESULTS.json]
// Suites: core engines dictionary families latency startup memory streaming cli mtsamples peers.
// Default: the 50 MB corpus, every suite, results written to bench/results/ and README.md. Any other --size writes
// to .tmp/bench/ unless --out is given (quick runs never overwrite the committed results).

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { PerformanceObserver } from "node:perf_hooks";
import { execFileSync, spawnSync } from "node:child_process";
import { generateNotes, generatePrompts, dictionaryNames, slice, utf8Length } from "./corpus.mjs";
import { scoreDocs } from "./score.mjs";
import { REDACTORS, DICTIONARY } from "./peers/index.mjs";
import { measure, settings, quantile, median, machine } from "./lib/measure.mjs";
import { resultsChart } from "./lib/chart.mjs";
import { writeReadme, markdownReport } from "./lib/report.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const MB = 1e6;
const DEFAULT_SIZE = 50;

// ---------------------------------------------------------------------------------------------------------------
// Arguments

function parseArgs(argv) {
  const a = { size: DEFAULT_SIZE, time: 3, seed: 1, only: null, skip: [], mtsamples: null, out: null, readme: true, render: null };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = () => {
      if (i + 1 >= argv.length) throw new Error(`${k} needs a value`);
      return argv[++i];
    };
    if (k === "--size") a.size = Number(v());
    else if (k === "--time") a.time = Number(v());
    else if (k === "--seed") a.seed = Number(v());
    else if (k === "--only") a.only = v().split(",");
    else if (k === "--skip") a.skip = v().split(",");
    else if (k === "--mtsamples") a.mtsamples = v();
    else if (k === "--out") a.out = v();
    else if (k === "--no-readme") a.readme = false;
    else if (k === "--render") a.render = v();
    else if (k === "--help" || k === "-h") {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(4, 9).join("\n").replace(/^\/\/ ?/gm, ""));
      process.exit(0);
    } else throw new Error(`unknown argument ${k} (see --help)`);
  }
  if (!(a.size > 0)) throw new Error(`--size must be a positive number of MB, got ${a.size}`);
  if (!(a.time > 0)) throw new Error(`--time must be a positive number of seconds, got ${a.time}`);
  return a;
}

const args = parseArgs(process.argv.slice(2));
if (args.render) {
  // re-render the chart and the README block from a results file, without measuring anything
  const saved = JSON.parse(fs.readFileSync(args.render, "utf8"));
  if (saved.failures?.length) throw new Error(`${args.render} records failed checks; not rendering it into the README`);
  fs.writeFileSync(path.join(path.dirname(path.resolve(args.render)), "chart.svg"), resultsChart(saved));
  writeReadme(path.join(ROOT, "README.md"), markdownReport(saved, "bench/results/chart.svg"));
  console.log(`rendered ${args.render} into README.md and chart.svg`);
  process.exit(0);
}
settings.maxTime = args.time;
const fullRun = args.size === DEFAULT_SIZE && !args.only && args.skip.length === 0;
const outDir = path.resolve(args.out ?? (fullRun ? path.join(ROOT, "bench/results") : path.join(ROOT, ".tmp/bench")));
const want = (suite) => (args.only ? args.only.includes(suite) : !args.skip.includes(suite));

// ---------------------------------------------------------------------------------------------------------------
// Results and checks

const failures = [];
const results = [];
const log = (...m) => console.log(...m);

/** Records a failed expectation: the run goes on, the process exits 1 and the README is left alone. */
function check(ok, message) {
  if (!ok) {
    failures.push(message);
    console.error(`  CHECK FAILED: ${message}`);
  }
  return ok;
}

/** Asserts a timed run's counts: stable across every cycle and equal to the expected count. */
function checkCounts(name, m, expected) {
  check(m.counts.size === 1, `${name}: finding count changed between benchmark cycles (${[...m.counts].join(", ")})`);
  check(m.lastCount === expected, `${name}: expected ${expected} findings per pass, got ${m.lastCount}`);
}

function row(r) {
  results.push(r);
  const mbps = r.mbps === undefined ? "" : `${r.mbps.toFixed(r.mbps < 10 ? 2 : 1)} MB/s`;
  log(`  ${r.name.padEnd(58)} ${mbps.padStart(13)} ${r.rme !== undefined ? `±${r.rme.toFixed(1)}%` : ""} ${r.findings !== undefined ? `(${r.findings} findings)` : ""}`);
  return r;
}

async function throughput({ suite, name, library, api, bytes, docs, fn, expected, async = false, extra = {} }) {
  const m = await measure(name, fn, { async });
  checkCounts(name, m, expected);
  return row({
    suite, name, library, api, bytes, docs,
    mbps: (bytes / MB) * m.hz, rme: m.rme, samples: m.samples, findings: m.lastCount, expected, ...extra,
  });
}

const findPass = (r, docs) => () => {
  let n = 0;
  for (let i = 0; i < docs.length; i++) n += r.find(docs[i].text).length;
  return n;
};
const redactPass = (r, docs) => () => {
  let n = 0;
  for (let i = 0; i < docs.length; i++) n += r.redact(docs[i].text).findings.length;
  return n;
};

/** Untimed reference pass: findings per doc (for scoring, counts and engine agreement). */
function reference(r, docs) {
  const per = docs.map((d) => r.find(d.text));
  return { per, count: per.reduce((a, f) => a + f.length, 0) };
}

function sameFindings(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].start !== b[i].start || a[i].end !== b[i].end || a[i].type !== b[i].type) return false;
  }
  return true;
}

/** Number of default "[TYPE]" tags in redacted output (one indexOf pass over '['; the corpus has no brackets). */
function countTags(s) {
  let n = 0;
  for (let i = s.indexOf("["); i >= 0; i = s.indexOf("[", i + 1)) {
    const j = s.indexOf("]", i);
    if (j > i && j - i < 14 && TAGS.has(s.slice(i, j + 1))) n++;
  }
  return n;
}

const bytesOf = (docs) => docs.reduce((a, d) => a + (d.bytes ?? utf8Length(d.text)), 0);

// ---------------------------------------------------------------------------------------------------------------
// Set-up

const distIndex = path.join(ROOT, "dist/index.js");
if (!fs.existsSync(distIndex)) {
  console.error("dist/index.js is missing: run `npm run bench` (it builds first) or `npm run build`.");
  process.exit(2);
}
const phiscrub = await import(distIndex);
const { createRedactor, ENTITY_TYPES } = phiscrub;
const TAGS = new Set(ENTITY_TYPES.map((t) => `[${t}]`));
const pkgVersions = {};
for (const p of ["benchmark", ...REDACTORS.map((x) => x.pkg), DICTIONARY.pkg]) {
  try {
    const pj = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", p, "package.json"), "utf8"));
    pkgVersions[p] = { version: pj.version, license: pj.license };
  } catch {
    pkgVersions[p] = { version: "not installed" };
  }
}

const startedAt = new Date();
const mach = machine();
log(`phiscrub bench: ${mach.cpuModel}, ${mach.cores} cores, Node ${mach.node}, load ${mach.loadAverage.join(" ")}`);
log(`corpus: --size ${args.size} MB, seed ${args.seed}; benchmark.js maxTime ${settings.maxTime}s, minSamples ${settings.minSamples}`);

let t = performance.now();
const dictionary = dictionaryNames(100_000);
const notes = generateNotes({ seed: args.seed, bytes: args.size * MB, dictionary });
const prompts = generatePrompts({ seed: args.seed + 1, count: 1000, size: 2048, dictionary });
const corpusInfo = {
  seed: args.seed,
  notes: { docs: notes.docs.length, bytes: notes.bytes, spans: notes.docs.reduce((a, d) => a + d.spans.length, 0) },
  prompts: { docs: prompts.length, bytes: bytesOf(prompts), meanChars: Math.round(prompts.reduce((a, p) => a + p.text.length, 0) / prompts.length) },
  dictionary: { patterns: dictionary.length },
  generateMs: Math.round(performance.now() - t),
};
log(`generated ${corpusInfo.notes.docs} notes (${(notes.bytes / MB).toFixed(1)} MB, ${corpusInfo.notes.spans} PHI spans), ${prompts.length} prompts, ${dictionary.length} dictionary names in ${corpusInfo.generateMs} ms`);

const scaled = (mb) => slice(notes.docs, Math.min(mb, args.size) * MB);
const report = { accuracy: {}, latency: {}, startup: {}, memory: {}, families: {}, notes: [] };

// The reference redactor: every detector on, WASM engine.
const r = await createRedactor({ engine: "wasm" });
const rjs = await createRedactor({ engine: "js" });
t = performance.now();
const ref = reference(r, notes.docs);
const refMs = performance.now() - t;
report.accuracy.phiscrub = { slice: "full corpus", ...scoreDocs(notes.docs, ref.per) };
log(`reference pass: ${ref.count} findings (${((notes.bytes / MB) / (refMs / 1000)).toFixed(1)} MB/s untimed), token recall ${report.accuracy.phiscrub.recall.toFixed(3)}, precision ${report.accuracy.phiscrub.precision.toFixed(3)}`);
{
  // both engines must agree finding for finding (the JS engine is the wasm2js build of the same core)
  let disagree = 0;
  notes.docs.forEach((d, i) => {
    if (!sameFindings(ref.per[i], rjs.find(d.text))) disagree++;
  });
  check(disagree === 0, `engines disagree on ${disagree} of ${notes.docs.length} notes`);
  // a broken detector must not look fast: every registered scanner family must find something the generator put there
}

// ---------------------------------------------------------------------------------------------------------------
// Suites

if (want("core")) {
  log("\n[core] phiscrub, every detector on, single core, one call per note");
  await throughput({ suite: "core", name: "phiscrub find() (wasm)", library: "phiscrub", api: "r.find(text)", bytes: notes.bytes, docs: notes.docs.length, fn: findPass(r, notes.docs), expected: ref.count });
  await throughput({ suite: "core", name: "phiscrub redact() (wasm)", library: "phiscrub", api: "r.redact(text)", bytes: notes.bytes, docs: notes.docs.length, fn: redactPass(r, notes.docs), expected: ref.count });
}

if (want("engines")) {
  log("\n[engines] WASM core vs the wasm2js JS fallback, every detector on");
  const s = scaled(8);
  const expected = reference(r, s.docs).count;
  await throughput({ suite: "engines", name: "phiscrub find() wasm engine", library: "phiscrub", api: "createRedactor({engine:'wasm'})", bytes: s.bytes, docs: s.docs.length, fn: findPass(r, s.docs), expected, extra: { engine: "wasm" } });
  await throughput({ suite: "engines", name: "phiscrub find() js engine", library: "phiscrub", api: "createRedactor({engine:'js'})", bytes: s.bytes, docs: s.docs.length, fn: findPass(rjs, s.docs), expected, extra: { engine: "js" } });
}

if (want("dictionary")) {
  log(`\n[dictionary] ${dictionary.length.toLocaleString("en")}-pattern name dictionary: phiscrub automaton (wasm, js) vs ${DICTIONARY.name}`);
  const s = scaled(8);
  const gtDict = s.docs.map((d) => d.spans.filter((x) => x.dict));
  const gtExact = gtDict.reduce((a, l) => a + l.filter((x) => x.exact).length, 0);
  const gtAll = gtDict.reduce((a, l) => a + l.length, 0);
  const denyOpts = { entities: ["NAME"], deny: [{ type: "NAME", terms: dictionary }] };
  t = performance.now();
  const rd = await createRedactor({ ...denyOpts, engine: "wasm" });
  const buildMs = performance.now() - t;
  const rdjs = await createRedactor({ ...denyOpts, engine: "js" });
  // correctness, untimed: every dictionary name the generator placed is covered, and every deny-list finding is one
  const dref = reference(rd, s.docs);
  let missed = 0;
  let stray = 0;
  let disagree = 0;
  s.docs.forEach((d, i) => {
    const f = dref.per[i];
    for (const g of gtDict[i]) if (!f.some((x) => x.start <= g.start && x.end >= g.end)) missed++;
    for (const x of f) if (x.reason === "dictionary:deny" && !gtDict[i].some((g) => g.start === x.start && g.end === x.end)) stray++;
    if (!sameFindings(f, rdjs.find(d.text))) disagree++;
  });
  check(missed === 0, `dictionary: ${missed} of ${gtAll} generated dictionary names not found`);
  check(stray === 0, `dictionary: ${stray} deny-list findings where the generator put no dictionary name`);
  check(disagree === 0, `dictionary: engines disagree on ${disagree} notes`);
  report.dictionary = { patterns: dictionary.length, phiscrubBuildMs: buildMs, phiscrubStates: rd.info.stateCount, phiscrubTableBytes: rd.info.tableBytes, groundTruthOccurrences: gtAll, exactCaseOccurrences: gtExact };
  const api = "createRedactor({entities:['NAME'], deny:[100k names]}).find(text)";
  await throughput({ suite: "dictionary", name: "phiscrub 100k dictionary find() wasm", library: "phiscrub", api, bytes: s.bytes, docs: s.docs.length, fn: findPass(rd, s.docs), expected: dref.count, extra: { engine: "wasm" } });
  await throughput({ suite: "dictionary", name: "phiscrub 100k dictionary find() js", library: "phiscrub", api, bytes: s.bytes, docs: s.docs.length, fn: findPass(rdjs, s.docs), expected: dref.count, extra: { engine: "js" } });
  if (want("peers")) {
    t = performance.now();
    const ac = DICTIONARY.create(dictionary);
    report.dictionary.peerBuildMs = performance.now() - t;
    await throughput({
      suite: "dictionary", name: `${DICTIONARY.name} 100k search()`, library: DICTIONARY.name, api: DICTIONARY.api, bytes: s.bytes, docs: s.docs.length,
      fn: () => {
        let n = 0;
        for (let i = 0; i < s.docs.length; i++) n += DICTIONARY.run(ac, s.docs[i].text);
        return n;
      },
      // case-sensitive, no word boundaries: it reports exactly the exact-case occurrences (corpus invariant)
      expected: gtExact,
      extra: { peer: true },
    });
  }
  log(`  automaton: ${rd.info.stateCount.toLocaleString("en")} states, ${(rd.info.tableBytes / MB).toFixed(1)} MB of tables, built in ${buildMs.toFixed(0)} ms`);
}

/** Detector families registered in src/builtins.ts (bundled on the fly so the list grows with every detector). */
async function loadFamilies() {
  const esbuild = createRequire(require.resolve("tsup"))("esbuild");
  const tmp = path.join(ROOT, ".tmp");
  fs.mkdirSync(tmp, { recursive: true });
  const outfile = path.join(tmp, `builtins-${process.pid}.mjs`);
  await esbuild.build({ entryPoints: [path.join(ROOT, "src/builtins.ts")], bundle: true, format: "esm", platform: "neutral", outfile, logLevel: "silent" });
  try {
    const mod = await import(outfile);
    const families = new Map();
    for (const [exportName, value] of Object.entries(mod)) {
      if (!Array.isArray(value)) continue;
      for (const item of value) {
        if (item === null || typeof item !== "object") continue;
        if (Array.isArray(item.entities) && typeof item.name === "string") {
          // a scanner (or any registry entry naming the entity types it serves)
          families.set(`${exportName === "SCANNERS" ? "scanner" : exportName}:${item.name}`, { source: exportName, entities: [...item.entities] });
        } else if (typeof item.type === "string" && ENTITY_TYPES.includes(item.type) && Array.isArray(item.terms)) {
          // a built-in dictionary (term list typed with an entity)
          const key = `dictionary:${item.type}`;
          const f = families.get(key) ?? { source: exportName, entities: [item.type], terms: 0 };
          f.terms += item.terms.length;
          families.set(key, f);
        }
      }
    }
    return families;
  } finally {
    fs.rmSync(outfile, { force: true });
  }
}

if (want("families")) {
  log("\n[families] cost of each detector family: `entities` restricted to the family's types, find() over a slice");
  const s = scaled(4);
  const families = await loadFamilies();
  report.families.registered = Object.fromEntries([...families].map(([k, f]) => [k, f.entities]));
  const covered = new Set([...families.values()].flatMap((f) => f.entities));
  report.families.uncovered = ENTITY_TYPES.filter((e) => !covered.has(e));
  if (report.families.uncovered.length) log(`  no registered detector yet for: ${report.families.uncovered.join(", ")}`);
  const configs = [["none (automaton + cues only)", []], ...[...families].map(([k, f]) => [k, f.entities]), ["all (default)", undefined]];
  let base;
  for (const [label, entities] of configs) {
    const rf = await createRedactor(entities === undefined ? {} : { entities });
    const fr = reference(rf, s.docs);
    if (entities && entities.length) {
      // the generator put identifiers of these types in the slice: a family that finds none is broken
      const present = s.docs.some((d) => d.spans.some((x) => entities.includes(x.type)));
      if (present) check(fr.count > 0, `family ${label}: no findings although the corpus holds ${entities.join("/")}`);
    }
    const acc = scoreDocs(s.docs.map((d) => ({ ...d, spans: entities ? d.spans.filter((x) => entities.includes(x.type)) : d.spans })), fr.per);
    const res = await throughput({ suite: "families", name: `family ${label}`, library: "phiscrub", api: `createRedactor({entities:[${entities ? entities.join(",") : "all"}]}).find`, bytes: s.bytes, docs: s.docs.length, fn: findPass(rf, s.docs), expected: fr.count, extra: { family: label, entities: entities ?? "all", recall: acc.recall, precision: acc.precision } });
    if (!base) base = res;
    res.marginalMsPerMB = 1000 / res.mbps - 1000 / base.mbps;
  }
}

if (want("latency")) {
  log("\n[latency] 2 KB prompts, one call each (per-call timings with hrtime; mean with benchmark.js)");
  const texts = prompts.map((p) => p.text);
  const expected = reference(r, prompts).count;
  // A call is "disturbed" when the kernel preempted the process during it (an involuntary context switch: on a loaded
  // machine the thread then waits a scheduler slice, ~4 ms here) or a V8 garbage collection overlapped it. Both are
  // counted outside the timed region and reported beside the plain percentiles, which still include every call.
  const gcSpans = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcSpans.push(e.startTime, e.startTime + e.duration);
  });
  gcObserver.observe({ entryTypes: ["gc"] });
  const switches = () => process.resourceUsage().involuntaryContextSwitches;
  for (const [label, call] of [["find", (x) => r.find(x).length], ["redact", (x) => r.redact(x).findings.length]]) {
    for (let w = 0; w < 3; w++) for (const x of texts) call(x);
    const passes = 10;
    const samples = new Float64Array(passes * texts.length);
    const from = new Float64Array(samples.length);
    const to = new Float64Array(samples.length);
    const preempted = new Uint8Array(samples.length);
    gcSpans.length = 0;
    let k = 0;
    for (let p = 0; p < passes; p++) {
      let n = 0;
      for (const x of texts) {
        const sw = switches();
        from[k] = performance.now();
        const t0 = process.hrtime.bigint();
        n += call(x);
        samples[k] = Number(process.hrtime.bigint() - t0) / 1e6;
        to[k] = performance.now();
        preempted[k] = switches() !== sw ? 1 : 0;
        k++;
      }
      check(n === expected, `latency ${label}: expected ${expected} findings per pass, got ${n}`);
    }
    await new Promise((res) => setTimeout(res, 20)); // let the last GC entries arrive
    let gcCalls = 0;
    let preemptedCalls = 0;
    const undisturbed = [];
    for (let i = 0, g = 0; i < samples.length; i++) {
      // calls and GC spans are both in time order: one merge-like walk
      while (g < gcSpans.length && gcSpans[g + 1] < from[i]) g += 2;
      const gc = g < gcSpans.length && gcSpans[g] < to[i];
      if (gc) gcCalls++;
      if (preempted[i]) preemptedCalls++;
      if (!gc && !preempted[i]) undisturbed.push(samples[i]);
    }
    const calm = Float64Array.from(undisturbed).sort();
    samples.sort();
    const m = await measure(`${label} 2KB prompt`, () => {
      let n = 0;
      for (const x of texts) n += call(x);
      return n;
    });
    checkCounts(`latency ${label}`, m, expected);
    report.latency[label] = {
      calls: samples.length, p50Ms: quantile(samples, 0.5), p99Ms: quantile(samples, 0.99), p999Ms: quantile(samples, 0.999), maxMs: samples[samples.length - 1],
      meanMsBenchmarkJs: (m.meanSeconds * 1000) / texts.length, rme: m.rme,
      preemptedCalls, gcCalls, undisturbedCalls: calm.length, undisturbedP99Ms: quantile(calm, 0.99), undisturbedP999Ms: quantile(calm, 0.999),
    };
    const L = report.latency[label];
    log(`  ${label}(): p50 ${(L.p50Ms * 1000).toFixed(1)} µs, p99 ${(L.p99Ms * 1000).toFixed(1)} µs, p99.9 ${(L.p999Ms * 1000).toFixed(1)} µs, mean ${(L.meanMsBenchmarkJs * 1000).toFixed(1)} µs (benchmark.js ±${m.rme.toFixed(1)}%)`);
    log(`    preempted during ${preemptedCalls} calls, a GC overlapped ${gcCalls}; the other ${calm.length}: p99 ${(L.undisturbedP99Ms * 1000).toFixed(1)} µs, p99.9 ${(L.undisturbedP999Ms * 1000).toFixed(1)} µs`);
  }
  gcObserver.disconnect();
}

if (want("startup")) {
  log("\n[startup] createRedactor(): warm (same process, module compiled) and cold (fresh process)");
  const warm = await measure("createRedactor() warm", async () => (await createRedactor()).info.patternCount, { async: true });
  report.startup.warmDefaultMs = warm.meanSeconds * 1000;
  report.startup.warmDefaultRme = warm.rme;
  report.startup.defaultPatterns = warm.lastCount;
  log(`  warm createRedactor() (${warm.lastCount} built-in patterns): ${report.startup.warmDefaultMs.toFixed(2)} ms ±${warm.rme.toFixed(1)}%`);
  // the same dictionaries plus one deny term that differs each call: the automaton is compiled and placed afresh (a
  // redactor built again with the same options reuses both, so the row above does not show that work)
  let fresh = 0;
  const warmFresh = await measure("createRedactor() warm, automaton compiled", async () => {
    const rf = await createRedactor({ deny: [{ type: "NAME", terms: [`Zq${fresh++}x Quorn`] }] });
    return rf.find(`met Zq${fresh - 1}x Quorn`).length;
  }, { async: true });
  check(warmFresh.counts.size === 1 && warmFresh.lastCount === 1, `createRedactor with a fresh deny term found ${[...warmFresh.counts].join("/")} (expected 1)`);
  report.startup.warmCompiledMs = warmFresh.meanSeconds * 1000;
  report.startup.warmCompiledRme = warmFresh.rme;
  log(`  warm createRedactor() compiling its automaton (built-in dictionaries + 1 deny term, new each call): ${report.startup.warmCompiledMs.toFixed(2)} ms ±${warmFresh.rme.toFixed(1)}%`);
  const warmDict = await measure("createRedactor() warm + 100k deny", async () => (await createRedactor({ deny: [{ type: "NAME", terms: dictionary }] })).info.patternCount, { async: true, minSamples: 3 });
  check(warmDict.lastCount >= dictionary.length, `createRedactor with the 100k dictionary has ${warmDict.lastCount} patterns`);
  report.startup.warmDict100kMs = warmDict.meanSeconds * 1000;
  report.startup.warmDict100kRme = warmDict.rme;
  log(`  warm createRedactor({deny: 100k names}): ${report.startup.warmDict100kMs.toFixed(1)} ms ±${warmDict.rme.toFixed(1)}%`);
  const sample = prompts[0].text;
  const expected = r.find(sample).length;
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, [path.join(ROOT, "bench/child-cold.mjs"), sample], { encoding: "utf8" });
    const wall = performance.now() - t0;
    const j = JSON.parse(out.trim().split("\n").pop());
    check(j.count === expected, `cold start: first find() gave ${j.count} findings, expected ${expected}`);
    runs.push({ ...j, wallMs: wall });
  }
  for (const k of ["nodeBootMs", "importMs", "createMs", "firstFindMs", "totalMs", "wallMs"]) report.startup[`cold_${k}`] = median(runs.map((x) => x[k]));
  log(`  cold (median of 5 fresh processes): import ${report.startup.cold_importMs.toFixed(1)} ms, createRedactor() ${report.startup.cold_createMs.toFixed(1)} ms, first find() ${report.startup.cold_firstFindMs.toFixed(2)} ms, process wall ${report.startup.cold_wallMs.toFixed(0)} ms`);
}

if (want("memory")) {
  log("\n[memory] peak RSS of a fresh process reading the corpus as JSONL line by line: alone vs with find() + redact() per note");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "phiscrub-bench-"));
  try {
    const file = path.join(dir, "notes.jsonl");
    const fd = fs.openSync(file, "w");
    for (const d of notes.docs) fs.writeSync(fd, JSON.stringify({ id: d.id, text: d.text }) + "\n");
    fs.closeSync(fd);
    const runChild = (mode) => JSON.parse(execFileSync(process.execPath, [path.join(ROOT, "bench/child-rss.mjs"), mode, file], { encoding: "utf8" }).trim().split("\n").pop());
    const base = runChild("baseline");
    const with_ = runChild("phiscrub");
    check(with_.docs === notes.docs.length, `memory child read ${with_.docs} notes, expected ${notes.docs.length}`);
    check(with_.count === ref.count, `memory child: ${with_.count} findings, expected ${ref.count}`);
    check(with_.redacted === ref.count, `memory child: redact() applied ${with_.redacted} findings, expected ${ref.count}`);
    report.memory = { corpusMB: notes.bytes / MB, baselineMaxRssMiB: base.maxRssMiB, phiscrubMaxRssMiB: with_.maxRssMiB, deltaMiB: with_.maxRssMiB - base.maxRssMiB, wasmMemoryMiB: with_.wasmMemoryBytes / 1024 ** 2 };
    log(`  peak RSS: ${base.maxRssMiB.toFixed(0)} MiB reading only, ${with_.maxRssMiB.toFixed(0)} MiB with phiscrub (${report.memory.deltaMiB >= 0 ? "+" : ""}${report.memory.deltaMiB.toFixed(0)} MiB; WASM memory ${report.memory.wasmMemoryMiB.toFixed(1)} MiB)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (want("streaming")) {
  log("\n[streaming] r.session(): 64 KiB chunks of one long text");
  if (typeof r.session !== "function") {
    report.streaming = { status: "n/a", reason: "this build has no Redactor.session() (issue 6 not merged)" };
    log(`  n/a: ${report.streaming.reason}`);
  } else {
    const s = scaled(8);
    const text = s.docs.map((d) => d.text).join("\n\n");
    const whole = r.redact(text);
    const chunk = 64 * 1024;
    const runSession = (options) => {
      const sess = r.session(options);
      const out = [];
      for (let i = 0; i < text.length; i += chunk) out.push(sess.push(text.slice(i, i + chunk)));
      out.push(sess.finish());
      return out.join("");
    };
    const first = runSession();
    check(first === whole.text, "streaming: session output differs from redact(whole).text");
    check(countTags(first) === whole.findings.length, `streaming: ${countTags(first)} [TYPE] tags for ${whole.findings.length} findings`);
    const bytes = utf8Length(text);
    await throughput({ suite: "streaming", name: "phiscrub session() 64 KiB chunks", library: "phiscrub", api: "r.session().push(chunk)", bytes, docs: 1, fn: () => countTags(runSession()), expected: whole.findings.length, extra: { countIs: "[TYPE] tags in the output" } });
    // release "batched" (the adapters' and the CLI's default; a build without the option rejects it)
    let batched = true;
    try {
      r.session({ release: "batched" });
    } catch {
      batched = false;
    }
    if (batched) {
      check(runSession({ release: "batched" }) === whole.text, "streaming: batched session output differs from redact(whole).text");
      await throughput({ suite: "streaming", name: "phiscrub session({ release: \"batched\" }) 64 KiB chunks", library: "phiscrub", api: "r.session({ release: \"batched\" }).push(chunk)", bytes, docs: 1, fn: () => countTags(runSession({ release: "batched" })), expected: whole.findings.length, extra: { countIs: "[TYPE] tags in the output" } });
    }
  }
}

if (want("cli")) {
  log("\n[cli] the phiscrub CLI over a JSONL file, --workers 1 and 2 (wall time of the process, median of 3)");
  const cli = path.join(ROOT, "dist/cli.js");
  const help = fs.existsSync(cli) ? spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" }) : null;
  if (!help) report.cli = { status: "n/a", reason: "dist/cli.js does not exist in this build (issue 6 not merged)" };
  else if (!`${help.stdout}${help.stderr}`.includes("--workers")) report.cli = { status: "n/a", reason: "the CLI has no --workers option" };
  if (report.cli) log(`  n/a: ${report.cli.reason}`);
  else {
    // the whole corpus (50 MB by default), not a slice: each process pays a fixed start-up (Node, the automaton, JIT
    // warm-up, and a second thread's own: ~0.3 CPU-s, docs/performance.md "Start-up and --workers") that the 16 MB file of earlier
    // runs let weigh on the 2-worker ratio; the target is about large files (bench/cli.bench.mjs runs 1 GB)
    const s = scaled(args.size);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "phiscrub-bench-"));
    try {
      const input = path.join(dir, "in.jsonl");
      fs.writeFileSync(input, s.docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join("\n") + "\n");
      const fileBytes = fs.statSync(input).size;
      const expected = reference(r, s.docs).count;
      report.cli = { fileBytes, docs: s.docs.length };
      for (const workers of [1, 2]) {
        const walls = [];
        for (let i = 0; i < 3; i++) {
          const out = path.join(dir, `out-${workers}.jsonl`);
          const t0 = performance.now();
          const p = spawnSync(process.execPath, [cli, "--format", "jsonl", "--field", "text", "--workers", String(workers), "--out", out, input], { encoding: "utf8" });
          walls.push(performance.now() - t0);
          if (!check(p.status === 0, `cli --workers ${workers} exited ${p.status}: ${(p.stderr || "").slice(0, 300)}`)) break;
          const lines = fs.readFileSync(out, "utf8").split("\n").filter(Boolean);
          check(lines.length === s.docs.length, `cli --workers ${workers}: ${lines.length} output lines for ${s.docs.length} input lines`);
          let tags = 0;
          for (const line of lines) tags += countTags(JSON.parse(line).text);
          check(tags === expected, `cli --workers ${workers}: ${tags} [TYPE] tags in the output, expected ${expected}`);
        }
        const wall = median(walls);
        report.cli[`workers${workers}`] = { wallMs: wall, mbps: fileBytes / MB / (wall / 1000) };
        row({ suite: "cli", name: `phiscrub CLI --workers ${workers} (jsonl, process wall)`, library: "phiscrub", api: `phiscrub --format jsonl --field text --workers ${workers}`, bytes: fileBytes, docs: s.docs.length, mbps: fileBytes / MB / (wall / 1000), findings: expected, expected });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (want("mtsamples")) {
  log("\n[mtsamples] real transcriptions (unlabelled): throughput only");
  const candidates = args.mtsamples ? [path.resolve(args.mtsamples)] : [path.resolve(ROOT, "../shared/corpora/mtsamples-subset.jsonl"), path.resolve(ROOT, "../../shared/corpora/mtsamples-subset.jsonl")];
  const file = candidates.find((f) => fs.existsSync(f));
  if (!file) {
    report.mtsamples = { status: "skipped", reason: `not found: ${candidates.join(", ")}` };
    log(`  skipped: ${report.mtsamples.reason}`);
    if (args.mtsamples) check(false, `--mtsamples ${args.mtsamples} does not exist`);
  } else {
    const docs = fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => ({ text: JSON.parse(l).text }));
    const bytes = bytesOf(docs);
    const mr = reference(r, docs);
    let disagree = 0;
    docs.forEach((d, i) => {
      if (!sameFindings(mr.per[i], rjs.find(d.text))) disagree++;
    });
    check(disagree === 0, `mtsamples: engines disagree on ${disagree} documents`);
    report.mtsamples = { file: path.basename(file), docs: docs.length, bytes };
    await throughput({ suite: "mtsamples", name: "phiscrub find() mtsamples (wasm)", library: "phiscrub", api: "r.find(text)", bytes, docs: docs.length, fn: findPass(r, docs), expected: mr.count });
    await throughput({ suite: "mtsamples", name: "phiscrub redact() mtsamples (wasm)", library: "phiscrub", api: "r.redact(text)", bytes, docs: docs.length, fn: redactPass(r, docs), expected: mr.count });
  }
}

if (want("peers")) {
  log("\n[peers] default detectors, one call per note; accuracy on a common slice");
  const SLICES = { "@redactpii/node": 8, "redact-pii": 2, "@arcjet/redact": 1, openredaction: 0.25 };
  const accSlice = scaled(0.25);
  report.accuracy.slice = { docs: accSlice.docs.length, bytes: accSlice.bytes };
  report.accuracy.phiscrubOnSlice = scoreDocs(accSlice.docs, accSlice.docs.map((d) => r.find(d.text)));
  for (const p of REDACTORS) {
    let inst;
    try {
      inst = await p.create();
      const preds = [];
      for (const d of accSlice.docs) preds.push(await p.spans(inst, d.text));
      report.accuracy[p.name] = scoreDocs(accSlice.docs, preds);
    } catch (err) {
      check(false, `peer ${p.name} failed: ${err?.message ?? err}`);
      report.accuracy[p.name] = { status: "failed", reason: String(err?.message ?? err) };
      continue;
    }
    const s = scaled(SLICES[p.name] ?? 1);
    let expected = 0;
    for (const d of s.docs) expected += await p.run(inst, d.text);
    const fn = p.async
      ? async () => {
          let n = 0;
          for (let i = 0; i < s.docs.length; i++) n += await p.run(inst, s.docs[i].text);
          return n;
        }
      : () => {
          let n = 0;
          for (let i = 0; i < s.docs.length; i++) n += p.run(inst, s.docs[i].text);
          return n;
        };
    // phiscrub redact() on the same slice, measured right before the peer: the pair shares the machine's load
    const mineExpected = reference(r, s.docs).count;
    const mine = await measure(`phiscrub redact() paired with ${p.name}`, redactPass(r, s.docs));
    checkCounts(`phiscrub redact() paired with ${p.name}`, mine, mineExpected);
    const pairedMbps = (s.bytes / MB) * mine.hz;
    const peerRow = await throughput({ suite: "peers", name: `${p.name}`, library: p.name, api: p.api, bytes: s.bytes, docs: s.docs.length, fn, expected, async: !!p.async, extra: { peer: true, recall: report.accuracy[p.name].recall, precision: report.accuracy[p.name].precision, pairedPhiscrubMbps: pairedMbps, pairedPhiscrubRme: mine.rme } });
    peerRow.ratio = pairedMbps / peerRow.mbps;
    log(`    phiscrub redact() on the same slice just before: ${pairedMbps.toFixed(1)} MB/s -> ratio ${peerRow.ratio.toFixed(1)}x`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Ratios, targets, output

const get = (name) => results.find((x) => x.name === name);
const find = get("phiscrub find() (wasm)");
const red = get("phiscrub redact() (wasm)");
const peerRows = results.filter((x) => x.suite === "peers");
// ratios: phiscrub redact() measured on the same slice right before each peer (paired), so shared-machine load
// shifts both sides of a ratio alike
const ratios = {};
for (const p of peerRows) ratios[p.library] = p.ratio;
const dictW = get("phiscrub 100k dictionary find() wasm");
const dictPeer = results.find((x) => x.suite === "dictionary" && x.peer);
if (dictW && dictPeer) ratios[`${dictPeer.library} (100k dictionary)`] = dictW.mbps / dictPeer.mbps;
const fastestPeer = peerRows.reduce((a, b) => (a && a.mbps >= b.mbps ? a : b), undefined);
const targets = [];
const target = (name, value, goal, pass, unit) => targets.push({ name, value, goal, pass: value === undefined ? null : pass, unit });
target("find() MB/s, every detector on", find?.mbps, ">= 200", find ? find.mbps >= 200 : null, "MB/s");
target("redact() MB/s, every detector on", red?.mbps, ">= 150", red ? red.mbps >= 150 : null, "MB/s");
target(`redact() / fastest peer (${fastestPeer?.library ?? "n/a"}), paired on the same slice`, fastestPeer?.ratio, ">= 1.5x", fastestPeer ? fastestPeer.ratio >= 1.5 : null, "x");
const orRatio = ratios.openredaction;
target("redact() / openredaction, paired on the same slice", orRatio, ">= 200x", orRatio !== undefined ? orRatio >= 200 : null, "x");
target("2 KB prompt redact() p99", report.latency.redact?.p99Ms, "<= 0.2 ms", report.latency.redact ? report.latency.redact.p99Ms <= 0.2 : null, "ms");
target("createRedactor() warm, built-in dictionaries", report.startup.warmDefaultMs, "<= 50 ms", report.startup.warmDefaultMs !== undefined ? report.startup.warmDefaultMs <= 50 : null, "ms");

const endMachine = machine();
const out = {
  date: startedAt.toISOString(),
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
  machine: { ...mach, loadAverageEnd: endMachine.loadAverage },
  benchmarkJs: { maxTime: settings.maxTime, minSamples: settings.minSamples },
  packages: pkgVersions,
  corpus: corpusInfo,
  results,
  ratios,
  targets,
  ...report,
  failures,
  durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
};

fs.mkdirSync(outDir, { recursive: true });
const day = startedAt.toISOString().slice(0, 10);
const jsonFile = path.join(outDir, `${day}.json`);
fs.writeFileSync(jsonFile, JSON.stringify(out, null, 2) + "\n");
const svg = resultsChart(out);
fs.writeFileSync(path.join(outDir, "chart.svg"), svg);
log(`\nwrote ${path.relative(ROOT, jsonFile)} and ${path.relative(ROOT, path.join(outDir, "chart.svg"))} (${out.durationSeconds} s)`);

log("\n" + markdownReport(out, "bench/results/chart.svg"));
if (failures.length) {
  console.error(`\n${failures.length} check(s) failed; README not updated:\n- ${failures.join("\n- ")}`);
  process.exitCode = 1;
} else if (fullRun && args.readme && !args.out) {
  writeReadme(path.join(ROOT, "README.md"), markdownReport(out, "bench/results/chart.svg"));
  log("README.md benchmark table updated");
}
