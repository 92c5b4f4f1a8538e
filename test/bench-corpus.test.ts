// Why this file exists: correctness of the benchmark's inputs and instruments (never timings): the seeded corpus
// generator and its ground truth, the dictionary invariant behind exact expected counts, the token scorer, the span
// recovery of peers, the peer adapters themselves, the chart and the README writer.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENTITY_TYPES, createRedactor } from "../src/index.js";
import { dictionaryNames, generateNotes, generatePrompts, nameLists, slice, utf8Length } from "../bench/corpus.mjs";
import { scoreDocs } from "../bench/score.mjs";
import { MARK, countMarks, spansFromMarked } from "../bench/peers/align.mjs";
import { DICTIONARY, REDACTORS } from "../bench/peers/index.mjs";
import { barChart, resultsChart } from "../bench/lib/chart.mjs";
import { END, START, markdownReport, writeReadme } from "../bench/lib/report.mjs";

const dictionary = dictionaryNames();
const small = generateNotes({ seed: 11, bytes: 300_000, dictionary });

describe("corpus generator", () => {
  it("is a pure function of the seed", () => {
    const again = generateNotes({ seed: 11, bytes: 300_000, dictionary });
    expect(again.docs.map((d) => d.text)).toEqual(small.docs.map((d) => d.text));
    expect(again.docs.map((d) => d.spans)).toEqual(small.docs.map((d) => d.spans));
    const other = generateNotes({ seed: 12, bytes: 300_000, dictionary });
    expect(other.docs[0]!.text).not.toBe(small.docs[0]!.text);
    expect(generatePrompts({ seed: 3, count: 5 })).toEqual(generatePrompts({ seed: 3, count: 5 }));
  });

  it("reaches the requested size and reports UTF-8 bytes", () => {
    expect(small.bytes).toBeGreaterThanOrEqual(300_000);
    expect(small.bytes).toBe(small.docs.reduce((a, d) => a + Buffer.byteLength(d.text, "utf8"), 0));
    const s = slice(small.docs, 100_000);
    expect(s.bytes).toBeGreaterThanOrEqual(100_000);
    expect(s.docs).toEqual(small.docs.slice(0, s.docs.length));
  });

  it("gives spans that slice exactly, sorted, non-overlapping, with Safe Harbor types", () => {
    for (const d of small.docs) {
      let last = 0;
      for (const s of d.spans) {
        expect(d.text.slice(s.start, s.end)).toBe(s.text);
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeGreaterThan(s.start);
        expect(ENTITY_TYPES).toContain(s.type);
        last = s.end;
      }
      for (const s of d.ignored) expect(d.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  it("covers every one of the 18 entity types", () => {
    const seen = new Set(small.docs.flatMap((d) => d.spans.map((s) => s.type)));
    expect([...seen].sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it("writes ~2 KB prompts with PHI", () => {
    const prompts = generatePrompts({ count: 50 });
    for (const p of prompts) {
      expect(p.text.length).toBeGreaterThan(1800);
      expect(p.text.length).toBeLessThan(2400);
      expect(p.spans.length).toBeGreaterThan(2);
    }
  });

  it.each([
    ["ascii", "abc", 3],
    ["latin-1", "Zoë", 4],
    ["bmp", "°C €", 7],
    ["emoji", "a🙂b", 6],
    ["lone surrogate", "a\ud83d", 4],
  ])("utf8Length: %s", (_name, s, n) => {
    expect(utf8Length(s)).toBe(n);
    if (!s.includes("\ud83d") || s.includes("🙂")) expect(utf8Length(s)).toBe(Buffer.byteLength(s, "utf8"));
  });
});

describe("dictionary invariant (exact expected counts for any dictionary matcher)", () => {
  it("has 100k distinct First Last names from disjoint, affix-free lists", () => {
    expect(dictionary.length).toBe(100_000);
    expect(new Set(dictionary).size).toBe(100_000);
    const { first, last } = nameLists();
    const lf = first.map((x) => x.toLowerCase());
    const ll = last.map((x) => x.toLowerCase());
    expect(lf.filter((x) => ll.includes(x))).toEqual([]);
    const clashes: string[] = [];
    for (const a of lf) for (const b of lf) if (a !== b && b.endsWith(a)) clashes.push(`${a} suffix of ${b}`);
    for (const a of ll) for (const b of ll) if (a !== b && b.startsWith(a)) clashes.push(`${a} prefix of ${b}`);
    expect(clashes).toEqual([]);
  });

  it("modern-ahocorasick finds exactly the exact-case occurrences the generator recorded", () => {
    const ac = DICTIONARY.create(dictionary);
    for (const d of small.docs) {
      const spans = DICTIONARY.spans(ac, d.text) as Array<[number, number]>;
      const expected = d.spans.filter((s) => s.exact).map((s) => [s.start, s.end]);
      expect(spans.sort((a, b) => a[0] - b[0])).toEqual(expected);
    }
  });

  it("phiscrub's deny list covers every recorded occurrence and matches nowhere else (case-insensitive, non-ASCII too)", async () => {
    const r = await createRedactor({ entities: ["NAME"], deny: [{ type: "NAME", terms: dictionary }] });
    let occurrences = 0;
    for (const d of small.docs.slice(0, 40)) {
      const found = r.find(d.text);
      const dict = d.spans.filter((s) => s.dict);
      occurrences += dict.length;
      // built-in NAME detectors may merge with a deny-list finding, so: covered, and no deny-list finding elsewhere
      for (const g of dict) expect(found.some((f) => f.start <= g.start && f.end >= g.end)).toBe(true);
      for (const f of found.filter((x) => x.reason === "dictionary:deny")) {
        expect(dict.some((g) => g.start === f.start && g.end === f.end)).toBe(true);
      }
    }
    expect(occurrences).toBeGreaterThan(10);
  });
});

describe("token scorer", () => {
  const doc = {
    text: "Dr. Ann Lee seen 03/14/2024 🙂 at 10:30, MA",
    spans: [
      { start: 4, end: 11, type: "NAME" },
      { start: 17, end: 27, type: "DATE" },
    ],
    ignored: [
      { start: 0, end: 3 },
      { start: 42, end: 44 },
    ],
  };
  it.each([
    ["perfect", [[4, 11], [17, 27]], { tp: 5, fp: 0, fn: 0 }],
    ["nothing", [], { tp: 0, fp: 0, fn: 5 }],
    ["partial date", [[4, 11], [17, 23]], { tp: 4, fp: 0, fn: 1 }],
    ["over-redaction of time", [[4, 11], [17, 27], [33, 38]], { tp: 5, fp: 2, fn: 0 }],
    ["ignored title and state are not scored", [[0, 11], [17, 27], [42, 44]], { tp: 5, fp: 0, fn: 0 }],
    ["object spans", [{ start: 4, end: 11 }], { tp: 2, fp: 0, fn: 3 }],
  ] as const)("%s", (_n, pred, want) => {
    const s = scoreDocs([doc], [pred as never]);
    expect({ tp: s.tp, fp: s.fp, fn: s.fn }).toEqual(want);
  });
  it("reports per-type recall", () => {
    const s = scoreDocs([doc], [[[4, 11]]]);
    expect(s.perType.NAME!.recall).toBe(1);
    expect(s.perType.DATE!.recall).toBe(0);
    expect(s.recall).toBeCloseTo(2 / 5);
    expect(s.precision).toBe(1);
  });
});

describe("span recovery from marker output", () => {
  const o = "Call 555-1234 or mail a@b.org now";
  it.each([
    ["none", o, []],
    ["one", `Call ${MARK} or mail a@b.org now`, [[5, 13]]],
    ["two", `Call ${MARK} or mail ${MARK} now`, [[5, 13], [22, 29]]],
    ["at the start", `${MARK} 555-1234 or mail a@b.org now`, [[0, 4]]],
    ["at the end", `Call 555-1234 or mail a@b.org ${MARK}`, [[30, 33]]],
    ["adjacent marks merge", `Call ${MARK}${MARK} or mail a@b.org now`, [[5, 13]]],
    ["everything", MARK, [[0, o.length]]],
  ] as const)("%s", (_n, out, want) => {
    expect(spansFromMarked(o, out)).toEqual(want);
    expect(countMarks(out)).toBe(out.split(MARK).length - 1);
  });
  it("rejects output that changed unmarked text", () => {
    expect(() => spansFromMarked(o, "Call 555-1234 or mail a@b.org NOW")).toThrow();
    expect(() => spansFromMarked(o, `call ${MARK} or mail a@b.org now`)).toThrow();
  });
});

describe("peer adapters", () => {
  const text = "Please call me at 617-555-0123 or write to jane.doe@example.org, SSN 219-09-9999. Thanks!";
  it.each(REDACTORS.map((p) => [p.name, p] as const))("%s returns spans inside the text and a matching count", async (_n, p) => {
    const inst = await p.create();
    const spans = await p.spans(inst, text);
    expect(spans.length).toBeGreaterThan(0);
    for (const [s, e] of spans) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(e).toBeLessThanOrEqual(text.length);
      expect(e).toBeGreaterThan(s);
    }
    // every peer catches the SSN or the phone number with its defaults
    const covered = (a: number, b: number) => spans.some(([s, e]) => s <= a && e >= b);
    const ssn = text.indexOf("219-09-9999");
    const phone = text.indexOf("617-555-0123");
    expect(covered(ssn, ssn + 11) || covered(phone, phone + 12)).toBe(true);
    expect(await p.run(inst, text)).toBeGreaterThan(0);
  });
});

describe("chart and README writer", () => {
  it("draws bars on a log axis, longest for the largest value", () => {
    const svg = barChart({
      title: "t",
      subtitle: "s <&>",
      bars: [
        { label: "a", value: 1000, kind: "phiscrub" },
        { label: "b", value: 10, kind: "peer" },
        { label: "c", value: 0.5, kind: "peer" },
        { label: "skipped", value: Number.NaN, kind: "peer" },
      ],
    });
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain("s &lt;&amp;&gt;");
    expect(svg).not.toContain("skipped");
    const widths = [...svg.matchAll(/<rect x="\d+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    expect(widths[0]! / widths[1]!).toBeCloseTo(4 / 2.0, 0); // log axis: 0.1..1000 spans 4 decades
    expect(widths[0]!).toBeGreaterThan(widths[1]!);
    expect(widths[1]!).toBeGreaterThan(widths[2]!);
  });

  it("renders a results object (with n/a rows) into Markdown and a chart", () => {
    const out = {
      date: "2026-12-01T07:00:00.000Z",
      command: "npm run bench",
      durationSeconds: 1,
      machine: { cpuModel: "cpu", cores: 2, memoryGB: 1, node: "v20", os: "linux", loadAverage: [1, 1, 1], loadAverageEnd: [1, 1, 1], commit: "abc" },
      benchmarkJs: { maxTime: 3, minSamples: 5 },
      corpus: { seed: 1, notes: { docs: 1, bytes: 1e6, spans: 3 } },
      results: [
        { suite: "core", name: "phiscrub redact() (wasm)", library: "phiscrub", api: "r.redact(text)", bytes: 1e6, mbps: 100, rme: 1 },
        { suite: "peers", name: "p", library: "p", api: "p()", bytes: 1e5, mbps: 2, rme: 3, pairedPhiscrubMbps: 90, ratio: 45, recall: 0.5, precision: 0.9 },
      ],
      accuracy: { phiscrub: { recall: 0.9, precision: 1, perType: {} }, p: { recall: 0.5, precision: 0.9 } },
      families: { registered: { "scanner:email": ["EMAIL"] }, uncovered: ["NAME"] },
      streaming: { status: "n/a", reason: "no session" },
      targets: [{ name: "find() MB/s", value: undefined, goal: ">= 200", pass: null, unit: "MB/s" }],
      ratios: {},
    };
    const md = markdownReport(out, "chart.svg");
    expect(md).toContain("**45.0x**");
    expect(md).toContain("n/a: no session");
    expect(md).toContain("scanner:email");
    expect(md).toContain("not run");
    const svg = resultsChart(out);
    expect(svg).toContain("phiscrub redact() (wasm)");
    expect(svg).toContain(">p<");
  });

  it("rewrites only the generated block", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "phiscrub-readme-"));
    const file = path.join(dir, "README.md");
    fs.writeFileSync(file, `# x\n## Benchmarks\nprose\n${START}\nold\n${END}\n## Next\n`);
    writeReadme(file, "new table");
    expect(fs.readFileSync(file, "utf8")).toBe(`# x\n## Benchmarks\nprose\n${START}\nnew table\n${END}\n## Next\n`);
    fs.writeFileSync(file, "no markers");
    expect(() => writeReadme(file, "x")).toThrow(/bench:results/);
    fs.rmSync(dir, { recursive: true });
  });
});
