// Why this file exists: what a streaming session costs next to one redact() over the same text, in CPU time
// (process.cpuUsage, not wall time: the machine is shared), on the generated clinical notes of bench/corpus.mjs, at
// the chunk sizes callers use (64 KiB files and pipes, 1-4 KiB fetch bodies), for strings, UTF-8 bytes and the Web and
// Node stream adapters; with --dist DIR it runs the same cases on another build (e.g. a saved copy of an older dist/)
// in the same process, interleaved, so the two builds are compared under the same load.
//
// Usage: npm run build && node bench/session.cpu.mjs [--mb N] [--rounds N] [--dist DIR] [--only NAME,...] [--breakdown]
// "session" cases use session()'s default release ("eager"); the byte session is run as the adapters run it
// ("batched", on builds that have the option), and the Web and Node adapters with their defaults.
// Each round runs every case once, in an order rotated every round; each case keeps its best round, and its ratio to
// redact() is given both as best/best and as the median over rounds of the ratio within a round. Every case checks
// that its output equals redact(whole).text, so it measures real work.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { cpus } from "node:os";
import { generateNotes, utf8Length } from "./corpus.mjs";
import { chunksOf } from "./lib/chunks.mjs";

const args = process.argv.slice(2);
const valueOf = (flag) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
const MB = Number(valueOf("--mb") ?? 2);
const ROUNDS = Number(valueOf("--rounds") ?? 7);
const other = valueOf("--dist");
const only = valueOf("--only")?.split(",");

const load = async (dir) => {
  const index = await import(pathToFileURL(path.resolve(dir, "index.js")).href);
  const node = await import(pathToFileURL(path.resolve(dir, "node.js")).href);
  return { ...index, RedactTransform: node.RedactTransform };
};
const builds = [["new", await load(new URL("../dist", import.meta.url).pathname)]];
if (other) builds.push(["old", await load(other)]);

const notes = generateNotes({ seed: 1, bytes: MB * 1024 * 1024 });
const text = notes.docs.map((d) => d.text).join("\n\n");
const bytes = utf8Length(text);
const u8 = new TextEncoder().encode(text);
const dec = new TextDecoder();

const strChunks = (n) => chunksOf(text, n);
const byteChunks = (n) => chunksOf(u8, n);
const sizes = { "64k": 65536, "4k": 4096, "1k": 1024 };
const S = Object.fromEntries(Object.entries(sizes).map(([k, n]) => [k, strChunks(n)]));
const B = Object.fromEntries(Object.entries(sizes).map(([k, n]) => [k, byteChunks(n)]));

function caseList(lib, r) {
  let batchedOk = true;
  try {
    r.session({ release: "batched" });
  } catch {
    batchedOk = false; // a build from before the release option
  }
  const viaSession = (parts, options) => () => {
    const s = r.session(options);
    const out = [];
    for (const p of parts) out.push(s.push(p));
    out.push(s.finish());
    return out.join("");
  };
  const viaBytes = (parts) => () => {
    const s = lib.createByteSession(r.session(batchedOk ? { release: "batched" } : undefined));
    const out = [];
    for (const p of parts) out.push(s.push(p));
    out.push(s.finish());
    return dec.decode(Buffer.concat(out));
  };
  const viaWeb = (parts) => async () => {
    const out = [];
    await new ReadableStream({ start(c) { for (const p of parts) c.enqueue(p); c.close(); } })
      .pipeThrough(new lib.RedactByteTransformStream(r))
      .pipeTo(new WritableStream({ write(c) { out.push(c); } }));
    return dec.decode(Buffer.concat(out));
  };
  const viaNode = (parts) => async () => {
    const out = [];
    await pipeline(Readable.from(parts.map((p) => Buffer.from(p.buffer, p.byteOffset, p.byteLength))), new lib.RedactTransform(r),
      new Writable({ write(c, _e, cb) { out.push(c); cb(); } }));
    return dec.decode(Buffer.concat(out));
  };
  return [
    ["redact() one shot", () => r.redact(text).text],
    ["session 64 KiB", viaSession(S["64k"])],
    ["session 4 KiB", viaSession(S["4k"])],
    ["session 1 KiB", viaSession(S["1k"])],
    ...(batchedOk ? [
      ["session batched 64 KiB", viaSession(S["64k"], { release: "batched" })],
      ["session batched 4 KiB", viaSession(S["4k"], { release: "batched" })],
      ["session batched 1 KiB", viaSession(S["1k"], { release: "batched" })],
    ] : []),
    ["byte session (batched) 64 KiB", viaBytes(B["64k"])],
    ["byte session (batched) 4 KiB", viaBytes(B["4k"])],
    ["Web byte stream 4 KiB", viaWeb(B["4k"])],
    ["Node RedactTransform 64 KiB", viaNode(B["64k"])],
  ];
}

