// Why this file exists: what the incremental session costs over one batch redact() (strings and UTF-8 bytes), with the
// `benchmark` package; each case checks its output equals the batch result, so it measures real work.
// Usage: npm run build && node bench/session.bench.mjs
import Benchmark from "benchmark";
import { cpus } from "node:os";
import { createRedactorSync, createByteSession } from "../dist/index.js";

const r = createRedactorSync({ deny: [{ type: "NAME", terms: ["Jane Doe", "John Smith", "José Núñez"] }] });
const para =
  "Patient Jane Doe seen for follow-up of hypertension; BP 132/84. Results sent to jane.doe@example.org and " +
  "copied to John Smith (clinic.staff@hospital.example.com). José Núñez 😀 will call back.\n";
const text = para.repeat(Math.ceil((1 << 20) / para.length)); // ~1 MiB
const bytes = new TextEncoder().encode(text);
const want = r.redact(text).text;
const dec = new TextDecoder();

function chunks(s, n) {
  const out = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out;
}
const c64k = chunks(text, 65536);
const c1k = chunks(text, 1024);
const b64k = [];
for (let i = 0; i < bytes.length; i += 65536) b64k.push(bytes.subarray(i, i + 65536));

function viaSession(parts) {
  const s = r.session();
  let out = "";
  for (const p of parts) out += s.push(p);
  return out + s.finish();
}
function viaBytes(parts) {
  const s = createByteSession(r.session());
  const outs = parts.map((p) => s.push(p));
  outs.push(s.finish());
  return dec.decode(Buffer.concat(outs));
}

for (const [name, fn] of [["session 64 KiB", () => viaSession(c64k)], ["session 1 KiB", () => viaSession(c1k)], ["bytes session 64 KiB", () => viaBytes(b64k)]]) {
  if (fn() !== want) throw new Error(`${name}: output differs from redact()`);
}

const suite = new Benchmark.Suite();
suite
  .add("redact() one shot, 1 MiB", () => r.redact(text))
  .add("session, 64 KiB string chunks", () => viaSession(c64k))
  .add("session, 1 KiB string chunks", () => viaSession(c1k))
  .add("byte session, 64 KiB UTF-8 chunks", () => viaBytes(b64k))
  .on("cycle", (e) => {
    const t = e.target;
    console.log(`${t.name}: ${((bytes.length / 1e6) * t.hz).toFixed(1)} MB/s (±${t.stats.rme.toFixed(1)}%, ${t.stats.sample.length} samples)`);
  })
  .on("complete", () => console.log(`machine: ${cpus().length} x ${cpus()[0]?.model}, Node ${process.version}`))
  .run();
