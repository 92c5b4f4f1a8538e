// Why this file exists: times the WASM core alone (no JavaScript wrapper: no UTF-16 mapping, no propagation), for
// several builds of build/phiscrub.wasm side by side, so that a change to the core's name pass can be measured without
// the wrapper's costs and on the same tables. It drives the core through the portable ABI (examples/host/host.mjs).
//
// Usage: npm run build && node bench/core.bench.mjs NAME=file.wasm [NAME=file.wasm ...] [--rounds N] [--only notes,mts]
//                                                  [--dist DIR] [--corpus name=file.jsonl ...]
// A NAME ending in "-nonames" runs that build without the name pass (the automaton and scanners only).
// Texts: 1 MB of generated notes (bench/corpus.mjs) and every --corpus file, each scanned as one string. CPU time,
// builds alternating within each round (order reversed every round), two scans per sample, best sample per build.
// Raw findings counts are printed: builds that should agree must show the same counts.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadHost, SCAN_NAMES } from "../examples/host/host.mjs";
import { generateNotes } from "./corpus.mjs";

const args = process.argv.slice(2);
const valueOf = (flag, d) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : d);
const ROUNDS = Number(valueOf("--rounds", 15));
const only = valueOf("--only", "");
const dist = valueOf("--dist", new URL("../dist", import.meta.url).pathname);
if (!(ROUNDS >= 1)) throw new Error(`--rounds must be a positive integer, got ${valueOf("--rounds")}`);
const builds = args.filter((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
if (builds.length === 0 || builds.some((b) => !b.includes("="))) throw new Error("usage: core.bench.mjs NAME=file.wasm ...");

const { exportAutomaton } = await import(pathToFileURL(path.resolve(dist, "index.js")).href);
const jsonl = (f) => readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).text).join("\n\n");
const texts = { notes: generateNotes({ bytes: 1 << 20 }).docs.map((d) => d.text).join("\n\n") };
args.forEach((a, i) => {
  if (args[i - 1] !== "--corpus") return;
  const [name, file] = a.split("=");
  texts[name] = jsonl(file);
});

const portable = exportAutomaton({});
const hosts = [];
for (const b of builds) {
  const [name, file] = b.split("=");
  const p = name.endsWith("-nonames") ? { ...portable, scanners: portable.scanners & ~SCAN_NAMES } : portable;
  hosts.push({ name, host: await loadHost(readFileSync(file), p, { outCap: 4096 }) });
}
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
for (const [name, text] of Object.entries(texts)) {
  if (only && !only.split(",").includes(name)) continue;
  const bytes = new TextEncoder().encode(text);
  const counts = hosts.map(({ host }) => host.scanBytes(bytes).length);
  const best = hosts.map(() => Infinity);
  for (let round = 0; round < ROUNDS; round++) {
    const order = hosts.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const i of order) {
      const t0 = cpu();
      hosts[i].host.scanBytes(bytes);
      hosts[i].host.scanBytes(bytes);
      best[i] = Math.min(best[i], (cpu() - t0) / 2);
    }
  }
  console.log(`${name} (${(bytes.length / 1e6).toFixed(2)} MB): ` +
    hosts.map(({ name: n }, i) => `${n} ${(best[i] * 1e3).toFixed(2)} ms, ${(bytes.length / best[i] / 1e6).toFixed(1)} MB/s (${counts[i]} raw)`).join("; "));
}
