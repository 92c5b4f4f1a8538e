// Why this file exists: proves the streaming invariant: for any chunking, concatenated session output === redact(whole),
// for strings (surrogate pairs split) and bytes (multi-byte UTF-8 split), plus the session's fail-closed errors.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRedactorSync, createByteSession, PhiscrubError, RedactTransformStream, RedactByteTransformStream } from "../src/index.js";
import type { Finding, Redactor, RedactorOptions } from "../src/index.js";
import { createSession, firstInvalidUtf8, type SessionHost } from "../src/session.js";
import { applyOperators } from "../src/operators/index.js";
import { TOY_W, toyCuts, toyFind } from "./helpers/toy-window.js";
import { chunkBy, splitAt } from "./helpers/chunks.js";
import { MAX_CONTEXT, MAX_NAME_WINDOW, MAX_SCANNER_WINDOW } from "../src/builtins.js";

// Redactors whose automata make different whitespace usable as cut points. They enable only dictionaries and the
// email scanner (context window 0), so the short texts below are really cut at every usable point; the windows of
// the structured scanners and the name detector are exercised on long texts in "session invariant beyond the window".
const DICTIONARIES_AND_EMAIL = { entities: ["NAME", "LOCATION", "EMAIL"], nameDetector: false } as const;
const CONFIGS: Record<string, RedactorOptions> = {
  "email only": { entities: ["EMAIL"] },
  "deny with spaces": {
    ...DICTIONARIES_AND_EMAIL,
    deny: [
      { type: "NAME", terms: ["Jane Doe", "John Smith", "Smith Jones", "Doe", "Dr. Who"] },
      { type: "LOCATION", terms: ["New York", "Main St"] },
    ],
  },
  "deny with newline and tab": {
    ...DICTIONARIES_AND_EMAIL,
    deny: [{ type: "NAME", terms: ["Jane\nDoe", "Ann\tLee", "Jane"] }],
  },
  "chains without word boundaries": {
    ...DICTIONARIES_AND_EMAIL,
    deny: [{ type: "NAME", terms: ["ab", "ba", "b a", "aba"], wordBoundary: false }],
  },
  // every detector on: the window (2 x MAX_NAME_WINDOW) exceeds these texts, so this checks the finish() path
  "all detectors (default)": {},
};
const REDACTORS: Record<string, Redactor> = Object.fromEntries(
  Object.entries(CONFIGS).map(([k, o]) => [k, createRedactorSync(o)]),
);

const CASES: string[] = [
  "",
  "Jane Doe, jane@example.org.",
  "Contact John Smith Jones at john.smith@example.org\nor Jane Doe\n",
  "😀 Contact jane.doe@example.org 😀\n\nJane\nDoe and Ann\tLee in New York",
  "ab ba b a aba abab\nbaba a b a\n",
  "lone \uD83D high and \uDE00 low surrogates, é and 中文 a@b.co\r\n",
  "x".repeat(50) + "@example.org " + "y@z.io\t\tDr. Who   ",
  "   \n\n\t  leading and trailing whitespace   \n",
];

function runChunks(r: Redactor, chunks: readonly string[]): string {
  const s = r.session();
  let out = "";
  for (const c of chunks) out += s.push(c);
  return out + s.finish();
}



const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { ignoreBOM: true });

function runBytes(r: Redactor, bytes: Uint8Array, cuts: readonly number[]): string {
  const s = createByteSession(r.session());
  const parts: Uint8Array[] = [];
  let last = 0;
  for (const p of [...cuts, bytes.length]) {
    parts.push(s.push(bytes.subarray(last, p)));
    last = p;
  }
  parts.push(s.finish());
  return dec.decode(Buffer.concat(parts));
}

