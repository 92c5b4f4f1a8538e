// Why this file exists: writes a hand-written clinical fixture in the corpora JSONL format (one JSON object per note,
// spans with their text), shared by scripts/make-clinical-fixture.mjs and scripts/make-clinical-fixture-2.mjs.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** notes: { id, text, spans: [{ start, end, type, orig }], ignored: [...] }; label names the script in its report. */
export function writeFixture(out, notes, label) {
  const rows = notes.map((n) => JSON.stringify({
    id: n.id,
    text: n.text,
    spans: n.spans.map((s) => ({ start: s.start, end: s.end, type: s.type, text: n.text.slice(s.start, s.end), orig_type: s.orig })),
    ignored: n.ignored.map((s) => ({ start: s.start, end: s.end, type: null, text: n.text.slice(s.start, s.end), orig_type: s.orig })),
  }));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, rows.join("\n") + "\n");
  process.stdout.write(`${label}: ${notes.length} notes, ${notes.reduce((a, n) => a + n.spans.length, 0)} spans -> ${out}\n`);
}
