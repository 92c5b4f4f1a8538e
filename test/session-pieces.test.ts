// Why this file exists: tests the session's throughput machinery: the pending-text cut search (against an independent
// oracle, with non-ASCII, emoji and surrogate pairs split across chunks), the "batched" release policy (same output as
// redact() for any chunking, bounded lag, bounded rescanning) and that it fails closed exactly like "eager".
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createRedactorSync, createByteSession, PhiscrubError, RedactByteTransformStream, RedactTransform } from "../src/node.js";
import type { Finding, Redactor, SessionOptions } from "../src/index.js";
import { createSession, MAX_PIECE, PendingText, type SessionHost } from "../src/session.js";
import { applyOperators } from "../src/operators/index.js";
import { TOY_W, toyCuts, toyFind } from "./helpers/toy-window.js";
import { splitAt } from "./helpers/chunks.js";

const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { ignoreBOM: true });
const hostOf = (r: Redactor): SessionHost => (r as unknown as { host: SessionHost }).host;

/**
 * The oracle: the cut-point rule written out from its definition (src/session.ts cutAt): q ends a piece when the unit
 * before it is a cut character, or ASCII whitespace whose pair with the first UTF-8 byte of what follows (ASCII letters
 * folded; a lone surrogate encodes as U+FFFD) no automaton pattern uses, once that character has arrived.
 */
function isCut(host: SessionHost, x: string, q: number): boolean {
  const ch = x.charCodeAt(q - 1);
  if (ch >= 128) return false;
  if (host.cutChars[ch] === 1) return true;
  if (host.wsPairs === undefined || ![0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20].includes(ch) || q >= x.length) return false;
  let b = enc.encode(x.slice(q, q + 2))[0]!;
  if (b >= 0x41 && b <= 0x5a) b |= 0x20;
  return host.wsPairs[ch * 256 + b] === 0;
}

function lastCutOracle(host: SessionHost, x: string, lo: number, hi: number): number {
  for (let q = hi; q >= lo; q--) if (isCut(host, x, q)) return q;
  return 0;
}

// a synthetic host whose pairs forbid cuts before some ASCII letters and some non-ASCII lead bytes (é, 中, emoji; not
// U+FFFD, the encoding of a lone surrogate, so that reading half a surrogate pair shows)
const cutChars = new Uint8Array(128);
cutChars[0x0a] = 1;
const wsPairs = new Uint8Array(0x21 * 256);
for (const ws of [0x09, 0x20]) for (const b of [0x61, 0x6a, 0xc3, 0xe4, 0xf0]) wsPairs[ws * 256 + b] = 1;
const SYNTHETIC: SessionHost = { find: () => [], cutChars, wsPairs, window: 0 };

const pieces = fc.constantFrom(
  " ", "\t", "\n", "\r\n", "  ", "a", "A", "J", "jane", "Jane", "x", "é", "É", "中", "😀", "\uD83D", "\uDE00", "\u00a0",
  " é", " 中", " 😀", "\t😀", " \uDE00", " J", " x", "0", ".",
);

