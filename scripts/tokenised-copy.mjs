// Why this file exists: writes a copy of a labelled JSONL corpus with its punctuation written apart, as tokenised corpus
// exports print clinical text (i2b2-style: "Dictated By : LUKE , SIMPSON", "( 617 ) 555-0129", "St. Mary 's"), its
// spans and ignored spans moved with the text, to measure what a detector loses on that form (docs/names-rounds.md,
// "Stop 27, main: punctuation written apart").
// Usage: node scripts/tokenised-copy.mjs <in.jsonl> <out.jsonl>
// The transform: a blank before ',', ';' and ':' glued to a word or a number (not between two digits: "18:06",
// "3,000"; not ':' before '/': "https://"), before ')' and after '(', before "'s" closing a word, and before a period
// that ends a sentence after a number or three lower-case letters (not after "Dr", "St", "ext" and such abbreviations).
import { writeFileSync } from "node:fs";
import { readCorpus } from "./fixture-io.mjs";

const [, , input, output] = process.argv;
if (!input || !output) {
  console.error("usage: node scripts/tokenised-copy.mjs <in.jsonl> <out.jsonl>");
  process.exit(2);
}
const ABBREVIATION = /\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|Ave|Apt|Rd|No|vs|etc|Inc|Ltd|Co|Mt|Ft|ext|approx|Pt|Dept)$/i;
const isWord = (c) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** The tokenised text and, for each index of the input (and its end), the index it moved to. */
function tokenise(t) {
  let o = "";
  const map = new Array(t.length + 1);
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    const p = t[i - 1];
    const n = t[i + 1];
    let pre = "";
    if ((c === "," || c === ":" || c === ";") && isWord(p) && !(/\d/.test(p) && /\d/.test(n ?? "")) && !(c === ":" && n === "/")) pre = " ";
    else if (c === ")" && isWord(p)) pre = " ";
    else if (c === "." && isWord(p) && (n === undefined || n === " " || n === "\n") && /[a-z]{3}$|\d$/.test(t.slice(Math.max(0, i - 4), i)) &&
      !ABBREVIATION.test(t.slice(Math.max(0, i - 6), i))) pre = " ";
    else if (c === "'" && n === "s" && isWord(p) && !isWord(t[i + 2])) pre = " ";
    o += pre;
    map[i] = o.length;
    o += c;
    if (c === "(" && isWord(n)) o += " ";
  }
  map[t.length] = o.length;
  return { text: o, map };
}

const out = [];
for (const d of readCorpus(input)) {
  const { text, map } = tokenise(d.text);
  const move = (s) => {
    const start = map[s.start];
    const end = map[s.end - 1] + 1;
    return { ...s, start, end, ...(s.text !== undefined ? { text: text.slice(start, end) } : {}) };
  };
  out.push(JSON.stringify({ ...d, text, spans: (d.spans ?? []).map(move), ...(d.ignored ? { ignored: d.ignored.map(move) } : {}) }));
}
writeFileSync(output, out.join("\n") + (out.length ? "\n" : ""));
console.error(`${output}: ${out.length} documents`);
