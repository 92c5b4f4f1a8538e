// Why this file exists: run by bench/run.mjs in a fresh process to measure peak RSS: "baseline" only generates the
// corpus; "phiscrub" also builds a redactor and runs find() and redact() over every note. Prints one JSON line.
import { generateNotes } from "./corpus.mjs";

const [mode, bytes, seed] = process.argv.slice(2);
const { docs } = generateNotes({ seed: Number(seed), bytes: Number(bytes) });
let count = 0;
let redacted = 0;
if (mode === "phiscrub") {
  const { createRedactor } = await import("../dist/index.js");
  const r = await createRedactor();
  for (const d of docs) count += r.find(d.text).length;
  for (const d of docs) redacted += r.redact(d.text).findings.length;
}
const ru = process.resourceUsage();
console.log(JSON.stringify({ mode, maxRssMB: ru.maxRSS / 1024, count, redacted, docs: docs.length }));