describe("PendingText.lastCut (the cut-point search of a push)", () => {
  it.each([
    ["synthetic pairs", SYNTHETIC],
    ["the default redactor's automaton", hostOf(createRedactorSync())],
  ] as [string, SessionHost][])("property (%s): any chunking, any ascending search ranges, equals the oracle", (_n, host) => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 80 }), fc.array(fc.nat(300), { maxLength: 10 }), fc.array(fc.nat(300), { maxLength: 8 }),
        (ps, cuts, bounds) => {
          const x = ps.join("");
          // chunk edges anywhere, also inside surrogate pairs
          const edges = [...new Set(cuts.map((c) => Math.min(c, x.length)))].sort((a, b) => a - b);
          const p = new PendingText();
          let last = 0;
          for (const e of [...edges, x.length]) {
            p.append(x.slice(last, e));
            last = e;
          }
          expect(p.length).toBe(x.length);
          // searches over ascending ranges [lo, hi], as a session makes them
          let lo = 1;
          for (const b of [...bounds].sort((a, c) => a - c)) {
            const hi = Math.min(b, x.length);
            expect(p.lastCut(host, lo, hi)).toBe(lo > hi ? 0 : lastCutOracle(host, x, lo, hi));
            lo = Math.max(lo, hi);
          }
          expect(p.text()).toBe(x);
        }),
      { numRuns: 400 },
    );
  });

  it.each([
    // [text, lo, hi, expected]: the character after whitespace decides; a surrogate pair's lead byte is 0xf0
    ["a b", 1, 3, 2], // "b" after a space: a cut (only a, j, é, 中 and 😀 are paired with it)
    ["b a", 1, 3, 0], // "a" after a space: paired, no cut
    ["b x", 2, 2, 2],
    ["b é", 2, 2, 0],
    ["b 中", 2, 2, 0],
    ["b 😀", 2, 2, 0],
    ["b \uDE00", 2, 2, 2], // a lone low surrogate encodes as U+FFFD (0xef)
    ["b \uD83D", 2, 2, 2], // so does a lone high one
    ["b 😀 ", 1, 2, 0], // a whole pair: its lead byte is 0xf0
    ["b \u00a0", 2, 2, 2], // U+00A0 starts with 0xc2: not paired
    ["b \n", 2, 2, 2],
    ["b\n😀", 2, 2, 2], // a cut character: whatever follows
    ["b ", 2, 2, 0], // the character after the space has not arrived
  ] as [string, number, number, number][])("%j [%i, %i] -> %i", (x, lo, hi, want) => {
    for (let split = 0; split <= x.length; split++) {
      const p = new PendingText();
      p.append(x.slice(0, split));
      p.append(x.slice(split));
      expect(p.lastCut(SYNTHETIC, lo, hi)).toBe(want);
      expect(lastCutOracle(SYNTHETIC, x, lo, hi)).toBe(want);
    }
  });

  it("drop() keeps the rest and restarts the cursor", () => {
    const p = new PendingText();
    for (const c of ["ab ", "cd", " ef", " gh"]) p.append(c);
    expect(p.lastCut(SYNTHETIC, 1, 8)).toBe(6);
    expect(p.text()).toBe("ab cd ef gh");
    p.drop(6);
    expect(p.text()).toBe("ef gh");
    expect(p.length).toBe(5);
    p.append(" ij");
    expect(p.lastCut(SYNTHETIC, 1, 7)).toBe(6);
  });
});

// The toy scanner with a window (test/helpers/toy-window.ts).


describe("release: batched", () => {
  it("rejects an unknown release mode", () => {
    const r = createRedactorSync({ entities: ["EMAIL"] });
    expect(() => r.session({ release: "fast" as unknown as "eager" })).toThrow(/INVALID_OPTIONS.*release/);
  });

  it("property (toy detector with a window): any chunking equals the batch result", () => {
    const t = fc.array(fc.constantFrom("#", " ", "\n", "a", "bb", "# 1 2", "😀", "é"), { maxLength: 400 }).map((a) => a.join(""));
    fc.assert(
      fc.property(t, fc.array(fc.nat(2000), { maxLength: 30 }), (text, cuts) => {
        const s = createSession({ find: toyFind, cutChars: toyCuts, window: TOY_W }, { release: "batched" });
        let out = "";
        for (const c of splitAt(text, cuts)) out += s.push(c);
        expect(out + s.finish()).toBe(applyOperators(text, toyFind(text)).text);
      }),
      { numRuns: 300 },
    );
  });

  it("rescans little: a long stream in small chunks scans close to its own length (eager: several times it)", () => {
    const text = "aa # 1234 bb 😀 é\n".repeat(20_000); // 360k units, 60,000 windows
    const scanned = (release: "eager" | "batched", size: number): number => {
      let n = 0;
      const find = (x: string): Finding[] => {
        n += x.length;
        return toyFind(x);
      };
      const s = createSession({ find, cutChars: toyCuts, window: TOY_W }, { release });
      let out = "";
      for (let i = 0; i < text.length; i += size) out += s.push(text.slice(i, i + size));
      expect(out + s.finish()).toBe(applyOperators(text, toyFind(text)).text);
      return n;
    };
    for (const size of [1, 7, 4096]) expect(scanned("batched", size)).toBeLessThan(1.1 * text.length);
    expect(scanned("eager", 7)).toBeGreaterThan(2 * text.length);
  });

  it("WINDOW_EXCEEDED still fails closed: nothing of the offending finding is ever emitted", () => {
    const find = (t: string): Finding[] =>
      t.includes("Q") ? [{ type: "NAME", start: 0, end: t.length, text: t, score: 1, source: "scanner", reason: "bad" }] : [];
    const cuts = new Uint8Array(128);
    cuts[0x20] = 1;
    const s = createSession({ find, cutChars: cuts, window: 1 }, { release: "batched" });
    let out = s.push("a b c d e f ");
    expect(out).toBe("a b c d e ");
    let err: unknown;
    try {
      for (const c of ["Q", " g", " h i j k l m n o p"]) out += s.push(c);
      out += s.finish();
    } catch (e) {
      err = e;
    }
    expect((err as PhiscrubError).code).toBe("WINDOW_EXCEEDED");
    expect(out).toBe("a b c d e ");
    expect(() => s.finish()).toThrow(/SESSION_FINISHED/);
  });
});

