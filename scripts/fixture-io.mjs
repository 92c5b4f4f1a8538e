// Why this file exists: writes a hand-written clinical fixture in the corpora JSONL format (one JSON object per note,
// spans with their text), shared by scripts/make-clinical-fixture*.mjs; and reads the inline marks (⟦CODE|text⟧) that
// fixtures 2-7 are written with, collected by markedFixture(); and reads a labelled corpus for the scripts that write
// variant copies of one (readCorpus: scripts/case-copy.mjs, scripts/tokenised-copy.mjs).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { rng } from "../bench/corpus.mjs";

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

/** Mark code -> [corpus type, orig_type]; a null type is an `ignored` span (a real label outside Safe Harbor). */
export const MARK_CODES = {
  N: ["NAME", "NAME"],
  H: ["LOCATION", "HOSPITAL"],
  C: ["LOCATION", "CITY"],
  S: ["LOCATION", "STREET"],
  Z: ["LOCATION", "ZIP"],
  LO: ["LOCATION", "LOCATION-OTHER"],
  O: ["ORGANIZATION", "ORGANIZATION"],
  D: ["DATE", "DATE"],
  A: ["AGE", "AGE"],
  P: ["PHONE", "PHONE"],
  F: ["FAX", "FAX"],
  E: ["EMAIL", "EMAIL"],
  SSN: ["SSN", "SSN"],
  M: ["MRN", "MEDICALRECORD"],
  I: ["ID", "ID"],
  UN: ["ID", "USERNAME"],
  DEV: ["ID", "DEVICE"],
  HP: ["ID", "HEALTHPLAN"],
  U: ["URL", "URL"],
  IP: ["IP", "IP"],
  PROF: [null, "PROFESSION"],
  STATE: [null, "STATE"],
  COUNTRY: [null, "COUNTRY"],
  DAY: [null, "DAY"],
};

const OPEN = "⟦";
const CLOSE = "⟧";

/** Removes the inline marks of a note and computes its span offsets (never hand-counted). */
export function parseMarked({ id, marked }) {
  let text = "";
  const spans = [];
  const ignored = [];
  let i = 0;
  while (i < marked.length) {
    const o = marked.indexOf(OPEN, i);
    if (o < 0) {
      text += marked.slice(i);
      break;
    }
    text += marked.slice(i, o);
    const bar = marked.indexOf("|", o);
    const c = marked.indexOf(CLOSE, o);
    if (bar < 0 || c < 0 || bar > c) throw new Error(`${id}: bad mark at ${o}`);
    const code = marked.slice(o + 1, bar);
    const body = marked.slice(bar + 1, c);
    if (!(code in MARK_CODES)) throw new Error(`${id}: unknown code ${code}`);
    if (body.includes(OPEN)) throw new Error(`${id}: nested mark at ${o}`);
    const [type, orig] = MARK_CODES[code];
    const span = { start: text.length, end: text.length + body.length, type, orig };
    (type ? spans : ignored).push(span);
    text += body;
    i = c + 1;
  }
  return { id, text, spans, ignored };
}

/**
 * The note collector of a fixture written with inline marks: note(id, text) adds a note (its template's leading newline
 * dropped); write() parses the marks and writes test/fixtures/<file>, or the path given as the script's first
 * argument. `label` names the script in its report.
 */
export function markedFixture(file, label) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const out = process.argv[2] ?? join(root, "test/fixtures", file);
  const notes = [];
  return {
    note: (id, text) => notes.push({ id, marked: text.replace(/^\n/, "") }),
    write: () => writeFixture(out, notes.map(parseMarked), label),
  };
}

/** The documents of a labelled JSONL corpus, one per non-empty line; exits naming file and line at a line not JSON. */
export function readCorpus(input) {
  const docs = [];
  for (const [i, line] of readFileSync(input, "utf8").split("\n").entries()) {
    if (!line.trim()) continue;
    try {
      docs.push(JSON.parse(line));
    } catch (e) {
      console.error(`${input}:${i + 1}: not JSON (${e.message})`);
      process.exit(1);
    }
  }
  return docs;
}

/**
 * The seeded helpers of the generators whose rows are drawn (fixtures 30 and 31): bench/corpus.mjs's mulberry32 for
 * `seed`, an element of a list, and `n` random digits, each drawing from the one sequence in call order.
 */
export function seededPicks(seed) {
  const rnd = rng(seed).next;
  return {
    rnd,
    pick: (xs) => xs[Math.floor(rnd() * xs.length)],
    digits: (n) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join(""),
  };
}
