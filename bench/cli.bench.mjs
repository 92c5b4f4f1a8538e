// Why this file exists: end-to-end throughput and memory of the `phiscrub` CLI over a large generated JSONL file
// (JSON parsing and writing included), for --workers 1 and 2; asserts the finding counts so it measures real work.
// It also measures, in this process, find() alone on the same field values (what detection costs without the CLI),
// and, on Linux, each thread's CPU time of a CLI run (where the time goes; the busiest thread bounds the speed-up).
// Usage: npm run build && node bench/cli.bench.mjs [sizeMB=1024] [runs=3]   (the file goes to the OS temp dir)
// On a shared machine compare CPU-seconds (MB per CPU-second, per-thread CPU): wall time depends on other load.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, dirname } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "dist", "cli.js");
const sizeMB = Number(process.argv[2] ?? 1024);
const runs = Number(process.argv[3] ?? 3);
const file = join(tmpdir(), `phiscrub-bench-${sizeMB}MB.jsonl`);

// Each line: a clinical-style note with 2 emails in "text" and 1 in a chat message (3 EMAIL findings per line).
function line(i) {
  return JSON.stringify({
    id: i,
    patient_id: `p${i % 9973}`,
    text: `Patient seen for follow-up of hypertension and type 2 diabetes; BP 132/84, HbA1c 7.1%. Denies chest pain, ` +
      `dyspnea or edema. Continue metformin 1000 mg twice daily and lisinopril 20 mg daily. Results sent to ` +
      `pt${i}@example.org and copied to clinic.staff${i % 97}@hospital.example.com. Return in 3 months. Visit ${i}.`,
    messages: [{ role: "user", content: `Summarize the note and email it to me at user${i}@mail.example.net` }],
  });
}

async function generate() {
  if (existsSync(file) && statSync(file).size >= sizeMB * 1e6) return;
  const out = createWriteStream(file);
  let bytes = 0;
  let i = 0;
  while (bytes < sizeMB * 1e6) {
    const block = [];
    for (let k = 0; k < 2000; k++) block.push(line(i++));
    const s = block.join("\n") + "\n";
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await new Promise((r) => out.once("drain", r));
  }
  await new Promise((r) => out.end(r));
}

// Preloaded into the CLI (Linux): samples every thread's CPU time from /proc and writes it out at exit. Worker threads
// end before the process does, so their last sample (at most 20 ms old) stands for them.
const THREADS = `
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";
if (isMainThread && process.env.PHISCRUB_BENCH_THREADS) {
  const seen = new Map();
  const sample = () => {
    for (const t of readdirSync("/proc/self/task")) {
      try {
        const st = readFileSync("/proc/self/task/" + t + "/stat", "utf8");
        const f = st.slice(st.lastIndexOf(")") + 2).split(" ");
        seen.set(t, (Number(f[11]) + Number(f[12])) / 100);
      } catch {}
    }
  };
  setInterval(sample, 20).unref();
  process.on("exit", () => {
    sample();
    writeFileSync(process.env.PHISCRUB_BENCH_THREADS, JSON.stringify({ main: String(process.pid), threads: Object.fromEntries(seen) }));
  });
}`;
const linux = existsSync("/proc/self/task");

function run(workers) {
  const manifest = join(tmpdir(), `phiscrub-bench-manifest-${process.pid}.json`);
  const threads = join(tmpdir(), `phiscrub-bench-threads-${process.pid}.json`);
  const pre = linux ? ["--import", `data:text/javascript,${encodeURIComponent(THREADS)}`] : [];
  const load = loadavg()[0];
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...pre, cli, "--field", "text", "--field", "messages.*.content", "--context-field", "patient_id",
    "--workers", String(workers), "--manifest", manifest, file], {
    stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, PHISCRUB_BENCH_THREADS: threads },
  });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`cli exited ${r.status}: ${r.stderr}`);
  const m = JSON.parse(readFileSync(manifest, "utf8"));
  rmSync(manifest, { force: true });
  if (m.findings.EMAIL !== m.lines * 3) throw new Error(`expected ${m.lines * 3} EMAIL findings, got ${m.findings.EMAIL}`);
  let busy;
  if (linux && existsSync(threads)) {
    // the redacting threads: main and the workers (V8's helper threads each take far less)
    const t = JSON.parse(readFileSync(threads, "utf8"));
    rmSync(threads, { force: true });
    const all = Object.entries(t.threads).sort((a, b) => b[1] - a[1]);
    busy = { main: t.threads[t.main], others: all.filter(([id]) => id !== t.main).map(([, v]) => v) };
  }
  return { s, mbps: m.bytesIn / 1e6 / s, rssMB: m.maxRssBytes / 1e6, lines: m.lines, bytes: m.bytesIn, bytesOut: m.bytesOut, cpuS: m.cpuMs / 1000, busy, load, batches: m.batches };
}