describe.each(Object.keys(CONFIGS))("session invariant (%s)", (name) => {
  const r = REDACTORS[name]!;

  it.each(CASES.map((c, i) => [i, c] as const))("case %i: chunk sizes 1, 2, 3, 7 and every split point", (_i, text) => {
    const want = r.redact(text).text;
    for (const size of [1, 2, 3, 7]) expect(runChunks(r, chunkBy(text, Math.max(size, 1)))).toBe(want);
    for (let p = 0; p <= text.length; p++) expect(runChunks(r, [text.slice(0, p), text.slice(p)])).toBe(want);
  });

  it.each(CASES.map((c, i) => [i, c] as const))("case %i: bytes split at every byte", (_i, text) => {
    // the oracle is redact() of what a UTF-8 round trip yields (lone surrogates become U+FFFD)
    const bytes = enc.encode(text);
    const want = r.redact(dec.decode(bytes)).text;
    for (let p = 0; p <= bytes.length; p++) expect(runBytes(r, bytes, [p])).toBe(want);
    expect(runBytes(r, bytes, Array.from({ length: bytes.length }, (_, i) => i))).toBe(want);
  });

  const vocab = fc.constantFrom(
    "Jane Doe", "Jane", "Doe", "John Smith", "Smith Jones", "New York", "Main St", "Dr. Who", "Ann\tLee", "Jane\nDoe",
    "jane.doe@example.org", "a@b.co", "x@y", "@", ".", "-", "_", "ab", "ba", "b a", "aba", "a", "b",
    " ", " ", "  ", "\n", "\t", "\r\n", "😀", "é", "中", "\uD83D", "\uDE00", "\u00a0", "0", "12",
    // structured identifiers and their cues, for whatever scanners are built in
    "SSN", "SSN:", "123-45-6789", "MRN", "MRN #", "00123456", "Phone", "(617) 555-1234", "617-555-1234", "Fax:",
    "03/14/2024", "March 14, 2024", "DOB", "02114", "Boston, MA", "12 Main St", "http://x.org/a", "10.0.0.1",
    "Dr.", "Mr. Smith", "age 92", "92 y/o", "Acct", "4111 1111 1111 1111",
  );
  const text = fc.array(vocab, { maxLength: 60 }).map((a) => a.join(""));

  it("property: random texts, random chunkings", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(400), { maxLength: 12 }), (t, cuts) => {
        expect(runChunks(r, splitAt(t, cuts))).toBe(r.redact(t).text);
      }),
      { numRuns: 300 },
    );
  });

  it("property: random texts as UTF-8 bytes, random byte chunkings", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(600), { maxLength: 12 }), (t, cuts) => {
        const bytes = enc.encode(t);
        const pts = [...new Set(cuts.map((c) => Math.min(c, bytes.length)))].sort((a, b) => a - b);
        expect(runBytes(r, bytes, pts)).toBe(r.redact(dec.decode(bytes)).text);
      }),
      { numRuns: 200 },
    );
  });
});

describe("session with stateful operators (one OperatorState per session)", () => {
  const r = REDACTORS["deny with spaces"]!;
  const options = {
    key: "0123456789abcdef-session-test-key",
    operators: { NAME: { kind: "tag", indexed: true }, EMAIL: { kind: "surrogate" }, LOCATION: { kind: "hash" } },
  } as const;
  const text = "Jane Doe wrote to John Smith and a@b.co.\nJane Doe again in New York, then b@c.de and a@b.co 😀\n".repeat(3);

  it("indexed tags, surrogates and hashes match one redact() over the whole text, at every split point", () => {
    const want = r.redact(text, options).text;
    expect(want).toContain("[NAME_2]");
    for (let p = 0; p <= text.length; p++) {
      const s = r.session(options);
      expect(s.push(text.slice(0, p)) + s.push(text.slice(p)) + s.finish()).toBe(want);
    }
    for (const size of [1, 2, 3, 7]) {
      const s = r.session(options);
      let out = "";
      for (const c of chunkBy(text, size)) out += s.push(c);
      expect(out + s.finish()).toBe(want);
    }
  });
});

