// Why this file exists: a document's findings must not depend on the documents a redactor read before it. The core
// keeps its pass state in module globals that each call resets; a rule that reads one of them without asking whether
// this document set it (stop 38: a span's end read after the span was flushed) finds a name only in the first document
// of a process, which no single-document table test can see. So every fixture note, in its own letter case and in ALL
// CAPS and lower case, is run through one redactor forward and again in reverse order (every note then follows a
// different note, and the first note follows the whole set), and the two runs must agree (the js engine on the notes'
// own case).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createRedactorSync } from "../src/index.js";

const dir = join(__dirname, "fixtures");
const texts: { readonly where: string; readonly text: string }[] = [];
for (const f of readdirSync(dir).filter((f) => /^clinical-notes.*\.jsonl$/.test(f)).sort()) {
  const lines = readFileSync(join(dir, f), "utf8").split("\n").filter((l) => l.trim());
  lines.forEach((l, i) => {
    const t = (JSON.parse(l) as { text: string }).text;
    texts.push({ where: `${f}:${i + 1}`, text: t });
    texts.push({ where: `${f}:${i + 1} (ALL CAPS)`, text: t.toUpperCase() });
    texts.push({ where: `${f}:${i + 1} (lower case)`, text: t.toLowerCase() });
  });
}

describe("findings do not depend on the documents read before", () => {
  it("holds enough notes to mean something", () => {
    expect(texts.length).toBeGreaterThan(2500);
  });
  for (const engine of ["wasm", "js"] as const) {
    // the js engine is wasm2js's translation of the same module and ~10x slower: it reads the notes in their own case
    const set = engine === "wasm" ? texts : texts.filter((x) => !x.where.endsWith(")"));
    it(`${engine}: forward and reverse runs agree on every note (${set.length})`, () => {
      const r = createRedactorSync({ engine });
      const key = (t: string): string => r.find(t).map((g) => `${g.start}-${g.end} ${g.type}`).join("; ");
      const forward = set.map((x) => key(x.text));
      const reverse: string[] = new Array(set.length);
      for (let i = set.length - 1; i >= 0; i--) reverse[i] = key(set[i]!.text);
      const differ = set.flatMap((x, i) => (forward[i] === reverse[i] ? [] : [`${x.where}\n  forward: ${forward[i]}\n  reverse: ${reverse[i]}`]));
      expect(differ).toEqual([]);
      // and the runs found something: a redactor that finds nothing would agree with itself
      expect(forward.filter((k) => k !== "").length).toBeGreaterThan(set.length * 0.9);
    }, 300_000);
  }
});
