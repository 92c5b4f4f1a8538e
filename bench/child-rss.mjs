// Why this file exists: run by bench/run.mjs in a fresh process to measure peak RSS the way a pipeline runs: notes
// are read line by line from a JSONL file; "baseline" only reads them, "phiscrub" also runs find() and redact() on
// each. Prints one JSON line.
import fs from "node:fs";
import readline from "node:readline";

const [mode, file] = process.argv.slice(2);
let r;
if (mode === "phiscrub") {
  const { createRedactor } = await import("../dist/index.js");
  r = await createRedactor();
}
let docs = 0;
let bytes = 0;
let count = 0;
let redacted = 0;
const lines = readline.createInterface({ input: fs.createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
for await (const line of lines) {
  if (!line) continue;
  const { text } = JSON.parse(line);
  docs++;
  bytes += Buffer.byteLength(text, "utf8");
  if (r) {
    count += r.find(text).length;
    redacted += r.redact(text).findings.length;
  }
}
const ru = process.resourceUsage();
console.log(JSON.stringify({ mode, maxRssMiB: ru.maxRSS / 1024, count, redacted, docs, bytes, wasmMemoryBytes: r?.info.memoryBytes ?? 0 }));
