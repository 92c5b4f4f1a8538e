// Why this file exists: writes an upper- or lower-cased copy of a labelled JSONL corpus with its span offsets kept, to
// measure how much recall a text loses when capitalisation carries no evidence (ALL CAPS notes, lower-case chat).
// Usage: node scripts/case-copy.mjs <in.jsonl> <out.jsonl> upper|lower   (documents whose length would change, as
// "ß" -> "SS" does, are left out and counted on stderr)
import { writeFileSync } from "node:fs";
import { readCorpus } from "./fixture-io.mjs";

const [, , input, output, mode] = process.argv;
if (!input || !output || (mode !== "upper" && mode !== "lower")) {
  console.error("usage: node scripts/case-copy.mjs <in.jsonl> <out.jsonl> upper|lower");
  process.exit(2);
}
const out = [];
let skipped = 0;
for (const d of readCorpus(input)) {
  const text = mode === "upper" ? d.text.toUpperCase() : d.text.toLowerCase();
  if (text.length !== d.text.length) {
    skipped++;
    continue;
  }
  out.push(JSON.stringify({ ...d, text, spans: (d.spans ?? []).map((s) => ({ ...s, text: text.slice(s.start, s.end) })) }));
}
writeFileSync(output, out.join("\n") + (out.length ? "\n" : ""));
console.error(`${output}: ${out.length} documents${skipped ? `, ${skipped} left out (length changes)` : ""}`);