/** find() alone, in this process, on the field values of the first `mb` MB of the file: MB of JSONL per CPU-second. */
async function detectionOnly(mb) {
  const { createRedactorSync } = await import(join(root, "dist", "index.js"));
  const r = createRedactorSync({});
  const texts = [];
  let bytes = 0;
  for await (const l of createInterface({ input: createReadStream(file) })) {
    const o = JSON.parse(l);
    texts.push(o.text, ...o.messages.map((m) => m.content));
    bytes += Buffer.byteLength(l) + 1;
    if (bytes >= mb * 1e6) break;
  }
  const rates = [];
  for (let k = 0; k < Math.max(runs, 2); k++) {
    const c0 = process.cpuUsage();
    let n = 0;
    for (const t of texts) n += r.find(t).length;
    const c = process.cpuUsage(c0);
    if (n < texts.length * 1.5) throw new Error(`expected at least ${texts.length * 1.5} findings, got ${n}`);
    rates.push(bytes / 1e6 / ((c.user + c.system) / 1e6));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)];
}

await generate();
const size = statSync(file).size;
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model}, ${(totalmem() / 1e9).toFixed(1)} GB RAM, Node ${process.version}, ` +
  `load average ${loadavg().map((x) => x.toFixed(1)).join(" ")}`);
console.log(`input: ${file}, ${(size / 1e6).toFixed(0)} MB`);
const detect = await detectionOnly(Math.min(64, sizeMB));
console.log(`find() alone on the same field values (first ${Math.min(64, sizeMB)} MB, in this process): ${detect.toFixed(1)} MB of JSONL per CPU-second`);
const results = {};
for (const w of [1, 2]) {
  const all = [];
  for (let k = 0; k < runs; k++) all.push(run(w));
  all.sort((a, b) => a.s - b.s);
  const med = all[Math.floor(all.length / 2)];
  results[w] = med;
  console.log(`--workers ${w}: median ${med.s.toFixed(2)} s, ${med.mbps.toFixed(1)} MB/s wall (best ${all[0].mbps.toFixed(1)}), ` +
    `${(med.bytes / 1e6 / med.cpuS).toFixed(1)} MB per CPU-second (${med.cpuS.toFixed(1)} CPU-s), ` +
    `peak RSS ${Math.max(...all.map((a) => a.rssMB)).toFixed(0)} MB (runs: ${all.map((a) => `${a.s.toFixed(2)} s at load ${a.load.toFixed(1)}`).join(", ")})`);
  if (med.busy !== undefined) {
    // the busiest threads are the main thread and the workers; V8's helper threads (compilers, GC) take the rest
    console.log(`  CPU-s per thread (median run): main ${med.busy.main.toFixed(2)} (${(med.busy.main / (med.bytes / 1e6) * 1000).toFixed(1)} ms per MB), ` +
      `others ${med.busy.others.filter((v) => v >= 0.01).map((v) => v.toFixed(2)).join(", ")}`);
  }
  if (med.batches !== undefined && med.batches.workers.length > 0) {
    console.log(`  batches redacted (median run): main thread ${med.batches.main}, workers ${med.batches.workers.join(", ")}`);
  }
  if (all.some((a) => a.bytesOut !== all[0].bytesOut)) throw new Error("runs wrote different output sizes");
}
if (results[1].bytesOut !== results[2].bytesOut) throw new Error("--workers 1 and 2 wrote different output sizes");
const overhead = 1 - (results[1].bytes / 1e6 / results[1].cpuS) / detect;
console.log(`--workers 1 vs find() alone: the CLI's own work (read, split, decode, JSON, write, start-up) is ` +
  `${(overhead * 100).toFixed(0)}% of its CPU time`);
console.log(`speed-up --workers 2 vs 1: ${(results[1].s / results[2].s).toFixed(2)}x wall; CPU overhead of 2 workers: ` +
  `${((results[2].cpuS / results[1].cpuS - 1) * 100).toFixed(0)}% (the best speed-up two free cores could give is ` +
  `${(2 * results[1].cpuS / results[2].cpuS).toFixed(2)}x)`);
if (results[2].busy !== undefined) {
  const busiest = Math.max(results[2].busy.main, ...results[2].busy.others);
  console.log(`  with two free cores the busiest thread of --workers 2 bounds it at ${(results[1].cpuS / busiest).toFixed(2)}x ` +
    `(--workers 1 CPU-s / busiest thread CPU-s)`);
}
