// Why this file exists: end-to-end throughput and memory of the `phiscrub` CLI over a large generated JSONL file
// (JSON parsing and writing included), for --workers 1 and 2; asserts the finding counts so it measures real work.
// Usage: npm run build && node bench/cli.bench.mjs [sizeMB=1024] [runs=3]   (the file goes to the OS temp dir)
import { spawnSync } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join, dirname } from "node:path";
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
  if (existsSync(file) && statSync(file).size >= sizeMB * 1e6) return countLines();
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
  return i;
}

function countLines() {
  // 3 findings per line; the line count comes from the manifest of the first run instead
  return undefined;
}

function run(workers) {
  const manifest = join(tmpdir(), `phiscrub-bench-manifest-${process.pid}.json`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [cli, "--field", "text", "--field", "messages.*.content", "--context-field", "patient_id",
    "--workers", String(workers), "--manifest", manifest, file], { stdio: ["ignore", "ignore", "pipe"] });
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`cli exited ${r.status}: ${r.stderr}`);
  const m = JSON.parse(readFileSync(manifest, "utf8"));
  rmSync(manifest, { force: true });
  if (m.findings.EMAIL !== m.lines * 3) throw new Error(`expected ${m.lines * 3} EMAIL findings, got ${m.findings.EMAIL}`);
  return { s, mbps: m.bytesIn / 1e6 / s, rssMB: m.maxRssBytes / 1e6, lines: m.lines, bytes: m.bytesIn, cpuS: m.cpuMs / 1000 };
}

const lines = await generate();
void lines;
const size = statSync(file).size;
console.log(`machine: ${cpus().length} x ${cpus()[0]?.model}, ${(totalmem() / 1e9).toFixed(1)} GB RAM, Node ${process.version}`);
console.log(`input: ${file}, ${(size / 1e6).toFixed(0)} MB`);
const results = {};
for (const w of [1, 2]) {
  const all = [];
  for (let k = 0; k < runs; k++) all.push(run(w));
  all.sort((a, b) => a.s - b.s);
  const med = all[Math.floor(all.length / 2)];
  results[w] = med;
  console.log(`--workers ${w}: median ${med.s.toFixed(2)} s, ${med.mbps.toFixed(1)} MB/s wall (best ${all[0].mbps.toFixed(1)}), ` +
    `${(med.bytes / 1e6 / med.cpuS).toFixed(1)} MB per CPU-second (${med.cpuS.toFixed(1)} CPU-s), ` +
    `peak RSS ${Math.max(...all.map((a) => a.rssMB)).toFixed(0)} MB (runs: ${all.map((a) => a.s.toFixed(2)).join(", ")} s)`);
}
console.log(`speed-up --workers 2 vs 1: ${(results[1].s / results[2].s).toFixed(2)}x wall; CPU overhead of 2 workers: ` +
  `${((results[2].cpuS / results[1].cpuS - 1) * 100).toFixed(0)}% (the best speed-up two free cores could give is ` +
  `${(2 * results[1].cpuS / results[2].cpuS).toFixed(2)}x)`);
