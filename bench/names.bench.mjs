// Why this file exists: throughput of find() with the full default dictionaries (names, places, facilities, English
// allow list) on synthetic clinical text, mixed case and ALL CAPS, both engines. Run: npm run build && node bench/names.bench.mjs
import Benchmark from "benchmark";
import { createRedactor, createRedactorSync } from "../dist/index.js";

const PARAS = [
  "HISTORY OF PRESENT ILLNESS: The patient is a 67-year-old woman seen by Dr. Will Brown at Calvert Hospital for " +
    "shortness of breath. She lives at 123 Main Street Apt 4B, Boston, MA 02114 with her husband John. Her daughter, " +
    "Mary Smith, called the clinic on May 3 and may consider hospice. She denies chest pain, fever or chills. " +
    "Brown stool was noted. Will follow up with St. Mary's Medical Center in two weeks. Labs were unremarkable; " +
    "a Foley catheter was placed and removed. Discussed with Ms. O'Brien, RN, and the attending, Dr. Gómez.\n",
  "Assessment and plan: continue lisinopril 10 mg daily, repeat basic metabolic panel in one week, and obtain an " +
    "echocardiogram. The patient was counseled on diet and exercise. Return precautions were reviewed in detail " +
    "and she verbalized understanding. Plan discussed with the family, who agree with the current management.\n",
];
let mixed = "";
// one identifier-dense paragraph per two plain ones: far denser in PHI than real notes (a harder case for the detector)
while (mixed.length < 1 << 20) mixed += PARAS[0] + PARAS[1] + PARAS[1];
const caps = mixed.toUpperCase();
const MB = mixed.length / 1e6;

const t0 = performance.now();
const wasm = await createRedactor({ engine: "wasm" });
const coldMs = performance.now() - t0;
const t1 = performance.now();
for (let i = 0; i < 5; i++) await createRedactor({ engine: "wasm" });
const warmMs = (performance.now() - t1) / 5;
const js = createRedactorSync({ engine: "js" });
const noNames = createRedactorSync({ engine: "wasm", nameDetector: false });
const expected = wasm.find(mixed).length;
if (expected < 1000) throw new Error(`bench: expected many findings, got ${expected}`);
console.log(`createRedactor(): cold ${coldMs.toFixed(1)} ms (incl. WASM compile, table decode), warm ${warmMs.toFixed(1)} ms; ` +
  `${expected} findings per ${MB.toFixed(2)} MB; memory ${(wasm.info.memoryBytes / 1e6).toFixed(1)} MB`);

// CPU-time throughput (the machine is shared: wall-clock figures below include time spent descheduled)
for (const [name, r, t] of [["wasm mixed", wasm, mixed], ["wasm no names", noNames, mixed]]) {
  const c0 = process.cpuUsage();
  for (let i = 0; i < 10; i++) r.find(t);
  const c = process.cpuUsage(c0);
  console.log(`${name}: ${((MB * 10) / ((c.user + c.system) / 1e6)).toFixed(1)} MB/s of CPU time`);
}

const suite = new Benchmark.Suite();
const check = (r, t, n) => () => { if (r.find(t).length !== n) throw new Error("bench: finding count changed"); };
suite
  .add("wasm find() mixed case, full dictionaries", check(wasm, mixed, expected))
  .add("wasm find() ALL CAPS, full dictionaries", check(wasm, caps, wasm.find(caps).length))
  .add("wasm find() without the name detector", check(noNames, mixed, noNames.find(mixed).length))
  .add("js (wasm2js) find() mixed case, full dictionaries", check(js, mixed, expected))
  .on("cycle", (e) => console.log(`${e.target.name}: ${(MB * e.target.hz).toFixed(1)} MB/s (±${e.target.stats.rme.toFixed(1)}%, ${e.target.stats.sample.length} runs)`))
  .run();
