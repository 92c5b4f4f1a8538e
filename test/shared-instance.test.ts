// Why this file exists: redactors of one thread share one core instance (src/wasm/core.ts, CoreInstance); these tests
// check that sharing is invisible: the region bookkeeping against a naive byte map, redactors with different automata
// and word tables interleaved (with memory growth and input moves between their calls) giving each its own findings,
// and regions given back when redactors are collected.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRedactorSync, type Redactor } from "../src/index.js";
import { RegionList } from "../src/wasm/core.js";

const ENGINES = ["wasm", "js"] as const;

describe("RegionList (first fit, coalescing) against a byte map", () => {
  it("hands out regions that never overlap, reuses what is given back and ends at the highest region in use", () => {
    const BASE = 1000;
    const op = fc.oneof(
      fc.record({ kind: fc.constant("alloc" as const), bytes: fc.integer({ min: 1, max: 200 }) }),
      fc.record({ kind: fc.constant("release" as const), pick: fc.nat() }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const list = new RegionList(BASE);
        const live: { ptr: number; bytes: number }[] = [];
        const owner = new Map<number, number>(); // byte -> region ptr
        for (const o of ops) {
          if (o.kind === "alloc") {
            const ptr = list.alloc(o.bytes);
            expect(ptr % 16).toBe(0);
            expect(ptr).toBeGreaterThanOrEqual(BASE);
            for (let b = ptr; b < ptr + o.bytes; b++) {
              expect(owner.has(b)).toBe(false);
              owner.set(b, ptr);
            }
            live.push({ ptr, bytes: o.bytes });
          } else if (live.length > 0) {
            const [r] = live.splice(o.pick % live.length, 1);
            list.release(r!.ptr, r!.bytes);
            for (let b = r!.ptr; b < r!.ptr + r!.bytes; b++) owner.delete(b);
          }
          const top = live.reduce((m, r) => Math.max(m, Math.ceil((r.ptr + r.bytes) / 16) * 16), 1008);
          expect(list.end).toBe(top);
        }
      }),
    );
  });

  it("fills a gap first, and a released region is refused a second time", () => {
    const list = new RegionList(0);
    const a = list.alloc(100);
    const b = list.alloc(100);
    const c = list.alloc(100);
    list.release(b, 100);
    expect(list.alloc(40)).toBe(b); // first fit, inside the gap
    expect(list.alloc(200)).toBe(list.end - 208); // too big for the rest of the gap: bumped
    expect(() => list.release(b, 100)).toThrow(/released twice/);
    list.release(a, 100);
    list.release(c, 100);
    expect(list.alloc(16)).toBe(a);
  });
});