const cases = [];
for (const [tag, lib] of builds) {
  const r = lib.createRedactorSync({ engine: "wasm" });
  const want = r.redact(text).text;
  for (const [name, fn] of caseList(lib, r)) {
    if (only && !only.some((o) => name.includes(o)) && !name.startsWith("redact")) continue;
    const got = await fn();
    if (got !== want) throw new Error(`${tag} ${name}: output differs from redact(whole).text`);
    cases.push({ name: builds.length > 1 ? `${tag}: ${name}` : name, fn, best: Infinity, times: [] });
  }
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (let round = 0; round < ROUNDS; round++) {
  for (let i = 0; i < cases.length; i++) {
    const c = cases[(i + round) % cases.length];
    const t0 = cpuMs();
    await c.fn();
    const ms = cpuMs() - t0;
    if (ms < c.best) c.best = ms;
    c.times.push(ms);
  }
}

console.log(`${(bytes / 1e6).toFixed(2)} MB of generated notes (seed 1), best of ${ROUNDS} rounds, CPU time`);
for (const [tag] of builds) {
  const pre = builds.length > 1 ? `${tag}: ` : "";
  const red = cases.find((c) => c.name === `${pre}redact() one shot`);
  for (const c of cases.filter((c) => c.name.startsWith(pre))) {
    // the paired ratio: this case against the same build's redact() in the same round (a loaded round slows both)
    const ratios = c.times.map((t, i) => red.times[i] / t).sort((a, b) => a - b);
    const median = ratios[Math.floor(ratios.length / 2)];
    console.log(`${c.name.padEnd(36)} ${c.best.toFixed(1).padStart(8)} ms  ${(bytes / 1e3 / c.best).toFixed(2).padStart(6)} MB/s  ` +
      `${(red.best / c.best).toFixed(2)}x redact() (best/best), median paired ${median.toFixed(2)}x`);
  }
}
// --breakdown: where a session's time goes (this build): the redactor's session host is wrapped to count the units each
// scan re-reads and the CPU time of detection (find) and name propagation, next to the same parts of one redact()
if (args.includes("--breakdown")) {
  const lib = builds[0][1];
  const r = lib.createRedactorSync({ engine: "wasm" });
  const host = r.host; // private, read here only to measure
  const find0 = host.find;
  const apply0 = host.names?.apply;
  const t = { find: 0, names: 0, units: 0, scans: 0 };
  host.find = (x) => {
    const a = cpuMs();
    const out = find0(x);
    t.find += cpuMs() - a;
    t.units += x.length;
    t.scans++;
    return out;
  };
  if (apply0) {
    host.names.apply = (x, f, m) => {
      const a = cpuMs();
      const out = apply0(x, f, m);
      t.names += cpuMs() - a;
      return out;
    };
  }
  const rows = [];
  for (const [name, release, parts] of [["eager 64 KiB", "eager", S["64k"]], ["batched 64 KiB", "batched", S["64k"]], ["batched 4 KiB", "batched", S["4k"]], ["batched 1 KiB", "batched", S["1k"]]]) {
    let best;
    for (let round = 0; round < ROUNDS; round++) {
      Object.assign(t, { find: 0, names: 0, units: 0, scans: 0 });
      const a = cpuMs();
      const s = r.session({ release });
      for (const p of parts) s.push(p);
      s.finish();
      const total = cpuMs() - a;
      if (best === undefined || total < best.total) best = { total, ...t };
    }
    rows.push([name, best]);
  }
  let whole;
  for (let round = 0; round < ROUNDS; round++) {
    const a = cpuMs();
    const f = find0(text);
    const b = cpuMs();
    apply0?.(text, f, host.names.memory());
    const c = cpuMs();
    r.redact(text);
    const d = cpuMs();
    if (whole === undefined || d - c < whole.total) whole = { find: b - a, names: c - b, total: d - c };
  }
  console.log(`breakdown (best of ${ROUNDS}, CPU ms): redact() ${whole.total.toFixed(1)}; its detection ${whole.find.toFixed(1)}, name propagation ${whole.names.toFixed(1)} (measured apart)`);
  for (const [name, b] of rows) {
    console.log(`  session ${name.padEnd(15)} ${b.total.toFixed(1).padStart(6)} ms: ${b.scans} scans of ${(b.units / text.length).toFixed(2)}x the text, ` +
      `detection ${b.find.toFixed(1)}, name propagation ${b.names.toFixed(1)}, the rest ${(b.total - b.find - b.names).toFixed(1)}`);
  }
}
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model}, Node ${process.version}`);
