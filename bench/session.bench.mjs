// Why this file exists: what the incremental session costs over one batch redact() (strings and UTF-8 bytes), with the
// `benchmark` package; each case checks its output equals the batch result, so it measures real work.
// Cases: session()'s default release ("eager": output lags input by about one context window, each scan re-reads ~3
// windows) and "batched" (the adapters' and the CLI's default: pieces grow with the stream), at 64, 4 and 1 KiB chunks.
// Wall time (the benchmark package): run it on a quiet machine, or see bench/session.cpu.mjs for CPU time.
// Usage: npm run build && node bench/session.bench.mjs [--dist DIR]   (DIR: another build's dist/, e.g. a saved copy;
// a build without the release option runs the "eager" cases only)
import Benchmark from "benchmark";
import { cpus } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chunksOf } from "./lib/chunks.mjs";

const args = process.argv.slice(2);
const dist = args.includes("--dist") ? path.resolve(args[args.indexOf("--dist") + 1]) : new URL("../dist", import.meta.url).pathname;
const { createRedactorSync, createByteSession } = await import(pathToFileURL(path.join(dist, "index.js")).href);

const r = createRedactorSync({ deny: [{ type: "NAME", terms: ["Jane Doe", "John Smith", "José Núñez"] }] });
const para =
  "Patient Jane Doe seen for follow-up of hypertension; BP 132/84. Results sent to jane.doe@example.org and " +
  "copied to John Smith (clinic.staff@hospital.example.com). José Núñez 😀 will call back.\n";
const text = para.repeat(Math.ceil((1 << 20) / para.length)); // ~1 MiB
const bytes = new TextEncoder().encode(text);
const want = r.redact(text).text;
const dec = new TextDecoder();

const chunks = chunksOf;
const byteChunks = (n) => chunksOf(bytes, n);
const c64k = chunks(text, 65536);
const c4k = chunks(text, 4096);
const c1k = chunks(text, 1024);
const b64k = byteChunks(65536);
const b4k = byteChunks(4096);
const EAGER = undefined; // session()'s default
const BATCHED = { release: "batched" }; // the adapters' and the CLI's default

function viaSession(parts, options) {
  const s = r.session(options);
  const outs = [];
  for (const p of parts) outs.push(s.push(p));
  outs.push(s.finish());
  return outs.join("");
}
function viaBytes(parts, options) {
  const s = createByteSession(r.session(options));
  const outs = parts.map((p) => s.push(p));
  outs.push(s.finish());
  return dec.decode(Buffer.concat(outs));
}

let batchedOk = true;
try {
  r.session(BATCHED);
} catch {
  batchedOk = false;
}
const allCases = [
  ["redact() one shot, 1 MiB", () => r.redact(text).text],
  ["session (eager), 64 KiB string chunks", () => viaSession(c64k, EAGER)],
  ["session (eager), 4 KiB string chunks", () => viaSession(c4k, EAGER)],
  ["session (eager), 1 KiB string chunks", () => viaSession(c1k, EAGER)],
  ["session (batched), 64 KiB string chunks", () => viaSession(c64k, BATCHED)],
  ["session (batched), 4 KiB string chunks", () => viaSession(c4k, BATCHED)],
  ["session (batched), 1 KiB string chunks", () => viaSession(c1k, BATCHED)],
  ["byte session (eager), 64 KiB UTF-8 chunks", () => viaBytes(b64k, EAGER)],
  ["byte session (batched), 64 KiB UTF-8 chunks", () => viaBytes(b64k, BATCHED)],
  ["byte session (batched), 4 KiB UTF-8 chunks", () => viaBytes(b4k, BATCHED)],
];
const cases = allCases.filter(([name]) => batchedOk || !name.includes("batched"));
for (const [name, fn] of cases) {
  if (fn() !== want) throw new Error(`${name}: output differs from redact()`);
}

const suite = new Benchmark.Suite();
for (const [name, fn] of cases) suite.add(name, fn);
suite
  .on("cycle", (e) => {
    const t = e.target;
    console.log(`${t.name}: ${((bytes.length / 1e6) * t.hz).toFixed(1)} MB/s (±${t.stats.rme.toFixed(1)}%, ${t.stats.sample.length} samples)`);
  })
  .on("complete", () => console.log(`machine: ${cpus().length} x ${cpus()[0]?.model}, Node ${process.version}`))
  .run();