describe.each(ENGINES)("redactors sharing the %s instance", (engine) => {
  const texts = [
    "Qwertina called from Xylotown about ZB-99-QX; John Smith (MRN 4471203) at 617-555-0142.",
    "John Smith saw qwertina in xylotown on 3/14/2021 — café Zoë Müller 😀, Dr. Abernathy-Kowalczyk.",
    "Pt ZB-99-QX seen at Mass General by Dr. Qwertina Ruiz; SSN 078-05-1120, email q.ruiz@example.org.",
  ];
  const make = (): Redactor[] => [
    createRedactorSync({ engine, words: [{ kind: "first", terms: ["Qwertina"] }, { kind: "place", terms: ["Xylotown"] }] }),
    createRedactorSync({ engine }),
    createRedactorSync({ engine, deny: [{ type: "ID", terms: ["ZB-99-QX"] }], allow: ["Smith"] }),
    createRedactorSync({ engine, entities: ["NAME", "PHONE"], nameDetector: false }),
  ];
  const show = (r: Redactor, t: string): string =>
    JSON.stringify(r.find(t).map((f) => [f.type, f.start, f.end, f.reason]));

  it("each redactor keeps its own automaton and word table when calls interleave", () => {
    const rs = make();
    // what each one finds, called in a row
    const alone = rs.map((r) => texts.map((t) => show(r, t)));
    // the four redactors differ, so a redactor reading another's tables would show
    expect(new Set(alone.map((a) => a.join("|"))).size).toBe(4);
    expect(alone[0]![0]).toContain("NAME");
    expect(alone[1]![0]).not.toContain('"NAME",0,8');
    expect(alone[2]![0]).toContain("ID");
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(3), fc.nat(2)), { minLength: 1, maxLength: 40 }), (calls) => {
        for (const [ri, ti] of calls) expect(show(rs[ri]!, texts[ti]!)).toBe(alone[ri]![ti]);
      }),
      { numRuns: 30 },
    );
  });

  it("stays exact across a memory grow and a redactor built between calls (the input region moves)", () => {
    const rs = make();
    const alone = rs.map((r) => texts.map((t) => show(r, t)));
    // ~3 MB of non-ASCII text: the shared input region and the conversion's scratch grow
    const big = texts.join(" ").repeat(12000);
    const bigFound = rs[2]!.find(big);
    expect(bigFound.length).toBeGreaterThan(12000);
    for (const f of bigFound.slice(0, 50)) expect(big.slice(f.start, f.end)).toBe(f.text);
    // a redactor with its own new automaton: its region is placed above the others and the input region moves up
    const extra = createRedactorSync({ engine, deny: [{ type: "NAME", terms: ["Vorplex Anduin"] }] });
    expect(extra.find("met Vorplex Anduin").map((f) => f.text)).toEqual(["Vorplex Anduin"]);
    rs.forEach((r, i) => texts.forEach((t, j) => expect(show(r, t)).toBe(alone[i]![j])));
    expect(rs[0]!.info.memoryBytes).toBe(extra.info.memoryBytes);
  });

  it("sessions of different redactors pushed in turn (two streams on one thread) each equal their redact()", () => {
    const [a, , c] = make();
    const whole = texts.join("\n").repeat(40);
    const expectA = a!.redact(whole).text;
    const expectC = c!.redact(whole).text;
    expect(expectA).not.toBe(expectC);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 700 }), fc.integer({ min: 1, max: 700 }), (ka, kc) => {
        const sa = a!.session();
        const sc = c!.session();
        const outA: string[] = [];
        const outC: string[] = [];
        for (let i = 0, j = 0; i < whole.length || j < whole.length; i += ka, j += kc) {
          if (i < whole.length) outA.push(sa.push(whole.slice(i, i + ka)));
          if (j < whole.length) outC.push(sc.push(whole.slice(j, j + kc)));
        }
        outA.push(sa.finish());
        outC.push(sc.finish());
        expect(outA.join("")).toBe(expectA);
        expect(outC.join("")).toBe(expectC);
      }),
      { numRuns: 8 },
    );
  });

  it("redactors built with the same options share their automaton", () => {
    const a = createRedactorSync({ engine });
    const before = a.info.memoryBytes;
    const more = Array.from({ length: 20 }, () => createRedactorSync({ engine }));
    // 20 more automata of ~0.8 MB each would need ~16 MB; 20 findings regions of 80 KB need 1.6 MB
    expect(more[19]!.info.memoryBytes - before).toBeLessThan(4 * 1024 * 1024);
    expect(show(more[19]!, texts[0]!)).toBe(show(a, texts[0]!));
  });
});

describe("regions of collected redactors are given back", () => {
  it("building and dropping 40 redactors with their own dictionaries keeps the instance's memory bounded", () => {
    // a child process, because only `--expose-gc` makes collection (and so FinalizationRegistry) happen on cue
    const dist = fileURLToPath(new URL("../dist/index.js", import.meta.url));
    const script = `
      const { createRedactorSync } = await import(${JSON.stringify(dist)});
      const keep = createRedactorSync({ engine: process.argv[1] });
      const sizes = [];
      for (let i = 0; i < 40; i++) {
        // its own automaton (a deny list) and its own word table (a word list): ~0.8 MB + ~2 MB of regions each
        const r = createRedactorSync({ engine: process.argv[1], deny: [{ type: "NAME", terms: ["Zed" + i + " Quorn"] }],
          words: [{ kind: "last", terms: ["Quornby" + i] }] });
        if (r.find("Zed" + i + " Quorn").length !== 1) throw new Error("deny term not found");
        sizes.push(r.info.memoryBytes);
        globalThis.gc();
        await new Promise((ok) => setTimeout(ok, 0));
      }
      if (keep.find("Dr. John Smith").length !== 1) throw new Error("the kept redactor lost its tables");
      console.log(JSON.stringify({ first: sizes[0], last: sizes[39] }));
    `;
    for (const engine of ENGINES) {
      const r = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script, engine], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      const { first, last } = JSON.parse(r.stdout) as { first: number; last: number };
      // without release the memory would grow by ~2.8 MB per redactor (over 100 MB); with it, it stays where it began
      expect(last - first).toBeLessThan(8 * 1024 * 1024);
    }
  });
});