describe("release: batched, every detector on (window W)", () => {
  const r = createRedactorSync();
  const W = r.info.contextWindow;
  const note = [
    "Pt John Smith (DOB 03/14/1961, MRN 00123456) seen at Calvert Hospital, 12 Main St, Boston, MA 02114.",
    "Call (617) 555-1234 or jane.doe@example.org; SSN 123-45-6789. Mr. Brown had brown stool 😀.",
    "Seen by Dr. Gómez, Ms. O'Brien and José Núñez 中文; 93M with CHF.\n",
  ].join(" ");
  const long = note.repeat(Math.ceil((12 * W) / note.length));
  const want = r.redact(long).text;

  it("random chunkings equal redact(), and the lag stays within max(2 x released, W) + W (and the cap)", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(long.length), { minLength: 1, maxLength: 40 }), fc.constantFrom(undefined, 8 * W),
        (cuts, maxBufferSize) => {
          const options: SessionOptions = { release: "batched", ...(maxBufferSize !== undefined ? { maxBufferSize } : {}) };
          const cap = Math.min(MAX_PIECE, 64 * W, Math.floor((maxBufferSize ?? 16 * 1024 * 1024) / 4));
          const s = r.session(options);
          let out = "";
          let pushed = 0;
          for (const chunk of splitAt(long, cuts)) {
            out += s.push(chunk);
            pushed += chunk.length;
            const released = pushed - s.buffered;
            expect(s.buffered).toBeLessThanOrEqual(Math.min(Math.max(2 * released, W), cap) + W + chunk.length + note.length);
          }
          expect(out + s.finish()).toBe(want);
        }),
      { numRuns: 12 },
    );
  });

  it("UTF-8 bytes split anywhere (inside emoji and accented letters) equal redact()", () => {
    const bytes = enc.encode(long);
    fc.assert(
      fc.property(fc.array(fc.nat(bytes.length), { maxLength: 30 }), (cuts) => {
        const s = createByteSession(r.session({ release: "batched" }));
        const outs: Uint8Array[] = [];
        let last = 0;
        for (const p of [...new Set(cuts)].sort((a, b) => a - b)) {
          outs.push(s.push(bytes.subarray(last, p)));
          last = p;
        }
        outs.push(s.push(bytes.subarray(last)), s.finish());
        expect(dec.decode(Buffer.concat(outs))).toBe(want);
      }),
      { numRuns: 8 },
    );
  });

  it("an endless token still ends in BUFFER_LIMIT after everything final was released", () => {
    const s = r.session({ release: "batched", maxBufferSize: 6 * W });
    let out = s.push(long.slice(0, 4 * W));
    let err: unknown;
    try {
      for (let i = 0; i < 4 * W; i++) out += s.push("aaaa");
    } catch (e) {
      err = e;
    }
    expect((err as PhiscrubError).code).toBe("BUFFER_LIMIT");
    // what came out is exactly a prefix of the batch result of the text before the token
    const before = r.redact(long.slice(0, 4 * W) + "a".repeat(4)).text;
    expect(out.length).toBeGreaterThan(0);
    expect(before.startsWith(out)).toBe(true);
    expect(() => s.push("x")).toThrow(/SESSION_FINISHED/);
  });

  it("the adapters release in batches by default and equal redact(); release: 'eager' keeps the old lag", async () => {
    const bytes = enc.encode(long);
    const chunks: Uint8Array[] = [];
    for (let i = 0; i < bytes.length; i += 4096) chunks.push(bytes.subarray(i, i + 4096));
    const web = async (options?: SessionOptions): Promise<Uint8Array[]> => {
      const out: Uint8Array[] = [];
      await new ReadableStream<Uint8Array>({ start(c) { for (const p of chunks) c.enqueue(p); c.close(); } })
        .pipeThrough(new RedactByteTransformStream(r, options))
        .pipeTo(new WritableStream({ write(c) { out.push(c); } }));
      return out;
    };
    const node = async (options?: SessionOptions): Promise<Buffer[]> => {
      const out: Buffer[] = [];
      await pipeline(Readable.from(chunks.map((c) => Buffer.from(c))), new RedactTransform(r, options),
        new Writable({ write(c: Buffer, _e, cb) { out.push(c); cb(); } }));
      return out;
    };
    const batchedWeb = await web();
    const eagerWeb = await web({ release: "eager" });
    const batchedNode = await node();
    const eagerNode = await node({ release: "eager" });
    for (const outs of [batchedWeb, eagerWeb, batchedNode, eagerNode]) expect(dec.decode(Buffer.concat(outs))).toBe(want);
    expect(batchedWeb.length).toBeLessThan(eagerWeb.length);
    expect(batchedNode.length).toBeLessThan(eagerNode.length);
  });
});