describe("session with a detector that declares a window", () => {
  // the toy scanner of test/helpers/toy-window.ts: window 6
  const W = TOY_W;
  const cutChars = toyCuts;
  const host: SessionHost = { find: toyFind, cutChars, window: W };

  it("property: any chunking equals the batch result", () => {
    const t = fc.array(fc.constantFrom("#", " ", "\n", "a", "bb", "# 1 2", "😀"), { maxLength: 60 }).map((a) => a.join(""));
    fc.assert(
      fc.property(t, fc.array(fc.nat(200), { maxLength: 15 }), (text, cuts) => {
        const s = createSession(host);
        let out = "";
        for (const c of splitAt(text, cuts)) out += s.push(c);
        out += s.finish();
        expect(out).toBe(applyOperators(text, toyFind(text)).text);
      }),
      { numRuns: 500 },
    );
  });

  it("reports findings with whole-stream offsets through onFindings", () => {
    const text = "aa # 1234 bb\n".repeat(20);
    const got: Finding[] = [];
    const s = createSession(host, { onFindings: (fs) => got.push(...fs) });
    for (const c of chunkBy(text, 5)) s.push(c);
    s.finish();
    expect(got.map((f) => [f.start, f.end])).toEqual(toyFind(text).map((f) => [f.start, f.end]));
    for (const f of got) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe("the session window follows the detectors a redactor enables", () => {
  it.each([
    [{ entities: ["EMAIL"] }, 0],
    [{ entities: ["NAME", "EMAIL"], nameDetector: false, deny: [{ type: "NAME", terms: ["Jane Doe"] }] }, 0],
    [{ entities: ["PHONE"] }, 2 * MAX_SCANNER_WINDOW],
    [{ nameDetector: false }, 2 * MAX_SCANNER_WINDOW],
    [{ entities: ["NAME"] }, 2 * MAX_NAME_WINDOW],
    [{}, MAX_CONTEXT],
  ] as [RedactorOptions, number][])("%j -> %i", (options, window) => {
    expect(createRedactorSync(options).info.contextWindow).toBe(window);
  });

  it("the default redactor holds back less than two windows, releases the rest, and fails closed on an endless token", () => {
    const r = createRedactorSync();
    const W = r.info.contextWindow;
    expect(W).toBe(MAX_CONTEXT);
    const s = r.session({ maxBufferSize: 3 * W });
    // (its automaton uses the space: line breaks, and spaces no pattern pairs with the next character, are its cut points)
    expect(s.push("write to jane.doe@exa")).toBe("");
    expect(s.push("mple.org now\n")).toBe("");
    // less than a window after the last cut point: nothing is final yet; once two windows have arrived (the session
    // emits pieces of at least one window), the start is released exactly as one redact() would have it
    expect(s.push("and then\n".repeat(Math.floor(W / 9) - 10))).toBe("");
    const filler = "and then some more words\n".repeat(Math.ceil((W + 200) / 25));
    const out = s.push(filler);
    expect(out.startsWith("write to [EMAIL] now\nand then\n")).toBe(true);
    expect(s.buffered).toBeLessThanOrEqual(W + 100);
    let err: unknown;
    try {
      for (let i = 0; i < W; i++) s.push("aaaa");
    } catch (e) {
      err = e;
    }
    expect((err as PhiscrubError).code).toBe("BUFFER_LIMIT");
    expect(() => s.push("x")).toThrow(/SESSION_FINISHED/);
  });
});

describe.each([
  ["structured scanners, no name detector", { nameDetector: false }],
  ["all detectors (default)", {}],
] as [string, RedactorOptions][])("session invariant beyond the window (%s)", (_name, options) => {
  const r = createRedactorSync(options);
  const W = r.info.contextWindow;
  const note = [
    "Pt John Smith (DOB 03/14/1961, MRN 00123456) seen at Calvert Hospital, 12 Main St, Boston, MA 02114.",
    "Call (617) 555-1234 or jane.doe@example.org; SSN 123-45-6789. Mr. Brown had brown stool.",
    "i saw Mark today and will mark it 😀 Seen by Dr. Gómez and Ms. O'Brien.\n",
    "Admitted 2/2/05-2/5/05, seen from 3/4 to 3/9; 93M with CHF, strength 4/5-5/5.",
  ].join(" ");
  // long enough that the session must cut several times (3W units and more)
  const long = note.repeat(Math.ceil((3 * W + 1000) / note.length));

  // one long line: the default automaton uses the space, so these cuts come from spaces that no pattern pairs with the
  // next character (a line-free chat or a JSON string value must not be held back until finish())
  const oneLine = long.split("\n").join(" ");

  it("one long line is released as it arrives, and equals the batch result", () => {
    const want = r.redact(oneLine).text;
    const s = r.session();
    let out = "";
    let maxBuffered = 0;
    for (const chunk of chunkBy(oneLine, 997)) {
      out += s.push(chunk);
      maxBuffered = Math.max(maxBuffered, s.buffered);
    }
    expect(maxBuffered).toBeLessThanOrEqual(2 * W + 997 + note.length);
    expect(out.length).toBeGreaterThan(0);
    expect(out + s.finish()).toBe(want);
  });

  it("random chunkings of a long note give the batch result, and hold back at most about a window", () => {
    const want = r.redact(long).text;
    fc.assert(
      fc.property(fc.array(fc.nat(long.length), { minLength: 1, maxLength: 24 }), (cuts) => {
        const s = r.session();
        let out = "";
        let released = false;
        for (const chunk of splitAt(long, cuts)) {
          out += s.push(chunk);
          // a push leaves at most the window, the chunk and the distance to a cut point (short here) unemitted
          expect(s.buffered).toBeLessThanOrEqual(2 * W + chunk.length + note.length);
          if (out.length > 0) released = true;
        }
        expect(released || cuts.every((c) => c === 0 || c === long.length)).toBe(true);
        expect(out + s.finish()).toBe(want);
      }),
      { numRuns: 15 },
    );
  });
});

describe("session errors fail closed", () => {
  const r = REDACTORS["email only"]!;

  it("an endless token hits maxBufferSize with BUFFER_LIMIT, and the session stays dead", () => {
    // window 0: text up to the last cut point is final at once (with a window W, W more units must arrive first)
    expect(r.info.contextWindow).toBe(0);
    const s = r.session({ maxBufferSize: 100 });
    let out = s.push("hello world ");
    expect(out).toBe("hello world ");
    let err: unknown;
    try {
      for (let i = 0; i < 50; i++) out += s.push("aaaa");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PhiscrubError);
    expect((err as PhiscrubError).code).toBe("BUFFER_LIMIT");
    expect((err as PhiscrubError).details.offset).toBe(out.length);
    expect("hello world ".startsWith(out)).toBe(true);
    expect(() => s.push("x")).toThrow(/SESSION_FINISHED/);
    expect(() => s.finish()).toThrow(/SESSION_FINISHED/);
  });

  it("holds back an unfinished email and releases what is final", () => {
    expect(r.info.contextWindow).toBe(0);
    const s = r.session();
    const a = s.push("write to jane.doe@exa");
    expect("write to ".startsWith(a)).toBe(true); // never a piece of the address
    const b = s.push("mple.org now");
    expect("write to [EMAIL] ".startsWith(a + b)).toBe(true);
    expect(a).toBe("write to ");
    expect(b).toBe("[EMAIL] ");
    expect(a + b + s.finish()).toBe("write to [EMAIL] now");
  });

  it("a detector that reaches past its declared window throws WINDOW_EXCEEDED instead of leaking", () => {
    // declares window 1 but, once it sees "Q", reports one finding over everything it was given
    const find = (t: string): Finding[] =>
      t.includes("Q") ? [{ type: "NAME", start: 0, end: t.length, text: t, score: 1, source: "scanner", reason: "bad" }] : [];
    const cutChars = new Uint8Array(128);
    cutChars[0x20] = 1;
    const s = createSession({ find, cutChars, window: 1 });
    expect(s.push("a b c d e f ")).toBe("a b c d e ");
    expect(() => s.push("Q")).toThrow(/WINDOW_EXCEEDED/);
    expect(() => s.finish()).toThrow(/SESSION_FINISHED/);
  });

  it("rejects invalid UTF-8 with the byte offset, across chunks", () => {
    const s = createByteSession(r.session());
    s.push(enc.encode("héllo "));
    s.push(new Uint8Array([0x61, 0xe2, 0x82]));
    let err: unknown;
    try {
      s.push(new Uint8Array([0x41])); // 0xe2 0x82 0x41: the sequence starting at offset 8 is invalid
    } catch (e) {
      err = e;
    }
    expect((err as PhiscrubError).code).toBe("INVALID_UTF8");
    expect((err as PhiscrubError).details.offset).toBe(8);
    const t = createByteSession(r.session());
    t.push(new Uint8Array([0x61, 0xf0, 0x9f]));
    expect(() => t.finish()).toThrow(/INVALID_UTF8.*offset 1/);
  });

  it.each([
    [[0x80], 0], [[0xc0, 0x80], 0], [[0xed, 0xa0, 0x80], 0], [[0xf4, 0x90, 0x80, 0x80], 0], [[0x61, 0xff], 1],
    [[0xe2, 0x82, 0xac], -1], [[0xf0, 0x9f, 0x98, 0x80], -1], [[0x61, 0xe2, 0x82], -1],
  ])("firstInvalidUtf8(%j) = %i", (bytes, want) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes), false)).toBe(want);
  });

  it("rejects bad options and chunks", () => {
    expect(() => r.session({ maxBufferSize: 0 })).toThrow(/INVALID_OPTIONS/);
    expect(() => r.session().push(42 as unknown as string)).toThrow(/INVALID_INPUT/);
  });
});

describe("Web stream adapters", () => {
  const r = REDACTORS["deny with spaces"]!;
  const text = CASES[2]! + CASES[3]! + CASES[5]!;

  function fromArray<T>(items: readonly T[]): ReadableStream<T> {
    let i = 0;
    return new ReadableStream<T>({
      pull(c) {
        if (i < items.length) c.enqueue(items[i++]!);
        else c.close();
      },
    });
  }

  async function collect<T>(rs: ReadableStream<T>): Promise<T[]> {
    const out: T[] = [];
    for await (const c of rs as unknown as AsyncIterable<T>) out.push(c);
    return out;
  }

  it("string TransformStream (r.stream() and the class) equals redact()", async () => {
    for (const make of [() => r.stream(), () => new RedactTransformStream(r)]) {
      const src = fromArray(chunkBy(text, 3));
      expect((await collect(src.pipeThrough(make()))).join("")).toBe(r.redact(text).text);
    }
  });

  it("bytes TransformStream equals redact() and errors on invalid UTF-8", async () => {
    const bytes = enc.encode(text);
    const src = fromArray(Array.from({ length: Math.ceil(bytes.length / 5) }, (_, i) => bytes.slice(i * 5, i * 5 + 5)));
    const out = await collect(src.pipeThrough(new RedactByteTransformStream(r)));
    expect(dec.decode(Buffer.concat(out))).toBe(r.redact(dec.decode(bytes)).text);
    const bad = fromArray([enc.encode("ok "), new Uint8Array([0xff])]);
    await expect(collect(bad.pipeThrough(new RedactByteTransformStream(r)))).rejects.toThrow(/INVALID_UTF8/);
  });
});
